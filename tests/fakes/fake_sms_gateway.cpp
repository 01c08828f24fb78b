#include "fake_sms_gateway.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace tanggap::fakes {
namespace json = boost::json;
namespace {

HttpReply gateway_error(int status, const std::string& message) {
    return HttpReply{
        status, "application/json", json::serialize(json::object{{"message", message}})};
}

}  // namespace

FakeSmsGateway::FakeSmsGateway(std::string bearer_token)
    : token_(std::move(bearer_token)),
      server_([this](const HttpExchange& request) { return handle(request); }) {}

FakeSmsGateway::~FakeSmsGateway() { server_.stop(); }

HttpReply FakeSmsGateway::handle(const HttpExchange& request) {
    std::lock_guard lock(mutex_);
    ++seen_;
    changed_.notify_all();
    std::chrono::milliseconds delay{0};
    if (delay_count_ > 0) {
        --delay_count_;
        delay = delay_;
    }
    HttpReply reply = [&] {
        if (fail_count_ > 0) {
            --fail_count_;
            return gateway_error(fail_status_, "gateway failure (fake)");
        }
        if (request.method != "POST") return gateway_error(405, "POST only");
        if (!token_.empty() && request.header("authorization") != "Bearer " + token_)
            return gateway_error(401, "invalid token");
        const std::string key = request.header("idempotency-key");
        if (!key.empty()) {
            if (const auto it = answered_.find(key); it != answered_.end()) return it->second;
        }
        json::error_code ec;
        json::value body = json::parse(request.body, ec);
        if (ec || !body.is_object()) return gateway_error(400, "body is not a JSON object");
        const auto* to = body.get_object().if_contains("to");
        const auto* text = body.get_object().if_contains("message");
        if (!to || !to->is_string() || !text || !text->is_string())
            return gateway_error(400, "to and message are required");
        if (rejected_.contains(std::string(to->get_string())))
            return gateway_error(422, "invalid recipient number");
        Sms sms{request.target,
                request.header("authorization"),
                key,
                std::move(body),
                "sms-" + std::to_string(messages_.size() + 1)};
        HttpReply ok{200,
                     "application/json",
                     json::serialize(json::object{{"id", sms.id}, {"status", "queued"}})};
        messages_.push_back(std::move(sms));
        if (!key.empty()) answered_[key] = ok;
        return ok;
    }();
    reply.delay = delay;
    changed_.notify_all();
    return reply;
}

std::vector<FakeSmsGateway::Sms> FakeSmsGateway::messages() const {
    std::lock_guard lock(mutex_);
    return messages_;
}

std::size_t FakeSmsGateway::accepted() const {
    std::lock_guard lock(mutex_);
    return messages_.size();
}

std::size_t FakeSmsGateway::requests_seen() const {
    std::lock_guard lock(mutex_);
    return seen_;
}

bool FakeSmsGateway::wait_for_accepted(std::size_t n, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return messages_.size() >= n; });
}

void FakeSmsGateway::fail_next(int n, int status) {
    std::lock_guard lock(mutex_);
    fail_count_ = n;
    fail_status_ = status;
}

void FakeSmsGateway::delay_next(int n, std::chrono::milliseconds delay) {
    std::lock_guard lock(mutex_);
    delay_count_ = n;
    delay_ = delay;
}

void FakeSmsGateway::reject_recipient(std::string to) {
    std::lock_guard lock(mutex_);
    rejected_.insert(std::move(to));
}

}  // namespace tanggap::fakes

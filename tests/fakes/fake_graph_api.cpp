#include "fake_graph_api.hpp"

#include "util/crypto.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace tanggap::fakes {
namespace json = boost::json;
namespace {

HttpReply meta_error(int status, int code, const std::string& message) {
    const json::object error{{"error",
                              {{"message", message},
                               {"type", "OAuthException"},
                               {"code", code},
                               {"fbtrace_id", "AbCdEfGhIjK"}}}};
    return HttpReply{status, "application/json", json::serialize(error)};
}

}  // namespace

FakeGraphApi::FakeGraphApi(std::string phone_number_id, std::string access_token)
    : phone_number_id_(std::move(phone_number_id)),
      access_token_(std::move(access_token)),
      server_([this](const HttpExchange& request) { return handle(request); }) {
    util::init_crypto();
}

FakeGraphApi::~FakeGraphApi() { server_.stop(); }

HttpReply FakeGraphApi::handle(const HttpExchange& request) {
    std::unique_lock lock(mutex_);
    const std::string path = request.target.substr(0, request.target.find('?'));
    const bool is_message =
        request.method == "POST" && path == "/" + phone_number_id_ + "/messages";
    if (is_message) ++seen_;
    changed_.notify_all();

    std::chrono::milliseconds delay{0};
    if (delay_count_ > 0) {
        --delay_count_;
        delay = delay_;
    }
    HttpReply reply;
    if (fail_count_ > 0) {
        --fail_count_;
        reply = meta_error(fail_status_, 2, "Service temporarily unavailable (fake failure)");
    } else if (request.header("authorization") != "Bearer " + access_token_) {
        reply = meta_error(401, 190, "Invalid OAuth access token - Cannot parse access token");
    } else if (is_message) {
        reply = post_message(request);
    } else if (request.method == "GET" && path.starts_with("/media-download/")) {
        reply = media_download(path.substr(std::string_view("/media-download/").size()));
    } else if (request.method == "GET" && path.size() > 1 &&
               path.find('/', 1) == std::string::npos) {
        reply = media_metadata(path.substr(1));
    } else {
        reply = meta_error(400, 100, "Unsupported request - method type: " + request.method);
    }
    reply.delay = delay;
    changed_.notify_all();
    return reply;
}

HttpReply FakeGraphApi::post_message(const HttpExchange& request) {
    const std::string key = request.header("idempotency-key");
    if (!key.empty()) {
        if (const auto it = answered_.find(key); it != answered_.end()) return it->second;
    }
    json::error_code ec;
    json::value body = json::parse(request.body, ec);
    if (ec || !body.is_object())
        return meta_error(400, 100, "(#100) The parameter messaging_product is required.");
    const auto* to = body.get_object().if_contains("to");
    if (to && to->is_string() && rejected_.contains(std::string(to->get_string())))
        return meta_error(400, 131030, "(#131030) Recipient phone number not in allowed list");

    const std::string recipient = to && to->is_string() ? std::string(to->get_string()) : "";
    Message m{request.target,
              request.header("authorization"),
              key,
              std::move(body),
              "wamid.HBgN" + std::to_string(messages_.size() + 1)};
    const json::object answer{
        {"messaging_product", "whatsapp"},
        {"contacts", json::array{json::object{{"input", recipient}, {"wa_id", recipient}}}},
        {"messages", json::array{json::object{{"id", m.wamid}}}}};
    HttpReply reply{200, "application/json", json::serialize(answer)};
    messages_.push_back(std::move(m));
    if (!key.empty()) answered_[key] = reply;
    return reply;
}

HttpReply FakeGraphApi::media_metadata(const std::string& media_id) {
    const auto it = media_.find(media_id);
    if (it == media_.end())
        return meta_error(404, 100, "(#100) Unsupported get request. Object does not exist");
    const Media& media = it->second;
    const json::object answer{
        {"messaging_product", "whatsapp"},
        {"url", base_url() + "/media-download/" + media_id},
        {"mime_type", media.mime_type},
        {"sha256", util::sha256_hex(media.corrupt_sha ? media.bytes + "x" : media.bytes)},
        {"file_size", media.bytes.size()},
        {"id", media_id}};
    return HttpReply{200, "application/json", json::serialize(answer)};
}

HttpReply FakeGraphApi::media_download(const std::string& media_id) {
    const auto it = media_.find(media_id);
    if (it == media_.end() || it->second.expired)
        return HttpReply{404, "text/plain", "URL signature expired"};
    ++downloads_;
    return HttpReply{200, it->second.mime_type, it->second.bytes};
}

std::vector<FakeGraphApi::Message> FakeGraphApi::messages() const {
    std::lock_guard lock(mutex_);
    return messages_;
}

std::size_t FakeGraphApi::accepted() const {
    std::lock_guard lock(mutex_);
    return messages_.size();
}

std::size_t FakeGraphApi::requests_seen() const {
    std::lock_guard lock(mutex_);
    return seen_;
}

std::size_t FakeGraphApi::media_downloads() const {
    std::lock_guard lock(mutex_);
    return downloads_;
}

bool FakeGraphApi::wait_for_accepted(std::size_t n, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return messages_.size() >= n; });
}

void FakeGraphApi::fail_next(int n, int status) {
    std::lock_guard lock(mutex_);
    fail_count_ = n;
    fail_status_ = status;
}

void FakeGraphApi::delay_next(int n, std::chrono::milliseconds delay) {
    std::lock_guard lock(mutex_);
    delay_count_ = n;
    delay_ = delay;
}

void FakeGraphApi::reject_recipient(std::string phone) {
    std::lock_guard lock(mutex_);
    rejected_.insert(std::move(phone));
}

void FakeGraphApi::add_media(std::string media_id, std::string bytes, std::string mime_type) {
    std::lock_guard lock(mutex_);
    media_[std::move(media_id)] = Media{std::move(bytes), std::move(mime_type)};
}

void FakeGraphApi::expire_media(const std::string& media_id) {
    std::lock_guard lock(mutex_);
    media_[media_id].expired = true;
}

void FakeGraphApi::corrupt_sha(const std::string& media_id) {
    std::lock_guard lock(mutex_);
    media_[media_id].corrupt_sha = true;
}

}  // namespace tanggap::fakes

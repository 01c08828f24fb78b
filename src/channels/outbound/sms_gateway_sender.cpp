#include "channels/outbound/sms_gateway_sender.hpp"

#include "channels/outbound/http_outcome.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace tanggap::channels::outbound {
namespace json = boost::json;

SmsGatewaySender::SmsGatewaySender(Config config) : config_(std::move(config)) {}

SendOutcome SmsGatewaySender::send(const OutboundMessage& message) {
    const std::string to =
        message.recipient.starts_with('+') ? message.recipient : "+" + message.recipient;
    const json::object payload{
        {"to", to}, {"message", message.body}, {"reference", message.idempotency_key}};

    HttpRequest req;
    req.method = "POST";
    req.url = config_.url;
    req.headers = {{"Content-Type", "application/json"}};
    if (!config_.bearer_token.empty())
        req.headers.emplace_back("Authorization", "Bearer " + config_.bearer_token);
    if (!message.idempotency_key.empty())
        req.headers.emplace_back("Idempotency-Key", message.idempotency_key);
    req.body = json::serialize(payload);
    req.timeouts = config_.timeouts;
    req.max_response_bytes = 64 * 1024;

    const HttpResult result = request(req);
    if (!result.success()) return failure_outcome(result, provider_error_message(result.body));

    SendOutcome outcome;
    json::error_code ec;
    const json::value doc = json::parse(result.body, ec);
    if (!ec && doc.is_object()) {
        if (const auto* id = doc.get_object().if_contains("id")) {
            if (id->is_string()) outcome.provider_message_id = std::string(id->get_string());
            if (id->is_int64()) outcome.provider_message_id = std::to_string(id->get_int64());
            if (id->is_uint64()) outcome.provider_message_id = std::to_string(id->get_uint64());
        }
    }
    return outcome;
}

}  // namespace tanggap::channels::outbound

#include "channels/outbound/whatsapp_cloud_sender.hpp"

#include "channels/outbound/http_outcome.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace tanggap::channels::outbound {
namespace json = boost::json;
namespace {

constexpr std::size_t kMaxAnswerBytes = 64 * 1024;

json::object envelope(const std::string& recipient, const std::string& idempotency_key) {
    json::object o;
    o["messaging_product"] = "whatsapp";
    o["recipient_type"] = "individual";
    o["to"] = recipient;
    if (!idempotency_key.empty()) o["biz_opaque_callback_data"] = idempotency_key;
    return o;
}

std::string message_id(std::string_view body) {
    json::error_code ec;
    const json::value doc = json::parse(body, ec);
    if (ec || !doc.is_object()) return {};
    const auto* messages = doc.get_object().if_contains("messages");
    if (!messages || !messages->is_array() || messages->get_array().empty()) return {};
    const auto& first = messages->get_array().front();
    if (!first.is_object()) return {};
    const auto* id = first.get_object().if_contains("id");
    return id && id->is_string() ? std::string(id->get_string()) : std::string();
}

}  // namespace

WhatsAppCloudSender::WhatsAppCloudSender(Config config) : config_(std::move(config)) {}

json::object WhatsAppCloudSender::text_json(const OutboundMessage& message) {
    json::object o = envelope(message.recipient, message.idempotency_key);
    o["type"] = "text";
    o["text"] = {{"preview_url", false}, {"body", message.body}};
    return o;
}

json::object WhatsAppCloudSender::template_json(const OutboundMessage& message) {
    const TemplateMessage& t = message.template_message.value();
    json::object o = envelope(message.recipient, message.idempotency_key);
    o["type"] = "template";
    json::object tmpl{{"name", t.name}, {"language", {{"code", t.language}}}};
    if (!t.parameters.empty()) {
        json::array parameters;
        for (const auto& p : t.parameters) parameters.push_back({{"type", "text"}, {"text", p}});
        json::array components;
        components.push_back({{"type", "body"}, {"parameters", std::move(parameters)}});
        tmpl["components"] = std::move(components);
    }
    o["template"] = std::move(tmpl);
    return o;
}

json::object WhatsAppCloudSender::interactive_json(const InteractiveMessage& message) {
    json::object o = envelope(message.recipient, message.idempotency_key);
    o["type"] = "interactive";
    json::object inter;
    json::object action;
    if (message.kind == InteractiveMessage::Kind::list) {
        inter["type"] = "list";
        action["button"] = message.button_label;
        json::array sections;
        for (const auto& s : message.sections) {
            json::array rows;
            for (const auto& r : s.rows) {
                json::object row{{"id", r.id}, {"title", r.title}};
                if (!r.description.empty()) row["description"] = r.description;
                rows.push_back(std::move(row));
            }
            json::object section;
            if (!s.title.empty()) section["title"] = s.title;
            section["rows"] = std::move(rows);
            sections.push_back(std::move(section));
        }
        action["sections"] = std::move(sections);
    } else {
        inter["type"] = "button";
        json::array buttons;
        for (const auto& b : message.buttons)
            buttons.push_back({{"type", "reply"}, {"reply", {{"id", b.id}, {"title", b.title}}}});
        action["buttons"] = std::move(buttons);
    }
    if (!message.header.empty()) inter["header"] = {{"type", "text"}, {"text", message.header}};
    inter["body"] = {{"text", message.body}};
    if (!message.footer.empty()) inter["footer"] = {{"text", message.footer}};
    inter["action"] = std::move(action);
    o["interactive"] = std::move(inter);
    return o;
}

SendOutcome WhatsAppCloudSender::send(const OutboundMessage& message) {
    if (message.template_message) return post(template_json(message), message.idempotency_key);
    if (!message.interactive.empty()) {
        json::error_code ec;
        auto interactive = json::parse(message.interactive, ec);
        if (ec || !interactive.is_object()) {
            return {SendOutcome::Kind::permanent, "", "interactive is not a JSON object"};
        }
        json::object o = envelope(message.recipient, message.idempotency_key);
        o["type"] = "interactive";
        o["interactive"] = std::move(interactive);
        return post(o, message.idempotency_key);
    }
    return post(text_json(message), message.idempotency_key);
}

SendOutcome WhatsAppCloudSender::send_interactive(const InteractiveMessage& message) {
    return post(interactive_json(message), message.idempotency_key);
}

SendOutcome WhatsAppCloudSender::post(const json::object& payload,
                                      const std::string& idempotency_key) {
    HttpRequest req;
    req.method = "POST";
    req.url = config_.api_base + "/" + config_.phone_number_id + "/messages";
    req.headers = {{"Authorization", "Bearer " + config_.access_token},
                   {"Content-Type", "application/json"}};
    if (!idempotency_key.empty()) req.headers.emplace_back("Idempotency-Key", idempotency_key);
    req.body = json::serialize(payload);
    req.timeouts = config_.timeouts;
    req.max_response_bytes = kMaxAnswerBytes;

    const HttpResult result = request(req);
    if (!result.success()) return failure_outcome(result, provider_error_message(result.body));

    // A 2xx without the documented messages[0].id still means Meta took it: resending could
    // deliver twice, so it counts as sent with no id.
    SendOutcome outcome;
    outcome.provider_message_id = message_id(result.body);
    return outcome;
}

}  // namespace tanggap::channels::outbound

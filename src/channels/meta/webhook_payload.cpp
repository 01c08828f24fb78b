#include "channels/meta/webhook_payload.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace tanggap::channels::meta {
namespace {

namespace json = boost::json;
using Type = InboundMessage::Type;

const json::object* object_at(const json::object& o, std::string_view key) {
    auto it = o.find(key);
    return it != o.end() ? it->value().if_object() : nullptr;
}

const json::array* array_at(const json::object& o, std::string_view key) {
    auto it = o.find(key);
    return it != o.end() ? it->value().if_array() : nullptr;
}

std::string string_at(const json::object* o, std::string_view key) {
    if (o == nullptr) return {};
    auto it = o->find(key);
    if (it == o->end()) return {};
    if (const auto* s = it->value().if_string()) return std::string(*s);
    return {};
}

// Error codes are numbers in Meta's payloads; accept a string too.
std::string code_at(const json::object* o, std::string_view key) {
    if (o == nullptr) return {};
    auto it = o->find(key);
    if (it == o->end()) return {};
    if (const auto* i = it->value().if_int64()) return std::to_string(*i);
    if (const auto* u = it->value().if_uint64()) return std::to_string(*u);
    return string_at(o, key);
}

std::optional<double> number_at(const json::object* o, std::string_view key) {
    if (o == nullptr) return std::nullopt;
    auto it = o->find(key);
    if (it == o->end()) return std::nullopt;
    const auto& v = it->value();
    if (v.is_number()) return v.to_number<double>();
    // Some clients send coordinates as strings; take them if they are numbers.
    if (const auto* s = v.if_string()) {
        double d = 0;
        auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), d);
        if (ec == std::errc() && end == s->data() + s->size()) return d;
    }
    return std::nullopt;
}

// Later than any message a partner can send (the year 3000): beyond it a time is nonsense,
// and converting it to milliseconds would overflow (found by tests/fuzz/fuzz_meta_webhook).
constexpr std::int64_t kLatestSeconds = 32'503'680'000;

// WhatsApp sends unix seconds as a string; Messenger and Instagram send milliseconds as a number.
// A missing, malformed, negative or absurd time is the epoch, as if absent.
domain::Timestamp timestamp_at(const json::object* o, std::string_view key) {
    if (o == nullptr) return {};
    auto it = o->find(key);
    if (it == o->end()) return {};
    const auto& v = it->value();
    std::int64_t n = 0;
    if (const auto* s = v.if_string()) {
        auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), n);
        if (ec != std::errc() || end != s->data() + s->size()) return {};
        if (n < 0 || n > kLatestSeconds) return {};
        return domain::Timestamp(std::chrono::seconds(n));
    }
    // Boost.JSON keeps only numbers past INT64_MAX as uint64: beyond any bound.
    const auto* i = v.if_int64();
    if (i == nullptr || *i < 0 || *i > kLatestSeconds * 1000) return {};
    n = *i;
    return domain::Timestamp(std::chrono::milliseconds(n));
}

template <class F>
void for_each_object(const json::array* array, F&& f) {
    if (array == nullptr) return;
    for (const auto& item : *array) {
        if (const auto* o = item.if_object()) f(*o);
    }
}

void read_whatsapp_message(const json::object& m,
                           const json::array* contacts,
                           std::vector<InboundMessage>& out) {
    InboundMessage msg;
    msg.source = "whatsapp";
    msg.id = string_at(&m, "id");
    msg.from = string_at(&m, "from");
    if (msg.id.empty() || msg.from.empty()) return;
    msg.at = timestamp_at(&m, "timestamp");
    msg.raw_type = string_at(&m, "type");
    for_each_object(contacts, [&](const json::object& c) {
        if (msg.profile_name.empty() && string_at(&c, "wa_id") == msg.from) {
            msg.profile_name = string_at(object_at(c, "profile"), "name");
        }
    });
    if (msg.raw_type == "text") {
        msg.text = string_at(object_at(m, "text"), "body");
        msg.type = Type::text;
    } else if (msg.raw_type == "interactive") {
        const auto* interactive = object_at(m, "interactive");
        const json::object* reply = nullptr;
        if (interactive != nullptr) {
            reply = object_at(*interactive, "list_reply");
            if (reply == nullptr) reply = object_at(*interactive, "button_reply");
        }
        if (reply != nullptr) {
            msg.type = Type::interactive_reply;
            msg.reply_id = string_at(reply, "id");
            msg.reply_title = string_at(reply, "title");
            msg.text = msg.reply_title;
        }
    } else if (msg.raw_type == "button") {
        const auto* button = object_at(m, "button");
        msg.type = Type::interactive_reply;
        msg.reply_id = string_at(button, "payload");
        msg.reply_title = string_at(button, "text");
        msg.text = msg.reply_title;
    } else if (msg.raw_type == "location") {
        const auto* loc = object_at(m, "location");
        msg.lat = number_at(loc, "latitude");
        msg.lon = number_at(loc, "longitude");
        msg.location_name = string_at(loc, "name");
        msg.location_address = string_at(loc, "address");
        if (msg.lat && msg.lon) msg.type = Type::location;
    } else if (msg.raw_type == "image") {
        const auto* image = object_at(m, "image");
        msg.media_id = string_at(image, "id");
        msg.mime_type = string_at(image, "mime_type");
        msg.sha256 = string_at(image, "sha256");
        msg.caption = string_at(image, "caption");
        msg.type = Type::image;
    }
    out.push_back(std::move(msg));
}

void read_whatsapp_status(const json::object& s, std::vector<StatusUpdate>& out) {
    StatusUpdate st;
    st.message_id = string_at(&s, "id");
    st.recipient = string_at(&s, "recipient_id");
    auto status = string_at(&s, "status");
    if (st.message_id.empty()) return;
    if (status == "sent") {
        st.status = StatusUpdate::Status::sent;
    } else if (status == "delivered") {
        st.status = StatusUpdate::Status::delivered;
    } else if (status == "read") {
        st.status = StatusUpdate::Status::read;
    } else if (status == "failed") {
        st.status = StatusUpdate::Status::failed;
    } else {
        return;  // e.g. "deleted", "warning": nothing we track
    }
    st.at = timestamp_at(&s, "timestamp");
    if (const auto* errors = array_at(s, "errors"); errors != nullptr && !errors->empty()) {
        const auto* first = errors->front().if_object();
        auto code = code_at(first, "code");
        auto title = string_at(first, "title");
        st.error = code.empty() ? title : title.empty() ? code : code + " " + title;
    }
    out.push_back(std::move(st));
}

void read_whatsapp_entry(const json::object& entry, WebhookBatch& batch) {
    for_each_object(array_at(entry, "changes"), [&](const json::object& change) {
        const auto* value = object_at(change, "value");
        if (value == nullptr) return;
        const auto* contacts = array_at(*value, "contacts");
        for_each_object(array_at(*value, "messages"), [&](const json::object& m) {
            read_whatsapp_message(m, contacts, batch.messages);
        });
        for_each_object(array_at(*value, "statuses"),
                        [&](const json::object& s) { read_whatsapp_status(s, batch.statuses); });
    });
}

void read_messaging_event(const json::object& event,
                          const std::string& source,
                          std::vector<InboundMessage>& out) {
    InboundMessage msg;
    msg.source = source;
    msg.from = string_at(object_at(event, "sender"), "id");
    msg.at = timestamp_at(&event, "timestamp");
    if (const auto* postback = object_at(event, "postback")) {
        msg.id = string_at(postback, "mid");
        msg.raw_type = "postback";
        msg.type = Type::interactive_reply;
        msg.reply_id = string_at(postback, "payload");
        msg.reply_title = string_at(postback, "title");
        msg.text = msg.reply_title;
    } else if (const auto* message = object_at(event, "message")) {
        if (auto it = message->find("is_echo");
            it != message->end() && it->value().is_bool() && it->value().get_bool()) {
            return;
        }
        msg.id = string_at(message, "mid");
        msg.text = string_at(message, "text");
        if (const auto* quick = object_at(*message, "quick_reply")) {
            msg.raw_type = "quick_reply";
            msg.type = Type::interactive_reply;
            msg.reply_id = string_at(quick, "payload");
            msg.reply_title = msg.text;
        } else if (const auto* attachments = array_at(*message, "attachments");
                   attachments != nullptr && !attachments->empty()) {
            const auto* first = attachments->front().if_object();
            msg.raw_type = string_at(first, "type");
            if (msg.raw_type == "image") {
                msg.type = Type::image;
                msg.media_url = string_at(first ? object_at(*first, "payload") : nullptr, "url");
            }
        } else if (!msg.text.empty()) {
            msg.raw_type = "text";
            msg.type = Type::text;
        }
    } else {
        return;  // delivery, read, reaction and other events: nothing for us
    }
    if (msg.id.empty() || msg.from.empty()) return;
    out.push_back(std::move(msg));
}

}  // namespace

bool is_media_id(std::string_view id) {
    return !id.empty() && id.size() <= 64 &&
           std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

core::Result<WebhookBatch> parse_webhook(std::string_view body) {
    boost::system::error_code ec;
    json::value root = json::parse(body, ec);
    if (ec || !root.is_object()) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Webhook body is not a JSON object", "body");
    }
    const auto& top = root.get_object();
    WebhookBatch batch;
    batch.object = string_at(&top, "object");
    for_each_object(array_at(top, "entry"), [&](const json::object& entry) {
        if (batch.object == "whatsapp_business_account") {
            read_whatsapp_entry(entry, batch);
        } else if (batch.object == "page" || batch.object == "instagram") {
            for_each_object(array_at(entry, "messaging"), [&](const json::object& event) {
                read_messaging_event(event, batch.object, batch.messages);
            });
        }
    });
    return batch;
}

std::string_view to_string(InboundMessage::Type type) {
    switch (type) {
        case Type::text:
            return "text";
        case Type::interactive_reply:
            return "interactive_reply";
        case Type::location:
            return "location";
        case Type::image:
            return "image";
        case Type::unsupported:
            return "unsupported";
    }
    return "unsupported";
}

std::string_view to_string(StatusUpdate::Status status) {
    switch (status) {
        case StatusUpdate::Status::sent:
            return "sent";
        case StatusUpdate::Status::delivered:
            return "delivered";
        case StatusUpdate::Status::read:
            return "read";
        case StatusUpdate::Status::failed:
            return "failed";
    }
    return "sent";
}

}  // namespace tanggap::channels::meta

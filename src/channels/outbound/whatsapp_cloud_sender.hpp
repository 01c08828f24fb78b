#pragma once
// WhatsApp through Meta's Cloud API: POST {api_base}/{phone_number_id}/messages with a bearer
// token. Free-form text inside the 24-hour customer-service window, a pre-approved template
// outside it, and interactive list/button messages for menus.
//
// Outcomes: 200 with messages[0].id -> sent (that "wamid...." id); transport error, timeout,
// 408, 429, 5xx -> retry; any other status -> permanent with Meta's error.message.
// Each message carries its idempotency key as biz_opaque_callback_data and in the
// Idempotency-Key header.
//
// Thread-safety: const after construction; send() may run on several threads at once.

#include "channels/outbound/curl_http.hpp"
#include "channels/sender.hpp"

#include <boost/json/object.hpp>

#include <string>
#include <vector>

namespace tanggap::channels::outbound {

struct WhatsAppCloudConfig {
    std::string api_base;         // e.g. "https://graph.facebook.com/v21.0", no trailing '/'
    std::string phone_number_id;  // the business number's id, not the number
    std::string access_token;     // secret: never logged
    Timeouts timeouts;
};

// An interactive message (Meta "type": "interactive"): a list (a button that opens sections
// of rows) or up to three reply buttons. Replies come back on the webhook with the row's or
// button's id.
struct InteractiveMessage {
    enum class Kind { list, button };
    struct Row {
        std::string id;           // at most 200 characters
        std::string title;        // at most 24 characters
        std::string description;  // optional, at most 72 characters
    };
    struct Section {
        std::string title;  // optional when there is one section
        std::vector<Row> rows;
    };
    struct Button {
        std::string id;     // at most 256 characters
        std::string title;  // at most 20 characters
    };

    Kind kind = Kind::button;
    std::string idempotency_key;
    std::string recipient;          // E.164 digits without '+'
    std::string header;             // optional text header
    std::string body;               // required
    std::string footer;             // optional
    std::string button_label;       // list only: the label of the button that opens the list
    std::vector<Section> sections;  // list only
    std::vector<Button> buttons;    // button only
};

class WhatsAppCloudSender final : public Sender {
  public:
    using Config = WhatsAppCloudConfig;

    explicit WhatsAppCloudSender(Config config);

    // Sends message.template_message when set, else message.interactive when set, else
    // message.body as text.
    SendOutcome send(const OutboundMessage& message) override;
    SendOutcome send_interactive(const InteractiveMessage& message);

    // The request bodies exactly as posted (for tests and logs without the token).
    static boost::json::object text_json(const OutboundMessage& message);
    static boost::json::object template_json(const OutboundMessage& message);
    static boost::json::object interactive_json(const InteractiveMessage& message);

  private:
    SendOutcome post(const boost::json::object& payload, const std::string& idempotency_key);

    Config config_;
};

}  // namespace tanggap::channels::outbound

#pragma once
// The outbound side of every channel: one message to one recipient through one provider.
// Senders block (libcurl with timeouts) and run on the outbox worker's thread, never on an
// HTTP I/O thread. They know nothing of the store: the worker decides what to send and records
// what came of it.

#include <optional>
#include <string>
#include <vector>

namespace tanggap::channels {

// A WhatsApp template message (pre-approved by Meta), used outside the 24-hour window.
struct TemplateMessage {
    std::string name;                     // e.g. "status_pengaduan"
    std::string language = "id";          // Meta's language code
    std::vector<std::string> parameters;  // the body's {{1}}, {{2}}, ... in order
};

struct OutboundMessage {
    // Unique per message, kept across retries and restarts; sent to providers that honour one
    // (HTTP header Idempotency-Key; WhatsApp: biz_opaque_callback_data) so a retry after a crash
    // in the middle of a send is not delivered twice.
    std::string idempotency_key;
    std::string recipient;  // E.164 digits without '+' (6281234567890) or an e-mail address
    std::string subject;    // e-mail only
    std::string body;       // free-form text
    // WhatsApp only: an interactive message (list or buttons), the `interactive` object of
    // Meta's message JSON, serialised; sent instead of `body` when not empty.
    std::string interactive;
    // WhatsApp only: set when the 24-hour customer-service window is closed, and then sent
    // instead of `body`.
    std::optional<TemplateMessage> template_message;
};

struct SendOutcome {
    enum class Kind {
        sent,       // the provider accepted it
        retry,      // transient: timeout, connection refused, 429, 5xx
        permanent,  // the provider refused it for good: 4xx other than 408/429, bad recipient
    };
    Kind kind = Kind::sent;
    std::string provider_message_id;  // when sent (WhatsApp "wamid...."; SMTP/SMS may be "")
    std::string error;                // one line, for the outbox's last_error; "" when sent
};

class Sender {
  public:
    virtual ~Sender() = default;
    virtual SendOutcome send(const OutboundMessage& message) = 0;
};

}  // namespace tanggap::channels

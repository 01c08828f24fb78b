#pragma once
// Meta webhook bodies (WhatsApp Business Cloud API, Messenger, Instagram) read into plain
// structs. Pure: no I/O; the HTTP route checks the signature (signature.hpp) first.

#include "core/error.hpp"
#include "domain/time.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::channels::meta {

// One message a citizen sent to us.
struct InboundMessage {
    enum class Type { text, interactive_reply, location, image, unsupported };

    std::string source;        // "whatsapp", "page" (Messenger) or "instagram"
    std::string id;            // WhatsApp wamid, Messenger/Instagram mid
    std::string from;          // WhatsApp wa_id (digits), or the PSID/IGSID
    std::string profile_name;  // WhatsApp contacts[].profile.name; empty elsewhere
    domain::Timestamp at;
    Type type = Type::unsupported;
    std::string text;  // text body; also the title of a reply, for convenience
    // interactive.list_reply / interactive.button_reply {id,title}, legacy button
    // {payload,text}, Messenger quick_reply/postback payload.
    std::string reply_id;
    std::string reply_title;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string location_name;
    std::string location_address;
    std::string media_id;   // WhatsApp media id (fetch through the Graph API)
    std::string media_url;  // Messenger/Instagram attachment URL
    std::string mime_type;
    std::string sha256;
    std::string caption;
    std::string raw_type;  // Meta's own type ("text", "sticker", "reaction", ...)
    // Not from Meta: set by the caller after it fetched and stored an image (the domain
    // photo id); empty when the fetch failed.
    std::string stored_photo_id;
};

// What happened to a message we sent (WhatsApp statuses[]).
struct StatusUpdate {
    enum class Status { sent, delivered, read, failed };

    std::string message_id;  // the wamid our send returned
    std::string recipient;   // recipient_id
    Status status = Status::sent;
    domain::Timestamp at;
    std::string error;  // "<code> <title>" of the first errors[] entry when failed
};

struct WebhookBatch {
    std::string object;  // "whatsapp_business_account", "page", "instagram", or anything else
    std::vector<InboundMessage> messages;
    std::vector<StatusUpdate> statuses;
};

// Reads every entry, change, message and status of a webhook body. Unknown fields and objects
// are ignored; unknown message types become Type::unsupported with raw_type kept; a message
// or status lacking its id or sender/recipient is skipped; Messenger echoes of our own
// messages are skipped. Errors: invalid_field when the body is not JSON or not an object.
core::Result<WebhookBatch> parse_webhook(std::string_view body);

// Whether `id` has the shape of a WhatsApp media id: 1 to 64 ASCII digits, as Meta sends them
// (tests/fixtures/meta/image.json). A signed webhook is still partner input: check an id with
// this before it goes into a URL or a path.
bool is_media_id(std::string_view id);

std::string_view to_string(InboundMessage::Type type);
std::string_view to_string(StatusUpdate::Status status);

}  // namespace tanggap::channels::meta

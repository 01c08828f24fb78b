#pragma once
// Outbound messages: everything said to a citizen (status notices, chat replies, an operator's
// text) or to an officer outside the console. Written to the outbox in the same transaction as
// what causes it, delivered later by the outbox worker (jobs/outbox_worker.hpp).

#include "domain/complaint.hpp"
#include "domain/time.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

// The most Unicode code points in an officer's chat reply: WhatsApp's limit for a text body.
inline constexpr std::size_t kChatReplyMax = 4096;

enum class OutboundChannel { whatsapp, email, sms };
// pending: waiting for its time; sending: claimed by a worker until lease_until; sent: the
// provider accepted it; dead: given up (attempts exhausted or refused for good), shown to the
// super admin, who may queue it again.
enum class OutboundState { pending, sending, sent, dead };
// What the provider reported afterwards (WhatsApp statuses); none until it does.
enum class DeliveryStatus { none, sent, delivered, read, failed };
// staff_notice: a reminder, escalation or dispatch to an officer (domain/staff_notice.hpp).
enum class OutboundPurpose {
    status_notice,
    receipt,
    conversation,
    operator_reply,
    staff_notice,
    breach_notice,  // UU PDP Pasal 46: the reporter's data was exposed
};

std::string_view to_string(OutboundChannel channel);
std::optional<OutboundChannel> parse_outbound_channel(std::string_view text);
std::string_view to_string(OutboundState state);
std::optional<OutboundState> parse_outbound_state(std::string_view text);
std::string_view to_string(DeliveryStatus status);
std::optional<DeliveryStatus> parse_delivery_status(std::string_view text);
std::string_view to_string(OutboundPurpose purpose);
std::optional<OutboundPurpose> parse_outbound_purpose(std::string_view text);

struct Outbound {
    std::int64_t id = 0;          // set by the store, ascending: the order per recipient
    std::string idempotency_key;  // unique; a second message with the same key is not stored
    OutboundChannel channel = OutboundChannel::whatsapp;
    std::string recipient;  // phone as digits without '+' (628...), or an e-mail address
    std::optional<std::int64_t> complaint_id;
    std::string ticket;  // read back with the complaint; not stored
    OutboundPurpose purpose = OutboundPurpose::status_notice;
    std::string subject;      // e-mail
    std::string body;         // free-form text
    std::string interactive;  // WhatsApp list/buttons as the sender's JSON; "" for plain text
    // The template sent instead of `body` when the WhatsApp 24-hour window is closed; "" means
    // the message may only go out inside the window (a chat reply).
    std::string template_name;
    std::vector<std::string> template_parameters;
    OutboundState state = OutboundState::pending;
    int attempts = 0;
    Timestamp next_attempt_at;
    std::optional<Timestamp> lease_until;
    std::string last_error;
    std::string provider_message_id;
    DeliveryStatus delivery = DeliveryStatus::none;
    bool sent_as_template = false;
    Timestamp created_at;
    std::optional<Timestamp> sent_at;
    // Claimed WhatsApp messages: when the recipient last wrote to us (the 24-hour window).
    std::optional<Timestamp> last_inbound_at;
};

// Which outbound channels this installation can deliver through (configured providers).
struct Outreach {
    bool whatsapp = false;
    bool email = false;
    bool sms = false;
    std::string tracking_base_url;  // the citizen's tracking page, ticket appended
    std::string console_base_url;   // the staff console's complaint page, ticket appended
    // WhatsApp template for status notices: {{1}} ticket, {{2}} status, {{3}} the unit's
    // public text.
    std::string status_template;

    bool any() const { return whatsapp || email || sms; }
};

// The customer-service window: free-form WhatsApp messages only this long after the citizen's
// last message.
inline constexpr std::chrono::hours kWhatsAppWindow{24};

bool whatsapp_window_open(std::optional<Timestamp> last_inbound_at, Timestamp now);

// The channel and address a complaint's reporter is told through: their own channel first
// (WhatsApp for a WhatsApp complaint, e-mail for an e-mail one), else e-mail when they left one,
// else SMS to their phone; nullopt when there is no way (no contact, or the channel is off).
struct Address {
    OutboundChannel channel;
    std::string recipient;
};
std::optional<Address> reporter_address(const Complaint& complaint, const Outreach& outreach);

// The notice to the reporter after `event`: a change of status, or a public answer. nullopt
// when the event says nothing to the reporter (an internal note, their own feedback) or there
// is no address. The text names the ticket, never the title (confidential complaints too).
std::optional<Outbound> citizen_notice(const Complaint& complaint,
                                       const ComplaintEvent& event,
                                       const Outreach& outreach);

// Retry timing: base (30 s by default), then doubling to at most 1 h; after
// kMaxOutboundAttempts the message is dead.
inline constexpr int kMaxOutboundAttempts = 8;
std::chrono::milliseconds outbound_backoff(int attempts_made, std::chrono::milliseconds base);

}  // namespace tanggap::domain

#pragma once
// Channels: the outbox of messages to reporters and staff, staff notices, chats and their
// conversations, and the webhook queue. One narrow part of the store
// (store.hpp composes the transactions of all of them); both back ends implement it and
// tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/notification.hpp"
#include "domain/outbound.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store {

using core::Result;

// GET /api/v1/notifications: newest first, for one unit's staff or one role.
struct NotificationQuery {
    std::string unit_code;                  // the unit's notifications, or
    std::optional<domain::Role> role;       // the role's
    std::optional<std::int64_t> before_id;  // paging: ids below this one
    int limit = 50;
};

// GET /api/v1/admin/outbox and the console: outbound messages, newest first.
struct OutboxQuery {
    std::optional<domain::OutboundState> state;
    std::optional<std::int64_t> complaint_id;
    std::optional<domain::OutboundChannel> channel;  // with recipient: one conversation
    std::string recipient;
    std::optional<std::int64_t> before_id;  // paging: ids below this one
    int limit = 50;
};

// One message received on a chat channel (the transcript and the de-duplication key).
struct InboundRecord {
    std::int64_t id = 0;
    std::string source;  // whatsapp, page, instagram
    std::string message_id;
    std::string sender;  // WhatsApp: digits 628...; Messenger/Instagram: the page-scoped id
    std::string profile_name;
    std::string type;  // text, location, image, interactive_reply, unsupported
    std::string text;
    domain::Timestamp received_at;
    std::optional<std::int64_t> complaint_id;
};

// Whose chats a reader sees: every one (nullopt), or those of a complaint filed from them that
// this unit holds or held.
using ChatScope = std::optional<std::string>;

// One chat (a sender on a channel) as the operator console lists it.
struct ChatThread {
    std::string source;
    std::string sender;
    std::string profile_name;  // the latest the channel gave
    std::string last_text;
    domain::Timestamp last_at;  // the sender's last message: WhatsApp's 24-hour window
    std::int64_t messages = 0;
    std::string complaint_ticket;  // the latest complaint filed from this chat; "" when none
    bool has_unfiled = false;      // some message is not tied to a complaint yet
};

// The chat bot's state (JSON, owned by the conversation module) and when it was saved.
struct SavedConversation {
    std::string state;
    domain::Timestamp updated_at;
};

// Work the background jobs have still to do. All zero means nothing more will be sent or
// processed until something new arrives: what operators watch in /metrics, and what tests wait
// on instead of sleeping.
struct QueueDepths {
    std::int64_t outbox_pending = 0;    // waiting for its (next) attempt
    std::int64_t outbox_sending = 0;    // claimed by a worker, its lease running
    std::int64_t webhooks_waiting = 0;  // received, not yet processed or given up
};

// A webhook body waiting to be processed.
struct QueuedWebhook {
    std::int64_t id = 0;
    std::string source;
    std::string body;
    domain::Timestamp received_at;
    int attempts = 0;  // including the claim that returned it
};

class ChannelReads {
  public:
    virtual ~ChannelReads() = default;

    // Notifications for one audience (unit or role; neither matches nothing), newest first.
    virtual Result<std::vector<domain::Notification>> notifications(
        const NotificationQuery& query) = 0;

    virtual Result<std::vector<domain::Outbound>> outbox(const OutboxQuery& query) = 0;

    // Read through the partial indexes of due work (outbox_due, webhook_queue_due), so it costs
    // the backlog, not the history.
    virtual Result<QueueDepths> queue_depths() = 0;

    virtual Result<bool> opted_out(domain::OutboundChannel channel, std::string_view address) = 0;

    // When a WhatsApp user last wrote to us; nullopt if never.
    virtual Result<std::optional<domain::Timestamp>> whatsapp_last_inbound(
        std::string_view phone) = 0;

    // The bot's saved state for a chat user.
    virtual Result<std::optional<SavedConversation>> conversation(std::string_view channel,
                                                                  std::string_view address) = 0;

    // Chats with their latest message first, of `scope` (domain::chat_scope_for: every chat, or
    // those a complaint filed from them ties to a unit that holds or held it). Reads every
    // sender's newest row through inbound_messages_sender (a covering index); fine for a
    // kabupaten's volume.
    virtual Result<std::vector<ChatThread>> chat_threads(int limit, const ChatScope& scope) = 0;

    // One chat; nullopt when there is none, or none in `scope`.
    virtual Result<std::optional<ChatThread>> chat_thread(std::string_view source,
                                                          std::string_view sender,
                                                          const ChatScope& scope) = 0;

    // One sender's messages, oldest first, the newest `limit` of them.
    virtual Result<std::vector<InboundRecord>> inbound_messages(std::string_view source,
                                                                std::string_view sender,
                                                                int limit) = 0;
};

class ChannelWrites {
  public:
    virtual ~ChannelWrites() = default;

    // Stores a notification; sets notification.id.
    virtual Result<void> insert_notification(domain::Notification& notification) = 0;

    // Stores a message for the outbox worker; sets message.id. False (and nothing stored) when
    // a message with the same idempotency key exists. Errors: not_found for an unknown
    // complaint_id.
    virtual Result<bool> insert_outbound(domain::Outbound& message) = 0;

    // The worker's claim: first returns to pending every `sending` message whose lease ended
    // before `now` (its worker died), then takes up to `limit` pending messages due at `now`
    // that have no earlier message to the same recipient still pending or sending, marks them
    // sending until `lease_until` and counts the attempt. WhatsApp messages come with
    // last_inbound_at. Oldest first.
    virtual Result<std::vector<domain::Outbound>> claim_outbound(domain::Timestamp now,
                                                                 domain::Timestamp lease_until,
                                                                 int limit) = 0;

    // Saves what came of an attempt: state, next_attempt_at, lease_until, last_error,
    // provider_message_id, sent_as_template, sent_at. Errors: not_found.
    virtual Result<void> update_outbound(const domain::Outbound& message) = 0;

    // A dead message back to pending with its attempts reset. False when it is not dead.
    virtual Result<bool> requeue_outbound(std::int64_t id, domain::Timestamp now) = 0;

    // A provider's delivery status for the message it knows as `provider_message_id`. A status
    // never goes back (read stays read when a late "delivered" arrives); failed always counts.
    // False when no message has that id.
    virtual Result<bool> record_delivery(std::string_view provider_message_id,
                                         domain::DeliveryStatus status,
                                         std::string_view error) = 0;

    virtual Result<void> set_opt_out(domain::OutboundChannel channel,
                                     std::string_view address,
                                     bool opted_out,
                                     domain::Timestamp now) = 0;

    virtual Result<void> touch_whatsapp_contact(std::string_view phone,
                                                std::string_view profile_name,
                                                domain::Timestamp at) = 0;

    virtual Result<void> save_conversation(std::string_view channel,
                                           std::string_view address,
                                           std::string_view state,
                                           domain::Timestamp at) = 0;

    virtual Result<void> delete_conversation(std::string_view channel,
                                             std::string_view address) = 0;

    // Sets record.id; false (nothing stored) when (source, message_id) was seen before.
    virtual Result<bool> insert_inbound_message(InboundRecord& record) = 0;

    virtual Result<void> link_inbound_to_complaint(std::int64_t inbound_id,
                                                   std::int64_t complaint_id) = 0;

    // The webhook queue: a body whose signature was checked, processed later.
    virtual Result<std::int64_t> enqueue_webhook(std::string_view source,
                                                 std::string_view body,
                                                 domain::Timestamp now) = 0;

    // Up to `limit` pending bodies due at `now`, oldest first, hidden from other claims until
    // `lease_until` (a worker that dies leaves them to be claimed again then).
    virtual Result<std::vector<QueuedWebhook>> claim_webhooks(domain::Timestamp now,
                                                              domain::Timestamp lease_until,
                                                              int limit) = 0;

    // done; or, with retry_at, pending again from then; or, without, failed for good.
    virtual Result<void> finish_webhook(std::int64_t id,
                                        bool done,
                                        std::optional<domain::Timestamp> retry_at,
                                        std::string_view error) = 0;
};

}  // namespace tanggap::store

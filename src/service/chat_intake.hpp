#pragma once
// Messages received on the chat channels, each handled in the caller's write transaction:
// stored once (Meta retries: a repeated message id is ignored), and then
//   WhatsApp     the 24-hour window renewed, the conversation (channels/whatsapp) advanced,
//                its replies queued in the outbox, and its effect carried out: a complaint
//                filed when the citizen confirms, a ticket looked up, an opt-out recorded;
//   Messenger,   kept for the operator console, where an operator files a complaint from the
//   Instagram    conversation with one action.
// Delivery statuses update the outbound message they name.

#include "channels/meta/webhook_payload.hpp"
#include "domain/directory_holder.hpp"
#include "domain/outbound.hpp"
#include "service/complaint_service.hpp"
#include "service/deadline_clock.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace tanggap::service {

struct ChatContext {
    const domain::DirectoryHolder& directory;  // a snapshot is taken per message
    const DeadlineClockHolder& clocks;         // a snapshot is taken per message
    const domain::Outreach& outreach;
    std::string public_base_url;  // e.g. https://tanggap.indramayukab.go.id (no trailing /)
    // The stored photo's record (content type, size) by id; nullopt when it is not there.
    std::function<std::optional<domain::Photo>(const std::string&)> describe_photo;
    std::chrono::seconds conversation_expiry{std::chrono::hours(24)};
};

struct ChatOutcome {
    bool duplicate = false;
    std::string filed_ticket;  // when this message filed a complaint
};

// Errors: those of the store (the caller's transaction is then rolled back, and the webhook
// body is processed again later).
core::Result<ChatOutcome> handle_chat_message(store::WriteTx& tx,
                                              const channels::meta::InboundMessage& message,
                                              const ChatContext& ctx,
                                              domain::Timestamp now);

core::Result<void> record_delivery_status(store::WriteTx& tx,
                                          const channels::meta::StatusUpdate& status);

// An operator files a complaint from a chat (a Messenger or Instagram message, a WhatsApp
// consultation): the channel and the reporter come from the chat, and its messages not yet
// tied to a complaint are tied to this one. `request.submission` is validated already.
// Errors: not_found (no such chat in the operator's `scope`), conflict (every message is filed
// already), and those of submit_complaint.
core::Result<SubmitReceipt> file_complaint_from_chat(store::WriteTx& tx,
                                                     const ChatContext& ctx,
                                                     SubmitRequest request,
                                                     std::string_view source,
                                                     std::string_view sender,
                                                     const store::ChatScope& scope);

// The complaint channel of a chat source (whatsapp, page, instagram); nullopt when unknown.
std::optional<domain::Channel> chat_channel(std::string_view source);

// A WhatsApp message from an operator in the console, queued in the outbox. Errors: conflict
// (field "text") when the 24-hour window is closed: only templates may go then.
core::Result<domain::Outbound> queue_operator_reply(store::WriteTx& tx,
                                                    std::string_view phone_digits,
                                                    std::string_view text,
                                                    std::string_view operator_username,
                                                    domain::Timestamp now);

}  // namespace tanggap::service

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
#include "domain/directory_index.hpp"
#include "domain/outbound.hpp"
#include "service/deadline_clock.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace tanggap::service {

struct ChatContext {
    const domain::DirectoryIndex& directory;
    const DeadlineClock& clock;
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
domain::Result<ChatOutcome> handle_chat_message(store::WriteTx& tx,
                                                const channels::meta::InboundMessage& message,
                                                const ChatContext& ctx,
                                                domain::Timestamp now);

domain::Result<void> record_delivery_status(store::WriteTx& tx,
                                            const channels::meta::StatusUpdate& status);

// A WhatsApp message from an operator in the console, queued in the outbox. Errors: conflict
// (field "text") when the 24-hour window is closed: only templates may go then.
domain::Result<domain::Outbound> queue_operator_reply(store::WriteTx& tx,
                                                      std::string_view phone_digits,
                                                      std::string_view text,
                                                      std::string_view operator_username,
                                                      domain::Timestamp now);

}  // namespace tanggap::service

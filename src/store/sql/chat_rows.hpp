#pragma once
// The chat side of the channels (migrations/0005_channels.sql): WhatsApp contacts, the bot's
// conversations, received messages and the webhook queue. Internal to the SQLite back end.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <optional>
#include <vector>

namespace tanggap::store::sql {

core::Result<std::optional<domain::Timestamp>> read_whatsapp_last_inbound(Connection& db,
                                                                          std::string_view phone);
core::Result<std::optional<SavedConversation>> read_conversation(Connection& db,
                                                                 std::string_view channel,
                                                                 std::string_view address);
core::Result<std::vector<ChatThread>> read_chat_threads(Connection& db,
                                                        int limit,
                                                        const ChatScope& scope);
core::Result<std::optional<ChatThread>> read_chat_thread(Connection& db,
                                                         std::string_view source,
                                                         std::string_view sender,
                                                         const ChatScope& scope);
core::Result<std::vector<InboundRecord>> read_inbound_messages(Connection& db,
                                                               std::string_view source,
                                                               std::string_view sender,
                                                               int limit);

core::Result<void> touch_whatsapp_contact_row(Connection& db,
                                              std::string_view phone,
                                              std::string_view profile_name,
                                              domain::Timestamp at);
core::Result<void> save_conversation_row(Connection& db,
                                         std::string_view channel,
                                         std::string_view address,
                                         std::string_view state,
                                         domain::Timestamp at);
core::Result<void> delete_conversation_row(Connection& db,
                                           std::string_view channel,
                                           std::string_view address);
core::Result<bool> insert_inbound_row(Connection& db, InboundRecord& record);
core::Result<void> link_inbound_row(Connection& db,
                                    std::int64_t inbound_id,
                                    std::int64_t complaint_id);
core::Result<std::int64_t> enqueue_webhook_row(Connection& db,
                                               std::string_view source,
                                               std::string_view body,
                                               domain::Timestamp now);
core::Result<std::vector<QueuedWebhook>> claim_webhook_rows(Connection& db,
                                                            domain::Timestamp now,
                                                            domain::Timestamp lease_until,
                                                            int limit);
core::Result<void> finish_webhook_row(Connection& db,
                                      std::int64_t id,
                                      bool done,
                                      std::optional<domain::Timestamp> retry_at,
                                      std::string_view error);

}  // namespace tanggap::store::sql

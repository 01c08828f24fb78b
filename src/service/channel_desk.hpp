#pragma once
// The server's way to the channels: the operators' chats (chat_intake), the outbox as the super
// admin sees it, and the webhook queue. Each method runs in a transaction on the store's
// threads (see complaint_desk.hpp).

#include "domain/outbound.hpp"
#include "service/chat_intake.hpp"
#include "service/store_await.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::service {

// One chat as the console opens it: the thread, what the sender wrote and, on WhatsApp, what
// was sent back.
struct ChatTranscript {
    store::ChatThread thread;
    std::vector<store::InboundRecord> received;
    std::vector<domain::Outbound> sent;
};

class ChannelDesk {
  public:
    ChannelDesk(store::Store& store,
                const domain::DirectoryHolder& directory,
                const DeadlineClockHolder& clocks,
                const domain::Outreach& outreach)
        : store_(store), directory_(directory), clocks_(clocks), outreach_(outreach) {}

    Task<std::vector<store::ChatThread>> chats(int limit, store::ChatScope scope);
    // Errors: not_found when the chat is not there for the reader's `scope`.
    Task<ChatTranscript> chat(std::string source, std::string sender, store::ChatScope scope);
    // An operator's WhatsApp reply in a chat of their scope (queue_operator_reply). Errors:
    // not_found when the chat is not there for them, and those of queue_operator_reply.
    Task<domain::Outbound> reply(std::string sender,
                                 std::string text,
                                 std::string operator_username,
                                 store::ChatScope scope,
                                 domain::Timestamp now);
    Task<SubmitReceipt> file_from_chat(SubmitRequest request,
                                       std::string source,
                                       std::string sender,
                                       store::ChatScope scope,
                                       std::string public_url);

    Task<std::vector<domain::Outbound>> outbox(store::OutboxQuery query);
    // Sends a dead letter again, with its audit entry. Errors: not_found, conflict when the
    // message is not dead.
    Task<domain::Outbound> requeue(std::int64_t id, std::string actor, domain::Timestamp now);

    // A signed webhook body, stored before Meta gets its 200; its id in the queue.
    Task<std::int64_t> queue_webhook(std::string source, std::string body, domain::Timestamp now);

  private:
    store::Store& store_;
    const domain::DirectoryHolder& directory_;
    const DeadlineClockHolder& clocks_;
    const domain::Outreach& outreach_;
};

}  // namespace tanggap::service

#include "service/channel_desk.hpp"

#include "domain/audit.hpp"
#include "service/audit_log.hpp"

namespace tanggap::service {

using core::ErrorCode;
using core::make_error;

namespace {

constexpr int kTranscriptLength = 200;  // messages each way the console shows of one chat

core::Error chat_not_found() {
    return make_error(ErrorCode::not_found, "Percakapan tidak ditemukan");
}

core::Result<ChatTranscript> read_transcript(store::ReadTx& tx,
                                             const std::string& source,
                                             const std::string& sender,
                                             const store::ChatScope& scope) {
    auto thread = tx.chat_thread(source, sender, scope);
    if (!thread) return thread.error();
    if (!*thread) return chat_not_found();
    ChatTranscript t;
    t.thread = std::move(**thread);
    auto received = tx.inbound_messages(source, sender, kTranscriptLength);
    if (!received) return received.error();
    t.received = std::move(*received);
    if (source == "whatsapp") {
        store::OutboxQuery q;
        q.channel = domain::OutboundChannel::whatsapp;
        q.recipient = sender;
        q.limit = kTranscriptLength;
        auto sent = tx.outbox(q);
        if (!sent) return sent.error();
        t.sent = std::move(*sent);
    }
    return t;
}

core::Result<domain::Outbound> requeue_dead_letter(store::WriteTx& tx,
                                                   std::int64_t id,
                                                   const std::string& actor,
                                                   domain::Timestamp now) {
    auto requeued = tx.requeue_outbound(id, now);
    if (!requeued) return requeued.error();
    store::OutboxQuery q;
    q.before_id = id + 1;
    q.limit = 1;
    auto rows = tx.outbox(q);
    if (!rows) return rows.error();
    if (rows->empty() || rows->front().id != id) {
        return make_error(ErrorCode::not_found, "Pesan keluar tidak ditemukan");
    }
    if (!*requeued) {
        return make_error(ErrorCode::conflict,
                          "Hanya pesan yang gagal terkirim dapat dikirim ulang");
    }
    const AuditRecord audit{actor,
                            std::string(domain::audit_action::outbox_requeue),
                            "",
                            "pesan keluar #" + std::to_string(id)};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    return rows->front();
}

}  // namespace

Task<std::vector<store::ChatThread>> ChannelDesk::chats(int limit, store::ChatScope scope) {
    return read_use_case(store_, &store::ReadTx::chat_threads, limit, std::move(scope));
}

Task<ChatTranscript> ChannelDesk::chat(std::string source,
                                       std::string sender,
                                       store::ChatScope scope) {
    return read_use_case(
        store_, &read_transcript, std::move(source), std::move(sender), std::move(scope));
}

Task<domain::Outbound> ChannelDesk::reply(std::string sender,
                                          std::string text,
                                          std::string operator_username,
                                          store::ChatScope scope,
                                          domain::Timestamp now) {
    auto job = [sender = std::move(sender),
                text = std::move(text),
                who = std::move(operator_username),
                scope = std::move(scope),
                now](store::WriteTx& tx) -> core::Result<domain::Outbound> {
        auto thread = tx.chat_thread("whatsapp", sender, scope);
        if (!thread) return thread.error();
        if (!*thread) return chat_not_found();
        return queue_operator_reply(tx, sender, text, who, now);
    };
    return write_store<domain::Outbound>(store_, std::move(job));
}

Task<SubmitReceipt> ChannelDesk::file_from_chat(SubmitRequest request,
                                                std::string source,
                                                std::string sender,
                                                store::ChatScope scope,
                                                std::string public_url) {
    auto job = [this,
                request = std::move(request),
                source = std::move(source),
                sender = std::move(sender),
                scope = std::move(scope),
                public_url = std::move(public_url)](store::WriteTx& tx) {
        const ChatContext chat{directory_, clocks_, outreach_, public_url, nullptr};
        return file_complaint_from_chat(tx, chat, request, source, sender, scope);
    };
    return write_store<SubmitReceipt>(store_, std::move(job));
}

Task<std::vector<domain::Outbound>> ChannelDesk::outbox(store::OutboxQuery query) {
    return read_use_case(store_, &store::ReadTx::outbox, std::move(query));
}

Task<domain::Outbound> ChannelDesk::requeue(std::int64_t id,
                                            std::string actor,
                                            domain::Timestamp now) {
    return write_use_case(store_, &requeue_dead_letter, id, std::move(actor), now);
}

Task<std::int64_t> ChannelDesk::queue_webhook(std::string source,
                                              std::string body,
                                              domain::Timestamp now) {
    return write_use_case(
        store_, &store::WriteTx::enqueue_webhook, std::move(source), std::move(body), now);
}

}  // namespace tanggap::service

#include "service/chat_intake.hpp"

#include "channels/whatsapp/conversation.hpp"
#include "channels/whatsapp/interactive.hpp"
#include "service/complaint_service.hpp"
#include "util/crypto.hpp"

namespace tanggap::service {
namespace {

using channels::meta::InboundMessage;
using core::Result;
namespace wa = channels::whatsapp;

constexpr std::string_view kWhatsApp = "whatsapp";

// What the transcript shows of a message.
std::string transcript_text(const InboundMessage& m) {
    switch (m.type) {
        case InboundMessage::Type::text:
            return m.text;
        case InboundMessage::Type::interactive_reply:
            return m.reply_title;
        case InboundMessage::Type::location:
            return "[lokasi] " + (m.location_name.empty() ? m.location_address : m.location_name);
        case InboundMessage::Type::image:
            return "[foto] " + m.caption;
        case InboundMessage::Type::unsupported:
            return "[" + m.raw_type + "]";
    }
    return {};
}

Result<void> queue_reply(store::WriteTx& tx,
                         const InboundMessage& message,
                         int n,
                         const wa::Reply& reply,
                         domain::Timestamp now) {
    domain::Outbound out;
    out.idempotency_key = "reply:" + message.id + ":" + std::to_string(n);
    out.channel = domain::OutboundChannel::whatsapp;
    out.recipient = message.from;
    out.purpose = domain::OutboundPurpose::conversation;
    out.body = wa::plain_text(reply);
    out.interactive = wa::interactive_json(reply);
    out.next_attempt_at = out.created_at = now;
    auto stored = tx.insert_outbound(out);
    if (!stored) return stored.error();
    return {};
}

// The status lookup of `cek <ticket>`: a confidential complaint only to its reporter's number.
Result<wa::Reply> status_answer(store::WriteTx& tx,
                                const std::string& ticket,
                                const std::string& from,
                                const wa::ConversationContext& ctx) {
    auto found = tx.complaint_by_ticket(ticket);
    if (!found) return found.error();
    const domain::Complaint* complaint = *found ? &**found : nullptr;
    if (complaint && complaint->confidential &&
        domain::normalize_phone(complaint->reporter.phone) != "+" + from) {
        complaint = nullptr;
    }
    std::string last_public_text;
    if (complaint) {
        auto events = tx.events(complaint->id);
        if (!events) return events.error();
        for (const auto& e : *events) {
            if (!e.public_text.empty()) last_public_text = e.public_text;
        }
    }
    return wa::status_reply(ticket, complaint, last_public_text, ctx);
}

// Files the confirmed chat as a complaint; the reply is the ticket, or why it could not be.
Result<wa::Reply> file_complaint(store::WriteTx& tx,
                                 const wa::Turn& turn,
                                 const store::InboundRecord& record,
                                 const ChatContext& ctx,
                                 const wa::ConversationContext& chat,
                                 domain::Timestamp now,
                                 ChatOutcome& outcome) {
    const auto directory = ctx.directory.snapshot();
    auto submission = domain::validate_submission(turn.submission, *directory);
    if (!submission) {
        wa::Reply sorry;
        sorry.body = "Maaf, pengaduan belum dapat dikirim: " + submission.error().message +
                     "\nKetik *menu* untuk mengulang.";
        return sorry;
    }
    SubmitRequest request;
    request.submission = std::move(*submission);
    request.now = now;
    for (const auto& id : turn.next.photo_ids) {
        if (auto photo = ctx.describe_photo ? ctx.describe_photo(id) : std::nullopt) {
            request.photos.push_back(*photo);
        }
    }
    const auto clock = ctx.clocks.snapshot();
    auto receipt = submit_complaint(tx, *directory, request, *clock, ctx.outreach);
    if (!receipt) return receipt.error();
    auto filed = tx.complaint_by_ticket(receipt->ticket);
    if (!filed) return filed.error();
    if (*filed) {
        if (auto r = tx.link_inbound_to_complaint(record.id, (*filed)->id); !r) return r.error();
    }
    outcome.filed_ticket = receipt->ticket;
    auto link = chat;
    link.tracking_base_url = ctx.public_base_url + "/lacak/" + receipt->ticket + "?token=";
    return wa::filed_reply(receipt->ticket, receipt->tracking_token, link);
}

// The ticket for a complaint an operator filed from a WhatsApp chat (the bot's own filing
// answers in the conversation instead). A template stands by in case the window has closed.
Result<void> queue_chat_receipt(store::WriteTx& tx,
                                const domain::Complaint& c,
                                const SubmitReceipt& receipt,
                                const ChatContext& ctx) {
    const auto directory = ctx.directory.snapshot();
    domain::Outbound m;
    m.idempotency_key = "receipt:" + c.ticket;
    m.channel = domain::OutboundChannel::whatsapp;
    m.recipient = c.reporter.phone.empty() ? "" : c.reporter.phone.substr(1);
    m.complaint_id = c.id;
    m.purpose = domain::OutboundPurpose::receipt;
    auto link = wa::ConversationContext{*directory,
                                        receipt.created_at,
                                        ctx.conversation_expiry,
                                        ctx.public_base_url + "/lacak/" + c.ticket + "?token="};
    m.body = wa::plain_text(wa::filed_reply(c.ticket, receipt.tracking_token, link));
    m.template_name = ctx.outreach.status_template;
    m.template_parameters = {
        c.ticket, std::string(domain::status_label(c.status)), "Pengaduan Anda sudah kami catat."};
    m.next_attempt_at = m.created_at = receipt.created_at;
    auto stored = tx.insert_outbound(m);
    if (!stored) return stored.error();
    return {};
}

Result<ChatOutcome> converse_on_whatsapp(store::WriteTx& tx,
                                         const InboundMessage& message,
                                         const store::InboundRecord& record,
                                         const ChatContext& ctx,
                                         domain::Timestamp now) {
    const auto directory = ctx.directory.snapshot();
    ChatOutcome outcome;
    if (auto r = tx.touch_whatsapp_contact(message.from, message.profile_name, message.at); !r) {
        return r.error();
    }
    auto saved = tx.conversation(kWhatsApp, message.from);
    if (!saved) return saved.error();
    std::optional<wa::ConversationState> state;
    if (*saved) {
        // A state this version cannot read starts the chat afresh rather than failing it.
        if (auto parsed = wa::conversation_from_json((*saved)->state)) state = std::move(*parsed);
    }
    wa::ConversationContext chat{*directory, now, ctx.conversation_expiry, ""};
    chat.tracking_base_url = ctx.public_base_url + "/lacak/";
    auto turn = wa::converse(state, message, chat);

    auto replies = turn.replies;
    switch (turn.effect) {
        case wa::Effect::file_complaint: {
            auto reply = file_complaint(tx, turn, record, ctx, chat, now, outcome);
            if (!reply) return reply.error();
            replies.push_back(std::move(*reply));
            break;
        }
        case wa::Effect::check_status: {
            auto reply = status_answer(tx, turn.ticket, message.from, chat);
            if (!reply) return reply.error();
            replies.push_back(std::move(*reply));
            break;
        }
        case wa::Effect::opt_out:
        case wa::Effect::opt_in:
            if (auto r = tx.set_opt_out(domain::OutboundChannel::whatsapp,
                                        message.from,
                                        turn.effect == wa::Effect::opt_out,
                                        now);
                !r) {
                return r.error();
            }
            break;
        case wa::Effect::forward_to_operator:  // the stored message is the console's
        case wa::Effect::none:
            break;
    }
    auto kept = turn.ended
                    ? tx.delete_conversation(kWhatsApp, message.from)
                    : tx.save_conversation(kWhatsApp, message.from, wa::to_json(turn.next), now);
    if (!kept) return kept.error();
    for (std::size_t i = 0; i < replies.size(); ++i) {
        if (auto r = queue_reply(tx, message, static_cast<int>(i), replies[i], now); !r) {
            return r.error();
        }
    }
    return outcome;
}

}  // namespace

Result<ChatOutcome> handle_chat_message(store::WriteTx& tx,
                                        const InboundMessage& message,
                                        const ChatContext& ctx,
                                        domain::Timestamp now) {
    store::InboundRecord record;
    record.source = message.source;
    record.message_id = message.id;
    record.sender = message.from;
    record.profile_name = message.profile_name;
    record.type = std::string(channels::meta::to_string(message.type));
    record.text = transcript_text(message);
    record.received_at = message.at;
    auto inserted = tx.insert_inbound_message(record);
    if (!inserted) return inserted.error();
    if (!*inserted) return ChatOutcome{.duplicate = true, .filed_ticket = {}};
    if (message.source != kWhatsApp) return ChatOutcome{};
    return converse_on_whatsapp(tx, message, record, ctx, now);
}

Result<void> record_delivery_status(store::WriteTx& tx,
                                    const channels::meta::StatusUpdate& status) {
    using S = channels::meta::StatusUpdate::Status;
    domain::DeliveryStatus delivery = domain::DeliveryStatus::sent;
    switch (status.status) {
        case S::sent:
            delivery = domain::DeliveryStatus::sent;
            break;
        case S::delivered:
            delivery = domain::DeliveryStatus::delivered;
            break;
        case S::read:
            delivery = domain::DeliveryStatus::read;
            break;
        case S::failed:
            delivery = domain::DeliveryStatus::failed;
            break;
    }
    auto found = tx.record_delivery(status.message_id, delivery, status.error);
    if (!found) return found.error();
    return {};  // a status for a message we did not send (another app on the number): ignored
}

std::optional<domain::Channel> chat_channel(std::string_view source) {
    if (source == "whatsapp") return domain::Channel::whatsapp;
    if (source == "page") return domain::Channel::facebook;
    if (source == "instagram") return domain::Channel::instagram;
    return std::nullopt;
}

Result<SubmitReceipt> file_complaint_from_chat(store::WriteTx& tx,
                                               const ChatContext& ctx,
                                               SubmitRequest request,
                                               std::string_view source,
                                               std::string_view sender,
                                               const store::ChatScope& scope) {
    const auto directory = ctx.directory.snapshot();
    auto thread = tx.chat_thread(source, sender, scope);
    if (!thread) return thread.error();
    auto channel = chat_channel(source);
    if (!*thread || !channel) {
        return core::make_error(core::ErrorCode::not_found, "Percakapan tidak ditemukan");
    }
    if (!(*thread)->has_unfiled) {
        return core::make_error(
            core::ErrorCode::conflict,
            "Semua pesan percakapan ini sudah menjadi aduan " + (*thread)->complaint_ticket);
    }
    auto& s = request.submission;
    s.channel = *channel;
    s.reporter.name = (*thread)->profile_name;
    if (source == kWhatsApp) s.reporter.phone = "+" + std::string(sender);
    const auto clock = ctx.clocks.snapshot();
    auto receipt = submit_complaint(tx, *directory, request, *clock, ctx.outreach);
    if (!receipt) return receipt.error();
    auto filed = tx.complaint_by_ticket(receipt->ticket);
    if (!filed) return filed.error();
    if (!*filed) return core::make_error(core::ErrorCode::internal, "filed complaint vanished");
    auto messages = tx.inbound_messages(source, sender, 500);
    if (!messages) return messages.error();
    for (const auto& m : *messages) {
        if (m.complaint_id) continue;
        if (auto r = tx.link_inbound_to_complaint(m.id, (*filed)->id); !r) return r.error();
    }
    if (source == kWhatsApp && ctx.outreach.whatsapp) {
        if (auto r = queue_chat_receipt(tx, **filed, *receipt, ctx); !r) return r.error();
    }
    return receipt;
}

Result<domain::Outbound> queue_operator_reply(store::WriteTx& tx,
                                              std::string_view phone_digits,
                                              std::string_view text,
                                              std::string_view operator_username,
                                              domain::Timestamp now) {
    auto last = tx.whatsapp_last_inbound(phone_digits);
    if (!last) return last.error();
    if (!domain::whatsapp_window_open(*last, now)) {
        return core::make_error(core::ErrorCode::conflict,
                                "Warga terakhir menulis lebih dari 24 jam lalu: WhatsApp hanya "
                                "mengizinkan pesan template sekarang",
                                "text");
    }
    domain::Outbound out;
    out.idempotency_key =
        "operator:" + std::string(operator_username) + ":" + util::random_token(12);
    out.channel = domain::OutboundChannel::whatsapp;
    out.recipient = std::string(phone_digits);
    out.purpose = domain::OutboundPurpose::operator_reply;
    out.body = std::string(text);
    out.next_attempt_at = out.created_at = now;
    auto stored = tx.insert_outbound(out);
    if (!stored) return stored.error();
    return out;
}

}  // namespace tanggap::service

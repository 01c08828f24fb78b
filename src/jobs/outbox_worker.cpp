#include "jobs/outbox_worker.hpp"

#include <spdlog/spdlog.h>

namespace tanggap::jobs {
namespace {

using domain::OutboundState;

void record_outcome(domain::Outbound& m,
                    const channels::SendOutcome& outcome,
                    const OutboxOptions& options,
                    domain::Timestamp now) {
    m.lease_until.reset();
    m.last_error = outcome.error;
    switch (outcome.kind) {
        case channels::SendOutcome::Kind::sent:
            m.state = OutboundState::sent;
            m.provider_message_id = outcome.provider_message_id;
            m.sent_at = now;
            m.last_error.clear();
            return;
        case channels::SendOutcome::Kind::retry:
            if (m.attempts < domain::kMaxOutboundAttempts) {
                m.state = OutboundState::pending;
                m.next_attempt_at = now + domain::outbound_backoff(m.attempts, options.retry_base);
                return;
            }
            m.state = OutboundState::dead;
            return;
        case channels::SendOutcome::Kind::permanent:
            m.state = OutboundState::dead;
            return;
    }
}

}  // namespace

core::Result<channels::OutboundMessage> message_for_provider(const domain::Outbound& m,
                                                             domain::Timestamp now,
                                                             const std::string& language) {
    channels::OutboundMessage out;
    out.idempotency_key = m.idempotency_key;
    out.recipient = m.recipient;
    out.subject = m.subject;
    out.body = m.body;
    out.interactive = m.interactive;
    if (m.channel != domain::OutboundChannel::whatsapp ||
        domain::whatsapp_window_open(m.last_inbound_at, now)) {
        return out;
    }
    if (m.template_name.empty()) {
        return core::make_error(
            core::ErrorCode::conflict,
            "Jendela layanan WhatsApp 24 jam sudah tertutup dan pesan ini tidak punya template");
    }
    out.template_message =
        channels::TemplateMessage{m.template_name, language, m.template_parameters};
    out.interactive.clear();
    return out;
}

core::Result<DeliveryRound> deliver_due(store::Store& store,
                                        const Senders& senders,
                                        const OutboxOptions& options,
                                        const Now& now) {
    const auto claimed_at = now();
    auto claimed =
        store::write_sync_value<std::vector<domain::Outbound>>(store, [&](store::WriteTx& tx) {
            return tx.claim_outbound(claimed_at, claimed_at + options.lease, options.batch);
        });
    if (!claimed) return claimed.error();
    DeliveryRound round;
    round.claimed = static_cast<int>(claimed->size());
    for (auto& m : *claimed) {
        channels::SendOutcome outcome;
        auto sender = senders.find(m.channel);
        auto message = message_for_provider(m, now(), options.template_language);
        if (sender == senders.end() || sender->second == nullptr) {
            outcome = {
                channels::SendOutcome::Kind::permanent,
                "",
                "Kanal " + std::string(domain::to_string(m.channel)) + " tidak dikonfigurasi"};
        } else if (!message) {
            outcome = {channels::SendOutcome::Kind::permanent, "", message.error().message};
        } else {
            outcome = sender->second->send(*message);
            m.sent_as_template = message->template_message.has_value();
        }
        record_outcome(m, outcome, options, now());
        if (m.state == OutboundState::sent) ++round.sent;
        if (m.state == OutboundState::pending) ++round.retried;
        if (m.state == OutboundState::dead) {
            ++round.dead;
            spdlog::warn(
                "outbox: message {} to {} is dead: {}",
                m.id,
                m.channel == domain::OutboundChannel::email ? "an e-mail address" : "a phone",
                m.last_error);
        }
        auto saved =
            store::write_sync(store, [&](store::WriteTx& tx) { return tx.update_outbound(m); });
        if (!saved) return saved.error();
    }
    return round;
}

OutboxWorker::OutboxWorker(store::Store& store, Senders senders, OutboxOptions options, Now now)
    : store_(store),
      senders_(std::move(senders)),
      options_(options),
      now_(std::move(now)),
      periodic_(options_.poll, [this] { return round(); }) {}

bool OutboxWorker::round() {
    auto done = deliver_due(store_, senders_, options_, now_);
    if (!done) {
        spdlog::warn("outbox delivery: {}", done.error().message);
        return false;
    }
    return done->claimed == options_.batch;  // a full batch: more may be waiting
}

}  // namespace tanggap::jobs

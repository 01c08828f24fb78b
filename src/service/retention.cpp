#include "service/retention.hpp"

#include "domain/privacy.hpp"
#include "service/audit_log.hpp"

#include <chrono>

namespace tanggap::service {
namespace {

void add(store::PersonTraces& total, store::PersonTraces more) {
    total.events += more.events;
    total.messages += more.messages;
    total.outbound += more.outbound;
    total.webhooks += more.webhooks;
    total.chat_state += more.chat_state;
    total.photo_ids.insert(total.photo_ids.end(), more.photo_ids.begin(), more.photo_ids.end());
}

// Erases up to `limit` closed complaints of `category_code` last changed more than `months`
// ago.
core::Result<int> erase_category(store::WriteTx& tx,
                                 const std::string& category_code,
                                 int months,
                                 domain::Timestamp now,
                                 int limit,
                                 RetentionRound& round) {
    auto due =
        tx.complaints_past_retention(category_code, domain::retention_cutoff(now, months), limit);
    if (!due) return due.error();
    std::vector<std::int64_t> ids;
    for (const auto& c : *due) {
        if (auto r = tx.save_erased_complaint(domain::without_person(c), now); !r) {
            return r.error();
        }
        const AuditRecord audit{std::string(domain::to_string(domain::EventActor::system())),
                                std::string(domain::audit_action::retention),
                                c.ticket,
                                "masa retensi " + std::to_string(months) +
                                    " bulan setelah ditutup berakhir; data pelapor dihapus"};
        if (auto r = record_audit(tx, audit, now); !r) return r.error();
        ids.push_back(c.id);
        round.tickets.push_back(c.ticket);
    }
    if (ids.empty()) return 0;
    // An empty key: only what is tied to these complaints, not the reporter's other ones.
    auto traces = tx.erase_person_traces(domain::PersonKey{}, ids);
    if (!traces) return traces.error();
    add(round.traces, std::move(*traces));
    return static_cast<int>(ids.size());
}

}  // namespace

core::Result<RetentionRound> apply_retention(store::WriteTx& tx,
                                             const domain::RetentionSettings& settings,
                                             domain::Timestamp now,
                                             int batch) {
    RetentionRound round;
    auto categories = tx.categories();
    if (!categories) return categories.error();
    int left = batch;
    // Complaints without a category keep the installation's retention.
    domain::Category none;
    categories->push_back(none);
    for (const auto& category : *categories) {
        if (left <= 0) break;
        auto erased = erase_category(
            tx, category.code, domain::retention_months(category, settings), now, left, round);
        if (!erased) return erased.error();
        left -= *erased;
    }
    round.more = left <= 0;

    using std::chrono::days;
    auto pruned =
        tx.prune_channel_data(now - days(settings.webhook_days), now - days(settings.chat_days));
    if (!pruned) return pruned.error();
    round.pruned = *pruned;
    if (round.pruned.webhooks + round.pruned.messages + round.pruned.conversations > 0) {
        const auto& p = round.pruned;
        const AuditRecord audit{std::string(domain::to_string(domain::EventActor::system())),
                                std::string(domain::audit_action::retention),
                                "",
                                std::to_string(p.webhooks) + " kiriman mitra, " +
                                    std::to_string(p.messages) + " pesan obrolan, " +
                                    std::to_string(p.conversations) +
                                    " percakapan melewati masa simpan dihapus"};
        if (auto r = record_audit(tx, audit, now); !r) return r.error();
    }
    return round;
}

}  // namespace tanggap::service

#include "service/breaches.hpp"

#include "service/audit_log.hpp"

#include <functional>
#include <map>
#include <set>

namespace tanggap::service {
namespace {

constexpr int kPage = 1000;

// Calls `each` for every reporter in `scope`, a page at a time.
core::Result<void> for_each_reporter(
    store::WriteTx& tx,
    const domain::BreachScope& scope,
    const std::function<core::Result<void>(const store::BreachReporter&)>& each) {
    std::int64_t after = 0;
    for (;;) {
        auto page = tx.breach_reporters(scope, after, kPage);
        if (!page) return page.error();
        for (const auto& r : *page) {
            if (auto done = each(r); !done) return done;
            after = r.complaint_id;
        }
        if (static_cast<int>(page->size()) < kPage) return {};
    }
}

std::string incident_name(std::int64_t id) { return "insiden #" + std::to_string(id); }

}  // namespace

core::Result<domain::Breach> record_breach(store::WriteTx& tx,
                                           domain::BreachInput input,
                                           const domain::Outreach& outreach,
                                           const std::string& actor,
                                           domain::Timestamp now) {
    auto breach = domain::new_breach(std::move(input), actor, now);
    if (!breach) return breach.error();
    std::set<std::string> people;
    std::set<std::string> reachable;  // by one of their complaints at least
    auto counted = for_each_reporter(
        tx, breach->incident.scope, [&](const store::BreachReporter& r) -> core::Result<void> {
            ++breach->complaints;
            const auto person = domain::person_of(r.reporter);
            if (person.empty()) return {};
            people.insert(person);
            if (domain::breach_address(r.reporter, outreach)) reachable.insert(person);
            return {};
        });
    if (!counted) return counted.error();
    breach->people = static_cast<std::int64_t>(people.size());
    breach->unreachable = static_cast<std::int64_t>(people.size() - reachable.size());
    auto id = tx.insert_breach(*breach);
    if (!id) return id.error();
    breach->id = *id;
    const AuditRecord audit{actor,
                            std::string(domain::audit_action::breach_record),
                            "",
                            incident_name(breach->id) + ": " + std::to_string(breach->complaints) +
                                " aduan, " + std::to_string(breach->people) + " orang"};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    return *breach;
}

core::Result<domain::Breach> notify_breach(store::WriteTx& tx,
                                           std::int64_t id,
                                           const domain::Outreach& outreach,
                                           const std::string& actor,
                                           domain::Timestamp now) {
    auto found = tx.breach(id);
    if (!found) return found.error();
    if (!*found) return core::make_error(core::ErrorCode::not_found, "Insiden tidak ditemukan");
    auto breach = std::move(**found);
    if (breach.notified_at) {
        return core::make_error(core::ErrorCode::conflict,
                                "Pemberitahuan insiden ini sudah dikirim");
    }
    std::set<std::string> told;  // people (domain::person_of), each told once
    auto queued = for_each_reporter(
        tx, breach.incident.scope, [&](const store::BreachReporter& r) -> core::Result<void> {
            auto address = domain::breach_address(r.reporter, outreach);
            if (!address || !told.insert(domain::person_of(r.reporter)).second) return {};
            auto notice = domain::breach_notice(breach, *address, r.ticket, now);
            notice.complaint_id = r.complaint_id;
            auto stored = tx.insert_outbound(notice);
            if (!stored) return stored.error();
            return {};
        });
    if (!queued) return queued.error();
    breach.notified_at = now;
    breach.notices = static_cast<std::int64_t>(told.size());
    if (auto r = tx.mark_breach_notified(id, now, breach.notices); !r) return r.error();
    const AuditRecord audit{
        actor,
        std::string(domain::audit_action::breach_notify),
        "",
        incident_name(id) + ": " + std::to_string(breach.notices) + " pemberitahuan dikirim"};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    return breach;
}

core::Result<BreachLetters> breach_letters(store::WriteTx& tx,
                                           std::int64_t id,
                                           const domain::Outreach& outreach,
                                           const std::string& actor,
                                           domain::Timestamp now) {
    auto found = tx.breach(id);
    if (!found) return found.error();
    if (!*found) return core::make_error(core::ErrorCode::not_found, "Insiden tidak ditemukan");
    BreachLetters letters{std::move(**found), {}};
    std::map<std::string, std::size_t> index;  // person -> letters.people
    auto gathered = for_each_reporter(tx,
                                      letters.breach.incident.scope,
                                      [&](const store::BreachReporter& r) -> core::Result<void> {
                                          const auto person = domain::person_of(r.reporter);
                                          if (person.empty()) return {};
                                          auto [at, fresh] =
                                              index.emplace(person, letters.people.size());
                                          if (fresh)
                                              letters.people.push_back({r.reporter, {}, false});
                                          auto& p = letters.people[at->second];
                                          p.tickets.push_back(r.ticket);
                                          if (domain::breach_address(r.reporter, outreach))
                                              p.reachable = true;
                                          return {};
                                      });
    if (!gathered) return gathered.error();
    const AuditRecord audit{
        actor,
        std::string(domain::audit_action::breach_letters),
        "",
        incident_name(id) + ": surat PDF, " + std::to_string(letters.people.size()) + " orang"};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    return letters;
}

}  // namespace tanggap::service

#include "service/deadline_sweep.hpp"

#include "service/citizen_notices.hpp"
#include "service/ladder_notices.hpp"
#include "service/staff_notices.hpp"

namespace tanggap::service {
namespace {

using core::Result;

Result<void> notify(store::WriteTx& tx,
                    domain::Notification notification,
                    const domain::Outreach& outreach) {
    return notify_staff(tx, notification, outreach);
}

Result<void> escalate(store::WriteTx& tx,
                      const domain::Complaint& c,
                      const sla::LadderSignal& signal,
                      const domain::Outreach& outreach,
                      domain::Timestamp now) {
    domain::ComplaintEvent event;
    event.at = now;
    event.actor = domain::EventActor::system();
    event.action = "escalate";
    event.from = event.to = c.status;
    event.unit_from = event.unit_to = c.unit_code;
    // How late the step is: from its due time, whichever rung this is.
    event.internal_note = escalation_note(c, signal.level, now - c.due_at.value_or(signal.point));
    if (auto r = tx.append_event(c.id, event); !r) return r;
    auto unit_name = unit_name_of(tx, c.unit_code);
    if (!unit_name) return unit_name.error();
    for (auto& n : escalation_notices(c, signal.level, *unit_name, now)) {
        if (auto r = notify_staff(tx, n, outreach); !r) return r;
    }
    return {};
}

Result<void> archive(store::WriteTx& tx,
                     domain::Complaint& c,
                     const domain::Outreach& outreach,
                     domain::Timestamp now) {
    domain::ComplaintEvent event;
    event.at = now;
    event.actor = domain::EventActor::system();
    event.action = "archive";
    event.from = c.status;
    event.to = domain::Status::diarsipkan;
    event.unit_from = event.unit_to = c.unit_code;
    event.public_text =
        "Aduan diarsipkan karena informasi yang kami minta belum diterima sampai batas waktu. "
        "Silakan kirim aduan baru bila masih diperlukan.";
    if (auto r = tx.append_event(c.id, event); !r) return r;
    if (auto r = notify(tx, archive_notice(c, now), outreach); !r) return r;
    if (auto r = notify_reporter(tx, c, event, outreach); !r) return r;
    c.status = domain::Status::diarsipkan;
    c.updated_at = now;
    c.due_at.reset();
    c.step_started_at.reset();
    return {};
}

}  // namespace

Result<SweepReport> sweep_deadlines(store::WriteTx& tx,
                                    const DeadlineClock& clock,
                                    const domain::Outreach& outreach,
                                    domain::Timestamp now,
                                    int batch) {
    auto due = tx.complaints_due_for_check(now, batch);
    if (!due) return due.error();
    SweepReport report;
    report.more = static_cast<int>(due->size()) >= batch;
    for (auto& c : *due) {
        ++report.examined;
        auto state = clock.ladder_state(c);
        if (!state) {  // no deadline runs any more: nothing to look at again
            c.next_check_at.reset();
            if (auto r = tx.update_complaint(c); !r) return r.error();
            continue;
        }
        auto outcome = sla::climb_ladder(*state, now, clock.reminders());
        for (const auto& signal : outcome.signals) {
            Result<void> done;
            switch (signal.kind) {
                case sla::SignalKind::reminder:
                    done = notify(tx, reminder_notice(c, signal.level, now), outreach);
                    ++report.reminders;
                    break;
                case sla::SignalKind::escalation:
                    c.escalation_level = signal.level;  // the notes name the level reached
                    done = escalate(tx, c, signal, outreach, now);
                    ++report.escalations;
                    break;
                case sla::SignalKind::archive:
                    done = archive(tx, c, outreach, now);
                    ++report.archived;
                    break;
            }
            if (!done) return done.error();
        }
        c.reminders_sent = outcome.state.reminders_sent;
        if (c.status != domain::Status::diarsipkan)
            c.escalation_level = outcome.state.escalation_level;
        c.next_check_at = outcome.next_check;
        if (auto r = tx.update_complaint(c); !r) return r.error();
    }
    return report;
}

}  // namespace tanggap::service

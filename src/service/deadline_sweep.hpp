#pragma once
// The deadline sweep: the one place reminders, escalations and automatic archiving happen.
// Run it often (jobs/deadline_scheduler.hpp does, every few seconds); each run is one write
// transaction that takes the complaints whose next check has come (an index seek on
// next_check_at, so a sweep with nothing due costs the same at any size), climbs each one's
// escalation ladder (sla/escalation.hpp) and saves, together, the ladder state, the history
// events and the notifications. A crash before the commit leaves everything as it was; after
// it, the new state says what was sent: nothing is lost and nothing repeats.
//
// Signals:
//   reminder       a notification to the unit
//   escalation     an `escalate` event by the system (EventActor::system()) (internal note: how
//   late, the unit's reason)
//                  and notifications to Diskominfo (level 1) or the Bupati (level 2) and the unit
//   archive        the info_wait step ran out: ditunda -> diarsipkan by the system, with a public
//                  text for the reporter (queued for them, see citizen_notices.hpp), and a
//                  notification to the unit

#include "service/deadline_clock.hpp"
#include "store/store.hpp"

namespace tanggap::service {

struct SweepReport {
    int examined = 0;
    int reminders = 0;
    int escalations = 0;
    int archived = 0;
    bool more = false;  // the batch was full: sweep again
};

// Errors: those of the store (the transaction is then rolled back by the caller's job).
core::Result<SweepReport> sweep_deadlines(store::WriteTx& tx,
                                          const DeadlineClock& clock,
                                          const domain::Outreach& outreach,
                                          domain::Timestamp now,
                                          int batch = 500);

}  // namespace tanggap::service

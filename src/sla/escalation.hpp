#pragma once
// The escalation ladder of one step of a complaint: reminders before its deadline, then up the
// ladder once it is missed. Pure: the sweep (service/deadline_sweep.hpp) passes the stored state
// and `now` in and saves what comes out, in the same transaction as the events it writes, so a
// restart neither loses nor repeats a signal.
//
// With `start` the step's clock start, `due` its due time and span = due - start (elapsed):
//   reminder i      at start + fraction[i] * span   (the unit's officers, in-app)
//   escalation 1    at due                          (Diskominfo, the super admin)
//   escalation 2    at due + span                   (the Bupati: Diskominfo had as long again)
// The info_wait step (waiting for the reporter) neither reminds the unit nor escalates: at its due
// time the complaint is archived.
//
// A sweep that comes late (the server was down) does not replay the past: of the reminders that
// fell due only the last is sent, and none once an escalation is due; each escalation level passed
// is its own signal, so the history names every rung climbed.

#include "domain/complaint.hpp"
#include "domain/time.hpp"
#include "sla/deadline_policy.hpp"

#include <optional>
#include <vector>

namespace tanggap::sla {

struct ReminderPlan {
    std::vector<double> fractions{0.5, 0.8};  // ascending, each in (0, 1)
};

// Where a step stands on the ladder (stored with the complaint).
struct LadderState {
    Step step = Step::verification;
    Timestamp start;
    Timestamp due;
    int reminders_sent = 0;    // of this step
    int escalation_level = 0;  // 0..domain::kTopEscalationLevel
    bool archived = false;     // info_wait ran out
};

enum class SignalKind { reminder, escalation, archive };

struct LadderSignal {
    SignalKind kind;
    int level = 0;    // escalation: the level reached; reminder: the reminder's number, 1-based
    Timestamp point;  // the reminder's time, or the due time that was missed
};

struct LadderOutcome {
    std::vector<LadderSignal> signals;    // in the order they fell due
    LadderState state;                    // after the signals
    std::optional<Timestamp> next_check;  // the next point still ahead; none: nothing left
};

// When the next signal after those already given fires, or none. Reminders fire at their point;
// escalation and archiving once the due time has passed (1 ms after it, as sla::is_overdue).
std::optional<Timestamp> next_ladder_point(const LadderState& state, const ReminderPlan& plan);

// What has fired by `now` and where the step stands afterwards.
LadderOutcome climb_ladder(const LadderState& state, Timestamp now, const ReminderPlan& plan);

}  // namespace tanggap::sla

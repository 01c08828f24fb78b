#pragma once
// Deadline policies: how long each step of a complaint may take, and the due time that follows
// from a start time, a policy, a calendar and the periods the clock was paused.
//
// A policy is data (per category, optionally per unit, edited by the super admin); the built-in
// ones below are the defaults a fresh installation offers. Each step's clock starts at an event
// the caller picks and passes in as `start`:
//   verification  received (diterima) -> verified and forwarded (SP4N-LAPOR!: 3 working days)
//   follow_up     disposition to the unit -> the unit's first follow-up (5 working days)
//   resolution    received -> resolved (selesai) (60 days)
//   info_wait     asked the reporter for information (ditunda) -> archived (diarsipkan) if it
//                 never came (30 days)
// A missed verification/follow_up/resolution deadline escalates; a passed info_wait archives.
//
// Pure and thread-safe: functions over values.

#include "core/error.hpp"
#include "domain/time.hpp"
#include "sla/calendar.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::sla {

enum class Step { verification, follow_up, resolution, info_wait };

inline constexpr Step kAllSteps[] = {
    Step::verification, Step::follow_up, Step::resolution, Step::info_wait};

std::string_view to_string(Step step);
std::optional<Step> parse_step(std::string_view text);

// working_* units count on the unit's calendar (working_days as WorkCalendar::add_working_days
// defines them); calendar_* units ignore it (a calendar day is 24 hours).
enum class LimitUnit {
    working_days,
    working_hours,
    calendar_hours,
    calendar_minutes,
    calendar_days
};

std::string_view to_string(LimitUnit unit);
std::optional<LimitUnit> parse_limit_unit(std::string_view text);

// True for the units measured in working time rather than elapsed time.
bool is_working_unit(LimitUnit unit);

struct StepLimit {
    Step step;
    std::int64_t amount;
    LimitUnit unit;

    friend bool operator==(const StepLimit&, const StepLimit&) = default;
};

struct DeadlinePolicy {
    std::string code;
    std::vector<StepLimit> steps;

    // The limit for `step`, if the policy sets one.
    std::optional<StepLimit> limit(Step step) const;

    friend bool operator==(const DeadlinePolicy&, const DeadlinePolicy&) = default;
};

// A unit's own policy for one category (a puskesmas answering health complaints within 24
// hours while the category elsewhere keeps SP4N-LAPOR!'s days); wins over the category's.
struct UnitPolicy {
    std::string unit_code;
    std::string category_code;
    std::string policy_code;

    friend bool operator==(const UnitPolicy&, const UnitPolicy&) = default;
};

// The largest amount per unit: a year's worth, so arithmetic stays small and exact.
std::int64_t max_amount(LimitUnit unit);

// Checks a policy from outside (the store, the API). Errors, invalid_field with the field named:
// code empty or not [a-z0-9_] ("code"); amount < 1 or over max_amount ("steps[i].amount"); a step
// listed twice ("steps[i].step").
core::Result<void> validate(const DeadlinePolicy& policy);

// Built-in policies:
//   sp4n_lapor  verification 3 working days, follow_up 5 working days, resolution 60 calendar
//               days, info_wait 30 calendar days (the national SP4N-LAPOR! limits);
//   teknis_24, teknis_48, teknis_72  technical targets by complaint type (Jambi style): the
//               unit acts within N calendar hours of disposition and resolves within N calendar
//               hours of receipt; verification 1 working day; info_wait 30 calendar days;
//   darurat     emergencies, meant for 24/7 units: verification 10, follow_up 30 calendar
//               minutes, resolution 24 calendar hours, info_wait 24 calendar hours.
const std::vector<DeadlinePolicy>& builtin_policies();
const DeadlinePolicy* find_builtin_policy(std::string_view code);

// A period the clock stood still (the complaint was ditunda, waiting for the reporter), [from,
// until). For a pause still running pass until = now: the result is then the due time if the
// clock restarted now.
struct Pause {
    Timestamp from;
    Timestamp until;
};

// When `limit` falls due for a step whose clock started at `start`.
// Without pauses: start plus the amount in the limit's unit on `calendar`. Each pause that
// begins before the due time reached so far (pauses before `start` are clipped to it; overlapping
// pauses count once) moves the due time later by the pause's length measured in the limit's clock:
// working time on `calendar` for working_* units, elapsed time for calendar_* units. A pause that
// begins after the deadline has passed changes nothing: the step was already overdue.
// Precondition: limit.amount >= 0 (validate() guarantees it; std::invalid_argument otherwise).
Timestamp due_at(Timestamp start,
                 const StepLimit& limit,
                 const WorkCalendar& calendar,
                 std::span<const Pause> pauses = {});

// The same for the policy's limit for `step`; nothing when the policy sets none.
std::optional<Timestamp> due_at(Timestamp start,
                                const DeadlinePolicy& policy,
                                Step step,
                                const WorkCalendar& calendar,
                                std::span<const Pause> pauses = {});

// Time left from `now` until `due` in the limit's clock (working time for working_* units);
// negative once overdue.
std::chrono::milliseconds time_left(Timestamp now,
                                    Timestamp due,
                                    LimitUnit unit,
                                    const WorkCalendar& calendar);

// A step is overdue once its due time has passed; at the due time itself it is not yet.
inline bool is_overdue(Timestamp now, Timestamp due) { return now > due; }

}  // namespace tanggap::sla

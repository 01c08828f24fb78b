#pragma once
// The due time of a complaint's current step: which step its status stands for, which deadline
// policy and calendar its category gets, and when that step's clock started.
//
// Step by status (the clock's start in brackets):
//   diterima                                   verification  (created_at)
//   diverifikasi, didisposisikan,
//   dibuka_kembali                             follow_up     (the transition into the status)
//   ditindaklanjuti                            resolution    (created_at: SP4N-LAPOR! counts the
//                                                             60 days from the report itself)
//   ditunda                                    info_wait     (the transition: the reporter's
//                                                             time to answer)
//   bukan_wewenang                             verification  (the transition: the super admin
//                                                             must re-route it as if new)
//   selesai, ditutup, ditolak, diarsipkan      none: nothing is due from the unit
// Waiting for the reporter pauses the clock: a step counted from created_at (resolution) is due
// later by the time the complaint spent in ditunda (reporter_waits()); a step counted from a
// transition starts after the wait anyway.
//
// Policy: the unit's own policy for the category when the super admin set one (sla::UnitPolicy),
// else the category's deadline_policy code when set and known to the clock, else `darurat` for
// emergency categories, else `sp4n_lapor`. Emergency categories and units that work around the
// clock (Unit::always_open: RSUD, emergency services) count on the 24/7 calendar, all others on
// the office calendar. Both calendars are in the installation's time zone.
//
// The policies, unit policies and holidays are data the super admin edits (DeadlineSettings,
// kept in the store); an edit builds a new clock, published through DeadlineClockHolder.
//
// Thread-safety: immutable after construction; const members may be called from any thread.

#include "domain/complaint.hpp"
#include "domain/directory.hpp"
#include "domain/status.hpp"
#include "sla/calendar.hpp"
#include "sla/deadline_policy.hpp"
#include "sla/escalation.hpp"
#include "sla/holidays.hpp"
#include "util/versioned_holder.hpp"

#include <chrono>
#include <optional>
#include <span>
#include <vector>

namespace tanggap::service {

// Where the clock of a step starts.
enum class ClockStart { created, transition };

struct StepRule {
    sla::Step step;
    ClockStart start;

    friend bool operator==(const StepRule&, const StepRule&) = default;
};

// The step a complaint in `status` is in, or nothing when no deadline runs (see above).
std::optional<StepRule> step_rule(domain::Status status);

// Whose duty a complaint is: its category and the unit holding it (either may be unknown).
struct Duty {
    Duty(const domain::Category* category = nullptr, const domain::Unit* unit = nullptr)
        : category(category), unit(unit) {}
    const domain::Category* category;
    const domain::Unit* unit;
};

inline constexpr std::string_view kDefaultPolicy = "sp4n_lapor";
inline constexpr std::string_view kEmergencyPolicy = "darurat";

// The fallbacks every clock needs; they may be edited but not deleted.
bool is_required_policy(std::string_view code);

// What the super admin edits: the policies, the unit policies, the holidays and cuti bersama.
struct DeadlineSettings {
    std::vector<sla::DeadlinePolicy> policies;
    std::vector<sla::UnitPolicy> unit_policies;
    std::vector<sla::Holiday> holidays;  // by date
};

class DeadlineClock {
  public:
    // `policies` must hold kDefaultPolicy and kEmergencyPolicy and be valid (sla::validate);
    // std::invalid_argument otherwise (a startup bug).
    // A unit policy naming a policy the clock does not have is std::invalid_argument too.
    DeadlineClock(sla::WorkCalendar office,
                  sla::WorkCalendar always_open,
                  std::vector<sla::DeadlinePolicy> policies,
                  sla::ReminderPlan reminders = {},
                  std::vector<sla::Holiday> holidays = {},
                  std::vector<sla::UnitPolicy> unit_policies = {});

    // The policy for a duty (unknown category: the default policy).
    const sla::DeadlinePolicy& policy_for(const Duty& duty) const;
    // The policy with `code`, if the clock has it.
    const sla::DeadlinePolicy* find_policy(std::string_view code) const;
    const sla::WorkCalendar& calendar_for(const Duty& duty) const;

    // When the current step of `complaint` (its status, created_at) falls due, the step's
    // clock having started at `transition_at` where the step counts from the transition.
    // Nothing when the status has no step or the policy sets no limit for it.
    // `pauses`: the periods the clock stood still (reporter_waits()).
    std::optional<domain::Timestamp> due_at(const domain::Complaint& complaint,
                                            const Duty& duty,
                                            domain::Timestamp transition_at,
                                            std::span<const sla::Pause> pauses = {}) const;

    // Starts the clock of the complaint's current step, the step having begun at
    // `transition_at`: sets due_at, step_started_at and next_check_at and puts the step at the
    // foot of the escalation ladder (no reminder sent, level 0). A status without a step clears
    // them all.
    void start_step(domain::Complaint& complaint,
                    const Duty& duty,
                    domain::Timestamp transition_at,
                    std::span<const sla::Pause> pauses = {}) const;

    // Where the complaint's step stands on the ladder; nothing when no deadline runs.
    std::optional<sla::LadderState> ladder_state(const domain::Complaint& complaint) const;

    const sla::ReminderPlan& reminders() const { return reminders_; }
    const std::vector<sla::DeadlinePolicy>& policies() const { return policies_; }
    const std::vector<sla::UnitPolicy>& unit_policies() const { return unit_policies_; }
    // The holidays and cuti bersama the office calendar closes on, by date (GET /api/v1/holidays).
    const std::vector<sla::Holiday>& holidays() const { return holidays_; }

    const sla::WorkCalendar& office() const { return office_; }
    const sla::WorkCalendar& always_open() const { return always_open_; }

  private:
    const sla::DeadlinePolicy& policy(std::string_view code) const;

    sla::WorkCalendar office_;
    sla::WorkCalendar always_open_;
    std::vector<sla::DeadlinePolicy> policies_;
    sla::ReminderPlan reminders_;
    std::vector<sla::Holiday> holidays_;
    std::vector<sla::UnitPolicy> unit_policies_;
};

// The clock the server runs with for `settings`: the office calendar (Monday to Friday
// 08:00-16:00 at `utc_offset`, closed on every holiday and cuti bersama), the 24/7 calendar at
// the same offset, the default reminder plan. std::invalid_argument for settings the clock
// refuses (see the constructor); the store's settings were checked when they were saved.
DeadlineClock make_deadline_clock(const DeadlineSettings& settings,
                                  std::chrono::minutes utc_offset);

// The settings a new installation starts with: sla::builtin_policies(), no unit policies, the
// shipped holidays and cuti bersama.
DeadlineSettings shipped_deadline_settings();

// A clock shared by every request and job, replaced when the super admin edits the settings.
using DeadlineClockHolder = util::VersionedHolder<DeadlineClock>;

// The shipped holidays and cuti bersama (service/shipped_holidays.hpp) with `extra` (later
// years' lists), by date. Throws std::runtime_error if the embedded list does not parse (a build
// bug).
std::vector<sla::Holiday> shipped_holidays(const std::vector<sla::Holiday>& extra = {});

// The office calendar of a Kabupaten in WIB: Monday to Friday 08:00-16:00, closed on
// shipped_holidays(extra), both kinds.
sla::WorkCalendar shipped_office_calendar(const std::vector<sla::Holiday>& extra = {});

// The clock a server runs with: shipped_office_calendar(extra), a 24/7 WIB calendar for
// emergencies and sla::builtin_policies().
DeadlineClock make_standard_deadline_clock(const std::vector<sla::Holiday>& extra = {});

// The periods a complaint waited for its reporter: from each event into ditunda to the next
// event out of it (or `now` while it still waits). `events` oldest first.
std::vector<sla::Pause> reporter_waits(const std::vector<domain::ComplaintEvent>& events,
                                       domain::Timestamp now);

// One shared make_standard_deadline_clock(), built on first use (thread-safe). The default for
// callers of the service functions that do not pass their own clock yet.
const DeadlineClock& standard_deadline_clock();

}  // namespace tanggap::service

#include "service/deadline_clock.hpp"

#include "service/shipped_holidays.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tanggap::service {

using domain::Status;
using sla::Step;

std::optional<StepRule> step_rule(Status status) {
    switch (status) {
        case Status::diterima:
            return StepRule{Step::verification, ClockStart::created};
        case Status::diverifikasi:
        case Status::didisposisikan:
        case Status::dibuka_kembali:
            return StepRule{Step::follow_up, ClockStart::transition};
        case Status::ditindaklanjuti:
            return StepRule{Step::resolution, ClockStart::created};
        case Status::ditunda:
            return StepRule{Step::info_wait, ClockStart::transition};
        case Status::bukan_wewenang:
            return StepRule{Step::verification, ClockStart::transition};
        case Status::selesai:
        case Status::ditutup:
        case Status::ditolak:
        case Status::diarsipkan:
            return std::nullopt;
    }
    return std::nullopt;
}

bool is_required_policy(std::string_view code) {
    return code == kDefaultPolicy || code == kEmergencyPolicy;
}

DeadlineClock::DeadlineClock(sla::WorkCalendar office,
                             sla::WorkCalendar always_open,
                             std::vector<sla::DeadlinePolicy> policies,
                             sla::ReminderPlan reminders,
                             std::vector<sla::Holiday> holidays,
                             std::vector<sla::UnitPolicy> unit_policies)
    : office_(std::move(office)),
      always_open_(std::move(always_open)),
      policies_(std::move(policies)),
      reminders_(std::move(reminders)),
      holidays_(std::move(holidays)),
      unit_policies_(std::move(unit_policies)) {
    double previous = 0;
    for (double f : reminders_.fractions) {
        if (!(f > previous && f < 1)) {
            throw std::invalid_argument("reminder fractions must ascend within (0, 1)");
        }
        previous = f;
    }
    for (const auto& p : policies_) {
        if (auto valid = sla::validate(p); !valid) {
            throw std::invalid_argument("deadline policy '" + p.code +
                                        "': " + valid.error().message);
        }
    }
    for (auto required : {kDefaultPolicy, kEmergencyPolicy}) {
        auto found = std::find_if(
            policies_.begin(), policies_.end(), [&](const auto& p) { return p.code == required; });
        if (found == policies_.end()) {
            throw std::invalid_argument("deadline policy '" + std::string(required) +
                                        "' is required");
        }
    }
    for (const auto& u : unit_policies_) {
        if (!find_policy(u.policy_code)) {
            throw std::invalid_argument("unit policy " + u.unit_code + "/" + u.category_code +
                                        ": unknown deadline policy '" + u.policy_code + "'");
        }
    }
}

const sla::DeadlinePolicy* DeadlineClock::find_policy(std::string_view code) const {
    for (const auto& p : policies_) {
        if (p.code == code) return &p;
    }
    return nullptr;
}

const sla::DeadlinePolicy& DeadlineClock::policy(std::string_view code) const {
    for (const auto& p : policies_) {
        if (p.code == code) return p;
    }
    // The constructor guarantees the two fallbacks; other codes are looked up by policy_for.
    throw std::logic_error("deadline policy missing: " + std::string(code));
}

const sla::DeadlinePolicy& DeadlineClock::policy_for(const Duty& duty) const {
    const auto* category = duty.category;
    if (category == nullptr) return policy(kDefaultPolicy);
    if (duty.unit != nullptr) {
        for (const auto& u : unit_policies_) {
            if (u.unit_code == duty.unit->code && u.category_code == category->code) {
                return policy(u.policy_code);
            }
        }
    }
    if (!category->deadline_policy.empty()) {
        if (const auto* own = find_policy(category->deadline_policy)) return *own;
    }
    return policy(category->emergency ? kEmergencyPolicy : kDefaultPolicy);
}

const sla::WorkCalendar& DeadlineClock::calendar_for(const Duty& duty) const {
    const bool emergency = duty.category != nullptr && duty.category->emergency;
    const bool around_the_clock = duty.unit != nullptr && duty.unit->always_open;
    return emergency || around_the_clock ? always_open_ : office_;
}

std::optional<domain::Timestamp> DeadlineClock::due_at(const domain::Complaint& complaint,
                                                       const Duty& duty,
                                                       domain::Timestamp transition_at,
                                                       std::span<const sla::Pause> pauses) const {
    auto rule = step_rule(complaint.status);
    if (!rule) return std::nullopt;
    const auto start = rule->start == ClockStart::created ? complaint.created_at : transition_at;
    return sla::due_at(start, policy_for(duty), rule->step, calendar_for(duty), pauses);
}

std::vector<sla::Pause> reporter_waits(const std::vector<domain::ComplaintEvent>& events,
                                       domain::Timestamp now) {
    std::vector<sla::Pause> waits;
    std::optional<domain::Timestamp> since;
    for (const auto& e : events) {
        const bool waiting = e.to == Status::ditunda;
        if (waiting && !since) since = e.at;
        if (!waiting && since) {
            waits.push_back({*since, e.at});
            since.reset();
        }
    }
    if (since) waits.push_back({*since, now});
    return waits;
}

void DeadlineClock::start_step(domain::Complaint& c,
                               const Duty& duty,
                               domain::Timestamp transition_at,
                               std::span<const sla::Pause> pauses) const {
    c.reminders_sent = 0;
    c.escalation_level = 0;
    c.due_at = due_at(c, duty, transition_at, pauses);
    auto rule = step_rule(c.status);
    if (!c.due_at || !rule) {
        c.step_started_at.reset();
        c.next_check_at.reset();
        return;
    }
    c.step_started_at = rule->start == ClockStart::created ? c.created_at : transition_at;
    c.next_check_at = sla::next_ladder_point(*ladder_state(c), reminders_);
}

std::optional<sla::LadderState> DeadlineClock::ladder_state(const domain::Complaint& c) const {
    auto rule = step_rule(c.status);
    if (!rule || !c.due_at) return std::nullopt;
    sla::LadderState state;
    state.step = rule->step;
    // Complaints stored before the ladder existed have no start: their last change stands in.
    state.start = c.step_started_at.value_or(std::min(c.updated_at, *c.due_at));
    state.due = *c.due_at;
    state.reminders_sent = c.reminders_sent;
    state.escalation_level = c.escalation_level;
    return state;
}

std::vector<sla::Holiday> shipped_holidays(const std::vector<sla::Holiday>& extra) {
    auto holidays = sla::parse_holidays(shipped_holidays_csv());
    if (!holidays) {
        throw std::runtime_error("shipped holiday list: " + holidays.error().message);
    }
    holidays->insert(holidays->end(), extra.begin(), extra.end());
    std::stable_sort(holidays->begin(), holidays->end(), [](const auto& a, const auto& b) {
        return std::chrono::sys_days{a.date} < std::chrono::sys_days{b.date};
    });
    return std::move(*holidays);
}

sla::WorkCalendar shipped_office_calendar(const std::vector<sla::Holiday>& extra) {
    sla::CalendarSpec spec;  // WIB, Monday to Friday 08:00-16:00
    spec.closed_dates = sla::closed_dates(shipped_holidays(extra));
    auto calendar = sla::WorkCalendar::make(std::move(spec));
    if (!calendar) throw std::runtime_error("office calendar: " + calendar.error().message);
    return std::move(*calendar);
}

DeadlineClock make_standard_deadline_clock(const std::vector<sla::Holiday>& extra) {
    return DeadlineClock(shipped_office_calendar(extra),
                         sla::WorkCalendar::always_open(),
                         sla::builtin_policies(),
                         sla::ReminderPlan{},
                         shipped_holidays(extra));
}

DeadlineClock make_deadline_clock(const DeadlineSettings& settings,
                                  std::chrono::minutes utc_offset) {
    sla::CalendarSpec spec;  // Monday to Friday 08:00-16:00
    spec.utc_offset = utc_offset;
    spec.closed_dates = sla::closed_dates(settings.holidays);
    auto office = sla::WorkCalendar::make(std::move(spec));
    if (!office) throw std::invalid_argument("office calendar: " + office.error().message);
    return DeadlineClock(std::move(*office),
                         sla::WorkCalendar::always_open(utc_offset),
                         settings.policies,
                         sla::ReminderPlan{},
                         settings.holidays,
                         settings.unit_policies);
}

DeadlineSettings shipped_deadline_settings() {
    return DeadlineSettings{sla::builtin_policies(), {}, shipped_holidays()};
}

const DeadlineClock& standard_deadline_clock() {
    static const DeadlineClock clock = make_standard_deadline_clock();
    return clock;
}

}  // namespace tanggap::service

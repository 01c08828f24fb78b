#include "sla/deadline_policy.hpp"

#include <algorithm>
#include <stdexcept>

namespace tanggap::sla {

using namespace std::chrono;

std::string_view to_string(Step step) {
    switch (step) {
        case Step::verification:
            return "verification";
        case Step::follow_up:
            return "follow_up";
        case Step::resolution:
            return "resolution";
        case Step::info_wait:
            return "info_wait";
    }
    return "verification";
}

std::optional<Step> parse_step(std::string_view text) {
    for (Step step : kAllSteps) {
        if (to_string(step) == text) return step;
    }
    return std::nullopt;
}

std::string_view to_string(LimitUnit unit) {
    switch (unit) {
        case LimitUnit::working_days:
            return "working_days";
        case LimitUnit::working_hours:
            return "working_hours";
        case LimitUnit::calendar_hours:
            return "calendar_hours";
        case LimitUnit::calendar_minutes:
            return "calendar_minutes";
        case LimitUnit::calendar_days:
            return "calendar_days";
    }
    return "working_days";
}

std::optional<LimitUnit> parse_limit_unit(std::string_view text) {
    for (LimitUnit unit : {LimitUnit::working_days,
                           LimitUnit::working_hours,
                           LimitUnit::calendar_hours,
                           LimitUnit::calendar_minutes,
                           LimitUnit::calendar_days}) {
        if (to_string(unit) == text) return unit;
    }
    return std::nullopt;
}

bool is_working_unit(LimitUnit unit) {
    return unit == LimitUnit::working_days || unit == LimitUnit::working_hours;
}

std::int64_t max_amount(LimitUnit unit) {
    switch (unit) {
        case LimitUnit::working_days:
        case LimitUnit::calendar_days:
            return 366;
        case LimitUnit::working_hours:
        case LimitUnit::calendar_hours:
            return 366 * 24;
        case LimitUnit::calendar_minutes:
            return 366 * 24 * 60;
    }
    return 0;
}

std::optional<StepLimit> DeadlinePolicy::limit(Step step) const {
    for (const auto& s : steps) {
        if (s.step == step) return s;
    }
    return std::nullopt;
}

namespace {

// As the super admin's console names the units.
std::string_view unit_in_words(LimitUnit unit) {
    switch (unit) {
        case LimitUnit::working_days:
            return "hari kerja";
        case LimitUnit::working_hours:
            return "jam kerja";
        case LimitUnit::calendar_hours:
            return "jam";
        case LimitUnit::calendar_minutes:
            return "menit";
        case LimitUnit::calendar_days:
            return "hari kalender";
    }
    return "";
}

}  // namespace

core::Result<void> validate(const DeadlinePolicy& policy) {
    const bool code_ok =
        !policy.code.empty() && std::all_of(policy.code.begin(), policy.code.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        });
    if (!code_ok) {
        return core::make_error(
            core::ErrorCode::invalid_field,
            "Kode kebijakan tenggat hanya boleh huruf kecil, angka dan garis bawah.",
            "code");
    }
    for (std::size_t i = 0; i < policy.steps.size(); ++i) {
        const auto& s = policy.steps[i];
        const std::string at = "steps[" + std::to_string(i) + "]";
        if (s.amount < 1 || s.amount > max_amount(s.unit)) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Batas waktu harus antara 1 dan " +
                                        std::to_string(max_amount(s.unit)) + " " +
                                        std::string(unit_in_words(s.unit)) + ".",
                                    at + ".amount");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (policy.steps[j].step == s.step) {
                return core::make_error(
                    core::ErrorCode::invalid_field,
                    "Tahap " + std::string(to_string(s.step)) + " tercantum lebih dari sekali.",
                    at + ".step");
            }
        }
    }
    return {};
}

namespace {

DeadlinePolicy teknis(int hours) {
    return DeadlinePolicy{"teknis_" + std::to_string(hours),
                          {{Step::verification, 1, LimitUnit::working_days},
                           {Step::follow_up, hours, LimitUnit::calendar_hours},
                           {Step::resolution, hours, LimitUnit::calendar_hours},
                           {Step::info_wait, 30, LimitUnit::calendar_days}}};
}

std::vector<DeadlinePolicy> make_builtins() {
    return {
        DeadlinePolicy{"sp4n_lapor",
                       {{Step::verification, 3, LimitUnit::working_days},
                        {Step::follow_up, 5, LimitUnit::working_days},
                        {Step::resolution, 60, LimitUnit::calendar_days},
                        {Step::info_wait, 30, LimitUnit::calendar_days}}},
        teknis(24),
        teknis(48),
        teknis(72),
        DeadlinePolicy{"darurat",
                       {{Step::verification, 10, LimitUnit::calendar_minutes},
                        {Step::follow_up, 30, LimitUnit::calendar_minutes},
                        {Step::resolution, 24, LimitUnit::calendar_hours},
                        {Step::info_wait, 24, LimitUnit::calendar_hours}}},
    };
}

Timestamp add_amount(Timestamp start, const StepLimit& limit, const WorkCalendar& calendar) {
    switch (limit.unit) {
        case LimitUnit::working_days:
            return calendar.add_working_days(start, static_cast<int>(limit.amount));
        case LimitUnit::working_hours:
            return calendar.add_working_time(start, hours{limit.amount});
        case LimitUnit::calendar_hours:
            return start + hours{limit.amount};
        case LimitUnit::calendar_minutes:
            return start + minutes{limit.amount};
        case LimitUnit::calendar_days:
            return start + days{limit.amount};
    }
    throw std::invalid_argument("due_at: unknown limit unit");
}

}  // namespace

const std::vector<DeadlinePolicy>& builtin_policies() {
    static const std::vector<DeadlinePolicy> policies = make_builtins();
    return policies;
}

const DeadlinePolicy* find_builtin_policy(std::string_view code) {
    for (const auto& p : builtin_policies()) {
        if (p.code == code) return &p;
    }
    return nullptr;
}

Timestamp due_at(Timestamp start,
                 const StepLimit& limit,
                 const WorkCalendar& calendar,
                 std::span<const Pause> pauses) {
    if (limit.amount < 0 || limit.amount > max_amount(limit.unit)) {
        throw std::invalid_argument("due_at: amount out of range");
    }
    Timestamp due = add_amount(start, limit, calendar);

    std::vector<Pause> sorted;
    for (const auto& p : pauses) {
        const Pause clipped{std::max(p.from, start), p.until};
        if (clipped.from < clipped.until) sorted.push_back(clipped);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Pause& a, const Pause& b) {
        return a.from < b.from;
    });
    const bool working = is_working_unit(limit.unit);
    Timestamp covered = start;  // pauses count only past what earlier pauses already covered
    for (const auto& p : sorted) {
        const Timestamp from = std::max(p.from, covered);
        if (from >= p.until) continue;
        // Sorted by start and the due time only grows: once a pause begins after the due time,
        // so do all later ones.
        if (p.from >= due) break;
        due = working ? calendar.add_working_time(due, calendar.working_time_between(from, p.until))
                      : due + (p.until - from);
        covered = p.until;
    }
    return due;
}

std::optional<Timestamp> due_at(Timestamp start,
                                const DeadlinePolicy& policy,
                                Step step,
                                const WorkCalendar& calendar,
                                std::span<const Pause> pauses) {
    const auto limit = policy.limit(step);
    if (!limit) return std::nullopt;
    return due_at(start, *limit, calendar, pauses);
}

milliseconds time_left(Timestamp now, Timestamp due, LimitUnit unit, const WorkCalendar& calendar) {
    return is_working_unit(unit) ? calendar.working_time_between(now, due) : due - now;
}

}  // namespace tanggap::sla

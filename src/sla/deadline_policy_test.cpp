#include "sla/deadline_policy.hpp"

#include "sla/test_calendars.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <vector>

namespace tanggap::sla {
namespace {

using namespace std::chrono;
using testing::at;
using testing::office_2026;

const DeadlinePolicy& builtin(std::string_view code) {
    const DeadlinePolicy* policy = find_builtin_policy(code);
    if (!policy) throw std::logic_error("no built-in policy " + std::string(code));
    return *policy;
}

TEST(DeadlinePolicy, BuiltInsAreValidAndCarryTheNationalLimits) {
    std::vector<std::string> codes;
    for (const auto& p : builtin_policies()) {
        codes.push_back(p.code);
        EXPECT_TRUE(validate(p).has_value()) << p.code;
    }
    EXPECT_EQ(
        codes,
        (std::vector<std::string>{"sp4n_lapor", "teknis_24", "teknis_48", "teknis_72", "darurat"}));
    const auto& sp4n = builtin("sp4n_lapor");
    EXPECT_EQ(sp4n.limit(Step::verification),
              (StepLimit{Step::verification, 3, LimitUnit::working_days}));
    EXPECT_EQ(sp4n.limit(Step::follow_up),
              (StepLimit{Step::follow_up, 5, LimitUnit::working_days}));
    EXPECT_EQ(sp4n.limit(Step::resolution),
              (StepLimit{Step::resolution, 60, LimitUnit::calendar_days}));
    EXPECT_EQ(sp4n.limit(Step::info_wait),
              (StepLimit{Step::info_wait, 30, LimitUnit::calendar_days}));
    EXPECT_EQ(builtin("teknis_48").limit(Step::resolution),
              (StepLimit{Step::resolution, 48, LimitUnit::calendar_hours}));
    EXPECT_EQ(builtin("darurat").limit(Step::verification),
              (StepLimit{Step::verification, 10, LimitUnit::calendar_minutes}));
    EXPECT_EQ(find_builtin_policy("tidak_ada"), nullptr);
}

struct DueCase {
    const char* what;
    const char* policy;
    Step step;
    year_month_day start_day;
    milliseconds start_time;
    year_month_day due_day;
    milliseconds due_time;
};

TEST(DeadlinePolicy, DueTimesOnTheOfficeCalendar) {
    const WorkCalendar office = office_2026();
    const DueCase cases[] = {
        {"verification: 3 working days",
         "sp4n_lapor",
         Step::verification,
         2026y / 3 / 2,
         10h,
         2026y / 3 / 5,
         10h},
        {"verification over Idul Fitri",
         "sp4n_lapor",
         Step::verification,
         2026y / 3 / 17,
         10h,
         2026y / 3 / 27,
         10h},
        {"follow-up: 5 working days after disposition",
         "sp4n_lapor",
         Step::follow_up,
         2026y / 3 / 2,
         9h,
         2026y / 3 / 9,
         9h},
        {"follow-up disposed on Saturday",
         "sp4n_lapor",
         Step::follow_up,
         2026y / 3 / 7,
         9h,
         2026y / 3 / 13,
         16h + 30min},
        {"follow-up over Christmas and the new year",
         "sp4n_lapor",
         Step::follow_up,
         2026y / 12 / 23,
         14h,
         2027y / 1 / 4,
         14h},
        {"resolution: 60 calendar days, holidays included",
         "sp4n_lapor",
         Step::resolution,
         2026y / 3 / 2,
         10h,
         2026y / 5 / 1,
         10h},
        {"info wait: 30 calendar days",
         "sp4n_lapor",
         Step::info_wait,
         2026y / 12 / 10,
         20h,
         2027y / 1 / 9,
         20h},
        {"teknis 24: calendar hours run over the weekend",
         "teknis_24",
         Step::follow_up,
         2026y / 3 / 6,
         15h,
         2026y / 3 / 7,
         15h},
        {"teknis 72", "teknis_72", Step::resolution, 2026y / 3 / 19, 23h, 2026y / 3 / 22, 23h},
        {"teknis verification is one working day",
         "teknis_24",
         Step::verification,
         2026y / 3 / 6,
         15h,
         2026y / 3 / 9,
         15h},
        {"darurat: ten minutes on a holiday night",
         "darurat",
         Step::verification,
         2026y / 12 / 25,
         23h + 55min,
         2026y / 12 / 26,
         5min},
    };
    for (const auto& c : cases) {
        const auto due =
            due_at(at(office, c.start_day, c.start_time), builtin(c.policy), c.step, office);
        ASSERT_TRUE(due.has_value()) << c.what;
        EXPECT_EQ(*due, at(office, c.due_day, c.due_time)) << c.what;
    }
}

TEST(DeadlinePolicy, AStepThePolicyDoesNotSetHasNoDueTime) {
    const DeadlinePolicy policy{"hanya_verifikasi",
                                {{Step::verification, 2, LimitUnit::working_days}}};
    EXPECT_FALSE(
        due_at(at(office_2026(), 2026y / 3 / 2, 10h), policy, Step::resolution, office_2026())
            .has_value());
}

TEST(DeadlinePolicy, ChangingThePolicyRecomputesFromTheSameStart) {
    const WorkCalendar office = office_2026();
    const Timestamp received = at(office, 2026y / 3 / 2, 10h);
    EXPECT_EQ(due_at(received, builtin("sp4n_lapor"), Step::resolution, office),
              at(office, 2026y / 5 / 1, 10h));
    EXPECT_EQ(due_at(received, builtin("teknis_48"), Step::resolution, office),
              at(office, 2026y / 3 / 4, 10h));
}

struct PauseCase {
    const char* what;
    StepLimit limit;
    year_month_day start_day;
    milliseconds start_time;
    std::vector<std::pair<Timestamp, Timestamp>> pauses;
    year_month_day due_day;
    milliseconds due_time;
};

TEST(DeadlinePolicy, PausesMoveTheDueTimeByThePausedWorkingTime) {
    const WorkCalendar office = office_2026();
    const auto t = [&](year_month_day day, milliseconds time) { return at(office, day, time); };
    const StepLimit verification{Step::verification, 3, LimitUnit::working_days};
    const StepLimit working_hours{Step::follow_up, 16, LimitUnit::working_hours};
    const StepLimit resolution{Step::resolution, 60, LimitUnit::calendar_days};
    const PauseCase cases[] = {
        {"no pause", verification, 2026y / 3 / 2, 10h, {}, 2026y / 3 / 5, 10h},
        {"a working day paused adds a working day",
         verification,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 3 / 3, 10h), t(2026y / 3 / 4, 10h)}},
         2026y / 3 / 6,
         10h},
        {"a pause over the weekend adds only its working time (30 min Fri + 1 h Mon)",
         verification,
         2026y / 3 / 5,
         10h,
         {{t(2026y / 3 / 6, 16h), t(2026y / 3 / 9, 9h)}},
         2026y / 3 / 10,
         11h + 30min},
        {"a pause over a night and a holiday adds nothing",
         verification,
         2026y / 3 / 16,
         10h,
         {{t(2026y / 3 / 17, 16h), t(2026y / 3 / 25, 8h)}},
         2026y / 3 / 26,
         10h},
        {"a pause before the start counts from the start",
         working_hours,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 2 / 27, 9h), t(2026y / 3 / 2, 12h)}},
         2026y / 3 / 4,
         12h},
        {"overlapping pauses count once",
         working_hours,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 3 / 2, 11h), t(2026y / 3 / 2, 14h)},
          {t(2026y / 3 / 2, 13h), t(2026y / 3 / 2, 15h)}},
         2026y / 3 / 4,
         14h},
        {"a pause inside another counts once",
         working_hours,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 3 / 2, 13h), t(2026y / 3 / 2, 14h)},
          {t(2026y / 3 / 2, 11h), t(2026y / 3 / 2, 15h)}},
         2026y / 3 / 4,
         14h},
        {"a pause after the deadline passed changes nothing",
         verification,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 3 / 5, 11h), t(2026y / 3 / 9, 11h)}},
         2026y / 3 / 5,
         10h},
        {"a pause running past the deadline moves it by all of its working time",
         verification,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 3 / 4, 10h), t(2026y / 3 / 9, 10h)}},
         2026y / 3 / 10,
         10h},
        {"a second pause after the first one's extension still counts",
         working_hours,
         2026y / 3 / 2,
         8h,
         {{t(2026y / 3 / 2, 8h), t(2026y / 3 / 3, 16h)},
          {t(2026y / 3 / 5, 10h), t(2026y / 3 / 5, 12h)}},
         2026y / 3 / 6,
         10h},
        {"calendar limits pause by elapsed time, weekends included",
         resolution,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 3 / 6, 10h), t(2026y / 3 / 11, 10h)}},
         2026y / 5 / 6,
         10h},
        {"an empty pause is ignored",
         verification,
         2026y / 3 / 2,
         10h,
         {{t(2026y / 3 / 3, 10h), t(2026y / 3 / 3, 10h)}},
         2026y / 3 / 5,
         10h},
    };
    for (const auto& c : cases) {
        std::vector<Pause> pauses;
        for (const auto& [from, until] : c.pauses) pauses.push_back(Pause{from, until});
        EXPECT_EQ(due_at(t(c.start_day, c.start_time), c.limit, office, pauses),
                  t(c.due_day, c.due_time))
            << c.what;
    }
}

TEST(DeadlinePolicy, WhilePausedTheDeadlineKeepsMovingAway) {
    const WorkCalendar office = office_2026();
    const StepLimit verification{Step::verification, 3, LimitUnit::working_days};
    const Timestamp start = at(office, 2026y / 3 / 2, 10h);
    const Timestamp paused = at(office, 2026y / 3 / 3, 10h);
    Timestamp previous = due_at(start, verification, office);
    for (Timestamp now = paused + 1h; now < paused + days{20}; now += 7h) {
        const Pause ongoing[] = {{paused, now}};
        const Timestamp due = due_at(start, verification, office, ongoing);
        EXPECT_GE(due, previous);
        EXPECT_FALSE(is_overdue(now, due));
        EXPECT_EQ(office.working_time_between(now, due),
                  office.working_time_between(paused, due_at(start, verification, office)))
            << "the working time left when paused is still left";
        previous = due;
    }
}

TEST(DeadlinePolicy, TimeLeftIsInTheLimitsClock) {
    const WorkCalendar office = office_2026();
    const Timestamp due = at(office, 2026y / 3 / 9, 9h);
    const Timestamp friday = at(office, 2026y / 3 / 6, 16h);
    EXPECT_EQ(time_left(friday, due, LimitUnit::working_days, office), 1h + 30min);
    EXPECT_EQ(time_left(friday, due, LimitUnit::calendar_hours, office), 65h);
    EXPECT_EQ(time_left(due + 2h, due, LimitUnit::working_hours, office), -2h);
    EXPECT_FALSE(is_overdue(due, due));
    EXPECT_TRUE(is_overdue(due + 1ms, due));
}

TEST(DeadlinePolicy, ValidateNamesTheBadField) {
    const auto field = [](const DeadlinePolicy& p) {
        const auto checked = validate(p);
        EXPECT_FALSE(checked.has_value()) << p.code;
        return checked.has_value() ? std::string{} : checked.error().field;
    };
    EXPECT_EQ(field({"", {}}), "code");
    EXPECT_EQ(field({"SP4N", {}}), "code");
    EXPECT_EQ(field({"jalan rusak", {}}), "code");
    EXPECT_EQ(field({"p", {{Step::verification, 0, LimitUnit::working_days}}}), "steps[0].amount");
    EXPECT_EQ(field({"p",
                     {{Step::verification, 3, LimitUnit::working_days},
                      {Step::resolution, 367, LimitUnit::calendar_days}}}),
              "steps[1].amount");
    EXPECT_EQ(field({"p", {{Step::info_wait, -5, LimitUnit::calendar_hours}}}), "steps[0].amount");
    EXPECT_EQ(field({"p",
                     {{Step::follow_up, 3, LimitUnit::working_days},
                      {Step::follow_up, 5, LimitUnit::working_days}}}),
              "steps[1].step");
    EXPECT_TRUE(
        validate({"p", {{Step::info_wait, 527040, LimitUnit::calendar_minutes}}}).has_value());
    EXPECT_TRUE(validate({"kosong", {}}).has_value());
}

TEST(DeadlinePolicy, OutOfRangeAmountsAreBugsInDueAt) {
    const StepLimit negative{Step::verification, -1, LimitUnit::working_days};
    const StepLimit huge{Step::verification, 1'000'000'000, LimitUnit::working_days};
    EXPECT_THROW(due_at(Timestamp{}, negative, WorkCalendar{}), std::invalid_argument);
    EXPECT_THROW(due_at(Timestamp{}, huge, WorkCalendar{}), std::invalid_argument);
}

TEST(DeadlinePolicy, StepsAndUnitsRoundTrip) {
    for (Step step : kAllSteps) EXPECT_EQ(parse_step(to_string(step)), step);
    for (auto unit : {LimitUnit::working_days,
                      LimitUnit::working_hours,
                      LimitUnit::calendar_hours,
                      LimitUnit::calendar_minutes,
                      LimitUnit::calendar_days}) {
        EXPECT_EQ(parse_limit_unit(to_string(unit)), unit);
    }
    EXPECT_EQ(to_string(Step::follow_up), "follow_up");
    EXPECT_FALSE(parse_step("tindak_lanjut").has_value());
    EXPECT_FALSE(parse_limit_unit("hours").has_value());
}

}  // namespace
}  // namespace tanggap::sla

#include "sla/calendar.hpp"

#include "sla/test_calendars.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>

namespace tanggap::sla {
namespace {

using namespace std::chrono;
using testing::at;
using testing::describe;
using testing::office_2026;
using testing::utc;

// A local time on the calendar a table row runs on.
struct Local {
    year_month_day day;
    milliseconds time;
};

struct WorkingDaysCase {
    const char* what;
    Local from;
    int n;
    Local due;
};

TEST(WorkCalendar, AddWorkingDaysCountsLikeSp4nLapor) {
    const WorkCalendar office = office_2026();
    const WorkingDaysCase cases[] = {
        {"in hours: same time three working days on",
         {2026y / 3 / 2, 10h + 15min},
         3,
         {2026y / 3 / 5, 10h + 15min}},
        {"zero days is no time at all",
         {2026y / 3 / 2, 10h + 15min},
         0,
         {2026y / 3 / 2, 10h + 15min}},
        {"Thursday to Friday keeps the time",
         {2026y / 3 / 5, 15h + 30min},
         1,
         {2026y / 3 / 6, 15h + 30min}},
        {"Friday to Monday skips the weekend", {2026y / 3 / 6, 9h}, 1, {2026y / 3 / 9, 9h}},
        {"Friday 16:20 is in Friday's longer hours; Monday closes at 16:00",
         {2026y / 3 / 6, 16h + 20min},
         1,
         {2026y / 3 / 9, 16h}},
        {"after Thursday's close the clock starts Friday and ends at its close",
         {2026y / 3 / 5, 16h + 20min},
         1,
         {2026y / 3 / 6, 16h + 30min}},
        {"exactly at closing time counts as in hours",
         {2026y / 3 / 2, 16h},
         1,
         {2026y / 3 / 3, 16h}},
        {"before opening: the day itself is day one",
         {2026y / 3 / 2, 6h + 30min},
         1,
         {2026y / 3 / 2, 16h}},
        {"exactly at opening: the day itself is day one",
         {2026y / 3 / 2, 8h},
         1,
         {2026y / 3 / 2, 16h}},
        {"a millisecond after opening: the same time next day",
         {2026y / 3 / 2, 8h + 1ms},
         1,
         {2026y / 3 / 3, 8h + 1ms}},
        {"Saturday: Monday is day one", {2026y / 3 / 7, 11h}, 3, {2026y / 3 / 11, 16h}},
        {"Sunday midnight: Monday is day one", {2026y / 3 / 8, 0h}, 1, {2026y / 3 / 9, 16h}},
        {"Idul Fitri: Tuesday 17 March, then cuti bersama and holidays until 25 March",
         {2026y / 3 / 17, 10h},
         1,
         {2026y / 3 / 25, 10h}},
        {"Idul Fitri: three working days from 17 March",
         {2026y / 3 / 17, 10h},
         3,
         {2026y / 3 / 27, 10h}},
        {"Idul Fitri: three working days from Monday 16 March",
         {2026y / 3 / 16, 14h},
         3,
         {2026y / 3 / 26, 14h}},
        {"received on Nyepi: the clock starts on 25 March",
         {2026y / 3 / 19, 10h},
         1,
         {2026y / 3 / 25, 16h}},
        {"received on cuti bersama 20 March (a Friday)",
         {2026y / 3 / 20, 9h},
         2,
         {2026y / 3 / 26, 16h}},
        {"Imlek: cuti bersama Monday, holiday Tuesday",
         {2026y / 2 / 13, 10h},
         1,
         {2026y / 2 / 18, 10h}},
        {"Good Friday", {2026y / 4 / 2, 9h}, 1, {2026y / 4 / 6, 9h}},
        {"Ascension Thursday and its cuti bersama Friday",
         {2026y / 5 / 13, 13h},
         1,
         {2026y / 5 / 18, 13h}},
        {"Idul Adha Wednesday and cuti bersama Thursday",
         {2026y / 5 / 26, 10h},
         1,
         {2026y / 5 / 29, 10h}},
        {"Pancasila day Monday after Waisak Sunday",
         {2026y / 5 / 29, 10h},
         1,
         {2026y / 6 / 2, 10h}},
        {"Independence day Monday", {2026y / 8 / 14, 10h}, 1, {2026y / 8 / 18, 10h}},
        {"Christmas: cuti bersama 24th, holiday 25th",
         {2026y / 12 / 23, 11h},
         1,
         {2026y / 12 / 28, 11h}},
        {"year boundary: 31 December to the first working day of 2027",
         {2026y / 12 / 31, 10h},
         1,
         {2027y / 1 / 4, 10h}},
        {"year boundary: two working days from 30 December",
         {2026y / 12 / 30, 15h},
         2,
         {2027y / 1 / 4, 15h}},
        {"New Year's day 2026 is closed", {2025y / 12 / 31, 15h}, 1, {2026y / 1 / 2, 15h}},
        {"sixty working days", {2026y / 3 / 2, 10h}, 60, {2026y / 6 / 10, 10h}},
    };
    for (const auto& c : cases) {
        const Timestamp due = office.add_working_days(at(office, c.from.day, c.from.time), c.n);
        EXPECT_EQ(due, at(office, c.due.day, c.due.time))
            << c.what << ": got " << describe(office, due);
    }
}

TEST(WorkCalendar, AddWorkingDaysWithoutNextYearsHolidaysUsesTheWeekOnly) {
    CalendarSpec spec = testing::office_spec();
    spec.closed_dates = closed_dates(testing::holidays_2026());
    const WorkCalendar office = WorkCalendar::make(spec).value();
    EXPECT_EQ(office.add_working_days(at(office, 2026y / 12 / 31, 10h), 1),
              at(office, 2027y / 1 / 1, 10h));
}

TEST(WorkCalendar, AddWorkingDaysOnAMondayToSaturdayUnit) {
    CalendarSpec spec;
    spec.set_hours(Saturday, OpeningHours{9h, 12h});
    const WorkCalendar unit = WorkCalendar::make(spec).value();
    const WorkingDaysCase cases[] = {
        {"Friday to Saturday", {2026y / 3 / 6, 10h}, 1, {2026y / 3 / 7, 10h}},
        {"Friday afternoon clamps to Saturday's close",
         {2026y / 3 / 6, 14h},
         1,
         {2026y / 3 / 7, 12h}},
        {"Friday 08:30 clamps to Saturday's later opening",
         {2026y / 3 / 6, 8h + 30min},
         1,
         {2026y / 3 / 7, 9h}},
        {"two days from Friday 08:30: Monday at 08:30",
         {2026y / 3 / 6, 8h + 30min},
         2,
         {2026y / 3 / 9, 8h + 30min}},
        {"Saturday to Monday", {2026y / 3 / 7, 11h}, 1, {2026y / 3 / 9, 11h}},
        {"Sunday: Monday is day one", {2026y / 3 / 8, 11h}, 2, {2026y / 3 / 10, 16h}},
    };
    for (const auto& c : cases) {
        const Timestamp due = unit.add_working_days(at(unit, c.from.day, c.from.time), c.n);
        EXPECT_EQ(due, at(unit, c.due.day, c.due.time))
            << c.what << ": got " << describe(unit, due);
    }
}

struct WorkingTimeCase {
    const char* what;
    Local from;
    milliseconds amount;
    Local due;
};

TEST(WorkCalendar, AddWorkingTimeCarriesOverClosedHoursAndDays) {
    const WorkCalendar office = office_2026();
    const WorkingTimeCase cases[] = {
        {"within the day", {2026y / 3 / 2, 9h}, 2h, {2026y / 3 / 2, 11h}},
        {"ending exactly at close stays on the day",
         {2026y / 3 / 2, 15h},
         1h,
         {2026y / 3 / 2, 16h}},
        {"crossing the night", {2026y / 3 / 2, 15h}, 2h, {2026y / 3 / 3, 9h}},
        {"a full working day", {2026y / 3 / 2, 15h}, 8h, {2026y / 3 / 3, 15h}},
        {"Friday's extra half hour, then Monday",
         {2026y / 3 / 6, 15h},
         2h,
         {2026y / 3 / 9, 8h + 30min}},
        {"from the weekend", {2026y / 3 / 7, 10h}, 1h, {2026y / 3 / 9, 9h}},
        {"before opening", {2026y / 3 / 2, 5h}, 30min, {2026y / 3 / 2, 8h + 30min}},
        {"after closing", {2026y / 3 / 2, 20h}, 30min, {2026y / 3 / 3, 8h + 30min}},
        {"over Idul Fitri", {2026y / 3 / 17, 12h}, 8h, {2026y / 3 / 25, 12h}},
        {"over the new year", {2026y / 12 / 31, 15h}, 2h, {2027y / 1 / 4, 9h}},
        {"a working week: 4 x 8 h + 8.5 h",
         {2026y / 3 / 9, 8h},
         40h + 30min,
         {2026y / 3 / 13, 16h + 30min}},
        {"milliseconds are kept",
         {2026y / 3 / 2, 15h + 59min},
         1min + 1ms,
         {2026y / 3 / 3, 8h + 1ms}},
        {"zero from outside hours stays put", {2026y / 3 / 7, 10h}, 0ms, {2026y / 3 / 7, 10h}},
    };
    for (const auto& c : cases) {
        const Timestamp due =
            office.add_working_time(at(office, c.from.day, c.from.time), c.amount);
        EXPECT_EQ(due, at(office, c.due.day, c.due.time))
            << c.what << ": got " << describe(office, due);
    }
}

struct BetweenCase {
    const char* what;
    Local from;
    Local to;
    milliseconds expected;
};

TEST(WorkCalendar, WorkingTimeBetweenCountsOnlyOpeningHours) {
    const WorkCalendar office = office_2026();
    const BetweenCase cases[] = {
        {"a plain week, Friday longer", {2026y / 3 / 2, 0h}, {2026y / 3 / 7, 0h}, 40h + 30min},
        {"within a day", {2026y / 3 / 2, 9h}, {2026y / 3 / 2, 10h + 15min}, 1h + 15min},
        {"night and weekend count nothing", {2026y / 3 / 6, 17h}, {2026y / 3 / 9, 7h}, 0ms},
        {"across a night", {2026y / 3 / 2, 15h}, {2026y / 3 / 3, 9h}, 2h},
        {"two weeks around Idul Fitri: 16, 17, 25, 26, 27 March",
         {2026y / 3 / 16, 0h},
         {2026y / 3 / 29, 0h},
         40h + 30min},
        {"Christmas to after the new year", {2026y / 12 / 21, 0h}, {2027y / 1 / 5, 0h}, 64h},
        {"the same instant", {2026y / 3 / 2, 9h}, {2026y / 3 / 2, 9h}, 0ms},
        {"backwards is negative", {2026y / 3 / 3, 9h}, {2026y / 3 / 2, 15h}, -2h},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(office.working_time_between(at(office, c.from.day, c.from.time),
                                              at(office, c.to.day, c.to.time)),
                  c.expected)
            << c.what;
    }
}

TEST(WorkCalendar, AWholeYearHasTheWorkingHoursOf2026) {
    const WorkCalendar office = office_2026();
    // 2026 has 261 weekdays, 52 of them Fridays. 21 of the 25 holiday rows fall on a weekday,
    // 6 of those on a Friday: 194 days of 8 h and 46 Fridays of 8.5 h.
    int weekdays_closed = 0;
    int fridays_closed = 0;
    for (const auto& h : testing::holidays_2026()) {
        const weekday wd{local_days{h.date}};
        if (wd != Saturday && wd != Sunday) ++weekdays_closed;
        if (wd == Friday) ++fridays_closed;
    }
    EXPECT_EQ(weekdays_closed, 21);
    EXPECT_EQ(fridays_closed, 6);
    EXPECT_EQ(
        office.working_time_between(at(office, 2026y / 1 / 1, 0h), at(office, 2027y / 1 / 1, 0h)),
        194 * 8h + 46 * (8h + 30min));
    EXPECT_EQ(194 * 8h + 46 * (8h + 30min), 1943h);
}

TEST(WorkCalendar, IsWorkingTimeIsOpenAtOpeningAndClosedAtClosing) {
    const WorkCalendar office = office_2026();
    EXPECT_TRUE(office.is_working_time(at(office, 2026y / 3 / 2, 8h)));
    EXPECT_FALSE(office.is_working_time(at(office, 2026y / 3 / 2, 8h - 1ms)));
    EXPECT_TRUE(office.is_working_time(at(office, 2026y / 3 / 2, 16h - 1ms)));
    EXPECT_FALSE(office.is_working_time(at(office, 2026y / 3 / 2, 16h)));
    EXPECT_TRUE(office.is_working_time(at(office, 2026y / 3 / 6, 16h + 15min))) << "Friday";
    EXPECT_FALSE(office.is_working_time(at(office, 2026y / 3 / 5, 16h + 15min))) << "Thursday";
    EXPECT_FALSE(office.is_working_time(at(office, 2026y / 3 / 7, 10h))) << "Saturday";
    EXPECT_FALSE(office.is_working_time(at(office, 2026y / 3 / 20, 10h))) << "cuti bersama";
    EXPECT_FALSE(office.is_working_time(at(office, 2026y / 12 / 25, 10h))) << "Christmas";
    EXPECT_TRUE(office.is_working_day(local_days{2026y / 3 / 25}));
    EXPECT_FALSE(office.is_working_day(local_days{2026y / 3 / 24}));
}

TEST(WorkCalendar, AlwaysOpenIgnoresWeekendsAndHolidays) {
    CalendarSpec spec = testing::office_spec();
    spec.always_open = true;
    const WorkCalendar rsud = WorkCalendar::make(spec).value();
    const Timestamp christmas_night = at(rsud, 2026y / 12 / 24, 23h + 30min);
    EXPECT_TRUE(rsud.is_working_time(christmas_night));
    EXPECT_TRUE(rsud.is_working_time(at(rsud, 2026y / 3 / 21, 3h)));
    EXPECT_EQ(rsud.add_working_time(christmas_night, 2h), christmas_night + 2h);
    EXPECT_EQ(rsud.add_working_hours(christmas_night, 2h), christmas_night + 2h);
    EXPECT_EQ(rsud.add_working_days(christmas_night, 3), christmas_night + days{3});
    EXPECT_EQ(rsud.working_time_between(christmas_night, christmas_night + days{10}), days{10});

    const WorkCalendar call_center = WorkCalendar::always_open(util::kWitaZone.offset);
    EXPECT_EQ(call_center.spec().utc_offset, util::kWitaZone.offset);
    EXPECT_EQ(call_center.add_working_days(christmas_night, 1), christmas_night + 24h);
}

TEST(WorkCalendar, RoundTheClockWeekdaysJoinAcrossMidnight) {
    CalendarSpec spec;
    for (weekday d : {Monday, Tuesday, Wednesday, Thursday, Friday}) {
        spec.set_hours(d, OpeningHours{0h, 24h});
    }
    const WorkCalendar weekdays = WorkCalendar::make(spec).value();
    EXPECT_EQ(weekdays.add_working_time(at(weekdays, 2026y / 3 / 2, 23h), 2h),
              at(weekdays, 2026y / 3 / 3, 1h));
    EXPECT_EQ(weekdays.add_working_time(at(weekdays, 2026y / 3 / 6, 23h), 2h),
              at(weekdays, 2026y / 3 / 9, 1h));
    EXPECT_EQ(weekdays.add_working_days(at(weekdays, 2026y / 3 / 6, 10h), 1),
              at(weekdays, 2026y / 3 / 9, 10h));
    EXPECT_EQ(weekdays.add_working_days(at(weekdays, 2026y / 3 / 3, 0h), 1),
              at(weekdays, 2026y / 3 / 4, 0h));
}

TEST(WorkCalendar, AddCalendarHoursIgnoresTheCalendar) {
    const Timestamp t = utc(2026y / 3 / 20, 3h);
    EXPECT_EQ(add_calendar_hours(t, 24h), utc(2026y / 3 / 21, 3h));
    EXPECT_EQ(add_calendar_time(t, 90min), utc(2026y / 3 / 20, 4h + 30min));
}

struct ZoneCase {
    const char* what;
    minutes offset;
    Timestamp from;  // UTC
    int n;
    Timestamp due;  // UTC
};

TEST(WorkCalendar, TimeZonesDecideTheLocalDayAndHours) {
    const ZoneCase cases[] = {
        {"00:30Z Monday is 07:30 WIB, before opening",
         util::kWibZone.offset,
         utc(2026y / 3 / 2, 30min),
         1,
         utc(2026y / 3 / 2, 9h)},
        {"00:30Z Monday is 08:30 WITA, in hours",
         util::kWitaZone.offset,
         utc(2026y / 3 / 2, 30min),
         1,
         utc(2026y / 3 / 3, 30min)},
        {"00:30Z Monday is 09:30 WIT, in hours",
         util::kWitZone.offset,
         utc(2026y / 3 / 2, 30min),
         1,
         utc(2026y / 3 / 3, 30min)},
        {"16:00Z 19 March is 23:00 WIB on Nyepi",
         util::kWibZone.offset,
         utc(2026y / 3 / 19, 16h),
         1,
         utc(2026y / 3 / 25, 9h)},
        {"16:00Z 19 March is 01:00 WIT on 20 March, cuti bersama",
         util::kWitZone.offset,
         utc(2026y / 3 / 19, 16h),
         1,
         utc(2026y / 3 / 25, 7h)},
        {"16:30Z 31 Dec 2026 is 23:30 WIB, still 2026",
         util::kWibZone.offset,
         utc(2026y / 12 / 31, 16h + 30min),
         1,
         utc(2027y / 1 / 4, 9h)},
        {"08:00Z Friday is 15:00 WIB, in Friday's hours",
         util::kWibZone.offset,
         utc(2026y / 3 / 6, 8h),
         1,
         utc(2026y / 3 / 9, 8h)},
        {"08:00Z Friday is 17:00 WIT, after closing",
         util::kWitZone.offset,
         utc(2026y / 3 / 6, 8h),
         1,
         utc(2026y / 3 / 9, 7h)},
    };
    for (const auto& c : cases) {
        const WorkCalendar office = office_2026(c.offset);
        EXPECT_EQ(office.add_working_days(c.from, c.n), c.due)
            << c.what << ": got " << describe(office, office.add_working_days(c.from, c.n));
    }
    const Timestamp t = utc(2026y / 3 / 2, 8h + 30min);  // 15:30 WIB, 16:30 WITA, 17:30 WIT
    EXPECT_TRUE(office_2026(util::kWibZone.offset).is_working_time(t));
    EXPECT_FALSE(office_2026(util::kWitaZone.offset).is_working_time(t));
    EXPECT_FALSE(office_2026(util::kWitZone.offset).is_working_time(t));
    EXPECT_EQ(office_2026(util::kWibZone.offset).local_date(utc(2026y / 12 / 31, 17h)),
              local_days{2027y / 1 / 1});
    EXPECT_EQ(office_2026(util::kWibZone.offset).local_date(utc(2026y / 12 / 31, 17h) - 1ms),
              local_days{2026y / 12 / 31});
}

TEST(WorkCalendar, MakeRefusesImpossibleSpecsNamingTheField) {
    const auto refused = [](CalendarSpec spec) {
        auto made = WorkCalendar::make(spec);
        EXPECT_FALSE(made.has_value());
        return made.has_value() ? core::Error{} : made.error();
    };
    CalendarSpec offset;
    offset.utc_offset = 15h;
    EXPECT_EQ(refused(offset).field, "utc_offset");

    CalendarSpec inverted;
    inverted.set_hours(Friday, OpeningHours{16h, 8h});
    const auto error = refused(inverted);
    EXPECT_EQ(error.code, core::ErrorCode::invalid_field);
    EXPECT_EQ(error.field, "week[5]");

    CalendarSpec past_midnight;
    past_midnight.set_hours(Monday, OpeningHours{20h, 25h});
    EXPECT_EQ(refused(past_midnight).field, "week[1]");

    CalendarSpec empty_day;
    empty_day.set_hours(Tuesday, OpeningHours{8h, 8h});
    EXPECT_EQ(refused(empty_day).field, "week[2]");

    CalendarSpec never_open;
    never_open.week.fill(std::nullopt);
    EXPECT_EQ(refused(never_open).field, "week");
    never_open.always_open = true;
    EXPECT_TRUE(WorkCalendar::make(never_open).has_value());
}

TEST(WorkCalendar, SpecKeepsClosedDatesSortedOnce) {
    CalendarSpec spec;
    spec.closed_dates = {
        local_days{2026y / 12 / 25}, local_days{2026y / 1 / 1}, local_days{2026y / 12 / 25}};
    const WorkCalendar calendar = WorkCalendar::make(spec).value();
    EXPECT_EQ(calendar.spec().closed_dates,
              (std::vector<local_days>{local_days{2026y / 1 / 1}, local_days{2026y / 12 / 25}}));
    EXPECT_EQ(WorkCalendar{}.spec().week, kOfficeWeek);
}

TEST(WorkCalendar, NegativeAmountsAreBugs) {
    const WorkCalendar office;
    EXPECT_THROW(office.add_working_days(utc(2026y / 3 / 2, 0h), -1), std::invalid_argument);
    EXPECT_THROW(office.add_working_time(utc(2026y / 3 / 2, 0h), -1ms), std::invalid_argument);
}

}  // namespace
}  // namespace tanggap::sla

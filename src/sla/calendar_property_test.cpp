// Seeded random checks that the calendar's operations agree with each other and with a
// minute-by-minute count, on calendars with odd hours, time zones, holidays and 24/7.

#include "sla/calendar.hpp"
#include "sla/test_calendars.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace tanggap::sla {
namespace {

using namespace std::chrono;

struct Named {
    std::string name;
    WorkCalendar calendar;
};

std::vector<Named> calendars() {
    std::vector<Named> all;
    all.push_back({"office WIB, Friday to 16:30, 2026 holidays", testing::office_2026()});
    all.push_back({"office WIT", testing::office_2026(util::kWitZone.offset)});
    {
        CalendarSpec spec;
        spec.utc_offset = util::kWitaZone.offset;
        spec.closed_dates = closed_dates(testing::holidays_2026());
        all.push_back({"office WITA, 08:00-16:00 every weekday", WorkCalendar::make(spec).value()});
    }
    {
        CalendarSpec spec;
        spec.utc_offset = util::kWitaZone.offset;
        spec.set_hours(Monday, OpeningHours{7h + 30min, 15h + 45min})
            .set_hours(Tuesday, OpeningHours{7h + 30min, 15h + 45min})
            .set_hours(Wednesday, OpeningHours{9h, 17h})
            .set_hours(Friday, OpeningHours{7h + 30min, 11h + 30min})
            .set_hours(Saturday, OpeningHours{9h, 12h});
        spec.closed_dates = closed_dates(testing::holidays_2026(), false);
        all.push_back({"Mon-Sat WITA, uneven hours, national holidays only",
                       WorkCalendar::make(spec).value()});
    }
    {
        CalendarSpec spec;
        spec.utc_offset = -3h;
        for (weekday d : {Monday, Tuesday, Wednesday, Friday}) {
            spec.set_hours(d, OpeningHours{0h, 24h});
        }
        spec.set_hours(Sunday, OpeningHours{22h, 24h});  // Thursday keeps 08:00-16:00
        spec.closed_dates = closed_dates(testing::holidays_2026());
        all.push_back({"round the clock but Thursday, Sunday night, negative offset",
                       WorkCalendar::make(spec).value()});
    }
    all.push_back({"24/7 WIT", WorkCalendar::always_open(util::kWitZone.offset)});
    return all;
}

class CalendarProperty : public ::testing::Test {
  protected:
    std::mt19937_64 rng_{20260320};

    // Half uniform over December 2025 to February 2027, half near an opening or closing time
    // (where off-by-one mistakes live).
    Timestamp random_time(const WorkCalendar& calendar) {
        const Timestamp lo = testing::utc(2025y / 12 / 1, 0h);
        const Timestamp hi = testing::utc(2027y / 2 / 1, 0h);
        if (rng_() % 2 == 0) {
            std::uniform_int_distribution<std::int64_t> ms(0, (hi - lo).count());
            return lo + milliseconds{ms(rng_)};
        }
        std::uniform_int_distribution<int> day(0, 420);
        const local_days d = floor<days>(calendar.to_local(lo)) + days{day(rng_)};
        const auto w = calendar.window(d);
        LocalTime edge = d;
        if (w) edge = (rng_() % 2 == 0) ? w->open : w->close;
        const milliseconds nudge[] = {0ms, 1ms, -1ms, 1min, -1min, 3h, -3h};
        return calendar.to_utc(edge + nudge[rng_() % std::size(nudge)]);
    }

    milliseconds random_amount() {
        std::uniform_int_distribution<std::int64_t> minutes(0, 200 * 60);
        milliseconds amount = std::chrono::minutes{minutes(rng_)};
        if (rng_() % 4 == 0) amount += milliseconds{rng_() % 60000};
        return amount;
    }
};

TEST_F(CalendarProperty, WorkingTimeBetweenUndoesAddWorkingTime) {
    for (const auto& [name, calendar] : calendars()) {
        for (int i = 0; i < 1500; ++i) {
            const Timestamp t = random_time(calendar);
            const milliseconds amount = random_amount();
            const Timestamp due = calendar.add_working_time(t, amount);
            ASSERT_GE(due, t) << name;
            ASSERT_EQ(calendar.working_time_between(t, due), amount) << name << " case " << i;
            if (amount > 0ms) {
                // The earliest such instant: the last millisecond before it is working time.
                ASSERT_TRUE(calendar.is_working_time(due - 1ms)) << name << " case " << i;
            }
        }
    }
}

TEST_F(CalendarProperty, AddWorkingHoursThenBetweenGivesTheHoursBack) {
    for (const auto& [name, calendar] : calendars()) {
        for (int i = 0; i < 500; ++i) {
            const Timestamp t = random_time(calendar);
            const hours n{static_cast<int>(rng_() % 500)};
            ASSERT_EQ(calendar.working_time_between(t, calendar.add_working_hours(t, n)), n)
                << name << " case " << i;
        }
    }
}

TEST_F(CalendarProperty, WorkingTimeBetweenIsAdditiveAndAntisymmetric) {
    for (const auto& [name, calendar] : calendars()) {
        for (int i = 0; i < 1000; ++i) {
            Timestamp p[] = {random_time(calendar), random_time(calendar), random_time(calendar)};
            std::sort(std::begin(p), std::end(p));
            const auto ab = calendar.working_time_between(p[0], p[1]);
            const auto bc = calendar.working_time_between(p[1], p[2]);
            ASSERT_GE(ab, 0ms);
            ASSERT_EQ(ab + bc, calendar.working_time_between(p[0], p[2])) << name;
            ASSERT_EQ(calendar.working_time_between(p[1], p[0]), -ab) << name;
        }
    }
}

TEST_F(CalendarProperty, WorkingTimeBetweenMatchesAMinuteByMinuteCount) {
    for (const auto& [name, calendar] : calendars()) {
        for (int i = 0; i < 150; ++i) {
            const Timestamp a = floor<minutes>(random_time(calendar));
            const Timestamp b = a + minutes{rng_() % (6 * 24 * 60)};
            minutes counted{0};
            for (Timestamp m = a; m < b; m += 1min) {
                if (calendar.is_working_time(m)) counted += 1min;
            }
            ASSERT_EQ(calendar.working_time_between(a, b), counted) << name << " case " << i;
        }
    }
}

TEST_F(CalendarProperty, AddWorkingDaysIsMonotonicInNAndInTime) {
    for (const auto& [name, calendar] : calendars()) {
        std::vector<Timestamp> times;
        for (int i = 0; i < 800; ++i) times.push_back(random_time(calendar));
        std::sort(times.begin(), times.end());
        for (int n = 0; n <= 25; n += (n < 6 ? 1 : 7)) {
            for (std::size_t i = 1; i < times.size(); ++i) {
                ASSERT_LE(calendar.add_working_days(times[i - 1], n),
                          calendar.add_working_days(times[i], n))
                    << name << " n=" << n << " from " << testing::describe(calendar, times[i - 1])
                    << " and " << testing::describe(calendar, times[i]);
            }
        }
        for (const Timestamp t : times) {
            Timestamp previous = calendar.add_working_days(t, 0);
            ASSERT_EQ(previous, t);
            for (int n = 1; n <= 12; ++n) {
                const Timestamp due = calendar.add_working_days(t, n);
                ASSERT_GT(due, previous)
                    << name << " n=" << n << " from " << testing::describe(calendar, t) << ": "
                    << testing::describe(calendar, due);
                previous = due;
            }
        }
    }
}

// n working days give the unit between n-1 and n of its shortest and longest days of working
// time, and fall due on a working day within (or at the close of) its hours.
TEST_F(CalendarProperty, AddWorkingDaysGivesAboutNWorkingDays) {
    for (const auto& [name, calendar] : calendars()) {
        milliseconds shortest = 24h;
        milliseconds longest = 0ms;
        for (const auto& h : calendar.spec().week) {
            if (!h) continue;
            shortest = std::min<milliseconds>(shortest, h->close - h->open);
            longest = std::max<milliseconds>(longest, h->close - h->open);
        }
        if (calendar.spec().always_open) shortest = longest = 24h;
        // With one opening time for all days, the part day at each end adds up to at most one
        // day; uneven openings can give up to one day more.
        bool same_opening = true;
        for (const auto& h : calendar.spec().week) {
            if (h && h->open != calendar.spec().week[1]->open) same_opening = false;
        }
        const int extra_days = same_opening ? 0 : 1;
        for (int i = 0; i < 1500; ++i) {
            const Timestamp t = random_time(calendar);
            const int n = 1 + static_cast<int>(rng_() % 15);
            const Timestamp due = calendar.add_working_days(t, n);
            const auto given = calendar.working_time_between(t, due);
            ASSERT_GE(given, (n - 1) * shortest) << name << " case " << i;
            ASSERT_LE(given, (n + extra_days) * longest) << name << " case " << i;
            if (same_opening && shortest == longest) {
                ASSERT_EQ(given, n * longest) << name << " case " << i;
            }
            // Inside opening hours, or exactly at an opening or closing time.
            ASSERT_TRUE(calendar.is_working_time(due) || calendar.is_working_time(due - 1ms))
                << name << " case " << i;
        }
    }
}

TEST_F(CalendarProperty, AlwaysOpenIsPlainArithmetic) {
    const WorkCalendar calendar = WorkCalendar::always_open(util::kWitaZone.offset);
    for (int i = 0; i < 1000; ++i) {
        const Timestamp t = random_time(calendar);
        const int n = static_cast<int>(rng_() % 100);
        ASSERT_EQ(calendar.add_working_days(t, n), t + days{n});
        const milliseconds amount = random_amount();
        ASSERT_EQ(calendar.add_working_time(t, amount), t + amount);
        ASSERT_EQ(calendar.working_time_between(t, t + amount), amount);
    }
}

}  // namespace
}  // namespace tanggap::sla

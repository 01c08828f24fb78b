#pragma once
// The working-day calendar (hari kerja) of a unit: its time zone, opening hours per weekday and
// closed dates, or 24/7. All deadline arithmetic of the SLA engine goes through it.
//
// Times are domain::Timestamp (UTC milliseconds); the calendar turns them into local time at its
// fixed UTC offset (Indonesia has no daylight saving) and back. Closed dates are local dates.
// Nothing here reads a clock: callers pass every instant in.
//
// Definitions used throughout:
// - A *working day* is a local date whose weekday has opening hours and which is not a closed
//   date (libur nasional, cuti bersama). On a 24/7 calendar every day is one.
// - *Working time* is the time inside the opening hours [open, close) of working days. Opening
//   hours do not cross midnight; close may be 24:00, and a day closing at 24:00 runs on into a
//   next day opening at 00:00. There is no lunch break.
//
// Thread-safety: a WorkCalendar is immutable after construction; const members may be called
// from any number of threads at once.

#include "core/error.hpp"
#include "domain/time.hpp"
#include "util/local_zone.hpp"

#include <array>
#include <chrono>
#include <optional>
#include <vector>

namespace tanggap::sla {

using domain::Timestamp;
using LocalTime = std::chrono::local_time<std::chrono::milliseconds>;

// Local opening hours of one weekday, as offsets from local midnight: 0 <= open < close <= 24h.
struct OpeningHours {
    std::chrono::minutes open;
    std::chrono::minutes close;

    friend bool operator==(const OpeningHours&, const OpeningHours&) = default;
};

// A week's opening hours, indexed by std::chrono::weekday::c_encoding() (0 = Sunday); an empty
// day is closed.
using Week = std::array<std::optional<OpeningHours>, 7>;

inline constexpr OpeningHours kOfficeHours{std::chrono::hours{8}, std::chrono::hours{16}};

// The default: Monday to Friday 08:00-16:00.
inline constexpr Week kOfficeWeek{
    std::nullopt,  // Sunday
    kOfficeHours,  // Monday
    kOfficeHours,  // Tuesday
    kOfficeHours,  // Wednesday
    kOfficeHours,  // Thursday
    kOfficeHours,  // Friday
    std::nullopt,  // Saturday
};

// What a calendar is made of; the form a super admin edits and the store keeps.
struct CalendarSpec {
    std::chrono::minutes utc_offset = util::kWibZone.offset;
    // Open every minute of every day, closed dates ignored (call centre, RSUD, emergency units).
    bool always_open = false;
    Week week = kOfficeWeek;
    // Local dates the office is closed although their weekday is open. Any order, repeats allowed.
    std::vector<std::chrono::local_days> closed_dates;

    // Sets the hours of one weekday (std::nullopt closes it).
    CalendarSpec& set_hours(std::chrono::weekday day, std::optional<OpeningHours> hours) {
        week[day.c_encoding()] = hours;
        return *this;
    }
};

class WorkCalendar {
  public:
    // WIB, Monday to Friday 08:00-16:00, no closed dates.
    WorkCalendar();

    // Validates `spec`. Errors (invalid_field, field named): a UTC offset outside -12:00..+14:00
    // ("utc_offset"); opening hours with open >= close, open < 0 or close > 24:00 ("week[i]",
    // i = c_encoding of the weekday); no open weekday on a calendar that is not 24/7 ("week").
    static core::Result<WorkCalendar> make(CalendarSpec spec);

    // Open around the clock at `utc_offset`.
    static WorkCalendar always_open(std::chrono::minutes utc_offset = util::kWibZone.offset);

    // The spec, with closed dates sorted and without repeats.
    const CalendarSpec& spec() const { return spec_; }

    LocalTime to_local(Timestamp t) const {
        return LocalTime{t.time_since_epoch() + spec_.utc_offset};
    }
    Timestamp to_utc(LocalTime t) const {
        return Timestamp{t.time_since_epoch() - spec_.utc_offset};
    }
    std::chrono::local_days local_date(Timestamp t) const;

    bool is_working_day(std::chrono::local_days day) const;

    // True when `t` lies inside the opening hours [open, close) of a working day.
    bool is_working_time(Timestamp t) const;

    // The working time in [a, b). Negative when b < a: working_time_between(b, a) negated, so
    // "time left" is negative once a deadline has passed.
    std::chrono::milliseconds working_time_between(Timestamp a, Timestamp b) const;

    // The earliest instant u >= t with working_time_between(t, u) == amount. For amount > 0 the
    // result is inside opening hours or exactly at a closing time, never at an opening: two
    // working hours from Monday 15:00 (08:00-16:00) are due Tuesday 09:00; one hour from
    // Monday 15:00 is due Monday 16:00, not Tuesday 08:00. amount == 0 returns t.
    // Precondition: amount >= 0 (std::invalid_argument otherwise).
    Timestamp add_working_time(Timestamp t, std::chrono::milliseconds amount) const;
    Timestamp add_working_hours(Timestamp t, std::chrono::hours amount) const {
        return add_working_time(t, amount);
    }

    // A limit of n working days from t (the SP4N-LAPOR! way of counting "n hari kerja"):
    // - t inside a working day's hours, open < time-of-day(t) <= close: the same local time of
    //   day on the n-th working day after t's date, clamped into that day's hours [open, close];
    // - otherwise (a closed day, before or at opening, after closing) the clock has not started:
    //   the closing time of the n-th working day, counting the first working day that opens at
    //   or after t as day 1.
    // Either way the unit gets about n working days of working time (exactly n when all working
    // days have the same hours), and the due time is a time an officer would write down: inside
    // opening hours or exactly at an opening or closing time. Examples, WIB, Mon-Thu 08:00-16:00,
    // Fri 08:00-16:30, with the 2026 holidays:
    //   Mon 2026-03-02 10:15, n=3 -> Thu 2026-03-05 10:15
    //   Thu 2026-03-05 16:20 (after closing), n=1 -> Fri 2026-03-06 16:30
    //   Fri 2026-03-06 16:20, n=1 -> Mon 2026-03-09 16:00 (16:20 clamped to Monday's close)
    //   Mon 2026-03-02 06:30 (before opening), n=1 -> Mon 2026-03-02 16:00
    //   Sat 2026-03-07 11:00, n=3 -> Wed 2026-03-11 16:00 (Mon, Tue, Wed)
    //   Thu 2026-03-19 (Nyepi), n=1 -> Wed 2026-03-25 16:00 (20th to 24th: cuti bersama,
    //     Idul Fitri and a weekend)
    //   On a unit also open Sat 09:00-12:00: Fri 08:30, n=1 -> Sat 09:00; Fri 14:00 -> Sat 12:00
    //   Thu 2026-12-31 10:00, n=1 -> Fri 2027-01-01 10:00 unless 2027-01-01 is a closed date
    //     (then Mon 2027-01-04 10:00)
    // On a 24/7 calendar this is t + n * 24 h. The result is non-decreasing in t and strictly
    // increasing in n. n == 0 returns t. Precondition: n >= 0 (std::invalid_argument otherwise).
    Timestamp add_working_days(Timestamp t, int n) const;

    // The opening hours of `day` as local times, or nothing when it is not a working day.
    struct Window {
        LocalTime open;
        LocalTime close;
    };
    std::optional<Window> window(std::chrono::local_days day) const;

  private:
    explicit WorkCalendar(CalendarSpec spec);

    std::chrono::local_days next_working_day(std::chrono::local_days day) const;

    CalendarSpec spec_;
};

// Calendar time ignores the calendar: a day is 24 hours (fixed offsets have no DST).
inline Timestamp add_calendar_time(Timestamp t, std::chrono::milliseconds amount) {
    return t + amount;
}
inline Timestamp add_calendar_hours(Timestamp t, std::chrono::hours amount) { return t + amount; }

}  // namespace tanggap::sla

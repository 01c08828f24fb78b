#pragma once
// Test helper: the calendars the SLA tests share, built from the shipped 2026 holiday list.

#include "sla/calendar.hpp"
#include "sla/holidays.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace tanggap::sla::testing {

using namespace std::chrono;

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline const std::vector<Holiday>& holidays_2026() {
    static const std::vector<Holiday> holidays =
        parse_holidays(read_text(TANGGAP_SOURCE_DIR "/src/sla/data/hari-libur-2026.csv")).value();
    return holidays;
}

// An Indramayu office: Monday to Thursday 08:00-16:00, Friday 08:00-16:30, closed on the 2026
// holidays and cuti bersama and on 1 January 2027 (Tahun Baru; the 2027 list is not out yet).
inline CalendarSpec office_spec(minutes utc_offset = util::kWibZone.offset) {
    CalendarSpec spec;
    spec.utc_offset = utc_offset;
    spec.set_hours(Friday, OpeningHours{8h, 16h + 30min});
    spec.closed_dates = closed_dates(holidays_2026());
    spec.closed_dates.push_back(local_days{2027y / 1 / 1});
    return spec;
}

inline WorkCalendar office_2026(minutes utc_offset = util::kWibZone.offset) {
    return WorkCalendar::make(office_spec(utc_offset)).value();
}

// A local wall-clock time on `calendar` as a Timestamp.
inline Timestamp at(const WorkCalendar& calendar, year_month_day day, milliseconds time_of_day) {
    return calendar.to_utc(local_days{day} + time_of_day);
}

inline Timestamp utc(year_month_day day, milliseconds time_of_day) {
    return sys_days{day} + time_of_day;
}

// "Mon 2026-03-09 08:30:00.000" in the calendar's local time, for failure messages.
inline std::string describe(const WorkCalendar& calendar, Timestamp t) {
    const auto local = calendar.to_local(t);
    const auto day = floor<days>(local);
    const hh_mm_ss<milliseconds> tod{local - day};
    const year_month_day ymd{day};
    static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    char text[64];
    std::snprintf(text,
                  sizeof text,
                  "%s %04d-%02u-%02u %02d:%02d:%02d.%03d",
                  kDays[weekday{day}.c_encoding()],
                  static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()),
                  static_cast<int>(tod.hours().count()),
                  static_cast<int>(tod.minutes().count()),
                  static_cast<int>(tod.seconds().count()),
                  static_cast<int>(tod.subseconds().count()));
    return text;
}

}  // namespace tanggap::sla::testing

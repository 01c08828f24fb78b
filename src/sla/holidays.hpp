#pragma once
// National holidays and collective leave (cuti bersama): the closed dates of office calendars.
//
// The list is data the super admin edits (a year is published each September), kept as CSV:
//
//   date,kind,name
//   2026-03-20,cuti_bersama,Idul Fitri 1447 Hijriah
//   2026-03-21,libur_nasional,Idul Fitri 1447 Hijriah
//
// src/sla/data/hari-libur-2026.csv is the 2026 list as published. Pure: parses text, reads no
// file. Thread-safety: free functions over values.

#include "core/error.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::sla {

enum class HolidayKind {
    libur_nasional,  // national holiday (hari libur nasional)
    cuti_bersama,    // collective leave day for civil servants (ASN)
};

std::string_view to_string(HolidayKind kind);
std::optional<HolidayKind> parse_holiday_kind(std::string_view text);

struct Holiday {
    std::chrono::year_month_day date;  // a local date
    HolidayKind kind;
    std::string name;

    friend bool operator==(const Holiday&, const Holiday&) = default;
};

// Parses the CSV above. The first line must be the header `date,kind,name`; then one holiday
// per line, in any order: an ISO date YYYY-MM-DD that exists, a kind, and a non-empty name
// (fields are trimmed; a field may be quoted as in RFC 4180, "" inside quotes is a quote).
// Blank lines are skipped; a UTF-8 byte order mark and CRLF line ends are accepted. Two rows may
// share a date (holidays do coincide). Rows come back in file order.
// Errors: invalid_field, the message in Bahasa Indonesia naming the line ("Baris 4: ..."),
// field the column ("date", "kind", "name"), or "header" for a missing or wrong header.
core::Result<std::vector<Holiday>> parse_holidays(std::string_view csv);

// The dates of `holidays` as a calendar's closed dates (CalendarSpec::closed_dates), both kinds
// or, with include_cuti_bersama = false, national holidays only (for units that serve on
// collective leave days).
std::vector<std::chrono::local_days> closed_dates(const std::vector<Holiday>& holidays,
                                                  bool include_cuti_bersama = true);

}  // namespace tanggap::sla

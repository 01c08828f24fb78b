#pragma once
// The period query parameters of the report endpoints: `from` and `to` bound created_at as
// [from, to), either may be left out, and `year=YYYY` is short for that calendar year (local time).
// Shared by the public dashboard (dates only) and the staff reports (dates or RFC 3339 times).

#include "core/error.hpp"
#include "domain/time.hpp"
#include "http/types.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::api {

enum class PeriodBounds {
    dates,           // "YYYY-MM-DD" only: local midnight
    dates_or_times,  // also RFC 3339 times with an offset, e.g. "2026-05-08T10:00:00+07:00"
};

struct Period {
    std::optional<domain::Timestamp> from;
    std::optional<domain::Timestamp> to;
    // As the answer repeats them: "YYYY-MM-DD" for a date, ISO 8601 in local time for a time; ""
    // when the bound is open.
    std::string from_text;
    std::string to_text;
};

// Exactly "YYYY-MM-DD", a real calendar date.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);
// "YYYY-MM-DD".
std::string format_date(std::chrono::year_month_day ymd);

// Local midnight (the installation's zone) of `ymd` as an instant.
domain::Timestamp local_midnight(std::chrono::year_month_day ymd);

// Errors, all invalid_field naming the parameter: a bound that does not parse ("from", "to"),
// `year` not four digits or given together with from/to ("year"), to <= from ("to").
core::Result<Period> parse_period(const http::Context& ctx, PeriodBounds bounds);

}  // namespace tanggap::api

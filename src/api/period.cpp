#include "api/period.hpp"

#include "api/query_params.hpp"
#include "util/time_format.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <string_view>

namespace tanggap::api {

using core::ErrorCode;
using core::make_error;

std::optional<std::chrono::year_month_day> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    }
    const std::chrono::year_month_day ymd{
        std::chrono::year{*parse_int(text.substr(0, 4))},
        std::chrono::month{static_cast<unsigned>(*parse_int(text.substr(5, 2)))},
        std::chrono::day{static_cast<unsigned>(*parse_int(text.substr(8, 2)))}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

std::string format_date(std::chrono::year_month_day ymd) {
    char out[16];
    std::snprintf(out,
                  sizeof out,
                  "%04d-%02u-%02u",
                  static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return out;
}

domain::Timestamp local_midnight(std::chrono::year_month_day ymd) {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::sys_days{ymd} -
                                                                   util::local_zone().offset);
}

namespace {

struct Bound {
    domain::Timestamp at;
    std::string text;
};

std::optional<Bound> parse_bound(std::string_view text, PeriodBounds bounds) {
    if (auto date = parse_date(text)) return Bound{local_midnight(*date), format_date(*date)};
    // Longer than a date: a time, which must carry its offset (parse_iso8601 insists).
    if (bounds == PeriodBounds::dates_or_times && text.size() > 10) {
        if (auto at = util::parse_iso8601(text)) return Bound{*at, util::format_iso8601(*at)};
    }
    return std::nullopt;
}

}  // namespace

core::Result<Period> parse_period(const http::Context& ctx, PeriodBounds bounds) {
    Period period;
    for (const char* name : {"from", "to"}) {
        if (auto text = ctx.query(name); text && !text->empty()) {
            auto bound = parse_bound(*text, bounds);
            if (!bound) {
                return make_error(ErrorCode::invalid_field,
                                  bounds == PeriodBounds::dates
                                      ? "Tanggal harus berformat YYYY-MM-DD"
                                      : "Waktu harus YYYY-MM-DD atau RFC 3339, mis. "
                                        "2026-05-08T10:00:00+07:00",
                                  name);
            }
            const bool from = std::string_view(name) == "from";
            (from ? period.from : period.to) = bound->at;
            (from ? period.from_text : period.to_text) = std::move(bound->text);
        }
    }
    if (auto text = ctx.query("year"); text && !text->empty()) {
        if (period.from || period.to) {
            return make_error(
                ErrorCode::invalid_field, "Gunakan year atau from/to, tidak keduanya", "year");
        }
        auto year = parse_int(*text);
        if (!year || text->size() != 4 || *year < 1900) {
            return make_error(ErrorCode::invalid_field, "Tahun harus empat angka", "year");
        }
        const std::chrono::year_month_day first = std::chrono::year{*year} / 1 / 1;
        const std::chrono::year_month_day next = std::chrono::year{*year + 1} / 1 / 1;
        period.from = local_midnight(first);
        period.to = local_midnight(next);
        period.from_text = format_date(first);
        period.to_text = format_date(next);
    }
    if (period.from && period.to && *period.to <= *period.from) {
        return make_error(ErrorCode::invalid_field, "Tanggal akhir harus setelah awal", "to");
    }
    return period;
}

}  // namespace tanggap::api

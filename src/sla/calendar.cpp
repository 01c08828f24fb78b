#include "sla/calendar.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tanggap::sla {

using namespace std::chrono;

WorkCalendar::WorkCalendar() = default;

WorkCalendar::WorkCalendar(CalendarSpec spec) : spec_(std::move(spec)) {
    auto& dates = spec_.closed_dates;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
}

core::Result<WorkCalendar> WorkCalendar::make(CalendarSpec spec) {
    if (spec.utc_offset < -hours{12} || spec.utc_offset > hours{14}) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Zona waktu harus antara UTC-12:00 dan UTC+14:00.",
                                "utc_offset");
    }
    bool any_open = false;
    for (std::size_t i = 0; i < spec.week.size(); ++i) {
        const auto& h = spec.week[i];
        if (!h) continue;
        if (h->open < minutes{0} || h->close > hours{24} || h->open >= h->close) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Jam kerja harus dalam satu hari (00:00-24:00) dan jam buka "
                                    "sebelum jam tutup.",
                                    "week[" + std::to_string(i) + "]");
        }
        any_open = true;
    }
    if (!any_open && !spec.always_open) {
        return core::make_error(
            core::ErrorCode::invalid_field,
            "Kalender kerja memerlukan sedikitnya satu hari kerja dalam seminggu.",
            "week");
    }
    return WorkCalendar(std::move(spec));
}

WorkCalendar WorkCalendar::always_open(minutes utc_offset) {
    CalendarSpec spec;
    spec.utc_offset = utc_offset;
    spec.always_open = true;
    spec.week.fill(OpeningHours{minutes{0}, hours{24}});
    auto calendar = make(std::move(spec));
    if (!calendar) throw std::invalid_argument(calendar.error().message);
    return *std::move(calendar);
}

local_days WorkCalendar::local_date(Timestamp t) const { return floor<days>(to_local(t)); }

bool WorkCalendar::is_working_day(local_days day) const {
    if (spec_.always_open) return true;
    if (!spec_.week[weekday{day}.c_encoding()]) return false;
    return !std::binary_search(spec_.closed_dates.begin(), spec_.closed_dates.end(), day);
}

std::optional<WorkCalendar::Window> WorkCalendar::window(local_days day) const {
    if (spec_.always_open) return Window{day, day + days{1}};
    if (!is_working_day(day)) return std::nullopt;
    const auto& h = *spec_.week[weekday{day}.c_encoding()];
    return Window{day + h.open, day + h.close};
}

local_days WorkCalendar::next_working_day(local_days day) const {
    // make() guarantees an open weekday and closed dates are finite, so this ends.
    do {
        day += days{1};
    } while (!is_working_day(day));
    return day;
}

bool WorkCalendar::is_working_time(Timestamp t) const {
    if (spec_.always_open) return true;
    const LocalTime local = to_local(t);
    const auto w = window(floor<days>(local));
    return w && w->open <= local && local < w->close;
}

milliseconds WorkCalendar::working_time_between(Timestamp a, Timestamp b) const {
    if (b < a) return -working_time_between(b, a);
    if (spec_.always_open) return b - a;
    const LocalTime from = to_local(a);
    const LocalTime to = to_local(b);
    milliseconds total{0};
    for (local_days day = floor<days>(from); day <= floor<days>(to); day += days{1}) {
        const auto w = window(day);
        if (!w) continue;
        const LocalTime start = std::max(w->open, from);
        const LocalTime end = std::min(w->close, to);
        if (start < end) total += end - start;
    }
    return total;
}

Timestamp WorkCalendar::add_working_time(Timestamp t, milliseconds amount) const {
    if (amount < milliseconds{0}) throw std::invalid_argument("add_working_time: negative amount");
    if (amount == milliseconds{0} || spec_.always_open) return t + amount;
    const LocalTime from = to_local(t);
    for (local_days day = floor<days>(from);; day += days{1}) {
        const auto w = window(day);
        if (!w) continue;
        const LocalTime start = std::max(w->open, from);
        if (start >= w->close) continue;
        const milliseconds available = w->close - start;
        if (amount <= available) return to_utc(start + amount);
        amount -= available;
    }
}

Timestamp WorkCalendar::add_working_days(Timestamp t, int n) const {
    if (n < 0) throw std::invalid_argument("add_working_days: negative n");
    if (n == 0) return t;
    if (spec_.always_open) return t + days{n};
    const LocalTime local = to_local(t);
    const local_days date = floor<days>(local);
    const auto today = window(date);
    if (today && today->open < local && local <= today->close) {
        local_days due_day = date;
        for (int i = 0; i < n; ++i) due_day = next_working_day(due_day);
        const auto due = *window(due_day);
        return to_utc(std::clamp(due_day + (local - date), due.open, due.close));
    }
    // The clock starts at the next opening; n working days from then end at a closing time.
    local_days due_day = (today && local <= today->open) ? date : next_working_day(date);
    for (int i = 1; i < n; ++i) due_day = next_working_day(due_day);
    return to_utc(window(due_day)->close);
}

}  // namespace tanggap::sla

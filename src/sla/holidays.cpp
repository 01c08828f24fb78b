#include "sla/holidays.hpp"

#include "util/text.hpp"

#include <charconv>

namespace tanggap::sla {

std::string_view to_string(HolidayKind kind) {
    switch (kind) {
        case HolidayKind::libur_nasional:
            return "libur_nasional";
        case HolidayKind::cuti_bersama:
            return "cuti_bersama";
    }
    return "libur_nasional";
}

std::optional<HolidayKind> parse_holiday_kind(std::string_view text) {
    if (text == "libur_nasional") return HolidayKind::libur_nasional;
    if (text == "cuti_bersama") return HolidayKind::cuti_bersama;
    return std::nullopt;
}

namespace {

core::Error line_error(std::size_t line, const std::string& what, const char* field) {
    return core::make_error(
        core::ErrorCode::invalid_field, "Baris " + std::to_string(line) + ": " + what, field);
}

// Splits one CSV record; nothing if a quote is left open or stray text follows a closing quote.
std::optional<std::vector<std::string>> split_record(std::string_view line) {
    std::vector<std::string> fields;
    std::size_t i = 0;
    while (true) {
        std::string field;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i < line.size() && line[i] == '"') {
            for (++i;; ++i) {
                if (i >= line.size()) return std::nullopt;
                if (line[i] != '"') {
                    field += line[i];
                } else if (i + 1 < line.size() && line[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    ++i;
                    break;
                }
            }
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
            if (i < line.size() && line[i] != ',') return std::nullopt;
        } else {
            const auto comma = line.find(',', i);
            const auto end = comma == std::string_view::npos ? line.size() : comma;
            field = std::string(util::trim(line.substr(i, end - i)));
            i = end;
        }
        fields.push_back(std::move(field));
        if (i >= line.size()) return fields;
        ++i;  // the comma
    }
}

std::optional<std::chrono::year_month_day> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    auto number = [&](std::size_t pos, std::size_t len, auto& out) {
        const auto* end = s.data() + pos + len;
        auto [ptr, ec] = std::from_chars(s.data() + pos, end, out);
        return ec == std::errc{} && ptr == end;
    };
    if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return std::nullopt;
    const std::chrono::year_month_day date{
        std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!date.ok()) return std::nullopt;
    return date;
}

}  // namespace

core::Result<std::vector<Holiday>> parse_holidays(std::string_view csv) {
    if (csv.starts_with("\xEF\xBB\xBF")) csv.remove_prefix(3);
    std::vector<Holiday> holidays;
    bool header_seen = false;
    std::size_t line_no = 0;
    while (!csv.empty()) {
        const auto nl = csv.find('\n');
        std::string_view line = csv.substr(0, nl);
        csv.remove_prefix(nl == std::string_view::npos ? csv.size() : nl + 1);
        ++line_no;
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (util::trim(line).empty()) continue;

        const auto fields = split_record(line);
        if (!header_seen) {
            if (!fields || *fields != std::vector<std::string>{"date", "kind", "name"}) {
                return core::make_error(
                    core::ErrorCode::invalid_field,
                    "Baris " + std::to_string(line_no) + ": judul kolom harus \"date,kind,name\".",
                    "header");
            }
            header_seen = true;
            continue;
        }
        if (!fields || fields->size() != 3) {
            return line_error(line_no,
                              "harus berisi tiga kolom: tanggal, jenis, nama (nama yang memuat "
                              "koma diberi tanda kutip).",
                              "");
        }
        const auto date = parse_date((*fields)[0]);
        if (!date) {
            return line_error(
                line_no,
                "tanggal \"" + (*fields)[0] + "\" tidak valid; gunakan format YYYY-MM-DD.",
                "date");
        }
        const auto kind = parse_holiday_kind((*fields)[1]);
        if (!kind) {
            return line_error(line_no,
                              "jenis \"" + (*fields)[1] +
                                  "\" tidak dikenal; gunakan libur_nasional atau cuti_bersama.",
                              "kind");
        }
        if ((*fields)[2].empty()) return line_error(line_no, "nama hari libur kosong.", "name");
        holidays.push_back(Holiday{*date, *kind, (*fields)[2]});
    }
    if (!header_seen) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Berkas hari libur kosong; baris pertama harus \"date,kind,name\".",
                                "header");
    }
    return holidays;
}

std::vector<std::chrono::local_days> closed_dates(const std::vector<Holiday>& holidays,
                                                  bool include_cuti_bersama) {
    std::vector<std::chrono::local_days> dates;
    for (const auto& h : holidays) {
        if (h.kind == HolidayKind::cuti_bersama && !include_cuti_bersama) continue;
        dates.push_back(std::chrono::local_days{h.date});
    }
    return dates;
}

}  // namespace tanggap::sla

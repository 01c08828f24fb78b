#include "util/time_format.hpp"

#include <cstdio>

namespace tanggap::util {

std::string format_iso8601(Timestamp at, std::chrono::minutes offset) {
    using namespace std::chrono;
    auto local = floor<seconds>(at + offset);
    auto day = floor<days>(local);
    year_month_day ymd{day};
    hh_mm_ss hms{local - day};
    int off = static_cast<int>(offset.count());
    char buf[40];
    std::snprintf(buf,
                  sizeof buf,
                  "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d",
                  static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()),
                  off < 0 ? '-' : '+',
                  std::abs(off) / 60,
                  std::abs(off) % 60);
    return buf;
}

std::string format_local_minute(Timestamp at) {
    const auto zone = local_zone();
    const auto iso = format_iso8601(at, zone.offset);
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " " + std::string(zone.name);
}

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

}  // namespace

std::optional<Timestamp> parse_iso8601(std::string_view s, std::chrono::minutes offset) {
    using namespace std::chrono;
    int y, mo, d, h = 0, mi = 0, se = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) ||
        s[7] != '-' || !digits(s, 8, 2, d)) {
        return std::nullopt;
    }
    year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    std::size_t pos = 10;
    milliseconds frac{0};
    if (pos < s.size()) {
        if ((s[pos] != 'T' && s[pos] != ' ') || !digits(s, pos + 1, 2, h) || s.size() < pos + 9 ||
            s[pos + 3] != ':' || !digits(s, pos + 4, 2, mi) || s[pos + 6] != ':' ||
            !digits(s, pos + 7, 2, se) || h > 23 || mi > 59 || se > 60) {
            return std::nullopt;
        }
        pos += 9;
        if (pos < s.size() && s[pos] == '.') {
            std::size_t start = ++pos;
            int ms = 0, n = 0;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                if (n < 3) ms = ms * 10 + (s[pos] - '0'), ++n;
                ++pos;
            }
            if (pos == start) return std::nullopt;
            while (n < 3) ms *= 10, ++n;
            frac = milliseconds{ms};
        }
        if (pos == s.size()) return std::nullopt;  // a time needs its offset
        if (s[pos] == 'Z') {
            offset = minutes{0};
            ++pos;
        } else if (s[pos] == '+' || s[pos] == '-') {
            int oh, om;
            if (!digits(s, pos + 1, 2, oh) || s.size() < pos + 6 || s[pos + 3] != ':' ||
                !digits(s, pos + 4, 2, om)) {
                return std::nullopt;
            }
            offset = minutes{(s[pos] == '-' ? -1 : 1) * (oh * 60 + om)};
            pos += 6;
        }
        if (pos != s.size()) return std::nullopt;
    }
    auto local = sys_days{ymd} + hours{h} + minutes{mi} + seconds{se} + frac;
    return time_point_cast<milliseconds>(local - offset);
}

Timestamp now() {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

}  // namespace tanggap::util

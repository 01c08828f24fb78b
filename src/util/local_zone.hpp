#pragma once
// The time zone an installation lives in: WIB (Jawa, Sumatra, West and Central Kalimantan), WITA
// (Bali, Nusa Tenggara, Sulawesi, East and South Kalimantan) or WIT (Maluku, Papua). Indonesia
// keeps no daylight saving, so a zone is a fixed offset and a name the citizens read.
//
// It is a deployment constant (`tanggap serve --time-zone WITA`): times in the API, the month
// boundaries of the statistics, ticket months, the office calendar and the notice texts all
// follow it, so it is read from one place instead of being passed through every layer.
//
// Thread-safety: set_local_zone() once at startup, before any thread reads local_zone(); the
// value is atomic, so a test that switches it between runs is safe too.

#include <chrono>
#include <optional>
#include <string_view>

namespace tanggap::util {

struct LocalZone {
    std::string_view name;  // "WIB", "WITA", "WIT"
    std::chrono::minutes offset;

    friend bool operator==(const LocalZone& a, const LocalZone& b) { return a.name == b.name; }
};

inline constexpr LocalZone kWibZone{"WIB", std::chrono::minutes{7 * 60}};
inline constexpr LocalZone kWitaZone{"WITA", std::chrono::minutes{8 * 60}};
inline constexpr LocalZone kWitZone{"WIT", std::chrono::minutes{9 * 60}};

// "WIB" / "WITA" / "WIT" (any case) or the IANA names Asia/Jakarta, Asia/Pontianak,
// Asia/Makassar, Asia/Jayapura; nothing for anything else.
std::optional<LocalZone> parse_local_zone(std::string_view text);

// The installation's zone; WIB until set.
LocalZone local_zone();
void set_local_zone(LocalZone zone);

// Sets a zone for a scope and puts the previous one back (tests).
class ScopedLocalZone {
  public:
    explicit ScopedLocalZone(LocalZone zone) : previous_(local_zone()) { set_local_zone(zone); }
    ~ScopedLocalZone() { set_local_zone(previous_); }
    ScopedLocalZone(const ScopedLocalZone&) = delete;
    ScopedLocalZone& operator=(const ScopedLocalZone&) = delete;

  private:
    LocalZone previous_;
};

}  // namespace tanggap::util

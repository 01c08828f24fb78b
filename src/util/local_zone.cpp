#include "util/local_zone.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <string>

namespace tanggap::util {
namespace {

// An index into kZones rather than the struct, so the load and store are lock-free.
constexpr LocalZone kZones[] = {kWibZone, kWitaZone, kWitZone};
std::atomic<int> current_zone{0};

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(std::toupper(c));
    });
    return out;
}

}  // namespace

std::optional<LocalZone> parse_local_zone(std::string_view text) {
    const auto name = upper(text);
    if (name == "WIB" || name == "ASIA/JAKARTA" || name == "ASIA/PONTIANAK") return kWibZone;
    if (name == "WITA" || name == "ASIA/MAKASSAR") return kWitaZone;
    if (name == "WIT" || name == "ASIA/JAYAPURA") return kWitZone;
    return std::nullopt;
}

LocalZone local_zone() { return kZones[current_zone.load(std::memory_order_relaxed)]; }

void set_local_zone(LocalZone zone) {
    for (int i = 0; i < 3; ++i) {
        if (kZones[i] == zone) current_zone.store(i, std::memory_order_relaxed);
    }
}

}  // namespace tanggap::util

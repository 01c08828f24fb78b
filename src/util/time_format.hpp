#pragma once
// ISO 8601 with an offset, the only way times cross the API.

#include "util/local_zone.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::util {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

// "2026-11-25T16:00:00+07:00" (milliseconds dropped); the installation's zone by default.
std::string format_iso8601(Timestamp at, std::chrono::minutes offset = local_zone().offset);

// "2026-11-25 16:00 WIB": a time as a notice or a printed report names it, in the local zone.
std::string format_local_minute(Timestamp at);

// Accepts "2026-11-25", "2026-11-25T16:00:00Z", "...+07:00", with optional fraction.
// A date alone means local midnight at `offset`.
std::optional<Timestamp> parse_iso8601(std::string_view text,
                                       std::chrono::minutes offset = local_zone().offset);

Timestamp now();

}  // namespace tanggap::util

#pragma once
// ISO 8601 with an offset, the only way times cross the API.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::util {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

// Western Indonesia Time; Indramayu's offset. One constant until a region elsewhere needs more.
inline constexpr std::chrono::minutes kWib{7 * 60};

// "2026-11-25T16:00:00+07:00" (milliseconds dropped).
std::string format_iso8601(Timestamp at, std::chrono::minutes offset = kWib);

// Accepts "2026-11-25", "2026-11-25T16:00:00Z", "...+07:00", with optional fraction.
// A date alone means local midnight at `offset`.
std::optional<Timestamp> parse_iso8601(std::string_view text, std::chrono::minutes offset = kWib);

Timestamp now();

}  // namespace tanggap::util

#pragma once
// The holiday list shipped with the server (src/sla/data/hari-libur-2026.csv), embedded at build
// time so a server needs no data file to compute deadlines.

#include <string_view>

namespace tanggap::service {

// The CSV text as shipped (format: sla::parse_holidays). Thread-safe: constant data.
std::string_view shipped_holidays_csv();

}  // namespace tanggap::service

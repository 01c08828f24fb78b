#pragma once
// The Indramayu demo data set: Kabupaten Indramayu's directory (official kecamatan and
// desa/kelurahan codes from idn-area-data, the regency's agencies, RSUD, BUMD and puskesmas),
// the complaint categories, the demo logins and a complaint history for 2021 and 2022 that
// reproduces the published figures (see complaint_history.hpp for the figures and how they
// are counted).

#include "core/error.hpp"
#include "demo/area_data.hpp"
#include "demo/complaint_history.hpp"
#include "demo/demo_data.hpp"

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace tanggap::demo {

inline constexpr std::string_view kIndramayuRegency = "32.12";

// Generates the whole data set from Indramayu's area data. Pure and deterministic: the same
// area and seed give the same data, byte for byte, on every machine (std::mt19937_64 with our
// own mapping to ranges, see demo_random.hpp). Thread-safe: shares no state.
// Errors: invalid_field when `area` lacks a kecamatan the demo names (it is not Indramayu).
core::Result<DemoData> generate_indramayu(const RegencyArea& area, std::uint64_t seed = kDemoSeed);

// Reads Indramayu from the idn-area-data CSV directory, then generates.
// Errors: those of read_regency_area() and generate_indramayu().
core::Result<DemoData> build_indramayu_demo(const std::filesystem::path& area_data_dir);

}  // namespace tanggap::demo

#pragma once
// The Kabupaten Indramayu directory of the demo: units, categories and staff logins.
// Kecamatan and desa/kelurahan come from the official data; the other units are the
// regency's agencies as published (27 perangkat daerah, 3 RSUD, 2 BUMD, 49 puskesmas).
// Contact numbers and social accounts are DEMO DATA, derived deterministically from the
// unit codes; they are not the units' real numbers.

#include "core/error.hpp"
#include "demo/area_data.hpp"
#include "demo/demo_data.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::demo {

// Unit codes the demo, its tests and api.md rely on.
inline constexpr std::string_view kBupati = "bupati";
inline constexpr std::string_view kDiskominfo = "diskominfo";
inline constexpr std::string_view kDinsos = "dinsos";
inline constexpr std::string_view kDinkes = "dinkes";
inline constexpr std::string_view kDpupr = "dpupr";
inline constexpr std::string_view kBpbd = "bpbd";
inline constexpr std::string_view kDishub = "dishub";
inline constexpr std::string_view kDlh = "dlh";
inline constexpr std::string_view kSatpolPpDamkar = "satpolpp-damkar";
inline constexpr std::string_view kDisdukcapil = "disdukcapil";
inline constexpr std::string_view kDpmd = "dpmd";
inline constexpr std::string_view kPdam = "pdam";
inline constexpr std::string_view kPkmGantar = "pkm-gantar";

inline constexpr std::string_view kDemoPassword = "tanggap-demo";
// The demo super admin's TOTP secret (base32 of "tanggap-demo-superadmin"): the super admin
// signs in with one-time codes (domain::role_requires_second_factor), and a demo's secret is
// public like its password. serve --demo prints its otpauth:// URI.
inline constexpr std::string_view kDemoTotpSecret = "ORQW4Z3HMFYC2ZDFNVXS243VOBSXEYLENVUW4";

// Lower-case ASCII slug: "Kedokan Bunder" -> "kedokan-bunder".
std::string slug(std::string_view name);

// All units, parents first: bupati, perangkat daerah, RSUD, BUMD, kecamatan, puskesmas,
// desa/kelurahan. Errors: invalid_field when a kecamatan the demo names (e.g. Gantar, for its
// puskesmas) is missing from `area`.
core::Result<std::vector<domain::Unit>> indramayu_units(const RegencyArea& area);

// The category tree of the server contract, parents first.
std::vector<domain::Category> indramayu_categories();

// The demo logins of the server contract; `losarang_code` is Kecamatan Losarang's official code.
std::vector<DemoStaff> indramayu_staff(const std::string& losarang_code);

// The code of the district named `name` in `area`, or empty.
std::string district_code_named(const RegencyArea& area, std::string_view name);

}  // namespace tanggap::demo

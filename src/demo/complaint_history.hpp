#pragma once
// The demo's complaint history for 2021 and 2022, generated from a seed so that the published
// figures come out exactly and identically on every machine.

#include "demo/area_data.hpp"
#include "demo/demo_data.hpp"
#include "domain/directory_index.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace tanggap::demo {

// The published figures (PRODUCT.md), counted by the year of created_at in WIB and by the
// unit holding the complaint at the end (Complaint::unit_code).
//
// "Agencies" are the units outside the area hierarchy that answer for a duty regency-wide:
// perangkat daerah, RSUD and BUMD. The 2022 split 845 = 767 + 43 + 35 leaves no other
// bucket, RSUD are legally perangkat daerah-level bodies, and PDAM without a single
// complaint in 2022 would make a poor demo. Desa/kelurahan and the Bupati hold none: the
// village call centres only came later.
struct YearFigures {
    int year = 0;
    int total = 0;
    int agencies = 0;  // perangkat daerah + RSUD + BUMD, Dinas Sosial included
    int dinsos = 0;    // Dinas Sosial, mostly sosial.bansos
    int kecamatan = 0;
    int losarang = -1;  // Kecamatan Losarang; -1 when not published
    int puskesmas = 0;
    int gantar = -1;  // Puskesmas Gantar; -1 when not published
    // Complaints before 19 May 2022 00:00 WIB: the 183 Diskominfo reported that day.
    int before_19_may = -1;
};

// 2021: only the total (2,245) is published; the split is the demo's choice.
inline constexpr std::array<YearFigures, 2> kPublishedFigures{{
    {2021, 2245, 1905, 702, 205, -1, 135, -1, -1},
    {2022, 845, 767, 281, 43, 14, 35, 25, 183},
}};

inline constexpr std::uint64_t kDemoSeed = 0x1CE7A2021ULL;  // "I-Ceta 2021"

// Generates the history. Every complaint ends `ditutup` (most: confirmed by the reporter or
// closed after 7 quiet days) or `selesai` (a few, resolved but never closed), after a legal
// sequence of status changes with plausible delays (staff steps in office hours, emergencies
// at once).
// `directory` must hold the demo's units and categories, `staff` the demo logins (their
// usernames appear as actors). Pure and deterministic for a given seed.
std::vector<DemoComplaint> generate_history(const domain::DirectoryIndex& directory,
                                            const RegencyArea& area,
                                            const std::vector<DemoStaff>& staff,
                                            std::uint64_t seed);

}  // namespace tanggap::demo

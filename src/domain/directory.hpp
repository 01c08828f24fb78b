#pragma once
// The government directory: units (who handles complaints) and categories (what about).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

enum class UnitKind {
    perangkat_daerah,
    kecamatan,
    desa,
    kelurahan,
    puskesmas,
    rsud,
    bumd,
    pimpinan
};

std::string_view to_string(UnitKind kind);
std::optional<UnitKind> parse_unit_kind(std::string_view text);

struct SocialAccount {
    std::string network;  // "facebook", "instagram", ...
    std::string handle;
};

struct Unit {
    std::string code;  // official region code for kecamatan/desa, a short slug otherwise
    std::string name;
    UnitKind kind = UnitKind::perangkat_daerah;
    std::string parent_code;  // empty at the top
    std::string area_code;    // kecamatan or desa code the unit serves, if area-bound
    std::vector<std::string> call_center;
    std::string whatsapp;
    std::vector<SocialAccount> social;
    std::vector<std::string> categories;  // tupoksi: category codes this unit answers for
    bool super_admin = false;             // Diskominfo
    // Works around the clock (RSUD, emergency services, call centers): its deadlines count on
    // a 24/7 calendar instead of office hours.
    bool always_open = false;
};

struct Category {
    std::string code;
    std::string name;
    std::string parent_code;
    // Who answers: a fixed unit, or a unit kind (resolved through the complaint's area).
    std::string responsible_unit;
    std::optional<UnitKind> responsible_kind;
    bool area_bound = false;  // route to the unit of the complaint's kecamatan/desa
    bool emergency = false;
    std::string deadline_policy;  // reference into the deadline policies (later issue)
    // Months its closed complaints keep their reporter (domain/retention.hpp); none: the
    // installation's setting.
    std::optional<int> retention_months;
};

}  // namespace tanggap::domain

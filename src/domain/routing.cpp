#include "domain/routing.hpp"

namespace tanggap::domain {
namespace {

const Unit* area_unit(const DirectoryIndex& dir, UnitKind kind, const Location& loc) {
    std::string kecamatan =
        loc.kecamatan_code.empty() ? kecamatan_of_desa(loc.desa_code) : loc.kecamatan_code;
    if (kind == UnitKind::desa || kind == UnitKind::kelurahan) {
        if (const Unit* u = dir.unit_in_area(UnitKind::desa, loc.desa_code)) return u;
        if (const Unit* u = dir.unit_in_area(UnitKind::kelurahan, loc.desa_code)) return u;
        return dir.unit_in_area(UnitKind::kecamatan, kecamatan);  // the camat above the village
    }
    return dir.unit_in_area(kind, kecamatan);
}

const Unit* by_duty(const DirectoryIndex& dir, const Category* category, const Location& loc) {
    // Walk up the category tree; the first level that names a handler wins.
    for (int depth = 0; category && depth < 8; ++depth) {
        if (category->area_bound && category->responsible_kind) {
            if (const Unit* u = area_unit(dir, *category->responsible_kind, loc)) return u;
        }
        if (!category->responsible_unit.empty()) {
            if (const Unit* u = dir.find_unit(category->responsible_unit)) return u;
        }
        if (const Unit* u = dir.unit_with_tupoksi(category->code)) return u;
        category =
            category->parent_code.empty() ? nullptr : dir.find_category(category->parent_code);
    }
    return nullptr;
}

}  // namespace

std::string kecamatan_of_desa(const std::string& desa_code) {
    auto last_dot = desa_code.rfind('.');
    return last_dot == std::string::npos ? std::string{} : desa_code.substr(0, last_dot);
}

core::Result<std::string> route_complaint(const DirectoryIndex& directory,
                                          const std::string& category_code,
                                          const Location& location) {
    const Category* category = nullptr;
    if (!category_code.empty()) {
        category = directory.find_category(category_code);
        if (!category) {
            return core::make_error(
                core::ErrorCode::invalid_field, "Kategori tidak dikenal", "category");
        }
    }
    if (const Unit* u = by_duty(directory, category, location)) return u->code;
    if (!category) {
        if (const Unit* u = area_unit(directory, UnitKind::kecamatan, location)) return u->code;
    }
    if (const Unit* u = directory.super_admin_unit()) return u->code;
    return core::make_error(core::ErrorCode::unavailable,
                            "Direktori belum memiliki unit super admin");
}

}  // namespace tanggap::domain

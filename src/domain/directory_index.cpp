#include "domain/directory_index.hpp"

#include <algorithm>

namespace tanggap::domain {

DirectoryIndex::DirectoryIndex(std::vector<Unit> units, std::vector<Category> categories)
    : units_(std::move(units)), categories_(std::move(categories)) {
    std::sort(
        units_.begin(), units_.end(), [](const Unit& a, const Unit& b) { return a.code < b.code; });
    for (std::size_t i = 0; i < units_.size(); ++i) {
        unit_by_code_.emplace(units_[i].code, i);
        if (!units_[i].parent_code.empty()) children_[units_[i].parent_code].push_back(i);
    }
    for (std::size_t i = 0; i < categories_.size(); ++i) {
        category_by_code_.emplace(categories_[i].code, i);
    }
}

const Unit* DirectoryIndex::find_unit(std::string_view code) const {
    auto it = unit_by_code_.find(code);
    return it == unit_by_code_.end() ? nullptr : &units_[it->second];
}

std::vector<std::string> DirectoryIndex::units_below(std::string_view code) const {
    std::vector<std::string> out;
    auto add_children = [&](std::string_view parent) {
        auto it = children_.find(parent);
        if (it == children_.end()) return;
        for (auto i : it->second) out.push_back(units_[i].code);
    };
    add_children(code);
    // The directory refuses cycles (service::validate_unit); the bound guards a store edited
    // by hand.
    for (std::size_t next = 0; next < out.size() && out.size() <= units_.size(); ++next) {
        add_children(out[next]);
    }
    return out;
}

const Category* DirectoryIndex::find_category(std::string_view code) const {
    auto it = category_by_code_.find(code);
    return it == category_by_code_.end() ? nullptr : &categories_[it->second];
}

const Unit* DirectoryIndex::unit_in_area(UnitKind kind, std::string_view area_code) const {
    if (area_code.empty()) return nullptr;
    for (const auto& unit : units_) {
        if (unit.kind == kind && unit.area_code == area_code) return &unit;
    }
    return nullptr;
}

const Unit* DirectoryIndex::unit_with_tupoksi(std::string_view category_code) const {
    for (const auto& unit : units_) {
        if (std::find(unit.categories.begin(), unit.categories.end(), category_code) !=
            unit.categories.end()) {
            return &unit;
        }
    }
    return nullptr;
}

const Unit* DirectoryIndex::super_admin_unit() const {
    for (const auto& unit : units_) {
        if (unit.super_admin) return &unit;
    }
    return nullptr;
}

}  // namespace tanggap::domain

#pragma once
// An in-memory, read-only index of the directory, loaded from the store. Routing and
// validation read it; the store is the source of truth.

#include "domain/directory.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

class DirectoryIndex {
  public:
    DirectoryIndex() = default;
    DirectoryIndex(std::vector<Unit> units, std::vector<Category> categories);

    const Unit* find_unit(std::string_view code) const;
    const Category* find_category(std::string_view code) const;
    // The unit of `kind` serving `area_code` (lowest code first when several do).
    const Unit* unit_in_area(UnitKind kind, std::string_view area_code) const;
    // The first unit listing `category_code` in its tupoksi.
    const Unit* unit_with_tupoksi(std::string_view category_code) const;
    const Unit* super_admin_unit() const;
    // Every unit below `code`, its children first, then theirs (empty for an unknown code).
    std::vector<std::string> units_below(std::string_view code) const;

    const std::vector<Unit>& units() const { return units_; }
    const std::vector<Category>& categories() const { return categories_; }

  private:
    std::vector<Unit> units_;  // sorted by code
    std::vector<Category> categories_;
    std::map<std::string, std::size_t, std::less<>> unit_by_code_;
    std::map<std::string, std::size_t, std::less<>> category_by_code_;
    std::map<std::string, std::vector<std::size_t>, std::less<>> children_;  // by parent code
};

}  // namespace tanggap::domain

#pragma once
// The super admin's edits of staff accounts, units and categories: what makes each one valid
// against the directory, and where a category's complaints would go. Pure: the API parses the
// request into these values, calls a check, and saves what it returns.
//
// Every check returns invalid_field naming the offending field by its JSON name ("unit",
// "parent", "responsible_unit", ...) with a message in Bahasa Indonesia, except where noted.

#include "core/error.hpp"
#include "domain/directory_index.hpp"
#include "domain/staff.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::service {

inline constexpr std::size_t kMinPasswordLength = 8;

// Normalises and checks an account: username lower-cased, 3 to 64 characters of a-z 0-9 . _ -
// starting with a letter or digit ("username"); display name trimmed, not empty, at most 120
// characters ("display_name"); a unit when domain::role_needs_unit() says so, and any unit
// named must be in the directory ("unit"; a role without a unit keeps none unless it is
// super_admin, whose unit is optional); e-mail by domain::is_email_address ("email"); phone
// written as +62... by domain::normalize_phone ("phone"). Empty e-mail and phone are allowed.
core::Result<domain::StaffUser> validate_staff(domain::StaffUser user,
                                               const domain::DirectoryIndex& directory);

// At least kMinPasswordLength bytes and at most 256 ("password").
core::Result<void> check_new_password(std::string_view password);

// A super admin may not lock themselves out: switching their own account off, or taking away
// their own super_admin role, is a conflict (409) with the field "active" or "role".
core::Result<void> check_self_change(const domain::StaffUser& actor,
                                     const domain::StaffUser& changed);

// Normalises and checks a unit: code 1 to 64 characters of a-z 0-9 . _ - ("code"); name not
// empty ("name"); parent in the directory, not the unit itself nor below it ("parent"); area
// code digits and dots ("area_code"); call-center numbers of digits, spaces and + - ( ), 3 to
// 24 characters ("call_center"); WhatsApp as +62... ("whatsapp"); social accounts with a
// network of a-z and a handle ("social"); every tupoksi category in the directory
// ("categories", listed once each).
core::Result<domain::Unit> validate_unit(domain::Unit unit,
                                         const domain::DirectoryIndex& directory);

// Normalises and checks a category: code and name as for units; parent in the directory, not
// the category itself nor below it ("parent"); responsible unit in the directory
// ("responsible_unit"); an area-bound category needs a responsible unit kind
// ("responsible_kind"); deadline policy empty (the default) or one of `known_policies`
// ("deadline_policy").
core::Result<domain::Category> validate_category(domain::Category category,
                                                 const domain::DirectoryIndex& directory,
                                                 const std::vector<std::string>& known_policies);

// Where a new complaint in `category_code` would go, as domain::route_complaint decides.
// Area-bound categories depend on the complaint's place: `area_kind` then names the kind of
// unit of that place, and `unit_code` is where a complaint without a place goes.
struct RoutePreview {
    std::string unit_code;
    std::optional<domain::UnitKind> area_kind;
};

// Errors: those of domain::route_complaint.
core::Result<RoutePreview> preview_route(const domain::DirectoryIndex& directory,
                                         const std::string& category_code);

}  // namespace tanggap::service

#include "domain/staff.hpp"

#include "domain/names.hpp"

namespace tanggap::domain {
namespace {

constexpr NameTable<Role, 7> kRoleNames{{
    {Role::operator_, "operator"},
    {Role::officer, "officer"},
    {Role::unit_admin, "unit_admin"},
    {Role::super_admin, "super_admin"},
    {Role::leadership, "leadership"},
    {Role::auditor, "auditor"},
    {Role::privacy_officer, "privacy_officer"},
}};

}  // namespace

std::string_view to_string(Role role) { return name_of(kRoleNames, role); }
std::optional<Role> parse_role(std::string_view text) { return parse_name(kRoleNames, text); }

bool role_needs_unit(Role role) {
    return role == Role::operator_ || role == Role::officer || role == Role::unit_admin;
}

bool role_requires_second_factor(Role role) {
    return role == Role::super_admin || role == Role::privacy_officer;
}

SecondFactor second_factor(Role role, bool enrolled) {
    if (enrolled) return SecondFactor::code;
    return role_requires_second_factor(role) ? SecondFactor::not_enrolled : SecondFactor::none;
}

}  // namespace tanggap::domain

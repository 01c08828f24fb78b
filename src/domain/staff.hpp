#pragma once
// Staff accounts and their roles.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

enum class Role {
    operator_,  // wire name "operator" (a C++ keyword); takes calls and messages for a unit
    officer,    // handles a unit's complaints
    unit_admin,
    super_admin,  // Diskominfo
    leadership,   // Bupati, Sekda: reads everything, no personal contact details
    auditor,      // read-only, no personal data
    // Pejabat pelindungan data pribadi (UU 27/2022 Pasal 53): answers people's requests to see
    // or erase what is held about them; reads no complaint through the console.
    privacy_officer,
};

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);

// Roles tied to one unit must name it.
bool role_needs_unit(Role role);

// Roles that sign in with a one-time code (TOTP) besides the password: the super admin, who
// can grant any role and read every complaint, and the privacy officer, who can export or erase
// everything held about a person. Other staff may enrol too.
bool role_requires_second_factor(Role role);

// What signing in asks of an account besides its password.
enum class SecondFactor {
    none,          // not enrolled, and its role does not require it
    code,          // enrolled: the one-time code of this moment, never one used before
    not_enrolled,  // its role requires a code but it was never enrolled: refused until it is
};
SecondFactor second_factor(Role role, bool enrolled);

struct StaffUser {
    std::int64_t id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::officer;
    std::string unit_code;  // empty for super_admin, leadership, auditor
    // Where reminders, escalations and 112 dispatches reach them outside the console; either
    // may be empty.
    std::string email{};
    std::string phone{};  // +62... (domain::normalize_phone)
    bool active = true;   // a switched-off account cannot sign in and is told nothing
    // Every unit below unit_code in the directory, which its staff oversee
    // (domain::UnitRelation::oversees). Not stored: filled from the directory for each request,
    // so that a change of the hierarchy counts at once; empty oversees nothing.
    std::vector<std::string> units_below{};
};

}  // namespace tanggap::domain

#pragma once
// Who may see what of a complaint. Contact details and confidential complaints are protected
// by default: every grant below is explicit.

#include "domain/complaint.hpp"
#include "domain/staff.hpp"

#include <optional>

namespace tanggap::domain {

struct Visibility {
    bool visible = false;           // false: answer 404, never reveal it exists
    bool reporter_name = false;     // the name (never for anonymous outside the handling units)
    bool reporter_contact = false;  // phone and e-mail
    bool internal_notes = false;    // staff-only history text
    bool location = false;
};

// What `viewer` (empty: the public) may see of `complaint`. `holds_token` is true when the
// request carries the complaint's tracking token (the reporter).
Visibility visibility_for(const Complaint& complaint,
                          const std::optional<StaffUser>& viewer,
                          bool holds_token);

// Whether a unit-bound staff member's unit has held the complaint (now or earlier).
bool handled_by_unit(const Complaint& complaint, const std::string& unit_code);

// The inbox a staff member sees: one unit's complaints (including confidential ones it handles),
// or everything, with confidential complaints only for the super admin.
struct InboxScope {
    std::optional<std::string> unit_code;  // empty: all units
    bool include_confidential = false;
};
InboxScope inbox_scope_for(const StaffUser& viewer);

}  // namespace tanggap::domain

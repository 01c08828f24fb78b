#pragma once
// Who may see what of a complaint. Contact details and confidential complaints are protected
// by default: every grant below is explicit.

#include "domain/complaint.hpp"
#include "domain/staff.hpp"

#include <optional>
#include <string_view>

namespace tanggap::domain {

struct Visibility {
    bool visible = false;           // false: answer 404, never reveal it exists
    bool reporter_name = false;     // the name (never for anonymous outside the handling units)
    bool reporter_contact = false;  // phone and e-mail
    bool internal_notes = false;    // staff-only history text
    bool location = false;          // the point, kecamatan and desa (the address: `original`)
    // The reporter's own words, photos and address; without it the redacted public copy
    // (publication.hpp). The public and other units' staff read the copy.
    bool original = false;
};

// What `viewer` (empty: the public) may see of `complaint`. `holds_token` is true when the
// request carries the complaint's tracking token (the reporter). The public and staff of units
// that never held it see a complaint only once it is published (domain::is_published), never
// the reporter's contact, and the public never the reporter's name.
Visibility visibility_for(const Complaint& complaint,
                          const std::optional<StaffUser>& viewer,
                          bool holds_token);

// Whether a viewer with `visibility` may see the photo `photo_id` of `complaint`: any of its
// photos with `original`, else only those of the public copy (domain::public_copy).
bool shows_photo(const Complaint& complaint,
                 const Visibility& visibility,
                 std::string_view photo_id);

// Whether a unit-bound staff member's unit has held the complaint (now or earlier).
bool handled_by_unit(const Complaint& complaint, const std::string& unit_code);

// The inbox a staff member sees: one unit's complaints (including confidential ones it handles),
// or everything, with the confidential complaints its role may read (complaint_rights).
struct InboxScope {
    std::optional<std::string> unit_code;  // empty: all units
    enum class Confidential {
        none,       // no confidential complaint
        escalated,  // those escalated to the Bupati (leadership)
        all,        // every one (the super admin, and a unit's own inbox)
    };
    Confidential confidential = Confidential::none;
};
// `unit` is the inbox's unit filter when one is asked for: a unit above others may open the
// queue of any unit below it, then seeing the complaints that unit holds now as
// UnitRelation::oversees allows (no confidential ones). Nullopt when the viewer may not open
// that unit's queue, and a unit-bound viewer asking for no unit (or their own) gets their own
// inbox.
std::optional<InboxScope> inbox_scope_for(const StaffUser& viewer,
                                          const std::optional<std::string>& unit = std::nullopt);

// Whose chats a staff member sees (for a role that may answer chats: Duty::answer_chats):
// every chat (nullopt) for the super admin and the staff of the unit that runs the lines
// (`line_unit`; the super admin's unit while an installation has one set of lines); a unit's
// staff otherwise the chats a complaint filed from them ties to their unit, which holds or held
// it.
std::optional<std::string> chat_scope_for(const StaffUser& viewer, std::string_view line_unit);

// How a complaint found by its reporter's phone appears in a caller history (for a role that
// may look up callers: Duty::look_up_callers). Matching on the
// phone ties the complaint to its reporter, so:
//  - full: the viewer may see the reporter's contact (super admin, a unit that has held it):
//    the row with its title;
//  - summary: the viewer may see the complaint and the reporter's name but not the contact
//    (another unit's plain complaint): the operator learns that a ticket exists, where it is
//    and its status, not what it is about;
//  - hidden: the viewer may not know who reported it (anonymous) or that it exists
//    (confidential): left out, and not counted.
enum class CallerHistoryEntry { hidden, summary, full };
CallerHistoryEntry caller_history_entry(const Complaint& complaint, const StaffUser& viewer);

}  // namespace tanggap::domain

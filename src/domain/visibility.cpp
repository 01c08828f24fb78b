#include "domain/visibility.hpp"

#include "domain/publication.hpp"

#include <algorithm>

namespace tanggap::domain {

bool handled_by_unit(const Complaint& complaint, const std::string& unit_code) {
    if (unit_code.empty()) return false;
    if (complaint.unit_code == unit_code) return true;
    const auto& units = complaint.handling_units;
    return std::find(units.begin(), units.end(), unit_code) != units.end();
}

Visibility visibility_for(const Complaint& c,
                          const std::optional<StaffUser>& viewer,
                          bool holds_token) {
    const bool handler =
        viewer && (viewer->role == Role::super_admin ||
                   (role_needs_unit(viewer->role) && handled_by_unit(c, viewer->unit_code)));
    if (handler) return Visibility{true, true, true, true, true, true};
    if (holds_token) {
        // The reporter reads their own words; the token may be shared, so no contact details.
        return Visibility{true, true, false, false, true, true};
    }
    if (c.confidential) return Visibility{};  // invisible to everyone else
    if (viewer && viewer->role == Role::leadership) {
        return Visibility{true, !c.anonymous, false, true, true, true};
    }
    if (viewer && viewer->role == Role::auditor) {
        return Visibility{true, false, false, true, true, false};  // the trail, no personal data
    }
    // The public, and staff of units that never held it: the published copy only.
    if (!is_published(c)) return Visibility{};
    return Visibility{true, viewer.has_value() && !c.anonymous, false, false, true, false};
}

bool shows_photo(const Complaint& complaint,
                 const Visibility& visibility,
                 std::string_view photo_id) {
    if (!visibility.visible) return false;
    const auto photos = visibility.original ? complaint.photos : public_copy(complaint).photos;
    return std::any_of(
        photos.begin(), photos.end(), [&](const Photo& p) { return p.id == photo_id; });
}

InboxScope inbox_scope_for(const StaffUser& viewer) {
    if (viewer.role == Role::super_admin) return InboxScope{std::nullopt, true};
    if (role_needs_unit(viewer.role)) return InboxScope{viewer.unit_code, true};
    return InboxScope{std::nullopt, false};
}

bool may_look_up_callers(Role role) { return role == Role::super_admin || role_needs_unit(role); }

CallerHistoryEntry caller_history_entry(const Complaint& complaint, const StaffUser& viewer) {
    if (!may_look_up_callers(viewer.role)) return CallerHistoryEntry::hidden;
    const auto v = visibility_for(complaint, viewer, false);
    if (v.reporter_contact) return CallerHistoryEntry::full;
    if (v.visible && v.reporter_name) return CallerHistoryEntry::summary;
    return CallerHistoryEntry::hidden;
}

}  // namespace tanggap::domain

#include "domain/visibility.hpp"

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
    Visibility v;
    const bool handler =
        viewer && (viewer->role == Role::super_admin ||
                   (role_needs_unit(viewer->role) && handled_by_unit(c, viewer->unit_code)));
    if (handler) {
        return Visibility{true, true, true, true, true};
    }
    if (c.confidential && !holds_token) return v;  // invisible to everyone else

    v.visible = true;
    v.location = true;
    if (holds_token) {
        v.reporter_name = true;  // the reporter sees their own name, but the token may be shared
        return v;
    }
    if (!viewer) {
        v.reporter_name = !c.anonymous;
        return v;
    }
    switch (viewer->role) {
        case Role::leadership:
            v.reporter_name = !c.anonymous;
            v.internal_notes = true;
            break;
        case Role::auditor:
            v.internal_notes = true;  // the audit trail, without personal data
            break;
        default:  // staff of another unit: what the public sees
            v.reporter_name = !c.anonymous;
            break;
    }
    return v;
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

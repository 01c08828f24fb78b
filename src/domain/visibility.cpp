#include "domain/visibility.hpp"

#include "domain/authorization.hpp"
#include "domain/publication.hpp"

#include <algorithm>

namespace tanggap::domain {

bool handled_by_unit(const Complaint& complaint, const std::string& unit_code) {
    if (unit_code.empty()) return false;
    if (complaint.unit_code == unit_code) return true;
    const auto& units = complaint.handling_units;
    return std::find(units.begin(), units.end(), unit_code) != units.end();
}

namespace {

bool shows_name(NameRight right, const Complaint& c) {
    return right == NameRight::always || (right == NameRight::unless_anonymous && !c.anonymous);
}

Visibility staff_visibility(const Complaint& c, const StaffUser& viewer) {
    const auto rights = complaint_rights(viewer.role, relation_of(c, viewer), secrecy_of(c));
    const bool name = shows_name(rights.reporter_name, c);
    switch (rights.reach) {
        case Reach::none:
            return Visibility{};
        case Reach::published_copy:
            if (!is_published(c)) return Visibility{};
            return Visibility{true, name, false, false, true, false};
        case Reach::copy:
            return Visibility{true, name, rights.contact, rights.internal_notes, true, false};
        case Reach::whole:
            return Visibility{true, name, rights.contact, rights.internal_notes, true, true};
    }
    return Visibility{};
}

}  // namespace

Visibility visibility_for(const Complaint& c,
                          const std::optional<StaffUser>& viewer,
                          bool holds_token) {
    if (viewer) {
        auto staff = staff_visibility(c, *viewer);
        if (staff.visible || !holds_token) return staff;
    }
    if (holds_token) {
        // The reporter reads their own words; the token may be shared, so no contact details.
        return Visibility{true, true, false, false, true, true};
    }
    // The public: the published copy only, never who wrote it.
    if (!is_published(c)) return Visibility{};
    return Visibility{true, false, false, false, true, false};
}

bool shows_photo(const Complaint& complaint,
                 const Visibility& visibility,
                 std::string_view photo_id) {
    if (!visibility.visible) return false;
    const auto photos = visibility.original ? complaint.photos : public_copy(complaint).photos;
    return std::any_of(
        photos.begin(), photos.end(), [&](const Photo& p) { return p.id == photo_id; });
}

std::optional<InboxScope> inbox_scope_for(const StaffUser& viewer,
                                          const std::optional<std::string>& unit) {
    using C = InboxScope::Confidential;
    switch (viewer.role) {
        case Role::super_admin:
            return InboxScope{std::nullopt, C::all};
        case Role::leadership:
            return InboxScope{std::nullopt, C::escalated};
        case Role::auditor:
            return InboxScope{std::nullopt, C::none};
        case Role::privacy_officer:
            return std::nullopt;  // works on people's data, not in the inbox
        case Role::operator_:
        case Role::officer:
        case Role::unit_admin:
            break;
    }
    if (!unit || *unit == viewer.unit_code) return InboxScope{viewer.unit_code, C::all};
    const auto& below = viewer.units_below;
    if (std::find(below.begin(), below.end(), *unit) == below.end()) return std::nullopt;
    return InboxScope{std::nullopt, C::none};
}

std::optional<std::string> chat_scope_for(const StaffUser& viewer, std::string_view line_unit) {
    if (viewer.role == Role::super_admin) return std::nullopt;
    if (!line_unit.empty() && viewer.unit_code == line_unit) return std::nullopt;
    return viewer.unit_code;
}

CallerHistoryEntry caller_history_entry(const Complaint& complaint, const StaffUser& viewer) {
    if (!may(viewer.role, Duty::look_up_callers)) return CallerHistoryEntry::hidden;
    const auto v = visibility_for(complaint, viewer, false);
    if (v.reporter_contact) return CallerHistoryEntry::full;
    if (v.visible && v.reporter_name) return CallerHistoryEntry::summary;
    return CallerHistoryEntry::hidden;
}

}  // namespace tanggap::domain

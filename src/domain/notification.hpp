#pragma once
// In-app notifications: reminders to a unit before a deadline passes, escalations to Diskominfo
// and the Bupati after. The table is also the outbound queue the channels deliver from.

#include "domain/staff.hpp"
#include "domain/time.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace tanggap::domain {

// dispatch: an emergency from the 112 line, for the unit on duty, at once.
enum class NotificationKind { reminder, escalation, archive, dispatch };

std::string_view to_string(NotificationKind kind);
std::optional<NotificationKind> parse_notification_kind(std::string_view text);

struct Notification {
    std::int64_t id = 0;  // set by the store, ascending
    // Who it is for: the staff of one unit, or everyone holding a role (super_admin, leadership).
    std::string unit_code;
    std::optional<Role> role;
    std::int64_t complaint_id = 0;
    std::string ticket;
    NotificationKind kind = NotificationKind::reminder;
    int level = 0;  // reminder number, or the escalation level reached
    std::string text;
    Timestamp created_at;
};

}  // namespace tanggap::domain

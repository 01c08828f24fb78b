#include "domain/notification.hpp"

namespace tanggap::domain {

std::string_view to_string(NotificationKind kind) {
    switch (kind) {
        case NotificationKind::reminder:
            return "reminder";
        case NotificationKind::escalation:
            return "escalation";
        case NotificationKind::archive:
            return "archive";
    }
    return "reminder";
}

std::optional<NotificationKind> parse_notification_kind(std::string_view text) {
    for (auto kind :
         {NotificationKind::reminder, NotificationKind::escalation, NotificationKind::archive}) {
        if (to_string(kind) == text) return kind;
    }
    return std::nullopt;
}

bool addressed_to(const Notification& notification, const StaffUser& viewer) {
    if (notification.role) return *notification.role == viewer.role;
    return !notification.unit_code.empty() && notification.unit_code == viewer.unit_code;
}

}  // namespace tanggap::domain

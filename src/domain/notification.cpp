#include "domain/notification.hpp"

#include "domain/names.hpp"

namespace tanggap::domain {
namespace {

constexpr NameTable<NotificationKind, 4> kKindNames{{
    {NotificationKind::reminder, "reminder"},
    {NotificationKind::escalation, "escalation"},
    {NotificationKind::archive, "archive"},
    {NotificationKind::dispatch, "dispatch"},
}};

}  // namespace

std::string_view to_string(NotificationKind kind) { return name_of(kKindNames, kind); }

std::optional<NotificationKind> parse_notification_kind(std::string_view text) {
    return parse_name(kKindNames, text);
}

}  // namespace tanggap::domain

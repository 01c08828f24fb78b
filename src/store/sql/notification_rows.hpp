#pragma once
// The `notifications` table (migrations/0003_escalation.sql). Internal to the SQLite back end.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <vector>

namespace tanggap::store::sql {

core::Result<std::vector<domain::Notification>> read_notifications(Connection& db,
                                                                   const NotificationQuery& query);

// Sets notification.id. Errors: not_found (field "complaint_id") for an unknown complaint.
core::Result<void> insert_notification_row(Connection& db, domain::Notification& notification);

}  // namespace tanggap::store::sql

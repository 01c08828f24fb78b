#pragma once
// Notifications to staff: stored for the console and, in the same transaction, queued in the
// outbox for every active staff member of their audience who can be reached outside it
// (domain/staff_notice.hpp). A rolled-back transaction leaves neither.

#include "domain/notification.hpp"
#include "domain/outbound.hpp"
#include "store/store.hpp"

namespace tanggap::service {

// Sets notification.id. Errors: those of the store.
core::Result<void> notify_staff(store::WriteTx& tx,
                                domain::Notification& notification,
                                const domain::Outreach& outreach);

}  // namespace tanggap::service

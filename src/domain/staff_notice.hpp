#pragma once
// A notification (reminder, escalation, archive, 112 dispatch) told to a staff member outside
// the console, through the outbox: by e-mail when they have an address and the installation
// sends e-mail, else by SMS. WhatsApp is left out: outside the 24-hour window Meta takes only
// approved templates, and an officer rarely writes to the complaint line first.

#include "domain/notification.hpp"
#include "domain/outbound.hpp"
#include "domain/staff.hpp"

#include <optional>
#include <vector>

namespace tanggap::domain {

// Who hears of a notification: the officers and unit admins of its unit (operators take calls,
// they do not answer complaints), or everyone holding its role.
std::vector<Role> roles_told(const Notification& notification);

// The message to `user`, or nullopt when they cannot be reached (no address for a configured
// channel, or switched off). One message per notification and user (the idempotency key), so a
// retried transaction queues nothing twice.
std::optional<Outbound> staff_notice(const Notification& notification,
                                     const StaffUser& user,
                                     const Outreach& outreach);

}  // namespace tanggap::domain

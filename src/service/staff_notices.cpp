#include "service/staff_notices.hpp"

#include "domain/staff_notice.hpp"

namespace tanggap::service {

core::Result<void> notify_staff(store::WriteTx& tx,
                                domain::Notification& notification,
                                const domain::Outreach& outreach) {
    if (auto stored = tx.insert_notification(notification); !stored) return stored;
    // WhatsApp does not carry staff notices (domain/staff_notice.hpp): no lookup without e-mail
    // or SMS, which keeps the sweep as cheap as before where neither is configured.
    if (!outreach.email && !outreach.sms) return {};
    store::StaffQuery audience;
    if (!notification.role) audience.unit_code = notification.unit_code;
    audience.roles = domain::roles_told(notification);
    auto staff = tx.staff(audience);
    if (!staff) return staff.error();
    for (const auto& user : *staff) {
        auto message = domain::staff_notice(notification, user, outreach);
        if (!message) continue;
        if (auto queued = tx.insert_outbound(*message); !queued) return queued.error();
    }
    return {};
}

}  // namespace tanggap::service

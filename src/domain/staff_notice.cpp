#include "domain/staff_notice.hpp"

#include "domain/submission.hpp"

namespace tanggap::domain {
namespace {

std::string subject_of(const Notification& n) {
    switch (n.kind) {
        case NotificationKind::reminder:
            return "Pengingat tenggat " + n.ticket;
        case NotificationKind::escalation:
            return "Eskalasi level " + std::to_string(n.level) + ": " + n.ticket;
        case NotificationKind::archive:
            return "Diarsipkan otomatis: " + n.ticket;
        case NotificationKind::dispatch:
            return "DARURAT 112: " + n.ticket;
    }
    return n.ticket;
}

}  // namespace

std::vector<Role> roles_told(const Notification& n) {
    if (n.role) return {*n.role};
    return {Role::officer, Role::unit_admin};
}

std::optional<Outbound> staff_notice(const Notification& n,
                                     const StaffUser& user,
                                     const Outreach& outreach) {
    if (!user.active) return std::nullopt;
    Outbound m;
    const auto phone = normalize_phone(user.phone);
    if (outreach.email && !user.email.empty()) {
        m.channel = OutboundChannel::email;
        m.recipient = user.email;
    } else if (outreach.sms && phone) {
        m.channel = OutboundChannel::sms;
        m.recipient = phone->substr(1);  // providers take the digits of +62...
    } else {
        return std::nullopt;
    }
    m.idempotency_key = "staff:" + std::to_string(n.id) + ":" + std::to_string(user.id);
    m.complaint_id = n.complaint_id;
    m.ticket = n.ticket;
    m.purpose = OutboundPurpose::staff_notice;
    m.subject = "[Tanggap] " + subject_of(n);
    const std::string link =
        outreach.console_base_url.empty() ? "" : outreach.console_base_url + n.ticket;
    if (m.channel == OutboundChannel::email) {
        m.body = "Yth. " + (user.display_name.empty() ? user.username : user.display_name) +
                 ",\n\n" + n.text + (link.empty() ? "" : "\n\nBuka pengaduan: " + link) +
                 "\n\nPesan otomatis dari Tanggap; jangan dibalas.";
    } else {
        m.body = subject_of(n) + ". " + n.text + (link.empty() ? "" : " " + link);
    }
    m.next_attempt_at = n.created_at;
    m.created_at = n.created_at;
    return m;
}

}  // namespace tanggap::domain

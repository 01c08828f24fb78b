#include "domain/audit.hpp"

#include <chrono>

namespace tanggap::domain {
namespace {

std::string millis(Timestamp at) {
    return std::to_string(
        std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count());
}

}  // namespace

std::string audit_commitment_text(const AuditEntry& e) {
    return "tanggap-audit-commitment-v1\n" + e.nonce + "\n" + e.actor + "\n" + e.detail;
}

std::string audit_chain_text(const AuditEntry& e) {
    return "tanggap-audit-v1\n" + std::to_string(e.seq) + "\n" + millis(e.at) + "\n" + e.action +
           "\n" + e.ticket + "\n" + e.commitment + "\n" + e.prev_hash;
}

bool is_erased(const AuditEntry& e) {
    return e.nonce.empty() && e.actor == kAuditTombstone && e.detail == kAuditTombstone;
}

std::optional<std::string_view> audited_view(const Complaint& c, const Visibility& v) {
    if (!v.visible) return std::nullopt;
    if (c.confidential) return audit_action::view_confidential;
    if (v.reporter_contact && (!c.reporter.phone.empty() || !c.reporter.email.empty())) {
        return audit_action::view_contact;
    }
    return std::nullopt;
}

std::string audit_seal_text(const AuditSeal& s) {
    return "tanggap-audit-seal-v1\n" + s.day + "\n" + std::to_string(s.last_seq) + "\n" +
           s.head_hash;
}

}  // namespace tanggap::domain

#pragma once
// The audit log: every staff and admin action, appended and never changed, for the Inspektorat
// and the super admin. Each entry carries the hash of the one before (a chain) and each day is
// sealed with a signature whose key lives outside the database, so that a row changed or
// removed by hand shows (service/audit_log.hpp computes and checks both).
//
// Personal data in an entry (the actor's name, the detail) is covered by a commitment, not
// hashed raw: erasing a person (UU PDP) replaces the values with a tombstone and the chain
// still verifies.

#include "domain/staff.hpp"
#include "domain/time.hpp"
#include "domain/visibility.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::domain {

// What was done, one dotted word each.
namespace audit_action {
inline constexpr std::string_view sign_in = "auth.sign_in";
inline constexpr std::string_view sign_in_failed = "auth.sign_in_failed";
inline constexpr std::string_view sign_out = "auth.sign_out";
inline constexpr std::string_view view_confidential = "complaint.view_confidential";
inline constexpr std::string_view view_contact = "complaint.view_contact";
inline constexpr std::string_view complaint_prefix = "complaint.";  // + the action's name
inline constexpr std::string_view publish = "complaint.publish";
inline constexpr std::string_view intake = "complaint.intake";
inline constexpr std::string_view user_change = "admin.user";
inline constexpr std::string_view unit_change = "admin.unit";
inline constexpr std::string_view category_change = "admin.category";
inline constexpr std::string_view policy_change = "admin.deadline_policy";
inline constexpr std::string_view holidays_change = "admin.holidays";
inline constexpr std::string_view outbox_requeue = "admin.outbox_requeue";
inline constexpr std::string_view export_file = "export";
inline constexpr std::string_view privacy_export = "privacy.export";
inline constexpr std::string_view privacy_erase = "privacy.erase";
inline constexpr std::string_view retention = "privacy.retention";
inline constexpr std::string_view breach_record = "privacy.breach";
inline constexpr std::string_view breach_notify = "privacy.breach_notify";
inline constexpr std::string_view breach_letters = "privacy.breach_letters";
}  // namespace audit_action

// The word written in place of an erased value.
inline constexpr std::string_view kAuditTombstone = "[dihapus]";

struct AuditEntry {
    std::int64_t seq = 0;  // 1, 2, ... over the whole installation
    Timestamp at;
    std::string actor;   // the staff username; for a failed sign-in, the name tried
    std::string action;  // an audit_action word
    std::string ticket;  // the complaint's ticket, "" when none
    std::string detail;  // what changed, in words ("status diverifikasi -> didisposisikan")
    // SHA-256 (hex) of nonce, actor and detail (audit_commitment_text); the nonce is random per
    // entry and emptied with the values when they are erased.
    std::string nonce;
    std::string commitment;
    std::string prev_hash;  // hash of entry seq - 1; 64 zeros for the first
    std::string hash;       // SHA-256 (hex) of audit_chain_text()
};

inline constexpr std::string_view kAuditGenesis =
    "0000000000000000000000000000000000000000000000000000000000000000";

// The texts that are hashed; one field per line, so that no two entries share a text.
std::string audit_commitment_text(const AuditEntry& entry);
std::string audit_chain_text(const AuditEntry& entry);

// Whether the entry's personal values were erased (tombstones and no nonce).
bool is_erased(const AuditEntry& entry);

// One day's seal: the chain head at its last entry, signed (Ed25519) by the installation's
// audit key. `day` is the installation's local date, "2026-12-07".
struct AuditSeal {
    std::string day;
    std::int64_t last_seq = 0;
    std::string head_hash;
    std::string signature;  // hex
    Timestamp sealed_at;
};

// Whether showing `complaint` with `visibility` is itself recorded: a confidential complaint
// (view_confidential), or a reporter's phone or e-mail (view_contact). nullopt otherwise.
std::optional<std::string_view> audited_view(const Complaint& complaint,
                                             const Visibility& visibility);

// The text a seal signs.
std::string audit_seal_text(const AuditSeal& seal);

}  // namespace tanggap::domain

#pragma once
// The audit log's use cases (domain/audit.hpp): appending an entry in the same transaction as
// the action it records, sealing each finished day with the installation's Ed25519 key, and
// verifying the whole log against the public key (`tanggap audit verify`).
//
// The chain alone shows a row changed or removed by someone who did not recompute the hashes
// after it; the seals show the rest, because only the key's holder can sign a new head and the
// key is kept outside the database (--audit-key, a file beside it).

#include "core/error.hpp"
#include "domain/audit.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace tanggap::service {

using core::Result;

struct AuditRecord {
    std::string actor;   // the staff username (for a failed sign-in, the name tried)
    std::string action;  // a domain::audit_action word
    std::string ticket;  // "" when none
    std::string detail;  // what changed, in words
};

// Appends `record` at `now` as the entry after the head, which it locks until `tx` ends.
Result<domain::AuditEntry> record_audit(store::WriteTx& tx,
                                        const AuditRecord& record,
                                        domain::Timestamp now);

// Seals every day of the installation's calendar that ended before `now` and holds entries
// after the last seal, each at its last entry. Returns how many days it sealed.
Result<int> seal_audit_days(store::WriteTx& tx, std::string_view secret_key, domain::Timestamp now);

struct AuditVerdict {
    bool intact = true;
    std::int64_t entries = 0;         // walked
    int seals = 0;                    // checked
    std::int64_t sealed_through = 0;  // the last sealed entry
    std::int64_t first_bad_seq = 0;   // 0 when intact
    std::string problem;              // in words, naming the entry or the day
};

// Walks the whole log: numbers without gaps, each commitment (unless erased) and hash
// recomputed, each link to the entry before, the head, and every seal's signature and hash.
Result<AuditVerdict> verify_audit(store::ReadTx& tx, std::string_view public_key);

}  // namespace tanggap::service

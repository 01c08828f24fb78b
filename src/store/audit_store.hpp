#pragma once
// The audit log (domain/audit.hpp): appended under a lock on its head, read by the auditors'
// page and walked end to end by the verifier. One narrow part of the store (store.hpp
// composes the transactions of all of them); both back ends implement it and
// tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/audit.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::store {

using core::Result;

// GET /api/v1/admin/audit: newest first.
struct AuditQuery {
    std::optional<std::string> actor;
    std::optional<std::string> action;
    std::optional<std::string> ticket;
    std::optional<domain::Timestamp> since;  // at >= since
    std::optional<domain::Timestamp> until;  // at < until
    std::int64_t before_seq = 0;             // > 0: only entries before it (the next page)
    int limit = 50;                          // clamped to 1..200
};

// The last entry: seq 0 and kAuditGenesis while the log is empty.
struct AuditHead {
    std::int64_t seq = 0;
    std::string hash;
    std::optional<domain::Timestamp> at;
};

class AuditReads {
  public:
    virtual ~AuditReads() = default;

    virtual Result<std::vector<domain::AuditEntry>> audit_entries(const AuditQuery& query) = 0;

    // Entries with seq > after_seq in ascending order, at most `limit`: the verifier's walk.
    virtual Result<std::vector<domain::AuditEntry>> audit_chain(std::int64_t after_seq,
                                                                int limit) = 0;

    virtual Result<AuditHead> audit_head() = 0;

    // Every seal, by day ascending.
    virtual Result<std::vector<domain::AuditSeal>> audit_seals() = 0;
};

class AuditWrites {
  public:
    virtual ~AuditWrites() = default;

    // The head, locked until the transaction ends: appends from several servers take turns.
    virtual Result<AuditHead> lock_audit_head() = 0;

    // Stores `entry` (seq must be the head's + 1) and makes it the head.
    // Errors: conflict (field "seq") when another entry took that number.
    virtual Result<void> append_audit(const domain::AuditEntry& entry) = 0;

    // Errors: conflict (field "day") when the day is sealed already.
    virtual Result<void> insert_audit_seal(const domain::AuditSeal& seal) = 0;

    // Erasure of a person (UU PDP): the entries whose actor is `actor` keep their numbers,
    // times, actions, tickets and hashes; actor, detail and nonce become tombstones. Returns
    // how many entries changed.
    virtual Result<std::int64_t> erase_audit_actor(const std::string& actor) = 0;
};

}  // namespace tanggap::store

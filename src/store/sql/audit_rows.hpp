#pragma once
// The audit log's rows (0014_audit_log.sql): ReadTx and WriteTx's audit methods as SQL.
// Internal to the SQL back ends.
//
// Thread-safety: none; each call uses one connection on its thread, inside the caller's
// transaction.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

namespace tanggap::store::sql {

inline constexpr int kAuditMaxLimit = 200;

core::Result<std::vector<domain::AuditEntry>> read_audit_entries(Connection& db,
                                                                 const AuditQuery& query);
core::Result<std::vector<domain::AuditEntry>> read_audit_chain(Connection& db,
                                                               std::int64_t after_seq,
                                                               int limit);
// `lock`: hold the row until the transaction ends (on PostgreSQL; SQLite has one writer).
core::Result<AuditHead> read_audit_head(Connection& db, bool lock);
core::Result<std::vector<domain::AuditSeal>> read_audit_seals(Connection& db);
core::Result<void> write_audit_entry(Connection& db, const domain::AuditEntry& entry);
core::Result<void> write_audit_seal(Connection& db, const domain::AuditSeal& seal);
core::Result<std::int64_t> erase_audit_actor(Connection& db, const std::string& actor);

}  // namespace tanggap::store::sql

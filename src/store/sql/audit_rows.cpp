#include "store/sql/audit_rows.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>
#include <string>

namespace tanggap::store::sql {
namespace {

using core::ErrorCode;
using core::make_error;

constexpr std::string_view kEntryColumns =
    "seq, at, actor, action, ticket, detail, nonce, commitment, prev_hash, hash";

core::Result<domain::AuditEntry> read_entry(const Statement& row) {
    domain::AuditEntry e;
    e.seq = row.column_int(0);
    e.at = from_millis(row.column_int(1));
    e.actor = row.column_text(2);
    e.action = row.column_text(3);
    e.ticket = row.column_text(4);
    e.detail = row.column_text(5);
    e.nonce = row.column_text(6);
    e.commitment = row.column_text(7);
    e.prev_hash = row.column_text(8);
    e.hash = row.column_text(9);
    return e;
}

core::Result<domain::AuditSeal> read_seal(const Statement& row) {
    return domain::AuditSeal{row.column_text(0),
                             row.column_int(1),
                             row.column_text(2),
                             row.column_text(3),
                             from_millis(row.column_int(4))};
}

}  // namespace

core::Result<std::vector<domain::AuditEntry>> read_audit_entries(Connection& db,
                                                                 const AuditQuery& query) {
    std::string sql = "SELECT " + std::string(kEntryColumns) + " FROM audit_log WHERE 1 = 1";
    if (query.actor) sql += " AND actor = :actor";
    if (query.action) sql += " AND action = :action";
    if (query.ticket) sql += " AND ticket = :ticket";
    if (query.since) sql += " AND at >= :since";
    if (query.until) sql += " AND at < :until";
    if (query.before_seq > 0) sql += " AND seq < :before";
    sql += " ORDER BY seq DESC LIMIT :limit";
    auto select = db.prepare(sql);
    if (!select) return select.error();
    Statement& s = **select;
    if (query.actor) s.bind_text(s.parameter_index(":actor"), *query.actor);
    if (query.action) s.bind_text(s.parameter_index(":action"), *query.action);
    if (query.ticket) s.bind_text(s.parameter_index(":ticket"), *query.ticket);
    if (query.since) s.bind_int(s.parameter_index(":since"), to_millis(*query.since));
    if (query.until) s.bind_int(s.parameter_index(":until"), to_millis(*query.until));
    if (query.before_seq > 0) s.bind_int(s.parameter_index(":before"), query.before_seq);
    s.bind_int(s.parameter_index(":limit"), std::clamp(query.limit, 1, kAuditMaxLimit));
    return collect_rows<domain::AuditEntry>(s, read_entry);
}

core::Result<std::vector<domain::AuditEntry>> read_audit_chain(Connection& db,
                                                               std::int64_t after_seq,
                                                               int limit) {
    static const std::string kSql = "SELECT " + std::string(kEntryColumns) +
                                    " FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2";
    auto select = db.prepare(kSql);
    if (!select) return select.error();
    (*select)->bind_int(1, after_seq);
    (*select)->bind_int(2, std::max(limit, 1));
    return collect_rows<domain::AuditEntry>(**select, read_entry);
}

core::Result<AuditHead> read_audit_head(Connection& db, bool lock) {
    if (lock) {
        // The row exists from the first append on; creating it here gives the lock a row.
        auto create = db.prepare(
            "INSERT INTO audit_head (id, seq, hash, at) VALUES (1, 0, ?1, NULL)"
            " ON CONFLICT (id) DO NOTHING");
        if (!create) return create.error();
        (*create)->bind_text(1, domain::kAuditGenesis);
        if (auto r = (*create)->run(); !r) return r.error();
    }
    const bool row_lock = lock && db.dialect() == Dialect::postgresql;
    auto select = db.prepare(std::string("SELECT seq, hash, at FROM audit_head WHERE id = 1") +
                             (row_lock ? " FOR UPDATE" : ""));
    if (!select) return select.error();
    auto row = (*select)->step();
    if (!row) return row.error();
    if (!*row) return AuditHead{0, std::string(domain::kAuditGenesis), std::nullopt};
    AuditHead head{(*select)->column_int(0), (*select)->column_text(1), std::nullopt};
    if (auto at = (*select)->column_int_or_null(2)) head.at = from_millis(*at);
    if (auto done = (*select)->run(); !done) return done.error();
    return head;
}

core::Result<std::vector<domain::AuditSeal>> read_audit_seals(Connection& db) {
    auto select = db.prepare(
        "SELECT day, last_seq, head_hash, signature, sealed_at FROM audit_seals ORDER BY day");
    if (!select) return select.error();
    return collect_rows<domain::AuditSeal>(**select, read_seal);
}

core::Result<void> write_audit_entry(Connection& db, const domain::AuditEntry& e) {
    // The head moves only from the number before: a second writer that read the same head
    // finds nothing to update and its entry is refused.
    auto head = db.prepare(
        "UPDATE audit_head SET seq = ?1, hash = ?2, at = ?3 WHERE id = 1 AND seq = ?1 - 1"
        " RETURNING seq");
    if (!head) return head.error();
    (*head)->bind_int(1, e.seq);
    (*head)->bind_text(2, e.hash);
    (*head)->bind_int(3, to_millis(e.at));
    auto moved = (*head)->step();
    if (!moved) return moved.error();
    if (!*moved) {
        return make_error(ErrorCode::conflict, "Nomor entri audit sudah terpakai.", "seq");
    }
    if (auto done = (*head)->run(); !done) return done.error();

    auto insert = db.prepare("INSERT INTO audit_log (" + std::string(kEntryColumns) +
                             ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_int(1, e.seq);
    s.bind_int(2, to_millis(e.at));
    s.bind_text(3, e.actor);
    s.bind_text(4, e.action);
    s.bind_text(5, e.ticket);
    s.bind_text(6, e.detail);
    s.bind_text(7, e.nonce);
    s.bind_text(8, e.commitment);
    s.bind_text(9, e.prev_hash);
    s.bind_text(10, e.hash);
    if (auto r = s.run(); !r) return r.error();
    return {};
}

core::Result<void> write_audit_seal(Connection& db, const domain::AuditSeal& seal) {
    auto insert = db.prepare(
        "INSERT INTO audit_seals (day, last_seq, head_hash, signature, sealed_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (day) DO NOTHING RETURNING day");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, seal.day);
    s.bind_int(2, seal.last_seq);
    s.bind_text(3, seal.head_hash);
    s.bind_text(4, seal.signature);
    s.bind_int(5, to_millis(seal.sealed_at));
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return make_error(ErrorCode::conflict, "Hari ini sudah disegel.", "day");
    if (auto done = s.run(); !done) return done.error();
    return {};
}

core::Result<std::int64_t> erase_audit_actor(Connection& db, const std::string& actor) {
    auto update = db.prepare(
        "UPDATE audit_log SET actor = ?2, detail = ?2, nonce = '' WHERE actor = ?1 RETURNING seq");
    if (!update) return update.error();
    (*update)->bind_text(1, actor);
    (*update)->bind_text(2, domain::kAuditTombstone);
    std::int64_t changed = 0;
    for (;;) {
        auto row = (*update)->step();
        if (!row) return row.error();
        if (!*row) break;
        ++changed;
    }
    return changed;
}

}  // namespace tanggap::store::sql

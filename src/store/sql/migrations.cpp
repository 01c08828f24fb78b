#include "store/sql/migrations.hpp"

#include "store/sql/store_errors.hpp"

#include <chrono>
#include <set>
#include <string>

namespace tanggap::store::sql {
namespace {

constexpr std::string_view kCreateLedger =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version BIGINT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at BIGINT NOT NULL)";

core::Result<std::set<int>> applied_versions(Connection& db) {
    auto select = db.prepare("SELECT version FROM schema_migrations");
    if (!select) return select.error();
    std::set<int> versions;
    for (;;) {
        auto row = (*select)->step();
        if (!row) return row.error();
        if (!*row) return versions;
        versions.insert(static_cast<int>((*select)->column_int(0)));
    }
}

// Opens a transaction that no other process migrating the same database runs beside, with
// the ledger in place.
core::Result<void> begin_migrating(Connection& db) {
    if (db.dialect() == Dialect::sqlite) {
        if (auto r = db.exec("BEGIN IMMEDIATE"); !r) return r.error();
    } else {
        // Any constant both processes agree on; held until COMMIT or ROLLBACK.
        if (auto r = db.exec("BEGIN; SELECT pg_advisory_xact_lock(742612)"); !r) return r.error();
    }
    if (auto r = db.exec(kCreateLedger); !r) {
        (void)db.exec("ROLLBACK");
        return r.error();
    }
    return {};
}

// Applies one migration unless another process did since we looked.
core::Result<bool> apply_one(Connection& db, const Migration& migration) {
    if (auto r = begin_migrating(db); !r) return r.error();
    auto outcome = [&]() -> core::Result<bool> {
        auto applied = applied_versions(db);
        if (!applied) return applied.error();
        if (applied->contains(migration.version)) return false;
        if (auto r = db.exec(migration.sql); !r) return r.error();
        auto record = db.prepare(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)");
        if (!record) return record.error();
        const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
        (*record)->bind_int(1, migration.version);
        (*record)->bind_text(2, migration.name);
        (*record)->bind_int(3, now.time_since_epoch().count());
        if (auto r = (*record)->run(); !r) return r.error();
        return true;
    }();
    if (!outcome) {
        (void)db.exec("ROLLBACK");
        return outcome;
    }
    if (auto r = db.exec("COMMIT"); !r) {
        (void)db.exec("ROLLBACK");
        return r.error();
    }
    return outcome;
}

}  // namespace

core::Result<int> apply_migrations(Connection& db, std::span<const Migration> migrations) {
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != static_cast<int>(i + 1)) {
            return internal_error("migration " + std::string(migrations[i].name) +
                                  " is out of sequence: expected version " + std::to_string(i + 1));
        }
    }
    if (auto r = begin_migrating(db); !r) return r.error();
    auto applied = applied_versions(db);
    (void)db.exec(applied ? "COMMIT" : "ROLLBACK");
    if (!applied) return applied.error();
    const int known = static_cast<int>(migrations.size());
    if (!applied->empty() && *applied->rbegin() > known) {
        const std::string message =
            "Skema basis data (versi " + std::to_string(*applied->rbegin()) +
            ") lebih baru daripada program ini (versi " + std::to_string(known) + ").";
        log_store_error(message);
        return core::make_error(core::ErrorCode::unavailable, message);
    }

    int count = 0;
    for (const auto& migration : migrations) {
        if (applied->contains(migration.version)) continue;
        auto done = apply_one(db, migration);
        if (!done) {
            log_store_error("migration " + std::string(migration.name) +
                            " failed: " + done.error().message);
            return done.error();
        }
        if (*done) ++count;
    }
    return count;
}

}  // namespace tanggap::store::sql

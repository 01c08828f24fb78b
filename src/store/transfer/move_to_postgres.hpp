#pragma once
// `tanggap migrate-data`: moves an embedded (SQLite) installation into a PostgreSQL database,
// every row of every table (complaints, their events, units and photos' records, staff and
// their sessions, the outbox, chats, deadline settings, ...), verified table by table by row
// counts and checksums before anything is committed. The photo files themselves stay in the
// data directory, which the PostgreSQL servers are then started with (--data).

#include "core/error.hpp"
#include "store/transfer/table_digest.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store::transfer {

struct MovedTable {
    std::string table;
    TableDigest source;
    TableDigest target;  // equal to source in a report that came back as a value
};

struct MoveReport {
    int schema_version = 0;              // of both stores
    std::vector<MovedTable> tables;      // in the order they were copied (parents first)
    std::vector<std::string> photo_ids;  // the complaint photos the moved rows reference
};

struct MoveOptions {
    std::string sqlite_path;   // the embedded store's database file (<data>/tanggap.db)
    std::string postgres_uri;  // postgresql://...; the database must exist
    std::function<void(std::string_view)> progress;  // a line per step, for the operator; optional
};

// Migrates the target to this binary's schema, then in ONE PostgreSQL transaction, so nothing is
// ever left half-moved: locks every table against writers; refuses unless every table is empty;
// copies the tables in reference order (parents first), keeping every id; moves each identity
// sequence past the highest id copied; reads every table back and compares its row count and
// checksum with the source's; commits only when all agree.
// The source is only read, in one snapshot: stop the embedded server first, or what it writes
// after the snapshot stays behind.
// Errors: invalid_field, field "from": no store there, a schema version other than the target's,
// tables or columns that differ; conflict, field "to": the target already holds rows (the
// message names a table); unavailable: either database fails; internal: a table read back
// differs from its source (named; nothing was committed).
core::Result<MoveReport> move_embedded_store(const MoveOptions& options);

// Compares every table of the two stores (row counts and checksums) and changes neither; for
// checking a move again before the servers start. A table that differs is in the report with
// source != target. Errors as move_embedded_store(), except that the target is not migrated
// and may hold rows.
core::Result<MoveReport> compare_stores(const MoveOptions& options);

}  // namespace tanggap::store::transfer

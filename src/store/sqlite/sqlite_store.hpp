#pragma once
// The embedded SQLite back end of the store (see store/store.hpp for the contract). The only
// header of src/store/sqlite meant for other layers; it does not expose SQLite itself.
//
// Shape: one writer thread owns the only read-write connection and commits queued write jobs in
// batches (group commit: one fsync per batch, WAL mode with synchronous=FULL); a small pool of
// reader threads each owns a read-only connection. Schema changes are the numbered migrations
// in migrations/, built into the binary and applied when the store opens.
//
// Behaviour beyond store.hpp:
//  - write(): the writer takes up to `max_batch` queued jobs, runs BEGIN IMMEDIATE, each job in
//    its own SAVEPOINT (a job that fails, or throws, is rolled back alone; a throw is logged and
//    reported as `internal`), then COMMIT, and only then calls each `done` in queue order on the
//    writer thread. If the transaction fails as a whole, its jobs get `unavailable`.
//  - read(): the job runs on a reader thread inside BEGIN ... COMMIT (one snapshot, taken at
//    its first query). A job that throws is logged; it must answer its caller itself.
//  - After close(), write() calls `done(unavailable)` and read() runs the job with a ReadTx that
//    answers `unavailable` to everything, both at once on the calling thread.
//  - ReadTx::inbox(): items have the complaint's own fields and feedback; their photos and
//    handling units are left empty (complaint_by_ticket() fills them). `limit` is clamped to
//    1..200. ReadTx::count_by_status() lists every status, 0 when no complaint has it.
//  - ping() runs a query on a connection of its own (serialised by a mutex), so it answers at
//    once even while the readers are busy; false after close().
//  - backup_to() copies with SQLite's online backup API from a fresh connection, in one read
//    snapshot, into `path`.tmp, then renames it over `path`: `path` is never half written.
//  - close() must not be called from a job or a done callback (it joins the store's threads).
//    The destructor closes.

#include "store/store.hpp"

#include <memory>
#include <string>

namespace tanggap::store::sqlite {

struct SqliteOptions {
    std::string path;        // the database file; its directory is created if missing
    int reader_threads = 2;  // read-only connections, one thread each (at least 1)
    int max_batch = 256;     // most write jobs in one transaction (at least 1)
};

// Opens the store at options.path, creating the file and its directory if missing, applies
// pending migrations and starts the threads.
// Errors: invalid_field (field "path") for an empty path; unavailable when the directory or the
// database cannot be created or opened, a migration fails, or the database was migrated by a
// newer version of Tanggap.
Result<std::unique_ptr<Store>> open_sqlite_store(const SqliteOptions& options);

// Applies pending migrations to the database at `path` (created if missing) and returns how
// many were applied (0 when up to date). Safe while a server has the same store open.
// Errors: as open_sqlite_store().
Result<int> migrate(const std::string& path);

}  // namespace tanggap::store::sqlite

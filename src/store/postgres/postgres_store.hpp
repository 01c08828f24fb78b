#pragma once
// The PostgreSQL back end of the store (see store/store.hpp for the contract), for several
// `tanggap serve` processes sharing one database. The only header of src/store/postgres meant
// for other layers; it does not expose libpq.
//
// Shape: as the SQLite back end (sql/threaded_store.hpp): in each process one writer thread
// owns a read-write connection and commits write jobs in batches, a pool of reader threads each
// owns a connection and reads in a REPEATABLE READ, READ ONLY snapshot. The queries are the
// shared ones of store/sql. Between processes PostgreSQL does the rest: work queues are claimed
// with FOR UPDATE SKIP LOCKED and leases, a complaint being changed is locked (FOR UPDATE).
//
// Behaviour beyond store.hpp:
//  - a connection the server dropped (a restart, a failover) is opened again before the next
//    transaction; while the server is down, jobs fail with `unavailable` (HTTP 503) and
//    ping() is false; a write is acknowledged only after its COMMIT returned.
//  - backup_to() is refused: a PostgreSQL installation is backed up with pg_dump or
//    pg_basebackup (docs/DEPLOYMENT.md).

#include "store/store.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace tanggap::store::postgres {

struct PostgresOptions {
    std::string uri;  // postgresql://user@host:port/database?... (libpq syntax)
    // Connections of each process: this many readers, one writer and one for ping().
    int reader_connections = 4;
    int max_batch = 256;  // most write jobs in one transaction (at least 1)
};

// Whether `database` names a PostgreSQL database (postgresql:// or postgres://) rather than
// an embedded store's directory.
bool is_postgres_uri(std::string_view database);

// Connects, applies pending migrations and starts the threads.
// Errors: invalid_field (field "database") for an empty URI; unavailable when the server cannot
// be reached, a migration fails, or the database was migrated by a newer Tanggap.
Result<std::unique_ptr<Store>> open_postgres_store(const PostgresOptions& options);

// Applies pending migrations and returns how many were applied (0 when up to date). Safe while
// servers use the database (an advisory lock serialises migrators).
Result<int> migrate(const std::string& uri);

}  // namespace tanggap::store::postgres

#pragma once
// Numbered schema migrations (each back end's migrations/NNNN_name.sql, the same numbers and
// names on every back end), compiled into the binary and applied when a store opens, each in
// its own transaction, recorded in `schema_migrations`.

#include "core/error.hpp"
#include "store/sql/connection.hpp"

#include <span>
#include <string_view>

namespace tanggap::store::sql {

struct Migration {
    int version = 0;        // NNNN of the file name
    std::string_view name;  // the file name without ".sql"
    std::string_view sql;   // the file's text
};

// Applies every migration of `migrations` (versions 1, 2, ... in order) that `db` has not
// recorded yet, each in its own transaction holding the database's migration lock (SQLite: BEGIN
// IMMEDIATE; PostgreSQL: an advisory lock), so two processes migrating at once apply each
// migration once. Returns how many were applied (0 when up to date).
// Errors: unavailable when the database fails or records a version newer than the last of
// `migrations` (a newer binary migrated it); internal when `migrations` is not numbered 1..n.
core::Result<int> apply_migrations(Connection& db, std::span<const Migration> migrations);

}  // namespace tanggap::store::sql

#pragma once
// Numbered schema migrations (migrations/NNNN_name.sql), compiled into the binary and applied
// when a store opens, each in its own transaction, recorded in `schema_migrations`.

#include "domain/error.hpp"
#include "store/sqlite/connection.hpp"

#include <span>
#include <string_view>

namespace tanggap::store::sqlite {

struct Migration {
    int version = 0;        // NNNN of the file name
    std::string_view name;  // the file name without ".sql"
    std::string_view sql;   // the file's text
};

// The migrations built into this binary, by version (generated from migrations/*.sql by
// embed_migrations.cmake).
std::span<const Migration> embedded_migrations();

// Applies every migration of `migrations` (versions 1, 2, ... in order) that `db` has not
// recorded yet, each in its own BEGIN IMMEDIATE transaction, so two processes migrating at once
// apply each migration once. Returns how many were applied (0 when up to date).
// Errors: unavailable when the database fails or records a version newer than the last of
// `migrations` (a newer binary migrated it); internal when `migrations` is not numbered 1..n.
domain::Result<int> apply_migrations(Connection& db, std::span<const Migration> migrations);

}  // namespace tanggap::store::sqlite

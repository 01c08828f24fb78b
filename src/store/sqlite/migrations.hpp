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

// Applies every migration of `migrations` (ascending versions from 1) that `db` has not
// recorded yet, in order, each in its own BEGIN IMMEDIATE transaction, so two processes
// migrating at once apply each migration once. Returns how many were applied (0 when up to
// date).
//
// A version may be missing from the list: branches reserve their numbers, and a number may be
// merged after a higher one (0006 before 0005). What is applied is decided per version, not by
// the highest one recorded, so a database that has 0006 still gets 0005 when it arrives;
// migrations that share a gap must therefore not depend on each other's order.
// Errors: unavailable when the database fails or records a version newer than the last of
// `migrations` (a newer binary migrated it); internal when `migrations` does not start at 1
// or its versions do not ascend.
domain::Result<int> apply_migrations(Connection& db, std::span<const Migration> migrations);

}  // namespace tanggap::store::sqlite

#pragma once
// The SQLite migrations built into this binary, by version (generated from migrations/*.sql
// by sql/embed_migrations.cmake).

#include "store/sql/migrations.hpp"

#include <span>

namespace tanggap::store::sqlite {

std::span<const sql::Migration> embedded_migrations();

}  // namespace tanggap::store::sqlite

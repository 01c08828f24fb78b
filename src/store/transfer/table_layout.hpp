#pragma once
// The tables of a migrated store as a data move sees them: columns with the three value types
// the schema uses, the primary key that orders and pages the rows, and the identity column whose
// sequence must move past the copied ids. Read from PostgreSQL's catalog (the target decides
// what a row is); the embedded store's tables are then checked against it.

#include "core/error.hpp"

#include <string>
#include <vector>

namespace tanggap::store::sql {
class Connection;  // store/sql/connection.hpp: the callers, all in this folder, include it
}  // namespace tanggap::store::sql

namespace tanggap::store::transfer {

enum class ColumnType { integer, real, text };

struct Column {
    std::string name;
    ColumnType type = ColumnType::text;
};

struct TableLayout {
    std::string name;
    std::vector<Column> columns;  // in the table's order
    std::vector<int> key;         // indexes into columns: the primary key, in its order
    std::string identity;         // the identity column, or "" when there is none
};

// The tables of the current schema of the PostgreSQL connection `db`, except
// schema_migrations, with every table after the tables its foreign keys reference (so rows can
// be inserted in this order). Errors: unavailable from the database; internal for a column
// type or a table shape (no primary key, a reference cycle) a data move cannot handle.
core::Result<std::vector<TableLayout>> read_postgres_layouts(sql::Connection& db);

// Checks that the SQLite connection `db` has exactly these tables (besides schema_migrations
// and SQLite's own) and that each has every column of its layout. Errors: invalid_field
// (field "from") naming the first table or column that differs.
core::Result<void> check_sqlite_matches(sql::Connection& db,
                                        const std::vector<TableLayout>& layouts);

}  // namespace tanggap::store::transfer

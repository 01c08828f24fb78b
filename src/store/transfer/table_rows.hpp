#pragma once
// Rows of a table read and written through either back end's connection, as plain values:
// read in primary-key order a page at a time (keyset paging, so a table of millions of rows
// never sits in memory whole), written as multi-row INSERTs.

#include "core/error.hpp"
#include "store/sql/connection.hpp"
#include "store/transfer/table_layout.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace tanggap::store::transfer {

// monostate is NULL.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
using Row = std::vector<Value>;  // in the layout's column order

inline constexpr int kPageRows = 2000;

// Calls `on_page` with the rows of `layout` in `db`, in primary-key order, at most `page_rows`
// at a time; stops at the first error (of the database or of on_page).
core::Result<void> for_each_page(
    sql::Connection& db,
    const TableLayout& layout,
    const std::function<core::Result<void>(const std::vector<Row>&)>& on_page,
    int page_rows = kPageRows);

// Inserts `rows` into `layout`'s table, many rows to a statement.
core::Result<void> insert_rows(sql::Connection& db,
                               const TableLayout& layout,
                               const std::vector<Row>& rows);

// A double-quoted SQL identifier.
std::string quoted(const std::string& identifier);

}  // namespace tanggap::store::transfer

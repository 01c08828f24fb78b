#pragma once
// A table's rows summed up so the two ends of a data move can be compared: how many there are
// and a SHA-256 over every value in primary-key order, each value written the same way whichever
// back end it was read from (integers in decimal, reals with 17 significant digits, texts with
// their length, NULL as its own mark).

#include "core/error.hpp"
#include "store/transfer/table_layout.hpp"

#include <cstdint>
#include <string>

namespace tanggap::store::sql {
class Connection;  // store/sql/connection.hpp: the callers, all in this folder, include it
}  // namespace tanggap::store::sql

namespace tanggap::store::transfer {

struct TableDigest {
    std::int64_t rows = 0;
    std::string sha256;  // lower-case hex

    bool operator==(const TableDigest&) const = default;
};

core::Result<TableDigest> digest_table(sql::Connection& db, const TableLayout& layout);

}  // namespace tanggap::store::transfer

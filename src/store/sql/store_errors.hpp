#pragma once
// The errors every SQL back end reports the same way.

#include "core/error.hpp"

#include <string_view>

namespace tanggap::store::sql {

// The Error for "the store is not there" (closed, or failed to start a transaction).
core::Error unavailable_error();

// The Error for a bug found inside the back end (logged with `detail`).
core::Error internal_error(std::string_view detail);

// A unique key broken by a write, as a conflict naming the field the caller gave (ticket,
// username, code, ...). `columns` names the key as "table.column[, table.column...]".
core::Error unique_violation(std::string_view columns);

// A write that referenced a missing row (a foreign key).
core::Error foreign_key_violation();

// One line on stderr, prefixed "tanggap store: ". Thread-safe.
void log_store_error(std::string_view message);

}  // namespace tanggap::store::sql

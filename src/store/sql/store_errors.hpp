#pragma once
// The errors every SQL back end reports the same way.

#include "domain/error.hpp"

#include <string_view>

namespace tanggap::store::sql {

// The Error for "the store is not there" (closed, or failed to start a transaction).
domain::Error unavailable_error();

// The Error for a bug found inside the back end (logged with `detail`).
domain::Error internal_error(std::string_view detail);

// One line on stderr, prefixed "tanggap store: ". Thread-safe.
void log_store_error(std::string_view message);

}  // namespace tanggap::store::sql

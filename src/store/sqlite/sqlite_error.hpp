#pragma once
// Translation of SQLite result codes into the domain's error vocabulary. The only place that
// decides what a SQLite failure means to the layers above.

#include "core/error.hpp"
#include "store/sql/store_errors.hpp"

#include <string_view>

namespace tanggap::store::sqlite {

// Maps an extended result code and SQLite's own message (sqlite3_errmsg, logged, never shown)
// to an Error; `context` (e.g. the SQL) only goes to the log:
//  - a UNIQUE or PRIMARY KEY violation -> conflict, with the field named after the column
//    ("ticket" for complaints.ticket, "username" for staff_users.username, ...);
//  - a FOREIGN KEY violation -> invalid_field (a referenced record is missing);
//  - BUSY, LOCKED, IOERR, FULL, CANTOPEN, CORRUPT, NOTADB, READONLY, NOMEM, ... -> unavailable;
//  - anything else (SQL errors, CHECK/NOT NULL/trigger violations, misuse) -> internal, as it
//    means a bug in this back end or in the caller's validation.
// Unavailable and internal errors are logged to stderr with SQLite's message.
core::Error map_sqlite_error(int extended_code,
                             std::string_view sqlite_message,
                             std::string_view context = {});

// The errors every SQL back end reports alike (sql/store_errors.hpp).
using sql::internal_error;
using sql::log_store_error;
using sql::unavailable_error;

}  // namespace tanggap::store::sqlite

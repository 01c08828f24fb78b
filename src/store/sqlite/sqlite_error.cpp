#include "store/sqlite/sqlite_error.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <string>

namespace tanggap::store::sqlite {
namespace {

// SQLite says "UNIQUE constraint failed: table.column[, table.column...]".
core::Error unique_violation(std::string_view message) {
    constexpr std::string_view kPrefix = "constraint failed: ";
    const auto at = message.find(kPrefix);
    return sql::unique_violation(
        at == std::string_view::npos ? std::string_view{} : message.substr(at + kPrefix.size()));
}

}  // namespace

core::Error map_sqlite_error(int extended_code,
                             std::string_view sqlite_message,
                             std::string_view context) {
    switch (extended_code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
        case SQLITE_CONSTRAINT_ROWID:
            return unique_violation(sqlite_message);
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return sql::foreign_key_violation();
        default:
            break;
    }
    switch (extended_code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
        case SQLITE_IOERR:
        case SQLITE_FULL:
        case SQLITE_CANTOPEN:
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
        case SQLITE_READONLY:
        case SQLITE_NOMEM:
        case SQLITE_PROTOCOL:
        case SQLITE_PERM:
        case SQLITE_AUTH:
        case SQLITE_INTERRUPT:
        case SQLITE_ABORT: {
            std::string line = "unavailable (";
            line += sqlite3_errstr(extended_code);
            line += "): ";
            line += sqlite_message;
            if (!context.empty()) line.append(" in: ").append(context);
            log_store_error(line);
            return unavailable_error();
        }
        default: {
            std::string line = "internal (";
            line += sqlite3_errstr(extended_code);
            line += "): ";
            line += sqlite_message;
            if (!context.empty()) line.append(" in: ").append(context);
            return internal_error(line);
        }
    }
}

}  // namespace tanggap::store::sqlite

#include "store/sqlite/sqlite_error.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <string>

namespace tanggap::store::sqlite {
namespace {

using domain::ErrorCode;
using domain::make_error;

struct UniqueKey {
    std::string_view column;  // as SQLite names it in "UNIQUE constraint failed: <column>"
    std::string_view field;
    std::string_view message;
};

constexpr UniqueKey kUniqueKeys[] = {
    {"complaints.ticket", "ticket", "Nomor tiket sudah digunakan."},
    {"staff_users.username", "username", "Nama pengguna sudah digunakan."},
    {"complaint_photos.photo_id", "photos", "Foto dengan nomor ini sudah tersimpan."},
    {"staff_sessions.id_hash", "session", "Sesi ini sudah ada."},
    {"units.code", "code", "Kode unit sudah digunakan."},
    {"categories.code", "code", "Kode kategori sudah digunakan."},
    {"submission_keys.key_hash", "Idempotency-Key", "Laporan dengan kunci ini sudah tersimpan."},
};

domain::Error unique_violation(std::string_view message) {
    // SQLite says "UNIQUE constraint failed: table.column[, table.column...]".
    constexpr std::string_view kPrefix = "constraint failed: ";
    const auto at = message.find(kPrefix);
    const std::string_view columns =
        at == std::string_view::npos ? std::string_view{} : message.substr(at + kPrefix.size());
    for (const auto& key : kUniqueKeys) {
        if (columns == key.column) {
            return make_error(
                ErrorCode::conflict, std::string(key.message), std::string(key.field));
        }
    }
    return make_error(ErrorCode::conflict, "Data yang sama sudah tersimpan.");
}

}  // namespace

domain::Error map_sqlite_error(int extended_code,
                               std::string_view sqlite_message,
                               std::string_view context) {
    switch (extended_code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
        case SQLITE_CONSTRAINT_ROWID:
            return unique_violation(sqlite_message);
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return make_error(ErrorCode::invalid_field, "Data rujukan tidak ditemukan.");
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

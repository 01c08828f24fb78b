#include "store/sql/store_errors.hpp"

#include <cstdio>
#include <string>

namespace tanggap::store::sql {
namespace {

using core::ErrorCode;
using core::make_error;

struct UniqueKey {
    std::string_view column;  // "table.column[, table.column...]"
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
    {"submission_keys.key_hash", "Idempotency-Key", "Aduan dengan kunci ini sudah tersimpan."},
};

}  // namespace

core::Error unique_violation(std::string_view columns) {
    for (const auto& key : kUniqueKeys) {
        if (columns == key.column) {
            return make_error(
                ErrorCode::conflict, std::string(key.message), std::string(key.field));
        }
    }
    return make_error(ErrorCode::conflict, "Data yang sama sudah tersimpan.");
}

core::Error foreign_key_violation() {
    return make_error(ErrorCode::invalid_field, "Data rujukan tidak ditemukan.");
}

void log_store_error(std::string_view message) {
    // One fprintf per line keeps concurrent lines whole (stdio locks the stream).
    std::fprintf(stderr, "tanggap store: %.*s\n", static_cast<int>(message.size()), message.data());
}

core::Error unavailable_error() {
    return make_error(ErrorCode::unavailable,
                      "Penyimpanan data sedang tidak tersedia. Silakan coba lagi.");
}

core::Error internal_error(std::string_view detail) {
    log_store_error(detail);
    return make_error(ErrorCode::internal, "Terjadi kesalahan internal.");
}

}  // namespace tanggap::store::sql

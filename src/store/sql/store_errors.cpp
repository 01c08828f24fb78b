#include "store/sql/store_errors.hpp"

#include <cstdio>

namespace tanggap::store::sql {

using domain::ErrorCode;
using domain::make_error;

void log_store_error(std::string_view message) {
    // One fprintf per line keeps concurrent lines whole (stdio locks the stream).
    std::fprintf(
        stderr, "tanggap store: %.*s\n", static_cast<int>(message.size()), message.data());
}

domain::Error unavailable_error() {
    return make_error(ErrorCode::unavailable,
                      "Penyimpanan data sedang tidak tersedia. Silakan coba lagi.");
}

domain::Error internal_error(std::string_view detail) {
    log_store_error(detail);
    return make_error(ErrorCode::internal, "Terjadi kesalahan internal.");
}

}  // namespace tanggap::store::sql

#pragma once
// Online backup of a SQLite database file with sqlite3_backup_*.

#include "core/error.hpp"

#include <string>

namespace tanggap::store::sqlite {

// Copies the database at `source` into `target` in one read snapshot, so the copy is
// consistent while other connections keep writing. The copy goes to `target`.tmp (a
// self-contained file, rollback journal, synced) and is then renamed over `target`, so `target`
// is either untouched or complete. Creates `target`'s directory if missing.
// Errors: unavailable when either file cannot be opened, the copy fails or the disk is full.
core::Result<void> backup_database(const std::string& source, const std::string& target);

}  // namespace tanggap::store::sqlite

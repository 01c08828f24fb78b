#pragma once
// The audit log's signing key (service/audit_log.hpp), kept outside the database: a file of
// its own, `audit-signing.key` in the data directory unless --audit-key names another, readable
// by the server's user only, and the public half beside it (`.pub`) for `tanggap audit verify`.
// Whoever can write the database but not read this file cannot forge a day's seal.

#include "core/error.hpp"
#include "util/crypto.hpp"

#include <string>

namespace tanggap::app {

// The key file's path: `configured`, else DATA_DIR/audit-signing.key.
std::string audit_key_path(const std::string& configured, const std::string& data_dir);

// The key at `path`, created (mode 0600, with `path`.pub) when there is none.
// Errors: unavailable when the file cannot be read or written, invalid_field when it does not
// hold a key.
core::Result<util::SigningKey> load_or_create_audit_key(const std::string& path);

// The public key from `path`.pub; nullopt when there is none.
core::Result<std::optional<std::string>> read_audit_public_key(const std::string& path);

}  // namespace tanggap::app

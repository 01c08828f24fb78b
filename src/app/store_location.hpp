#pragma once
// Where the store is: the embedded SQLite file under the data directory (the default), or a
// PostgreSQL database named by --database (TANGGAP_DATABASE) that several servers share. The
// data directory always holds the uploaded photos; with PostgreSQL it must be the same shared
// directory on every server.

#include "store/store.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace tanggap::app {

struct StoreLocation {
    std::string data_dir = "./var";
    std::string database;  // "" (SQLite under data_dir) or postgresql://...
    int pool = 4;          // PostgreSQL: reader connections of this process
};

// --data, --database and --database-pool, each also read from its TANGGAP_* variable.
void add_store_options(CLI::App& command, StoreLocation& location);

bool uses_postgres(const StoreLocation& location);

// What the location names, for messages: the SQLite file, or the PostgreSQL URI without its
// password.
std::string describe(const StoreLocation& location);

// Whether there is a store to open (a PostgreSQL database is assumed to be there).
bool store_exists(const StoreLocation& location);

// Opens (creating the SQLite file and directory if missing) and migrates the store.
// Errors: invalid_field (field "database") for a --database that is neither empty nor a
// postgresql:// URI; as the back end's open otherwise.
core::Result<std::unique_ptr<store::Store>> open_store(const StoreLocation& location);

// Applies pending migrations; how many were applied.
core::Result<int> migrate_store(const StoreLocation& location);

}  // namespace tanggap::app

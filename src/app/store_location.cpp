#include "app/store_location.hpp"

#include "app/config.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

#include <filesystem>
#include <regex>

namespace tanggap::app {
namespace {

core::Error not_a_database(const std::string& database) {
    return core::make_error(core::ErrorCode::invalid_field,
                            "--database: expected postgresql://... (or nothing for the "
                            "embedded store), got '" +
                                database + "'",
                            "database");
}

}  // namespace

void add_store_options(CLI::App& command, StoreLocation& location) {
    add_data_option(command, location.data_dir);
    command
        .add_option("--database",
                    location.database,
                    "PostgreSQL database shared by several servers (postgresql://...); "
                    "default: the embedded store under --data")
        ->envname("TANGGAP_DATABASE");
    command
        .add_option("--database-pool",
                    location.pool,
                    "PostgreSQL reader connections of this process (plus one writer)")
        ->envname("TANGGAP_DATABASE_POOL")
        ->check(CLI::Range(1, 64))
        ->capture_default_str();
}

bool uses_postgres(const StoreLocation& location) { return !location.database.empty(); }

std::string describe(const StoreLocation& location) {
    if (!uses_postgres(location)) return database_path(location.data_dir);
    // postgresql://user:secret@host/db -> postgresql://user:***@host/db
    static const std::regex password(R"(^(postgres(?:ql)?://[^:/@]*):[^@/]*@)");
    return std::regex_replace(location.database, password, "$1:***@");
}

bool store_exists(const StoreLocation& location) {
    return uses_postgres(location) || std::filesystem::exists(database_path(location.data_dir));
}

core::Result<std::unique_ptr<store::Store>> open_store(const StoreLocation& location) {
    if (!uses_postgres(location)) {
        std::error_code ec;
        std::filesystem::create_directories(location.data_dir, ec);
        return store::sqlite::open_sqlite_store({.path = database_path(location.data_dir)});
    }
    if (!store::postgres::is_postgres_uri(location.database)) {
        return not_a_database(location.database);
    }
    return store::postgres::open_postgres_store(
        {.uri = location.database, .reader_connections = location.pool});
}

core::Result<int> migrate_store(const StoreLocation& location) {
    if (!uses_postgres(location)) {
        std::error_code ec;
        std::filesystem::create_directories(location.data_dir, ec);
        return store::sqlite::migrate(database_path(location.data_dir));
    }
    if (!store::postgres::is_postgres_uri(location.database)) {
        return not_a_database(location.database);
    }
    return store::postgres::migrate(location.database);
}

}  // namespace tanggap::app

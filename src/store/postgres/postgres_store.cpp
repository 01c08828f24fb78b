#include "store/postgres/postgres_store.hpp"

#include "store/postgres/embedded_migrations.hpp"
#include "store/postgres/pg_connection.hpp"
#include "store/sql/store_errors.hpp"
#include "store/sql/threaded_store.hpp"

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace tanggap::store::postgres {
namespace {

// A connection the server dropped is opened again, and the statement tried once more; libpq
// learns of a restart only when a command fails.
bool run_reviving(sql::Connection& db, std::string_view statement) {
    auto& connection = static_cast<Connection&>(db);
    if (!connection.revive()) return false;
    if (db.run(statement)) return true;
    return connection.broken() && connection.revive() && db.run(statement).has_value();
}

class PostgresStore final : public sql::ThreadedStore {
  public:
    PostgresStore(std::size_t max_batch,
                  std::unique_ptr<sql::Connection> writer,
                  std::vector<std::unique_ptr<sql::Connection>> readers,
                  std::unique_ptr<Connection> ping)
        : ThreadedStore(max_batch, std::move(writer), std::move(readers)),
          ping_db_(std::move(ping)) {}

    ~PostgresStore() override { close(); }

    bool ping() override {
        std::lock_guard lock(ping_mutex_);
        if (!ping_db_) return false;
        if (answers(*ping_db_)) return true;
        return ping_db_->broken() && ping_db_->revive() && answers(*ping_db_);
    }

    Result<void> backup_to(const std::string&) override {
        if (closed()) return sql::unavailable_error();
        return core::make_error(core::ErrorCode::invalid_field,
                                "Basis data PostgreSQL dicadangkan dengan pg_dump atau "
                                "pg_basebackup (lihat docs/DEPLOYMENT.md).",
                                "database");
    }

  protected:
    bool begin_write(sql::Connection& db) override { return run_reviving(db, "BEGIN"); }
    // One snapshot for the whole job, as SQLite's read transaction gives.
    bool begin_read(sql::Connection& db) override {
        return run_reviving(db, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }

    void on_close() override {
        std::lock_guard lock(ping_mutex_);
        ping_db_.reset();
    }

  private:
    static bool answers(Connection& db) {
        auto select = db.prepare("SELECT count(*) FROM schema_migrations");
        if (!select) return false;
        auto row = (*select)->step();
        return row && *row;
    }

    std::mutex ping_mutex_;
    std::unique_ptr<Connection> ping_db_;
};

Result<std::pair<std::unique_ptr<Connection>, int>> connect_migrated(const std::string& uri) {
    if (uri.empty()) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Alamat basis data belum ditentukan.", "database");
    }
    auto db = Connection::open(uri);
    if (!db) return db.error();
    auto applied = sql::apply_migrations(**db, embedded_migrations());
    if (!applied) return applied.error();
    return std::pair(std::move(*db), *applied);
}

}  // namespace

bool is_postgres_uri(std::string_view database) {
    return database.starts_with("postgresql://") || database.starts_with("postgres://");
}

Result<std::unique_ptr<Store>> open_postgres_store(const PostgresOptions& options) {
    auto writer = connect_migrated(options.uri);
    if (!writer) return writer.error();

    std::vector<std::unique_ptr<sql::Connection>> readers;
    const int reader_count = std::max(1, options.reader_connections);
    for (int i = 0; i < reader_count; ++i) {
        auto reader = Connection::open(options.uri);
        if (!reader) return reader.error();
        readers.push_back(std::move(*reader));
    }
    auto ping = Connection::open(options.uri);
    if (!ping) return ping.error();

    auto store =
        std::make_unique<PostgresStore>(static_cast<std::size_t>(std::max(1, options.max_batch)),
                                        std::move(writer->first),
                                        std::move(readers),
                                        std::move(*ping));
    store->start();
    return std::unique_ptr<Store>(std::move(store));
}

Result<int> migrate(const std::string& uri) {
    auto migrated = connect_migrated(uri);
    if (!migrated) return migrated.error();
    return migrated->second;
}

}  // namespace tanggap::store::postgres

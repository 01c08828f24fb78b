#include "store/sqlite/sqlite_store.hpp"

#include "store/sql/threaded_store.hpp"
#include "store/sqlite/backup.hpp"
#include "store/sqlite/embedded_migrations.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_error.hpp"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace tanggap::store::sqlite {
namespace {

// Opens the read-write connection and brings the schema up to date.
Result<std::pair<Connection, int>> open_migrated(const std::string& path) {
    if (path.empty()) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Lokasi basis data belum ditentukan.", "path");
    }
    const std::filesystem::path file(path);
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) {
        log_store_error("cannot create the directory of " + path + ": " + ec.message());
        return unavailable_error();
    }
    auto db = Connection::open(path, Connection::Mode::read_write);
    if (!db) return db.error();
    auto applied = sql::apply_migrations(*db, embedded_migrations());
    if (!applied) return applied.error();
    return std::pair<Connection, int>(std::move(*db), *applied);
}

class SqliteStore final : public sql::ThreadedStore {
  public:
    SqliteStore(std::string path,
                std::size_t max_batch,
                std::unique_ptr<sql::Connection> writer,
                std::vector<std::unique_ptr<sql::Connection>> readers,
                Connection ping)
        : ThreadedStore(max_batch, std::move(writer), std::move(readers)),
          path_(std::move(path)),
          ping_db_(std::move(ping)) {}

    ~SqliteStore() override { close(); }

    bool ping() override {
        std::lock_guard lock(ping_mutex_);
        if (!ping_db_) return false;
        auto select = ping_db_->prepare("SELECT count(*) FROM schema_migrations");
        if (!select) return false;
        auto row = (*select)->step();
        return row && *row;
    }

    Result<void> backup_to(const std::string& path) override {
        if (closed()) return unavailable_error();
        return backup_database(path_, path);
    }

  protected:
    // IMMEDIATE takes the write lock at once, so the batch never fails to upgrade midway.
    bool begin_write(sql::Connection& db) override { return db.run("BEGIN IMMEDIATE").has_value(); }
    // The snapshot is taken at the first query.
    bool begin_read(sql::Connection& db) override { return db.run("BEGIN").has_value(); }

    void on_close() override {
        std::lock_guard lock(ping_mutex_);
        ping_db_.reset();
    }

  private:
    const std::string path_;
    std::mutex ping_mutex_;
    std::optional<Connection> ping_db_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const SqliteOptions& options) {
    auto writer = open_migrated(options.path);
    if (!writer) return writer.error();

    std::vector<std::unique_ptr<sql::Connection>> readers;
    const int reader_count = std::max(1, options.reader_threads);
    for (int i = 0; i < reader_count; ++i) {
        auto reader = Connection::open(options.path, Connection::Mode::read_only);
        if (!reader) return reader.error();
        readers.push_back(std::make_unique<Connection>(std::move(*reader)));
    }
    auto ping = Connection::open(options.path, Connection::Mode::read_only);
    if (!ping) return ping.error();

    auto store =
        std::make_unique<SqliteStore>(options.path,
                                      static_cast<std::size_t>(std::max(1, options.max_batch)),
                                      std::make_unique<Connection>(std::move(writer->first)),
                                      std::move(readers),
                                      std::move(*ping));
    store->start();
    return std::unique_ptr<Store>(std::move(store));
}

Result<int> migrate(const std::string& path) {
    auto migrated = open_migrated(path);
    if (!migrated) return migrated.error();
    return migrated->second;
}

}  // namespace tanggap::store::sqlite

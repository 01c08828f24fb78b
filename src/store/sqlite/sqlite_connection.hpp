#pragma once
// One SQLite connection (RAII over sqlite3*) with the pragmas Tanggap relies on and a cache of
// prepared statements. Internal to the SQLite back end.

#include "core/error.hpp"
#include "store/sql/connection.hpp"
#include "store/sqlite/sqlite_statement.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace tanggap::store::sqlite {

inline constexpr std::chrono::milliseconds kBusyTimeout{5000};

class Connection final : public sql::Connection {
  public:
    enum class Mode {
        read_write,  // creates the file; sets WAL mode
        read_only,   // for readers, ping and the source of backups
    };

    // Opens `path` and applies, on every connection: synchronous=FULL (a commit is on disk
    // when it returns), foreign_keys=ON, busy_timeout (kBusyTimeout); in read_write mode also
    // journal_mode=WAL (persistent in the file, so readers see it too).
    // Errors: unavailable when the file cannot be opened or WAL cannot be set.
    static core::Result<Connection> open(const std::string& path, Mode mode);

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() override;

    sql::Dialect dialect() const override { return sql::Dialect::sqlite; }

    // The cached statement for `sql` (prepared on first use, reset when the lease ends).
    // A lease must end before the same SQL is leased again.
    core::Result<StatementLease> prepare(std::string_view sql) override;

    // Runs one or more statements without caching (migrations, one-off pragmas).
    core::Result<void> exec(std::string_view sql) override;

    // Runs a statement that returns a single value (e.g. "PRAGMA journal_mode") as text.
    core::Result<std::string> query_text(std::string_view sql);

    // Whether a transaction is open (false after SQLite rolled one back on its own).
    bool in_transaction() const override;

    sqlite3* handle() const { return db_; }

  private:
    explicit Connection(sqlite3* db) : db_(db) {}
    void close();

    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };

    sqlite3* db_ = nullptr;
    // unique_ptr keeps leased statements in place while the map grows.
    std::unordered_map<std::string, std::unique_ptr<Statement>, StringHash, std::equal_to<>>
        statements_;
};

}  // namespace tanggap::store::sqlite

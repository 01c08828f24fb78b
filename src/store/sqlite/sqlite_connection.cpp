#include "store/sqlite/sqlite_connection.hpp"

#include "store/sqlite/sqlite_error.hpp"

#include <sqlite3.h>

#include <utility>

namespace tanggap::store::sqlite {

core::Result<Connection> Connection::open(const std::string& path, Mode mode) {
    // NOMUTEX: every connection is used by one thread at a time, so SQLite's own locks are
    // redundant; the file locks between connections stay.
    const int flags = (mode == Mode::read_write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                                : SQLITE_OPEN_READONLY) |
                      SQLITE_OPEN_NOMUTEX;
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    Connection connection(db);
    if (rc != SQLITE_OK) {
        const std::string message =
            "cannot open " + path + ": " + (db != nullptr ? sqlite3_errmsg(db) : "out of memory");
        log_store_error(message);
        return unavailable_error();
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, static_cast<int>(kBusyTimeout.count()));

    if (mode == Mode::read_write) {
        auto journal = connection.query_text("PRAGMA journal_mode=WAL");
        if (!journal) return journal.error();
        if (*journal != "wal") {
            log_store_error("cannot switch " + path + " to WAL mode (got " + *journal + ")");
            return unavailable_error();
        }
    }
    if (auto r = connection.exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !r) {
        return r.error();
    }
    return connection;
}

Connection::Connection(Connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), statements_(std::move(other.statements_)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        statements_ = std::move(other.statements_);
    }
    return *this;
}

Connection::~Connection() { close(); }

void Connection::close() {
    statements_.clear();  // finalize before close, or sqlite3_close refuses
    if (db_ != nullptr) {
        sqlite3_close(db_);
        db_ = nullptr;
    }
}

core::Result<StatementLease> Connection::prepare(std::string_view sql) {
    auto found = statements_.find(sql);
    if (found == statements_.end()) {
        auto statement = Statement::prepare(db_, sql, true);
        if (!statement) return statement.error();
        found = statements_
                    .emplace(std::string(sql), std::make_unique<Statement>(std::move(*statement)))
                    .first;
    }
    return StatementLease(*found->second);
}

core::Result<void> Connection::exec(std::string_view sql) {
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc == SQLITE_OK) return {};
    std::string message = error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    return map_sqlite_error(sqlite3_extended_errcode(db_), message);
}

core::Result<std::string> Connection::query_text(std::string_view sql) {
    auto statement = Statement::prepare(db_, sql, false);
    if (!statement) return statement.error();
    auto row = statement->step();
    if (!row) return row.error();
    return *row ? statement->column_text(0) : std::string();
}

bool Connection::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

}  // namespace tanggap::store::sqlite

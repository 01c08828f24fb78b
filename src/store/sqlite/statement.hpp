#pragma once
// A prepared SQLite statement (RAII over sqlite3_stmt) and a lease that resets it after use.
// Internal to the SQLite back end; sqlite3.h stays in the .cpp files.

#include "domain/error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tanggap::store::sqlite {

// One compiled statement. Binding mistakes (a wrong index or name) are bugs and throw
// std::logic_error; failures of the database come back from step() as values.
//
// Thread-safety: none; a statement belongs to its connection's thread.
class Statement {
  public:
    // Errors: whatever sqlite3_prepare_v3 reports, mapped (see sqlite_error.hpp).
    static domain::Result<Statement> prepare(sqlite3* db, std::string_view sql, bool persistent);

    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters count from 1, as in SQL ("?1").
    void bind_int(int index, std::int64_t value);
    void bind_real(int index, double value);
    void bind_text(int index, std::string_view value);
    void bind_null(int index);
    void bind_bool(int index, bool value) { bind_int(index, value ? 1 : 0); }
    // NULL for an empty string: optional references are NULL in the schema.
    void bind_text_or_null(int index, std::string_view value);
    void bind_real_or_null(int index, std::optional<double> value);
    void bind_int_or_null(int index, std::optional<std::int64_t> value);
    // The index of a named parameter (":name"); throws std::logic_error if there is none.
    int parameter_index(const char* name) const;

    // Runs one step: true when a row is ready, false when done.
    domain::Result<bool> step();
    // Steps to the end, for statements that return no rows.
    domain::Result<void> run();

    // Columns count from 0. NULL reads as 0, 0.0 or "".
    std::int64_t column_int(int index) const;
    double column_real(int index) const;
    std::string column_text(int index) const;
    bool column_is_null(int index) const;
    std::optional<std::int64_t> column_int_or_null(int index) const;
    std::optional<double> column_real_or_null(int index) const;

    // The extended result code of the last failed step (0 when none), for callers that give a
    // specific failure (a foreign key, a unique key) its own meaning.
    int last_error_code() const { return last_error_; }

    // Ready to run again with fresh bindings.
    void reset();

  private:
    explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
    void check_bind(int rc, int index) const;

    sqlite3_stmt* stmt_ = nullptr;
    int last_error_ = 0;
};

// Borrowed use of a cached statement: reset on release, so no statement keeps a read open.
class StatementLease {
  public:
    explicit StatementLease(Statement& statement) : statement_(&statement) {}
    StatementLease(StatementLease&& other) noexcept : statement_(other.statement_) {
        other.statement_ = nullptr;
    }
    StatementLease& operator=(StatementLease&&) = delete;
    StatementLease(const StatementLease&) = delete;
    StatementLease& operator=(const StatementLease&) = delete;
    ~StatementLease() {
        if (statement_ != nullptr) statement_->reset();
    }

    Statement* operator->() const { return statement_; }
    Statement& operator*() const { return *statement_; }

  private:
    Statement* statement_;
};

// Steps `statement` to the end, turning each row into a T with `read_row` (a callable
// `Result<T>(const Statement&)`); stops at the first error.
template <class T, class ReadRow>
domain::Result<std::vector<T>> collect_rows(Statement& statement, ReadRow read_row) {
    std::vector<T> rows;
    for (;;) {
        auto more = statement.step();
        if (!more) return more.error();
        if (!*more) return rows;
        domain::Result<T> row = read_row(static_cast<const Statement&>(statement));
        if (!row) return row.error();
        rows.push_back(std::move(*row));
    }
}

}  // namespace tanggap::store::sqlite

#pragma once
// A prepared statement of a SQL back end, as the shared relational mapping (this folder) uses
// it. Each back end (sqlite/, postgres/) implements it over its own driver; the SQL text the
// mapping writes is the common dialect of both (numbered "?1" and named ":name" parameters).

#include "core/error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tanggap::store::sql {

// Binding mistakes (a wrong index or name) are bugs and throw std::logic_error; failures of
// the database come back from step() as values.
//
// Thread-safety: none; a statement belongs to its connection's thread.
class Statement {
  public:
    virtual ~Statement() = default;

    // Parameters count from 1, as in SQL ("?1").
    virtual void bind_int(int index, std::int64_t value) = 0;
    virtual void bind_real(int index, double value) = 0;
    virtual void bind_text(int index, std::string_view value) = 0;
    // A NULL of unknown type; the typed NULLs below say what the parameter is.
    virtual void bind_null(int index) = 0;
    // The index of a named parameter (":name"); throws std::logic_error if there is none.
    virtual int parameter_index(const char* name) const = 0;

    void bind_bool(int index, bool value) { bind_int(index, value ? 1 : 0); }
    // NULL for an empty string: optional references are NULL in the schema.
    virtual void bind_text_or_null(int index, std::string_view value) = 0;
    virtual void bind_real_or_null(int index, std::optional<double> value) = 0;
    virtual void bind_int_or_null(int index, std::optional<std::int64_t> value) = 0;

    // Runs one step: true when a row is ready, false when done.
    virtual core::Result<bool> step() = 0;
    // Steps to the end, for statements that return no rows.
    core::Result<void> run() {
        for (;;) {
            auto row = step();
            if (!row) return row.error();
            if (!*row) return {};
        }
    }

    // Columns count from 0. NULL reads as 0, 0.0 or "".
    virtual std::int64_t column_int(int index) const = 0;
    virtual double column_real(int index) const = 0;
    virtual std::string column_text(int index) const = 0;
    virtual bool column_is_null(int index) const = 0;
    std::optional<std::int64_t> column_int_or_null(int index) const {
        if (column_is_null(index)) return std::nullopt;
        return column_int(index);
    }
    std::optional<double> column_real_or_null(int index) const {
        if (column_is_null(index)) return std::nullopt;
        return column_real(index);
    }

    // Whether the last failed step broke a foreign key (a referenced row is missing), which
    // callers report as "not found" of what was referenced.
    virtual bool failed_on_foreign_key() const = 0;

    // Ready to run again with fresh bindings.
    virtual void reset() = 0;
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
core::Result<std::vector<T>> collect_rows(Statement& statement, ReadRow read_row) {
    std::vector<T> rows;
    for (;;) {
        auto more = statement.step();
        if (!more) return more.error();
        if (!*more) return rows;
        core::Result<T> row = read_row(static_cast<const Statement&>(statement));
        if (!row) return row.error();
        rows.push_back(std::move(*row));
    }
}

}  // namespace tanggap::store::sql

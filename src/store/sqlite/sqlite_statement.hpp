#pragma once
// A prepared SQLite statement (RAII over sqlite3_stmt).
// Internal to the SQLite back end; sqlite3.h stays in the .cpp files.

#include "core/error.hpp"
#include "store/sql/statement.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tanggap::store::sqlite {

// One compiled SQLite statement. Binding mistakes (a wrong index or name) are bugs and throw
// std::logic_error; failures of the database come back from step() as values.
//
// Thread-safety: none; a statement belongs to its connection's thread.
class Statement final : public sql::Statement {
  public:
    // Errors: whatever sqlite3_prepare_v3 reports, mapped (see sqlite_error.hpp).
    static core::Result<Statement> prepare(sqlite3* db, std::string_view sql, bool persistent);

    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() override;

    void bind_int(int index, std::int64_t value) override;
    void bind_real(int index, double value) override;
    void bind_text(int index, std::string_view value) override;
    void bind_null(int index) override;
    void bind_text_or_null(int index, std::string_view value) override;
    void bind_real_or_null(int index, std::optional<double> value) override;
    void bind_int_or_null(int index, std::optional<std::int64_t> value) override;
    int parameter_index(const char* name) const override;

    core::Result<bool> step() override;

    std::int64_t column_int(int index) const override;
    double column_real(int index) const override;
    std::string column_text(int index) const override;
    bool column_is_null(int index) const override;

    bool failed_on_foreign_key() const override;
    // The extended result code of the last failed step (0 when none).
    int last_error_code() const { return last_error_; }

    void reset() override;

  private:
    explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
    void check_bind(int rc, int index) const;

    sqlite3_stmt* stmt_ = nullptr;
    int last_error_ = 0;
};

using sql::collect_rows;
using sql::StatementLease;

}  // namespace tanggap::store::sqlite

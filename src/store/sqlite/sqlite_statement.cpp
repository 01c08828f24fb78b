#include "store/sqlite/sqlite_statement.hpp"

#include "store/sqlite/sqlite_error.hpp"

#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <utility>

namespace tanggap::store::sqlite {

core::Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, bool persistent) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db,
                                      sql.data(),
                                      static_cast<int>(sql.size()),
                                      persistent ? SQLITE_PREPARE_PERSISTENT : 0,
                                      &stmt,
                                      nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return map_sqlite_error(sqlite3_extended_errcode(db), sqlite3_errmsg(db), sql);
    }
    if (stmt == nullptr) return internal_error("empty SQL statement");
    return Statement(stmt);
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), last_error_(other.last_error_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
        last_error_ = other.last_error_;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::check_bind(int rc, int index) const {
    if (rc != SQLITE_OK) {
        throw std::logic_error("sqlite bind of parameter " + std::to_string(index) + " failed (" +
                               sqlite3_errstr(rc) + ") in: " + sqlite3_sql(stmt_));
    }
}

void Statement::bind_int(int index, std::int64_t value) {
    check_bind(sqlite3_bind_int64(stmt_, index, value), index);
}

void Statement::bind_real(int index, double value) {
    check_bind(sqlite3_bind_double(stmt_, index, value), index);
}

void Statement::bind_text(int index, std::string_view value) {
    // SQLITE_TRANSIENT copies: the caller's string may die before step().
    check_bind(sqlite3_bind_text64(
                   stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
               index);
}

void Statement::bind_null(int index) { check_bind(sqlite3_bind_null(stmt_, index), index); }

void Statement::bind_text_or_null(int index, std::string_view value) {
    if (value.empty()) {
        bind_null(index);
    } else {
        bind_text(index, value);
    }
}

void Statement::bind_real_or_null(int index, std::optional<double> value) {
    if (value) {
        bind_real(index, *value);
    } else {
        bind_null(index);
    }
}

void Statement::bind_int_or_null(int index, std::optional<std::int64_t> value) {
    if (value) {
        bind_int(index, *value);
    } else {
        bind_null(index);
    }
}

int Statement::parameter_index(const char* name) const {
    const int index = sqlite3_bind_parameter_index(stmt_, name);
    if (index == 0) {
        throw std::logic_error(std::string("no SQL parameter ") + name +
                               " in: " + sqlite3_sql(stmt_));
    }
    return index;
}

core::Result<bool> Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3* db = sqlite3_db_handle(stmt_);
    last_error_ = sqlite3_extended_errcode(db);
    return map_sqlite_error(last_error_, sqlite3_errmsg(db), sqlite3_sql(stmt_));
}

std::int64_t Statement::column_int(int index) const { return sqlite3_column_int64(stmt_, index); }

double Statement::column_real(int index) const { return sqlite3_column_double(stmt_, index); }

std::string Statement::column_text(int index) const {
    const auto* text = sqlite3_column_text(stmt_, index);
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)));
}

bool Statement::column_is_null(int index) const {
    return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

bool Statement::failed_on_foreign_key() const {
    return last_error_ == SQLITE_CONSTRAINT_FOREIGNKEY;
}

void Statement::reset() {
    // The result of reset repeats the last step's error, already reported by step().
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    last_error_ = 0;
}

}  // namespace tanggap::store::sqlite

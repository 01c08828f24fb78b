#include "store/postgres/pg_statement.hpp"

#include "store/postgres/pg_connection.hpp"
#include "store/postgres/pg_error.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <libpq-fe.h>
#include <stdexcept>

namespace tanggap::store::postgres {
namespace {

// Oids of the built-in types (pg_type.h is not in libpq-dev).
constexpr unsigned int kInt8 = 20;
constexpr unsigned int kText = 25;
constexpr unsigned int kFloat8 = 701;

}  // namespace

Statement::Statement(Connection& connection, std::string_view sql)
    : connection_(connection), sql_(sql), translated_(translate_parameters(sql)) {
    parameters_.resize(static_cast<std::size_t>(translated_.parameter_count));
}

Statement::~Statement() { PQclear(result_); }

Statement::Parameter& Statement::parameter(int index) {
    if (index < 1 || index > translated_.parameter_count) {
        throw std::logic_error("no SQL parameter " + std::to_string(index) + " in: " + sql_);
    }
    return parameters_[static_cast<std::size_t>(index - 1)];
}

void Statement::bind_int(int index, std::int64_t value) {
    auto& p = parameter(index);
    p = {std::to_string(value), kInt8, false};
}

void Statement::bind_real(int index, double value) {
    auto& p = parameter(index);
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    p = {std::string(buffer, end), kFloat8, false};
}

void Statement::bind_text(int index, std::string_view value) {
    auto& p = parameter(index);
    p = {std::string(value), kText, false};
}

void Statement::bind_null(int index) { parameter(index) = {{}, 0, true}; }

void Statement::bind_text_or_null(int index, std::string_view value) {
    if (value.empty()) {
        parameter(index) = {{}, kText, true};
    } else {
        bind_text(index, value);
    }
}

void Statement::bind_real_or_null(int index, std::optional<double> value) {
    if (value) {
        bind_real(index, *value);
    } else {
        parameter(index) = {{}, kFloat8, true};
    }
}

void Statement::bind_int_or_null(int index, std::optional<std::int64_t> value) {
    if (value) {
        bind_int(index, *value);
    } else {
        parameter(index) = {{}, kInt8, true};
    }
}

int Statement::parameter_index(const char* name) const {
    const auto found = std::find(translated_.names.begin(), translated_.names.end(), name);
    if (found == translated_.names.end()) {
        throw std::logic_error(std::string("no SQL parameter ") + name + " in: " + sql_);
    }
    return translated_.first_named + static_cast<int>(found - translated_.names.begin());
}

core::Result<bool> Statement::step() {
    if (!executed_) {
        std::vector<unsigned int> types;
        std::vector<const char*> values;
        types.reserve(parameters_.size());
        values.reserve(parameters_.size());
        for (const auto& p : parameters_) {
            types.push_back(p.type);
            values.push_back(p.null ? nullptr : p.value.c_str());
        }
        PQclear(result_);
        result_ = connection_.execute(translated_, types, values);
        executed_ = true;
        const auto status = result_ == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result_);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            foreign_key_failure_ = is_foreign_key_violation(result_);
            if (is_transaction_conflict(result_)) connection_.note_conflict();
            auto error = map_postgres_error(connection_.handle(), result_, sql_);
            PQclear(result_);
            result_ = nullptr;
            return error;
        }
        rows_ = status == PGRES_TUPLES_OK ? PQntuples(result_) : 0;
        row_ = -1;
    }
    ++row_;
    return row_ < rows_;
}

const char* Statement::value(int index) const {
    if (result_ == nullptr || row_ < 0 || row_ >= rows_ || index < 0 ||
        index >= PQnfields(result_)) {
        throw std::logic_error("no column " + std::to_string(index) + " in the row of: " + sql_);
    }
    return PQgetvalue(result_, row_, index);
}

std::int64_t Statement::column_int(int index) const {
    if (column_is_null(index)) return 0;
    const std::string_view text = value(index);
    if (text == "t") return 1;  // a boolean expression, as SQLite's 1 and 0
    if (text == "f") return 0;
    std::int64_t number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc() && end == text.data() + text.size()) return number;
    return static_cast<std::int64_t>(std::strtod(std::string(text).c_str(), nullptr));
}

double Statement::column_real(int index) const {
    if (column_is_null(index)) return 0.0;
    return std::strtod(value(index), nullptr);
}

std::string Statement::column_text(int index) const {
    if (column_is_null(index)) return {};
    return std::string(value(index), static_cast<std::size_t>(PQgetlength(result_, row_, index)));
}

bool Statement::column_is_null(int index) const {
    (void)value(index);  // checks the row and column
    return PQgetisnull(result_, row_, index) != 0;
}

void Statement::reset() {
    PQclear(result_);
    result_ = nullptr;
    executed_ = false;
    row_ = -1;
    rows_ = 0;
    foreign_key_failure_ = false;
    for (auto& p : parameters_) p = {};
}

}  // namespace tanggap::store::postgres

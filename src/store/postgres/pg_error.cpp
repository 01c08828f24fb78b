#include "store/postgres/pg_error.hpp"

#include "store/sql/store_errors.hpp"

#include <libpq-fe.h>
#include <string>

namespace tanggap::store::postgres {
namespace {

std::string_view field(const pg_result* result, int code) {
    if (result == nullptr) return {};
    const char* value = PQresultErrorField(result, code);
    return value == nullptr ? std::string_view{} : std::string_view(value);
}

// "Key (a, b)=(1, 2) already exists." names the key's columns; as "t.a, t.b" for the table t.
std::string unique_key_columns(const pg_result* result) {
    const auto detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    const auto table = field(result, PG_DIAG_TABLE_NAME);
    const auto open = detail.find("Key (");
    const auto close = detail.find(")=");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        return {};
    }
    std::string columns;
    std::string_view list = detail.substr(open + 5, close - open - 5);
    while (!list.empty()) {
        const auto comma = list.find(", ");
        if (!columns.empty()) columns += ", ";
        columns.append(table).append(".").append(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 2);
    }
    return columns;
}

bool means_unavailable(std::string_view state) {
    if (state.empty()) return true;  // no result: the connection itself failed
    const auto cls = state.substr(0, 2);
    return cls == "08" || cls == "53" || cls == "57" || cls == "58" || state == "40001" ||
           state == "40P01" || state == "25P03";
}

}  // namespace

bool is_foreign_key_violation(const pg_result* result) {
    return field(result, PG_DIAG_SQLSTATE) == "23503";
}

bool is_transaction_conflict(const pg_result* result) {
    const auto state = field(result, PG_DIAG_SQLSTATE);
    return state == "40001" || state == "40P01";
}

core::Error map_postgres_error(const pg_conn* conn,
                               const pg_result* result,
                               std::string_view context) {
    const auto state = field(result, PG_DIAG_SQLSTATE);
    if (state == "23505") return sql::unique_violation(unique_key_columns(result));
    if (state == "23503") return sql::foreign_key_violation();

    std::string message;
    if (result != nullptr) message = PQresultErrorMessage(result);
    if (message.empty() && conn != nullptr) message = PQerrorMessage(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    std::string line = means_unavailable(state) ? "unavailable (" : "internal (";
    line.append(state.empty() ? "no SQLSTATE" : state).append("): ").append(message);
    if (!context.empty()) line.append(" in: ").append(context);
    if (means_unavailable(state)) {
        sql::log_store_error(line);
        return sql::unavailable_error();
    }
    return sql::internal_error(line);
}

}  // namespace tanggap::store::postgres

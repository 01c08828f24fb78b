#include "store/postgres/pg_connection.hpp"

#include "store/postgres/pg_error.hpp"
#include "store/postgres/pg_statement.hpp"
#include "store/sql/store_errors.hpp"

#include <libpq-fe.h>
#include <string>

namespace tanggap::store::postgres {
namespace {

// Transaction control cannot be a named server-side statement worth keeping; it goes as text.
bool is_transaction_control(std::string_view sql) {
    for (std::string_view word : {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"}) {
        if (sql.substr(0, word.size()) == word) return true;
    }
    return false;
}

std::string type_signature(const std::vector<unsigned int>& types) {
    std::string signature;
    for (auto type : types) signature.append(std::to_string(type)).push_back(',');
    return signature;
}

// Silences libpq's notices (e.g. "there is no transaction in progress") on stderr.
void ignore_notice(void*, const char*) {}

}  // namespace

core::Result<std::unique_ptr<Connection>> Connection::open(const std::string& uri) {
    pg_conn* conn = PQconnectdb(uri.c_str());
    std::unique_ptr<Connection> connection(new Connection(conn));
    if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
        std::string message = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
        while (!message.empty() && message.back() == '\n') message.pop_back();
        sql::log_store_error("cannot connect to PostgreSQL: " + message);
        return sql::unavailable_error();
    }
    PQsetNoticeProcessor(conn, ignore_notice, nullptr);
    return connection;
}

Connection::~Connection() {
    statements_.clear();
    if (conn_ != nullptr) PQfinish(conn_);
}

bool Connection::broken() const { return conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK; }

bool Connection::revive() {
    if (!broken()) return true;
    if (conn_ == nullptr) return false;
    prepared_.clear();  // the new session has none of them
    PQreset(conn_);
    if (PQstatus(conn_) != CONNECTION_OK) return false;
    sql::log_store_error("reconnected to PostgreSQL");
    return true;
}

core::Result<sql::StatementLease> Connection::prepare(std::string_view sql) {
    auto found = statements_.find(sql);
    if (found == statements_.end()) {
        found =
            statements_.emplace(std::string(sql), std::make_unique<Statement>(*this, sql)).first;
    }
    return sql::StatementLease(*found->second);
}

pg_result* Connection::execute(const TranslatedSql& translated,
                               const std::vector<unsigned int>& types,
                               const std::vector<const char*>& values) {
    const int count = static_cast<int>(values.size());
    if (count == 0 && is_transaction_control(translated.text)) {
        return PQexec(conn_, translated.text.c_str());
    }
    std::string key = translated.text;
    key.push_back('\x1f');
    key += type_signature(types);
    auto found = prepared_.find(key);
    if (found == prepared_.end()) {
        std::string name = "s" + std::to_string(prepared_.size() + 1);
        pg_result* prepared =
            PQprepare(conn_, name.c_str(), translated.text.c_str(), count, types.data());
        if (prepared == nullptr || PQresultStatus(prepared) != PGRES_COMMAND_OK) return prepared;
        PQclear(prepared);
        found = prepared_.emplace(std::move(key), std::move(name)).first;
    }
    return PQexecPrepared(conn_, found->second.c_str(), count, values.data(), nullptr, nullptr, 0);
}

core::Result<void> Connection::exec(std::string_view sql) {
    const std::string text(sql);
    pg_result* result = PQexec(conn_, text.c_str());
    const auto status = result == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        PQclear(result);
        return {};
    }
    auto error = map_postgres_error(conn_, result, sql.substr(0, 200));
    PQclear(result);
    return error;
}

bool Connection::in_transaction() const {
    const auto status = PQtransactionStatus(conn_);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

}  // namespace tanggap::store::postgres

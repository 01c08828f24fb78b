#pragma once
// One PostgreSQL connection (RAII over libpq's PGconn) as a sql::Connection: statements are
// prepared on the server on first use, once per shape of their parameters, and a connection the
// server dropped is opened again by revive(). Internal to the PostgreSQL back end.

#include "store/postgres/pg_statement.hpp"
#include "store/postgres/sql_translation.hpp"
#include "store/sql/connection.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace tanggap::store::postgres {

class Connection final : public sql::Connection {
  public:
    // Connects to `uri` (a libpq connection string or postgresql:// URI).
    // Errors: unavailable when the server cannot be reached or refuses the login.
    static core::Result<std::unique_ptr<Connection>> open(const std::string& uri);

    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() override;

    sql::Dialect dialect() const override { return sql::Dialect::postgresql; }
    core::Result<sql::StatementLease> prepare(std::string_view sql) override;
    core::Result<void> exec(std::string_view sql) override;
    bool in_transaction() const override;
    bool take_conflict() override { return std::exchange(conflict_, false); }
    // Records that a statement failed on a concurrent transaction (see take_conflict()).
    void note_conflict() { conflict_ = true; }

    // Whether the connection is known to be broken (the server went away).
    bool broken() const;
    // Connects again after the server went away; forgets the server-side statements. False
    // when the server still cannot be reached.
    bool revive();

    // Runs `translated` with text parameters `values` (null pointers are NULLs) of the given
    // types (0: let the server infer), preparing it on the server on first use. The result is
    // the caller's (PQclear), also on failure; null only when libpq could not even send it.
    pg_result* execute(const TranslatedSql& translated,
                       const std::vector<unsigned int>& types,
                       const std::vector<const char*>& values);

    pg_conn* handle() const { return conn_; }

  private:
    explicit Connection(pg_conn* conn) : conn_(conn) {}

    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };

    pg_conn* conn_ = nullptr;
    bool conflict_ = false;
    // Server-side statement names by SQL text and parameter types.
    std::unordered_map<std::string, std::string> prepared_;
    std::unordered_map<std::string, std::unique_ptr<Statement>, StringHash, std::equal_to<>>
        statements_;
};

}  // namespace tanggap::store::postgres

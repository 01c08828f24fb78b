#pragma once
// Query plans for bench/query_scale_bench.cpp: the statements a store call prepares, captured
// on their way to the connection, and EXPLAIN (PostgreSQL) or EXPLAIN QUERY PLAN (SQLite) of
// the same text with the same parameters, so the plan shown is the plan of what was timed.

#include "store/sql/connection.hpp"

#include <functional>
#include <string>
#include <vector>

namespace tanggap::bench {

// Passes everything to `inner` and remembers the SQL of every prepare(), in order.
class RecordingConnection final : public store::sql::Connection {
  public:
    explicit RecordingConnection(store::sql::Connection& inner) : inner_(inner) {}

    store::sql::Dialect dialect() const override { return inner_.dialect(); }
    core::Result<store::sql::StatementLease> prepare(std::string_view sql) override {
        statements_.emplace_back(sql);
        return inner_.prepare(sql);
    }
    core::Result<void> exec(std::string_view sql) override { return inner_.exec(sql); }
    bool in_transaction() const override { return inner_.in_transaction(); }

    const std::vector<std::string>& statements() const { return statements_; }

  private:
    store::sql::Connection& inner_;
    std::vector<std::string> statements_;
};

struct Plan {
    std::vector<std::string> lines;  // indented as the database prints them
    // How the complaints table (alias c) is read, e.g. "index complaints_stats (covering)",
    // "**sequential scan**"; several accesses are joined with "; ".
    std::string complaints_access;
    bool scans_complaints = false;  // some access reads the whole table without an index
    // The tables joined to complaints (complaint_units, complaint_events) that some access
    // reads whole without an index, e.g. "complaint_units"; "; " between several.
    std::string other_scans;
};

// EXPLAIN of `sql` with the parameters `bind` sets (called on the prepared EXPLAIN).
// Exits the program on an error.
Plan explain(store::sql::Connection& db,
             const std::string& sql,
             const std::function<void(store::sql::Statement&)>& bind);

}  // namespace tanggap::bench

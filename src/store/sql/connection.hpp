#pragma once
// A connection of a SQL back end as the shared relational mapping uses it: cached prepared
// statements and plain commands. The few places where SQLite and PostgreSQL need different
// SQL ask dialect().

#include "core/error.hpp"
#include "store/sql/statement.hpp"

#include <string_view>

namespace tanggap::store::sql {

enum class Dialect { sqlite, postgresql };

// Thread-safety: none; a connection is used by one thread at a time.
class Connection {
  public:
    virtual ~Connection() = default;

    virtual Dialect dialect() const = 0;

    // The cached statement for `sql` (prepared on first use, reset when the lease ends).
    // A lease must end before the same SQL is leased again.
    virtual core::Result<StatementLease> prepare(std::string_view sql) = 0;

    // Runs the cached statement `sql`, which takes no parameters, to its end
    // (SAVEPOINT, BEGIN, COMMIT and the like).
    core::Result<void> run(std::string_view sql) {
        auto statement = prepare(sql);
        if (!statement) return statement.error();
        return (*statement)->run();
    }

    // Runs one or more statements without caching (migrations).
    virtual core::Result<void> exec(std::string_view sql) = 0;

    // Whether a transaction is open (false after the back end ended one on its own).
    virtual bool in_transaction() const = 0;

    // Whether a statement failed, since the last call, only because a concurrent transaction got
    // in the way (PostgreSQL's deadlock or serialization failure), so the same work run again
    // may succeed. Clears it. SQLite, with its one writer, has no such failures.
    virtual bool take_conflict() { return false; }
};

}  // namespace tanggap::store::sql

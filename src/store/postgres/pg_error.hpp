#pragma once
// Translation of PostgreSQL failures (SQLSTATE) into the domain's error vocabulary. The only
// place that decides what a PostgreSQL failure means to the layers above.

#include "core/error.hpp"

#include <string_view>

struct pg_result;
struct pg_conn;

namespace tanggap::store::postgres {

// What a failed command means:
//  - 23505 unique_violation -> conflict, the field named after the key (sql::unique_violation);
//  - 23503 foreign_key_violation -> invalid_field (a referenced record is missing);
//  - a lost or refused connection, class 08, 53 (resources), 57 (shutdown, cancel), 58,
//    40001/40P01 (serialization, deadlock) -> unavailable (the writer first runs such a job
//    again: sql/threaded_store.hpp);
//  - anything else (SQL errors, check violations) -> internal: a bug in this back end.
// Unavailable and internal errors are logged with PostgreSQL's message and `context`.
// `result` may be null (the connection failed before a result existed).
core::Error map_postgres_error(const pg_conn* conn,
                               const pg_result* result,
                               std::string_view context = {});

// Whether `result` failed on a foreign key.
bool is_foreign_key_violation(const pg_result* result);

// Whether `result` failed because of a concurrent transaction (40001 serialization failure,
// 40P01 deadlock detected): worth running again.
bool is_transaction_conflict(const pg_result* result);

}  // namespace tanggap::store::postgres

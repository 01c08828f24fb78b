#pragma once
// The second factor and the sign-in limit (0015_second_factor.sql): WriteTx's methods for them
// as SQL. Internal to the SQL back ends.
//
// Thread-safety: none; each call uses one connection on its thread, inside the caller's
// transaction.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

namespace tanggap::store::sql {

core::Result<void> write_staff_totp(Connection& db,
                                    std::int64_t user_id,
                                    const std::string& secret);
core::Result<bool> claim_totp_step(Connection& db, std::int64_t user_id, std::int64_t step);

core::Result<AttemptCount> count_attempt(Connection& db,
                                         std::string_view key,
                                         domain::Timestamp now,
                                         std::chrono::milliseconds window,
                                         int limit);
core::Result<void> uncount_attempt(Connection& db, std::string_view key);
core::Result<void> delete_attempts(Connection& db, std::string_view key);
core::Result<void> purge_attempts(Connection& db, domain::Timestamp before);

}  // namespace tanggap::store::sql

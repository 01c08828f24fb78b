#include "store/sql/sign_in_rows.hpp"

#include "store/sql/complaint_rows.hpp"

namespace tanggap::store::sql {

using core::ErrorCode;
using core::make_error;

core::Result<void> write_staff_totp(Connection& db,
                                    std::int64_t user_id,
                                    const std::string& secret) {
    auto update = db.prepare(
        "UPDATE staff_users SET totp_secret = ?2, totp_last_step = 0 WHERE id = ?1 RETURNING id");
    if (!update) return update.error();
    Statement& s = **update;
    s.bind_int(1, user_id);
    s.bind_text(2, secret);
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return make_error(ErrorCode::not_found, "Pengguna tidak ditemukan.", "id");
    return s.run();
}

core::Result<bool> claim_totp_step(Connection& db, std::int64_t user_id, std::int64_t step) {
    auto update = db.prepare(
        "UPDATE staff_users SET totp_last_step = ?2 WHERE id = ?1 AND totp_last_step < ?2"
        " RETURNING id");
    if (!update) return update.error();
    Statement& s = **update;
    s.bind_int(1, user_id);
    s.bind_int(2, step);
    auto row = s.step();
    if (!row) return row.error();
    const bool claimed = *row;
    if (auto done = s.run(); !done) return done.error();
    return claimed;
}

core::Result<AttemptCount> count_attempt(Connection& db,
                                         std::string_view key,
                                         domain::Timestamp now,
                                         std::chrono::milliseconds window,
                                         int limit) {
    // One statement: the check and the count cannot be split by a parallel attempt, on
    // either back end. Every SET sees the row as it was. The count stops at limit + 1, so
    // "counted" is "at most limit after this attempt".
    auto upsert = db.prepare(
        "INSERT INTO sign_in_attempts (key, window_start, attempts) VALUES (?1, ?2, 1)"
        " ON CONFLICT (key) DO UPDATE SET"
        " attempts = CASE WHEN sign_in_attempts.window_start <= ?3 THEN 1"
        "   WHEN sign_in_attempts.attempts <= ?4 THEN sign_in_attempts.attempts + 1"
        "   ELSE sign_in_attempts.attempts END,"
        " window_start = CASE WHEN sign_in_attempts.window_start <= ?3 THEN ?2"
        "   ELSE sign_in_attempts.window_start END"
        " RETURNING window_start, attempts");
    if (!upsert) return upsert.error();
    Statement& s = **upsert;
    s.bind_text(1, key);
    s.bind_int(2, to_millis(now));
    s.bind_int(3, to_millis(now - window));
    s.bind_int(4, limit);
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return make_error(ErrorCode::internal, "sign_in_attempts: no row returned");
    AttemptCount count{s.column_int(1) <= limit, from_millis(s.column_int(0)) + window};
    if (auto done = s.run(); !done) return done.error();
    return count;
}

core::Result<void> uncount_attempt(Connection& db, std::string_view key) {
    auto update = db.prepare(
        "UPDATE sign_in_attempts SET attempts = attempts - 1 WHERE key = ?1 AND attempts > 0");
    if (!update) return update.error();
    (*update)->bind_text(1, key);
    return (*update)->run();
}

core::Result<void> delete_attempts(Connection& db, std::string_view key) {
    auto erase = db.prepare("DELETE FROM sign_in_attempts WHERE key = ?1");
    if (!erase) return erase.error();
    (*erase)->bind_text(1, key);
    return (*erase)->run();
}

core::Result<void> purge_attempts(Connection& db, domain::Timestamp before) {
    auto erase = db.prepare("DELETE FROM sign_in_attempts WHERE window_start <= ?1");
    if (!erase) return erase.error();
    (*erase)->bind_int(1, to_millis(before));
    return (*erase)->run();
}

}  // namespace tanggap::store::sql

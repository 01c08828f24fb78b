#pragma once
// Staff accounts and their sessions. One narrow part of the store
// (store.hpp composes the transactions of all of them); both back ends implement it and
// tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/staff.hpp"
#include "domain/time.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store {

using core::Result;

struct StaffCredentials {
    domain::StaffUser user;
    std::string password_hash;  // argon2id string from libsodium
    // Base32 TOTP secret (util/totp.hpp); empty until the account is enrolled. Never rendered.
    std::string totp_secret{};
};

// Staff accounts by unit and role, ordered by username.
struct StaffQuery {
    std::optional<std::string> unit_code;  // nullopt: any unit
    std::vector<domain::Role> roles;       // empty: any role
    bool active_only = true;
};

struct StaffSession {
    std::string id_hash;  // SHA-256 of the cookie value; the value itself is never stored
    std::int64_t user_id = 0;
    std::string csrf_token;
    domain::Timestamp created_at;
    domain::Timestamp expires_at;
};

// The outcome of counting one sign-in attempt against a limit: counted, or refused until the
// key's window ends (for Retry-After).
struct AttemptCount {
    bool counted = false;
    domain::Timestamp window_ends{};
};

class StaffReads {
  public:
    virtual ~StaffReads() = default;

    virtual Result<std::optional<StaffCredentials>> staff_by_username(
        std::string_view username) = 0;

    virtual Result<std::optional<domain::StaffUser>> staff_by_id(std::int64_t id) = 0;

    virtual Result<std::vector<domain::StaffUser>> staff(const StaffQuery& query) = 0;

    virtual Result<std::optional<StaffSession>> session(std::string_view id_hash) = 0;
};

class StaffWrites {
  public:
    virtual ~StaffWrites() = default;

    // Errors: conflict (field "username") if taken. Returns the new id.
    virtual Result<std::int64_t> insert_staff(const domain::StaffUser& user,
                                              const std::string& password_hash) = 0;

    // Saves display name, role, unit, e-mail, phone and active of the account `user.id` (the
    // username never changes). Errors: not_found (field "id") for an unknown account.
    virtual Result<void> update_staff(const domain::StaffUser& user) = 0;

    // Errors: not_found (field "id") for an unknown account.
    virtual Result<void> set_staff_password(std::int64_t user_id,
                                            const std::string& password_hash) = 0;

    virtual Result<void> insert_session(const StaffSession& session) = 0;

    virtual Result<void> delete_session(std::string_view id_hash) = 0;

    // Ends every session of an account (switched off, or its password reset).
    virtual Result<void> delete_staff_sessions(std::int64_t user_id) = 0;

    // Deletes the sessions that expired at or before `now` (read from the expiry index).
    virtual Result<void> purge_expired_sessions(domain::Timestamp now) = 0;

    // Enrols (or re-enrols) the account's TOTP secret, base32; empty unenrols. Forgets the last
    // step used. Errors: not_found (field "id") for an unknown account.
    virtual Result<void> set_staff_totp(std::int64_t user_id, const std::string& secret) = 0;

    // Records that the account signed in with the code of `step`: true when `step` is later
    // than every step used before, false for a code already used (or an older one), which
    // RFC 6238 section 5.2 forbids accepting twice. In one statement, so two servers racing
    // with the same code cannot both succeed.
    virtual Result<bool> use_totp_step(std::int64_t user_id, std::int64_t step) = 0;

    // Sign-in attempts counted per key (a hash of account and address, or of an address) in
    // fixed windows of `window` from the first attempt, in the store so that the limit holds
    // across restarts and across servers sharing the database. Counts one attempt when the
    // key has fewer than `limit` in its window, in one statement with the check.
    virtual Result<AttemptCount> count_sign_in_attempt(std::string_view key,
                                                       domain::Timestamp now,
                                                       std::chrono::milliseconds window,
                                                       int limit) = 0;
    // Gives back one attempt counted in the key's window (one that turned out not to be a
    // guess); never below zero.
    virtual Result<void> uncount_sign_in_attempt(std::string_view key) = 0;
    virtual Result<void> forget_sign_in_attempts(std::string_view key) = 0;
    // Deletes the keys whose window started at or before `before`.
    virtual Result<void> purge_sign_in_attempts(domain::Timestamp before) = 0;
};

}  // namespace tanggap::store

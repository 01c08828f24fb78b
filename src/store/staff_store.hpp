#pragma once
// Staff accounts and their sessions. One narrow part of the store
// (store.hpp composes the transactions of all of them); both back ends implement it and
// tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/staff.hpp"
#include "domain/time.hpp"

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
};

}  // namespace tanggap::store

#pragma once
// The super admin's writes of staff accounts: create, change, set a new password. Each one is
// checked (admin_rules.hpp), saved and written to the audit log in one transaction, so an
// account never changes without its entry.

#include "core/error.hpp"
#include "domain/directory_index.hpp"
#include "domain/staff.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace tanggap::service {

// The fields a change names; an absent field keeps its value.
struct StaffAccountChange {
    std::optional<std::string> username;  // may only repeat the account's own
    std::optional<std::string> display_name;
    std::optional<std::string> unit_code;  // "" takes the account off its unit
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<domain::Role> role;
    std::optional<bool> active;
};

// Saves a new account (already checked by validate_staff) with its password hash. Errors:
// conflict when the username is taken.
core::Result<domain::StaffUser> create_staff_account(store::WriteTx& tx,
                                                     domain::StaffUser user,
                                                     const std::string& password_hash,
                                                     const domain::StaffUser& actor,
                                                     domain::Timestamp now);

// Applies `change` to account `id`. Switching an account off ends its sessions at once.
// Errors: not_found "Pengguna tidak ditemukan"; invalid_field "username" when it would
// change; those of validate_staff and check_self_change.
core::Result<domain::StaffUser> change_staff_account(store::WriteTx& tx,
                                                     std::int64_t id,
                                                     const StaffAccountChange& change,
                                                     const domain::DirectoryIndex& directory,
                                                     const domain::StaffUser& actor,
                                                     domain::Timestamp now);

// Sets a new password hash. Someone else's sessions end with the old password; the actor's
// own stays signed in. Errors: not_found "Pengguna tidak ditemukan".
core::Result<void> set_staff_account_password(store::WriteTx& tx,
                                              std::int64_t id,
                                              const std::string& password_hash,
                                              const domain::StaffUser& actor,
                                              domain::Timestamp now);

core::Error staff_account_not_found();

}  // namespace tanggap::service

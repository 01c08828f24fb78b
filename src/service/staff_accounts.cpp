#include "service/staff_accounts.hpp"

#include "service/admin_rules.hpp"
#include "service/audit_log.hpp"

#include <utility>

namespace tanggap::service {

using core::ErrorCode;
using core::make_error;

namespace {

// Who changed whom, and what the account became.
core::Result<void> audit_change(store::WriteTx& tx,
                                const domain::StaffUser& actor,
                                std::string_view what,
                                const domain::StaffUser& user,
                                domain::Timestamp now) {
    AuditRecord audit{actor.username,
                      std::string(domain::audit_action::user_change),
                      "",
                      "pengguna " + user.username + " " + std::string(what) + ": peran " +
                          std::string(domain::to_string(user.role)) +
                          (user.unit_code.empty() ? "" : ", unit " + user.unit_code) +
                          (user.active ? "" : ", nonaktif")};
    auto r = record_audit(tx, audit, now);
    if (!r) return r.error();
    return {};
}

}  // namespace

core::Error staff_account_not_found() {
    return make_error(ErrorCode::not_found, "Pengguna tidak ditemukan");
}

core::Result<domain::StaffUser> create_staff_account(store::WriteTx& tx,
                                                     domain::StaffUser user,
                                                     const std::string& password_hash,
                                                     const domain::StaffUser& actor,
                                                     domain::Timestamp now) {
    auto id = tx.insert_staff(user, password_hash);
    if (!id) return id.error();
    user.id = *id;
    if (auto r = audit_change(tx, actor, "dibuat", user, now); !r) return r.error();
    return user;
}

core::Result<domain::StaffUser> change_staff_account(store::WriteTx& tx,
                                                     std::int64_t id,
                                                     const StaffAccountChange& change,
                                                     const domain::DirectoryIndex& directory,
                                                     const domain::StaffUser& actor,
                                                     domain::Timestamp now) {
    auto found = tx.staff_by_id(id);
    if (!found) return found.error();
    if (!*found) return staff_account_not_found();
    domain::StaffUser user = **found;
    if (change.username && *change.username != user.username) {
        return make_error(ErrorCode::invalid_field, "Nama pengguna tidak dapat diubah", "username");
    }
    if (change.display_name) user.display_name = *change.display_name;
    if (change.unit_code) user.unit_code = *change.unit_code;
    if (change.email) user.email = *change.email;
    if (change.phone) user.phone = *change.phone;
    if (change.role) user.role = *change.role;
    if (change.active) user.active = *change.active;
    auto valid = validate_staff(std::move(user), directory);
    if (!valid) return valid.error();
    if (auto r = check_self_change(actor, *valid); !r) return r.error();
    if (auto r = tx.update_staff(*valid); !r) return r.error();
    // Sessions also end at the next request (auth checks `active`); deleting them here keeps
    // none behind to come back if the account is switched on again.
    if (!valid->active) {
        if (auto r = tx.delete_staff_sessions(id); !r) return r.error();
    }
    if (auto r = audit_change(tx, actor, "diubah", *valid, now); !r) return r.error();
    return *valid;
}

core::Result<void> set_staff_account_password(store::WriteTx& tx,
                                              std::int64_t id,
                                              const std::string& password_hash,
                                              const domain::StaffUser& actor,
                                              domain::Timestamp now) {
    if (auto r = tx.set_staff_password(id, password_hash); !r) {
        return r.error().code == ErrorCode::not_found ? staff_account_not_found() : r.error();
    }
    AuditRecord audit{actor.username,
                      std::string(domain::audit_action::user_change),
                      "",
                      "kata sandi pengguna #" + std::to_string(id) + " diganti"};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    if (actor.id == id) return {};
    return tx.delete_staff_sessions(id);
}

}  // namespace tanggap::service

#pragma once
// The sub-commands of the `tanggap` binary. Each returns the process exit code.

#include "app/config.hpp"

#include <string>
#include <vector>

namespace tanggap::app {

int run_serve(const ServeConfig& config);

struct UserAddOptions {
    StoreLocation store;
    std::string username;
    std::string role;
    std::string unit;
    std::string display_name;
    std::string email;  // where reminders and escalations reach them; optional
    std::string phone;
    bool password_stdin = false;
    // Every new account is enrolled for one-time codes (its otpauth:// URI is the last line
    // printed), with this base32 secret when given, else a new one. no_totp leaves an account
    // whose role does not require codes without (domain::role_requires_second_factor).
    std::string totp_secret;
    bool no_totp = false;
};
int run_user_add(const UserAddOptions& options);

struct UserTotpOptions {
    StoreLocation store;
    std::string username;
    std::string totp_secret;  // empty: a new one
};
// (Re-)enrols an account for one-time codes, e.g. after a lost phone: prints the otpauth:// URI
// as the last line; the codes of the old secret stop working.
int run_user_totp(const UserTotpOptions& options);

int run_backup(const StoreLocation& store, const std::string& target);
int run_migrate(const StoreLocation& store);

struct MigrateDataOptions {
    std::string from;  // sqlite:DIR (or DIR): the embedded installation's data directory
    std::string to;    // postgresql://...
    bool verify_only = false;
};
// Moves an embedded installation into an empty PostgreSQL database, verified by counts and
// checksums (store/transfer/move_to_postgres.hpp); with verify_only, compares them again.
int run_migrate_data(const MigrateDataOptions& options);

struct SweepOptions {
    StoreLocation store;
    std::string at;  // ISO 8601; empty: now
    std::vector<std::string> holiday_files;
    std::string time_zone = "WIB";
    std::vector<double> reminders{0.5, 0.8};
    ChannelConfig channels;
};
// One deadline sweep of the store, as the server's scheduler runs it; safe beside a running
// server (the store's writer serialises the two).
int run_sweep(const SweepOptions& options);

struct AuditVerifyOptions {
    StoreLocation store;
    std::string key_file;  // --audit-key; empty: DATA_DIR/audit-signing.key (reads its .pub)
};
// Walks the audit log (service::verify_audit). Exit 0 intact, 1 broken (the first bad entry
// named on stdout), 2 when it cannot check (no store, no public key for sealed days).
int run_audit_verify(const AuditVerifyOptions& options);

struct PrivacyOptions {
    StoreLocation store;
    bool erase = false;  // else export
    std::string phone;
    std::string email;
    std::string nik;
    std::string reason;  // required to erase
};
// A person's request (service/privacy_requests.hpp), registered as from "cli:<login>": export
// prints everything held about them as JSON on stdout; erase erases it (and the photos'
// files) and prints what went. Exit 0 done, 1 refused by the store, 2 bad arguments.
int run_privacy(const PrivacyOptions& options);

}  // namespace tanggap::app

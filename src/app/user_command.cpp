#include "app/commands.hpp"
#include "domain/staff.hpp"
#include "domain/submission.hpp"
#include "util/crypto.hpp"
#include "util/totp.hpp"

#include <filesystem>
#include <iostream>

namespace tanggap::app {

namespace {

// Logins ignore case: "Budi" and "budi" are one account.
std::string lower_ascii(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

constexpr std::string_view kIssuer = "Tanggap";

// The secret to enrol: `given` (base32, at least 16 bytes as RFC 4226 asks) or a new one;
// nullopt (after saying why on stderr) for a given one that is unusable.
std::optional<std::string> enrolment_secret(const std::string& given, std::string_view command) {
    if (given.empty()) return util::new_totp_secret();
    auto bytes = util::base32_decode(given);
    if (!bytes || bytes->size() < 16) {
        std::cerr << "tanggap " << command
                  << ": --totp-secret must be base32 (A-Z, 2-7) of at least 16 bytes\n";
        return std::nullopt;
    }
    // Stored as typed by no one: upper case, no spaces or padding.
    return util::base32_encode(*bytes);
}

}  // namespace

int run_user_add(const UserAddOptions& options) {
    auto role = domain::parse_role(options.role);
    if (!role) {
        std::cerr << "tanggap user add: --role must be operator, officer, unit_admin, super_admin, "
                     "leadership or auditor\n";
        return 2;
    }
    if (domain::role_needs_unit(*role) && options.unit.empty()) {
        std::cerr << "tanggap user add: --unit is required for role " << options.role << "\n";
        return 2;
    }
    if (!options.email.empty() && !domain::is_email_address(options.email)) {
        std::cerr << "tanggap user add: --email '" << options.email
                  << "' is not an e-mail address\n";
        return 2;
    }
    std::optional<std::string> phone;
    if (!options.phone.empty() && !(phone = domain::normalize_phone(options.phone))) {
        std::cerr << "tanggap user add: --phone '" << options.phone << "' is not a phone number\n";
        return 2;
    }
    if (options.no_totp && domain::role_requires_second_factor(*role)) {
        std::cerr << "tanggap user add: role " << options.role
                  << " signs in with one-time codes; --no-totp is refused\n";
        return 2;
    }
    util::init_crypto();
    std::string secret;
    if (!options.no_totp) {
        auto chosen = enrolment_secret(options.totp_secret, "user add");
        if (!chosen) return 2;
        secret = *chosen;
    }
    std::string password;
    std::getline(std::cin, password);
    if (password.size() < 8) {
        std::cerr << "tanggap user add: the password (stdin) needs at least 8 characters\n";
        return 2;
    }
    auto store = open_store(options.store);
    if (!store) {
        std::cerr << "tanggap user add: " << store.error().message << "\n";
        return 1;
    }
    if (!options.unit.empty()) {
        // A store without units yet (before the demo or an import) accepts any code.
        auto units = store::read_sync<std::vector<domain::Unit>>(
            **store, [](store::ReadTx& tx) { return tx.units(); });
        if (!units) {
            (*store)->close();
            std::cerr << "tanggap user add: " << units.error().message << "\n";
            return 1;
        }
        bool known = units->empty();
        for (const auto& u : *units) known = known || u.code == options.unit;
        if (!known) {
            (*store)->close();
            std::cerr << "tanggap user add: --unit '" << options.unit << "' is not a known unit\n";
            return 2;
        }
    }
    domain::StaffUser user;
    user.username = lower_ascii(options.username);
    user.display_name = options.display_name.empty() ? options.username : options.display_name;
    user.role = *role;
    user.unit_code = domain::role_needs_unit(*role) ? options.unit : std::string{};
    if (*role == domain::Role::super_admin) user.unit_code = options.unit;
    user.email = options.email;
    user.phone = phone.value_or("");
    auto hash = util::hash_password(password);
    auto added = store::write_sync(**store, [&](store::WriteTx& tx) -> core::Result<void> {
        auto id = tx.insert_staff(user, hash);
        if (!id) return id.error();
        if (secret.empty()) return {};
        return tx.set_staff_totp(*id, secret);
    });
    (*store)->close();
    if (!added) {
        std::cerr << "tanggap user add: " << added.error().message << "\n";
        return 1;
    }
    std::cout << "user " << user.username << " (" << options.role << ") added\n";
    if (!secret.empty()) {
        std::cout << "one-time codes: add this to an authenticator app (or as a QR code):\n"
                  << util::otpauth_uri(kIssuer, user.username, secret) << "\n";
    }
    return 0;
}

int run_user_totp(const UserTotpOptions& options) {
    util::init_crypto();
    auto secret = enrolment_secret(options.totp_secret, "user totp");
    if (!secret) return 2;
    auto store = open_store(options.store);
    if (!store) {
        std::cerr << "tanggap user totp: " << store.error().message << "\n";
        return 1;
    }
    const auto username = lower_ascii(options.username);
    auto enrolled = store::write_sync(**store, [&](store::WriteTx& tx) -> core::Result<void> {
        auto account = tx.staff_by_username(username);
        if (!account) return account.error();
        if (!*account) {
            return core::make_error(
                core::ErrorCode::not_found, "no account '" + username + "'", "username");
        }
        // A new secret ends the sessions opened with the old one's codes.
        if (auto r = tx.set_staff_totp((*account)->user.id, *secret); !r) return r;
        return tx.delete_staff_sessions((*account)->user.id);
    });
    (*store)->close();
    if (!enrolled) {
        std::cerr << "tanggap user totp: " << enrolled.error().message << "\n";
        return enrolled.error().code == core::ErrorCode::not_found ? 2 : 1;
    }
    std::cout << "user " << username << " enrolled for one-time codes:\n"
              << util::otpauth_uri(kIssuer, username, *secret) << "\n";
    return 0;
}

}  // namespace tanggap::app

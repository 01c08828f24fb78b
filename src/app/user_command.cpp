#include "app/commands.hpp"
#include "domain/staff.hpp"
#include "domain/submission.hpp"
#include "util/crypto.hpp"

#include <filesystem>
#include <iostream>

namespace tanggap::app {

namespace {

// Logins ignore case: "Budi" and "budi" are one account.
std::string lower_ascii(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
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
    std::string password;
    std::getline(std::cin, password);
    if (password.size() < 8) {
        std::cerr << "tanggap user add: the password (stdin) needs at least 8 characters\n";
        return 2;
    }
    util::init_crypto();
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
        return {};
    });
    (*store)->close();
    if (!added) {
        std::cerr << "tanggap user add: " << added.error().message << "\n";
        return 1;
    }
    std::cout << "user " << user.username << " (" << options.role << ") added\n";
    return 0;
}

}  // namespace tanggap::app

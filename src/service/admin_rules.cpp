#include "service/admin_rules.hpp"

#include "domain/routing.hpp"
#include "domain/submission.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace tanggap::service {
namespace {

using core::ErrorCode;
using core::make_error;

core::Error invalid(std::string message, std::string field) {
    return make_error(ErrorCode::invalid_field, std::move(message), std::move(field));
}

std::string lower(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool is_code_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

// a-z 0-9 . _ -, starting with a letter or digit.
bool is_code(std::string_view text, std::size_t min, std::size_t max) {
    if (text.size() < min || text.size() > max) return false;
    if (!std::all_of(text.begin(), text.end(), is_code_char)) return false;
    return std::isalnum(static_cast<unsigned char>(text.front())) != 0;
}

core::Result<std::string> checked_name(std::string_view raw, std::size_t max) {
    auto name = std::string(util::trim(raw));
    if (name.empty()) return invalid("Nama wajib diisi", "name");
    auto length = domain::utf8_length(name);
    if (!length || *length > max) {
        return invalid("Nama paling banyak " + std::to_string(max) + " karakter", "name");
    }
    return name;
}

// Whether `start` or one of its ancestors (by `parent_of`) is `code`: making `code` the child
// of `start` would close a loop.
template <class ParentOf>
bool reaches(std::string_view start, std::string_view code, ParentOf parent_of) {
    std::string current(start);
    for (int depth = 0; !current.empty() && depth < 64; ++depth) {
        if (current == code) return true;
        current = parent_of(current);
    }
    return !current.empty();  // deeper than any real tree: treat as a loop
}

bool is_call_center_number(std::string_view text) {
    if (text.size() < 3 || text.size() > 24) return false;
    int digits = 0;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            ++digits;
        } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')') {
            return false;
        }
    }
    return digits >= 3;
}

}  // namespace

core::Result<domain::StaffUser> validate_staff(domain::StaffUser user,
                                               const domain::DirectoryIndex& directory) {
    user.username = lower(std::string(util::trim(user.username)));
    if (!is_code(user.username, 3, 64)) {
        return invalid(
            "Nama pengguna 3–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda "
            "hubung, diawali huruf atau angka",
            "username");
    }
    if (domain::is_reserved_actor_name(user.username)) {
        return invalid("Nama pengguna ini dipakai sistem untuk riwayat aduan; pilih yang lain",
                       "username");
    }
    user.display_name = std::string(util::trim(user.display_name));
    auto length = domain::utf8_length(user.display_name);
    if (user.display_name.empty()) return invalid("Nama tampilan wajib diisi", "display_name");
    if (!length || *length > 120) {
        return invalid("Nama tampilan paling banyak 120 karakter", "display_name");
    }
    user.unit_code = std::string(util::trim(user.unit_code));
    if (domain::role_needs_unit(user.role) && user.unit_code.empty()) {
        return invalid("Peran ini harus terikat pada satu unit", "unit");
    }
    if (!domain::role_needs_unit(user.role) && user.role != domain::Role::super_admin) {
        user.unit_code.clear();
    }
    if (!user.unit_code.empty() && !directory.find_unit(user.unit_code)) {
        return invalid("Unit tidak dikenal", "unit");
    }
    user.email = std::string(util::trim(user.email));
    if (!user.email.empty() && !domain::is_email_address(user.email)) {
        return invalid("Alamat e-mail tidak sah", "email");
    }
    user.phone = std::string(util::trim(user.phone));
    if (!user.phone.empty()) {
        auto phone = domain::normalize_phone(user.phone);
        if (!phone) return invalid("Nomor telepon tidak sah", "phone");
        user.phone = *phone;
    }
    return user;
}

core::Result<void> check_new_password(std::string_view password) {
    if (password.size() < kMinPasswordLength) {
        return invalid("Kata sandi paling sedikit 8 karakter", "password");
    }
    if (password.size() > 256) return invalid("Kata sandi paling banyak 256 karakter", "password");
    return {};
}

core::Result<void> check_self_change(const domain::StaffUser& actor,
                                     const domain::StaffUser& changed) {
    if (actor.id != changed.id) return {};
    if (!changed.active) {
        return make_error(
            ErrorCode::conflict, "Anda tidak dapat menonaktifkan akun Anda sendiri", "active");
    }
    if (actor.role == domain::Role::super_admin && changed.role != domain::Role::super_admin) {
        return make_error(ErrorCode::conflict,
                          "Anda tidak dapat mencabut peran super admin dari akun Anda sendiri",
                          "role");
    }
    return {};
}

core::Result<domain::Unit> validate_unit(domain::Unit unit,
                                         const domain::DirectoryIndex& directory) {
    unit.code = std::string(util::trim(unit.code));
    if (!is_code(unit.code, 1, 64)) {
        return invalid(
            "Kode 1–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung", "code");
    }
    auto name = checked_name(unit.name, 200);
    if (!name) return name.error();
    unit.name = std::move(*name);
    unit.parent_code = std::string(util::trim(unit.parent_code));
    if (!unit.parent_code.empty()) {
        if (!directory.find_unit(unit.parent_code))
            return invalid("Unit induk tidak dikenal", "parent");
        auto parent_of = [&](const std::string& code) {
            const auto* u = directory.find_unit(code);
            return u ? u->parent_code : std::string{};
        };
        if (reaches(unit.parent_code, unit.code, parent_of)) {
            return invalid("Unit induk tidak boleh unit ini sendiri atau unit di bawahnya",
                           "parent");
        }
    }
    unit.area_code = std::string(util::trim(unit.area_code));
    if (!std::all_of(unit.area_code.begin(), unit.area_code.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) || c == '.';
        })) {
        return invalid("Kode wilayah hanya angka dan titik, mis. 32.12.05", "area_code");
    }
    for (auto& number : unit.call_center) {
        number = std::string(util::trim(number));
        if (!is_call_center_number(number)) {
            return invalid("Nomor call center tidak sah: " + number, "call_center");
        }
    }
    unit.whatsapp = std::string(util::trim(unit.whatsapp));
    if (!unit.whatsapp.empty()) {
        auto phone = domain::normalize_phone(unit.whatsapp);
        if (!phone) return invalid("Nomor WhatsApp tidak sah", "whatsapp");
        unit.whatsapp = *phone;
    }
    for (auto& account : unit.social) {
        account.network = lower(std::string(util::trim(account.network)));
        account.handle = std::string(util::trim(account.handle));
        const bool network_ok = !account.network.empty() && account.network.size() <= 32 &&
                                std::all_of(account.network.begin(),
                                            account.network.end(),
                                            [](char c) { return c >= 'a' && c <= 'z'; });
        if (!network_ok || account.handle.empty() || account.handle.size() > 100) {
            return invalid("Akun media sosial perlu jaringan (mis. instagram) dan nama akun",
                           "social");
        }
    }
    std::vector<std::string> tupoksi;
    for (auto& code : unit.categories) {
        code = std::string(util::trim(code));
        if (!directory.find_category(code)) {
            return invalid("Kategori tidak dikenal: " + code, "categories");
        }
        if (std::find(tupoksi.begin(), tupoksi.end(), code) == tupoksi.end())
            tupoksi.push_back(code);
    }
    unit.categories = std::move(tupoksi);
    return unit;
}

core::Result<domain::Category> validate_category(domain::Category category,
                                                 const domain::DirectoryIndex& directory,
                                                 const std::vector<std::string>& known_policies) {
    category.code = std::string(util::trim(category.code));
    if (!is_code(category.code, 1, 64)) {
        return invalid(
            "Kode 1–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung", "code");
    }
    auto name = checked_name(category.name, 200);
    if (!name) return name.error();
    category.name = std::move(*name);
    category.parent_code = std::string(util::trim(category.parent_code));
    if (!category.parent_code.empty()) {
        if (!directory.find_category(category.parent_code)) {
            return invalid("Kategori induk tidak dikenal", "parent");
        }
        auto parent_of = [&](const std::string& code) {
            const auto* c = directory.find_category(code);
            return c ? c->parent_code : std::string{};
        };
        if (reaches(category.parent_code, category.code, parent_of)) {
            return invalid("Kategori induk tidak boleh kategori ini sendiri atau turunannya",
                           "parent");
        }
    }
    category.responsible_unit = std::string(util::trim(category.responsible_unit));
    if (!category.responsible_unit.empty() && !directory.find_unit(category.responsible_unit)) {
        return invalid("Unit penanggung jawab tidak dikenal", "responsible_unit");
    }
    if (category.area_bound && !category.responsible_kind) {
        return invalid("Kategori berbasis wilayah perlu jenis unit penanggung jawab",
                       "responsible_kind");
    }
    category.deadline_policy = std::string(util::trim(category.deadline_policy));
    if (!category.deadline_policy.empty() &&
        std::find(known_policies.begin(), known_policies.end(), category.deadline_policy) ==
            known_policies.end()) {
        return invalid("Kebijakan tenggat tidak dikenal", "deadline_policy");
    }
    return category;
}

core::Result<RoutePreview> preview_route(const domain::DirectoryIndex& directory,
                                         const std::string& category_code) {
    auto unit = domain::route_complaint(directory, category_code, domain::Location{});
    if (!unit) return unit.error();
    RoutePreview preview{std::move(*unit), std::nullopt};
    // The first level of the tree that is area-bound decides for complaints with a place.
    const auto* category = directory.find_category(category_code);
    for (int depth = 0; category && depth < 8; ++depth) {
        if (category->area_bound && category->responsible_kind) {
            preview.area_kind = category->responsible_kind;
            break;
        }
        if (!category->responsible_unit.empty() &&
            directory.find_unit(category->responsible_unit)) {
            break;
        }
        if (directory.unit_with_tupoksi(category->code)) break;
        category = category->parent_code.empty() ? nullptr
                                                 : directory.find_category(category->parent_code);
    }
    return preview;
}

}  // namespace tanggap::service

#include "app/audit_key.hpp"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <sys/stat.h>

namespace tanggap::app {
namespace {

using core::ErrorCode;
using core::make_error;

constexpr std::size_t kSecretHex = 128;  // 64 bytes: the seed and the public key
constexpr std::size_t kPublicHex = 64;

std::optional<std::string> read_trimmed(const std::string& path) {
    std::ifstream in(path);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    auto s = text.str();
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
    return s;
}

core::Result<void> write_file(const std::string& path, const std::string& text, mode_t mode) {
    std::ofstream out(path, std::ios::trunc);
    out << text << "\n";
    out.close();
    if (!out || ::chmod(path.c_str(), mode) != 0) {
        return make_error(ErrorCode::unavailable, "Tidak dapat menulis " + path, "audit_key");
    }
    return {};
}

}  // namespace

std::string audit_key_path(const std::string& configured, const std::string& data_dir) {
    if (!configured.empty()) return configured;
    return (std::filesystem::path(data_dir) / "audit-signing.key").string();
}

core::Result<util::SigningKey> load_or_create_audit_key(const std::string& path) {
    if (auto secret = read_trimmed(path)) {
        if (secret->size() != kSecretHex ||
            util::sign(*secret, "tanggap-audit-key-check").empty()) {
            return make_error(
                ErrorCode::invalid_field, path + " tidak berisi kunci segel audit", "audit_key");
        }
        // libsodium's secret key ends with its public key.
        util::SigningKey key{secret->substr(kSecretHex - kPublicHex), *secret};
        if (!read_trimmed(path + ".pub")) {
            if (auto r = write_file(path + ".pub", key.public_key, 0644); !r) return r.error();
        }
        return key;
    }
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    auto key = util::generate_signing_key();
    if (auto r = write_file(path, key.secret_key, 0600); !r) return r.error();
    if (auto r = write_file(path + ".pub", key.public_key, 0644); !r) return r.error();
    return key;
}

core::Result<std::optional<std::string>> read_audit_public_key(const std::string& path) {
    auto text = read_trimmed(path + ".pub");
    if (!text) return std::optional<std::string>{};
    if (text->size() != kPublicHex) {
        return make_error(
            ErrorCode::invalid_field, path + ".pub tidak berisi kunci publik audit", "audit_key");
    }
    return std::optional<std::string>{*text};
}

}  // namespace tanggap::app

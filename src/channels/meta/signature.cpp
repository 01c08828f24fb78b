#include "channels/meta/signature.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <optional>

namespace tanggap::channels::meta {
namespace {

constexpr std::string_view kPrefix = "sha256=";
constexpr std::size_t kDigestSize = 32;

std::optional<int> hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return std::nullopt;
}

}  // namespace

bool valid_signature(std::string_view raw_body,
                     std::string_view header_value,
                     std::string_view app_secret) {
    if (app_secret.empty() || !header_value.starts_with(kPrefix)) return false;
    auto hex = header_value.substr(kPrefix.size());
    if (hex.size() != kDigestSize * 2) return false;
    std::array<unsigned char, kDigestSize> claimed{};
    for (std::size_t i = 0; i < kDigestSize; ++i) {
        auto hi = hex_value(hex[2 * i]);
        auto lo = hex_value(hex[2 * i + 1]);
        if (!hi || !lo) return false;
        claimed[i] = static_cast<unsigned char>(*hi * 16 + *lo);
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> actual{};
    unsigned int actual_size = 0;
    if (HMAC(EVP_sha256(),
             app_secret.data(),
             static_cast<int>(app_secret.size()),
             reinterpret_cast<const unsigned char*>(raw_body.data()),
             raw_body.size(),
             actual.data(),
             &actual_size) == nullptr ||
        actual_size != kDigestSize) {
        return false;
    }
    return CRYPTO_memcmp(claimed.data(), actual.data(), kDigestSize) == 0;
}

}  // namespace tanggap::channels::meta

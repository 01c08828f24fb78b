#include "util/totp.hpp"

#include "util/crypto.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cctype>

namespace tanggap::util {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int base32_value(char c) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= '2' && c <= '7') return c - '2' + 26;
    return -1;
}

std::string percent_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    return out;
}

}  // namespace

std::string base32_encode(std::string_view bytes) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out += kAlphabet[(buffer >> (bits - 5)) & 0x1F];
            bits -= 5;
        }
    }
    if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 0x1F];
    return out;
}

std::optional<std::string> base32_decode(std::string_view text) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t digits = 0;
    for (char c : text) {
        if (c == ' ' || c == '=') continue;
        const int value = base32_value(c);
        if (value < 0) return std::nullopt;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        ++digits;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    // 1, 3 and 6 trailing digits are never produced by encoding whole bytes.
    const auto tail = digits % 8;
    if (tail == 1 || tail == 3 || tail == 6) return std::nullopt;
    return out;
}

std::string totp_code(std::string_view secret, std::int64_t step) {
    std::array<unsigned char, 8> counter{};
    for (int i = 7; i >= 0; --i) {
        counter[static_cast<std::size_t>(i)] = static_cast<unsigned char>(step & 0xFF);
        step >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int mac_size = 0;
    HMAC(EVP_sha1(),
         secret.data(),
         static_cast<int>(secret.size()),
         counter.data(),
         counter.size(),
         mac.data(),
         &mac_size);
    // RFC 4226 5.3: dynamic truncation.
    const unsigned offset = mac[mac_size - 1] & 0x0F;
    const std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset] & 0x7F) << 24) |
                                 (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
                                 (static_cast<std::uint32_t>(mac[offset + 2]) << 8) |
                                 static_cast<std::uint32_t>(mac[offset + 3]);
    std::uint32_t modulus = 1;
    for (int i = 0; i < kTotpDigits; ++i) modulus *= 10;
    std::string code = std::to_string(binary % modulus);
    return std::string(kTotpDigits - code.size(), '0') + code;
}

std::optional<std::int64_t> match_totp(std::string_view secret,
                                       std::string_view code,
                                       std::int64_t step) {
    std::optional<std::int64_t> matched;
    // Every candidate is computed and compared, so the time taken does not tell which matched.
    for (std::int64_t candidate = step - 1; candidate <= step + 1; ++candidate) {
        if (secure_equal(totp_code(secret, candidate), code) && !matched) matched = candidate;
    }
    return matched;
}

std::string new_totp_secret() {
    const auto bytes = random_bytes<20>();
    return base32_encode(
        std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::string otpauth_uri(std::string_view issuer,
                        std::string_view account,
                        std::string_view base32_secret) {
    const auto encoded_issuer = percent_encode(issuer);
    return "otpauth://totp/" + encoded_issuer + ":" + percent_encode(account) +
           "?secret=" + std::string(base32_secret) + "&issuer=" + encoded_issuer +
           "&algorithm=SHA1&digits=" + std::to_string(kTotpDigits) +
           "&period=" + std::to_string(kTotpStepSeconds);
}

}  // namespace tanggap::util

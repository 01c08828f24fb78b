#include "util/crypto.hpp"

#include <sodium.h>

#include <array>
#include <optional>
#include <stdexcept>
#include <vector>

namespace tanggap::util {

void init_crypto() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

void fill_random(std::uint8_t* out, std::size_t size) { randombytes_buf(out, size); }

std::string random_token(std::size_t bytes) {
    std::vector<unsigned char> raw(bytes);
    randombytes_buf(raw.data(), raw.size());
    std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                    '\0');
    sodium_bin2base64(
        out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::string sha256_hex(std::string_view data) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string(hex);
}

namespace {

using SealKey = std::array<unsigned char, crypto_secretbox_KEYBYTES>;

SealKey seal_key(std::string_view secret) {
    static constexpr std::string_view kContext = "tanggap-seal-v1";
    SealKey key;
    crypto_generichash(key.data(),
                       key.size(),
                       reinterpret_cast<const unsigned char*>(secret.data()),
                       secret.size(),
                       reinterpret_cast<const unsigned char*>(kContext.data()),
                       kContext.size());
    return key;
}

constexpr int kBase64 = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

}  // namespace

std::string seal(std::string_view secret, std::string_view plaintext) {
    const auto key = seal_key(secret);
    std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                   plaintext.size());
    randombytes_buf(box.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plaintext.data()),
                          plaintext.size(),
                          box.data(),
                          key.data());
    std::string out(sodium_base64_ENCODED_LEN(box.size(), kBase64), '\0');
    sodium_bin2base64(out.data(), out.size(), box.data(), box.size(), kBase64);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::optional<std::string> unseal(std::string_view secret, std::string_view sealed) {
    std::vector<unsigned char> box(sealed.size());
    std::size_t size = 0;
    if (sodium_base642bin(box.data(),
                          box.size(),
                          sealed.data(),
                          sealed.size(),
                          nullptr,
                          &size,
                          nullptr,
                          kBase64) != 0 ||
        size < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
        return std::nullopt;
    }
    const auto key = seal_key(secret);
    std::string plain(size - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   box.data() + crypto_secretbox_NONCEBYTES,
                                   size - crypto_secretbox_NONCEBYTES,
                                   box.data(),
                                   key.data()) != 0) {
        return std::nullopt;
    }
    return plain;
}

bool secure_equal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string hash_password(std::string_view password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out,
                              password.data(),
                              password.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("argon2id ran out of memory");
    }
    return std::string(out);
}

bool verify_password(std::string_view password, const std::string& hash) {
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

namespace {

std::string to_hex(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

// Exactly `size` bytes from hex, or nullopt.
std::optional<std::vector<unsigned char>> from_hex(std::string_view hex, std::size_t size) {
    if (hex.size() != size * 2) return std::nullopt;
    std::vector<unsigned char> out(size);
    std::size_t written = 0;
    if (sodium_hex2bin(
            out.data(), out.size(), hex.data(), hex.size(), nullptr, &written, nullptr) != 0 ||
        written != size) {
        return std::nullopt;
    }
    return out;
}

}  // namespace

SigningKey generate_signing_key() {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    SigningKey key{to_hex(pk, sizeof pk), to_hex(sk, sizeof sk)};
    sodium_memzero(sk, sizeof sk);
    return key;
}

std::string sign(std::string_view secret_key, std::string_view message) {
    auto sk = from_hex(secret_key, crypto_sign_SECRETKEYBYTES);
    if (!sk) return {};
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig,
                         nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(),
                         sk->data());
    sodium_memzero(sk->data(), sk->size());
    return to_hex(sig, sizeof sig);
}

bool verify_signature(std::string_view public_key,
                      std::string_view message,
                      std::string_view signature) {
    auto pk = from_hex(public_key, crypto_sign_PUBLICKEYBYTES);
    auto sig = from_hex(signature, crypto_sign_BYTES);
    if (!pk || !sig) return false;
    return crypto_sign_verify_detached(sig->data(),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(),
                                       pk->data()) == 0;
}

}  // namespace tanggap::util

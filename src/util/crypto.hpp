#pragma once
// Randomness, hashing and password storage, all by libsodium.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::util {

// Must run once before any other function here (libsodium's sodium_init); idempotent.
void init_crypto();

template <std::size_t N>
std::array<std::uint8_t, N> random_bytes();

// `bytes` random bytes as URL-safe base64 without padding (32 bytes -> 43 characters).
std::string random_token(std::size_t bytes = 32);

// Lower-case hex SHA-256: how secrets (tracking tokens, session ids) are stored.
std::string sha256_hex(std::string_view data);

// Constant-time equality, for comparing secrets.
bool secure_equal(std::string_view a, std::string_view b);

// Encrypts `plaintext` under a key derived from `secret` (XSalsa20-Poly1305, random nonce):
// for keeping a value only the holder of the secret can read back. Returns URL-safe base64.
std::string seal(std::string_view secret, std::string_view plaintext);
// The plaintext, or nullopt for a wrong secret or a damaged value.
std::optional<std::string> unseal(std::string_view secret, std::string_view sealed);

// Ed25519 (libsodium crypto_sign), keys and signatures as lower-case hex.
struct SigningKey {
    std::string public_key;  // 32 bytes
    std::string secret_key;  // 64 bytes (seed and public key)
};
SigningKey generate_signing_key();
// Signs `message`; empty for a secret key that is not 64 bytes of hex.
std::string sign(std::string_view secret_key, std::string_view message);
bool verify_signature(std::string_view public_key,
                      std::string_view message,
                      std::string_view signature);

// argon2id (libsodium INTERACTIVE limits: ~70 ms and 64 MiB each; bound the concurrency).
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& hash);

}  // namespace tanggap::util

#include "util/crypto.ipp"

#include "util/crypto.hpp"

#include <gtest/gtest.h>

#include <set>

namespace tanggap::util {
namespace {

TEST(Crypto, RandomTokenIsUrlSafeAndUnique) {
    init_crypto();
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        auto token = random_token();
        EXPECT_EQ(token.size(), 43u);
        EXPECT_EQ(token.find_first_not_of(
                      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  std::string::npos);
        EXPECT_TRUE(seen.insert(token).second);
    }
}

TEST(Crypto, Sha256MatchesKnownVector) {
    init_crypto();
    EXPECT_EQ(sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, PasswordHashIsArgon2idAndVerifies) {
    init_crypto();
    auto hash = hash_password("rahasia-sekali");
    EXPECT_TRUE(hash.starts_with("$argon2id$"));
    EXPECT_TRUE(verify_password("rahasia-sekali", hash));
    EXPECT_FALSE(verify_password("rahasia-sekalI", hash));
}

TEST(Crypto, SecureEqualComparesWholeStrings) {
    EXPECT_TRUE(secure_equal("abc", "abc"));
    EXPECT_FALSE(secure_equal("abc", "abd"));
    EXPECT_FALSE(secure_equal("abc", "abcd"));
}

TEST(Crypto, SealedValuesOpenOnlyWithTheirSecret) {
    init_crypto();
    const auto sealed = seal("kunci-klien-0001", "token-rahasia");
    EXPECT_EQ(sealed.find("token-rahasia"), std::string::npos);
    EXPECT_NE(seal("kunci-klien-0001", "token-rahasia"), sealed) << "a fresh nonce each time";
    EXPECT_EQ(unseal("kunci-klien-0001", sealed), "token-rahasia");
    EXPECT_EQ(unseal("kunci-klien-0002", sealed), std::nullopt);
    auto damaged = sealed;
    damaged[damaged.size() / 2] = damaged[damaged.size() / 2] == 'A' ? 'B' : 'A';
    EXPECT_EQ(unseal("kunci-klien-0001", damaged), std::nullopt);
    EXPECT_EQ(unseal("kunci-klien-0001", "pendek"), std::nullopt);
    EXPECT_EQ(unseal("kunci-klien-0001", "bukan base64!"), std::nullopt);
}

}  // namespace
}  // namespace tanggap::util

namespace tanggap::util {
namespace {

TEST(Crypto, Ed25519SignaturesVerifyOnlyForTheirMessageAndKey) {
    init_crypto();
    const auto key = generate_signing_key();
    EXPECT_EQ(key.public_key.size(), 64u);
    EXPECT_EQ(key.secret_key.size(), 128u);
    const auto signature = sign(key.secret_key, "2026-12-07\n42\nabc");
    EXPECT_EQ(signature.size(), 128u);
    EXPECT_TRUE(verify_signature(key.public_key, "2026-12-07\n42\nabc", signature));
    EXPECT_FALSE(verify_signature(key.public_key, "2026-12-07\n43\nabc", signature));
    EXPECT_FALSE(
        verify_signature(generate_signing_key().public_key, "2026-12-07\n42\nabc", signature));
    EXPECT_FALSE(verify_signature(key.public_key, "2026-12-07\n42\nabc", "zz"));
    EXPECT_EQ(sign("not hex", "x"), "");
}

}  // namespace
}  // namespace tanggap::util

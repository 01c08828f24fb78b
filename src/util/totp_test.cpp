#include "util/totp.hpp"

#include "util/crypto.hpp"

#include <gtest/gtest.h>

namespace tanggap::util {
namespace {

// RFC 4648 section 10.
TEST(Base32, EncodesTheRfcVectorsWithoutPadding) {
    EXPECT_EQ(base32_encode(""), "");
    EXPECT_EQ(base32_encode("f"), "MY");
    EXPECT_EQ(base32_encode("fo"), "MZXQ");
    EXPECT_EQ(base32_encode("foo"), "MZXW6");
    EXPECT_EQ(base32_encode("foob"), "MZXW6YQ");
    EXPECT_EQ(base32_encode("fooba"), "MZXW6YTB");
    EXPECT_EQ(base32_encode("foobar"), "MZXW6YTBOI");
}

TEST(Base32, DecodesWhatPeopleCopyAndRefusesTheRest) {
    EXPECT_EQ(base32_decode("MZXW6YTBOI======"), "foobar");
    EXPECT_EQ(base32_decode("mzxw 6ytb oi"), "foobar");
    EXPECT_EQ(base32_decode("MZXW6YTBO1"), std::nullopt) << "1 is not a base32 digit";
    EXPECT_EQ(base32_decode("MZXW6YTBO"), std::nullopt) << "9 digits encode no whole bytes";
}

// RFC 6238 appendix B, SHA-1 rows; the six digits are the last six of the eight listed.
TEST(Totp, MatchesTheRfc6238Vectors) {
    const std::string secret = "12345678901234567890";
    EXPECT_EQ(totp_code(secret, totp_step(59)), "287082");
    EXPECT_EQ(totp_code(secret, totp_step(1111111109)), "081804");
    EXPECT_EQ(totp_code(secret, totp_step(1111111111)), "050471");
    EXPECT_EQ(totp_code(secret, totp_step(1234567890)), "005924");
    EXPECT_EQ(totp_code(secret, totp_step(2000000000)), "279037");
    EXPECT_EQ(totp_code(secret, totp_step(20000000000)), "353130");
}

TEST(Totp, AcceptsOneStepEitherSideAndNoMore) {
    const std::string secret = "12345678901234567890";
    const std::int64_t now = totp_step(1234567890);
    EXPECT_EQ(match_totp(secret, totp_code(secret, now), now), now);
    EXPECT_EQ(match_totp(secret, totp_code(secret, now - 1), now), now - 1);
    EXPECT_EQ(match_totp(secret, totp_code(secret, now + 1), now), now + 1);
    EXPECT_EQ(match_totp(secret, totp_code(secret, now - 2), now), std::nullopt);
    EXPECT_EQ(match_totp(secret, totp_code(secret, now + 2), now), std::nullopt);
    EXPECT_EQ(match_totp(secret, "", now), std::nullopt);
    EXPECT_EQ(match_totp(secret, "12345", now), std::nullopt);
}

TEST(Totp, NewSecretsAreTwentyRandomBytes) {
    init_crypto();
    const auto secret = new_totp_secret();
    EXPECT_EQ(secret.size(), 32u);
    ASSERT_TRUE(base32_decode(secret));
    EXPECT_EQ(base32_decode(secret)->size(), 20u);
    EXPECT_NE(new_totp_secret(), secret);
}

TEST(Totp, OtpauthUriEncodesIssuerAndAccount) {
    EXPECT_EQ(otpauth_uri("Tanggap Indramayu", "budi@dinsos", "MZXW6YTBOI"),
              "otpauth://totp/Tanggap%20Indramayu:budi%40dinsos?secret=MZXW6YTBOI"
              "&issuer=Tanggap%20Indramayu&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace tanggap::util

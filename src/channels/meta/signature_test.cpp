#include "channels/meta/signature.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tanggap::channels::meta {
namespace {

// printf '%s' '{"object":"page"}' | openssl dgst -sha256 -hmac 'rahasia-aplikasi'
constexpr std::string_view kBody = R"({"object":"page"})";
constexpr std::string_view kSecret = "rahasia-aplikasi";
constexpr std::string_view kHex =
    "7f2a0e374cfe18ce759243567957a027bd64d93d78f3c8ae4456c8a98ba79ee9";

std::string header(std::string_view hex) { return "sha256=" + std::string(hex); }

TEST(Signature, KnownVectorMatches) { EXPECT_TRUE(valid_signature(kBody, header(kHex), kSecret)); }

TEST(Signature, UppercaseHexMatches) {
    std::string upper(kHex);
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_TRUE(valid_signature(kBody, header(upper), kSecret));
}

TEST(Signature, BodyChangedByOneByteFails) {
    EXPECT_FALSE(valid_signature(R"({"object":"pagE"})", header(kHex), kSecret));
}

TEST(Signature, WrongSecretFails) {
    EXPECT_FALSE(valid_signature(kBody, header(kHex), "rahasia-lain"));
}

TEST(Signature, MalformedHeadersFail) {
    EXPECT_FALSE(valid_signature(kBody, "", kSecret));
    EXPECT_FALSE(valid_signature(kBody, kHex, kSecret));  // no "sha256=" prefix
    EXPECT_FALSE(valid_signature(kBody, "sha1=" + std::string(kHex), kSecret));
    EXPECT_FALSE(valid_signature(kBody, header(kHex.substr(2)), kSecret));            // too short
    EXPECT_FALSE(valid_signature(kBody, header(std::string(kHex) + "00"), kSecret));  // too long
    std::string not_hex(kHex);
    not_hex[10] = 'g';
    EXPECT_FALSE(valid_signature(kBody, header(not_hex), kSecret));
}

TEST(Signature, EmptySecretNeverMatches) { EXPECT_FALSE(valid_signature(kBody, header(kHex), "")); }

}  // namespace
}  // namespace tanggap::channels::meta

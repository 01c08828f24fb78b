#include "util/text.hpp"

#include "util/utf8.hpp"

#include <gtest/gtest.h>

namespace tanggap::util {
namespace {

TEST(Trim, DropsAsciiWhiteSpaceAtBothEnds) {
    EXPECT_EQ(trim("  jalan rusak\t\r\n"), "jalan rusak");
    EXPECT_EQ(trim("\v\fgzip\f"), "gzip");
}

TEST(Trim, KeepsWhiteSpaceInside) { EXPECT_EQ(trim(" Jl. Raya  Lohbener "), "Jl. Raya  Lohbener"); }

TEST(Trim, BlankBecomesEmpty) {
    EXPECT_EQ(trim(" \t\r\n"), "");
    EXPECT_EQ(trim(""), "");
}

TEST(Trim, LeavesOtherBytesAlone) {
    // A non-breaking space (U+00A0) is text, not padding: only ASCII white space is trimmed.
    EXPECT_EQ(trim("\xC2\xA0x\xC2\xA0"), "\xC2\xA0x\xC2\xA0");
}

TEST(Utf8Prefix, ALimitInBytesNeverCutsACharacter) {
    EXPECT_EQ(utf8_prefix("budi", 64), "budi");
    EXPECT_EQ(utf8_prefix("budi", 2), "bu");
    // "é" is two bytes: a limit that falls inside it keeps the text before it.
    EXPECT_EQ(utf8_prefix("caf\xc3\xa9", 4), "caf");
    EXPECT_EQ(utf8_prefix("caf\xc3\xa9", 5), "caf\xc3\xa9");
    // A four-byte character (an emoji) cut after any of its bytes goes whole.
    for (std::size_t n = 1; n <= 3; ++n) EXPECT_EQ(utf8_prefix("\xf0\x9f\x98\x80", n), "");
}

}  // namespace
}  // namespace tanggap::util

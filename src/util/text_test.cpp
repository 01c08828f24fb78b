#include "util/text.hpp"

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

}  // namespace
}  // namespace tanggap::util

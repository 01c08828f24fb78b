#include "util/time_format.hpp"

#include <gtest/gtest.h>

namespace tanggap::util {
namespace {

using namespace std::chrono;

TEST(TimeFormat, FormatsInWibWithOffset) {
    Timestamp t = sys_days{2026y / 11 / 25} + 9h;  // 09:00 UTC
    EXPECT_EQ(format_iso8601(t), "2026-11-25T16:00:00+07:00");
}

TEST(TimeFormat, ParsesOffsetsZuluAndDates) {
    Timestamp expected = sys_days{2026y / 11 / 25} + 9h;
    EXPECT_EQ(parse_iso8601("2026-11-25T16:00:00+07:00"), expected);
    EXPECT_EQ(parse_iso8601("2026-11-25T09:00:00Z"), expected);
    EXPECT_EQ(parse_iso8601("2026-11-25T09:00:00.250Z"), expected + 250ms);
    EXPECT_EQ(parse_iso8601("2026-11-26"), sys_days{2026y / 11 / 25} + 17h);  // WIB midnight
}

TEST(TimeFormat, RoundTrips) {
    Timestamp t = sys_days{2021y / 1 / 31} + 23h + 59min + 59s;
    EXPECT_EQ(parse_iso8601(format_iso8601(t)), t);
}

TEST(TimeFormat, RejectsNonsense) {
    for (const char* bad : {"",
                            "2026",
                            "2026-13-01",
                            "2026-02-30",
                            "2026-11-25T16:00:00",
                            "2026-11-25T25:00:00Z",
                            "2026-11-25T16:00:00+7",
                            "yesterday"}) {
        EXPECT_FALSE(parse_iso8601(bad).has_value()) << bad;
    }
}

}  // namespace
}  // namespace tanggap::util

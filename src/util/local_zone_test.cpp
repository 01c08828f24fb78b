#include "util/local_zone.hpp"

#include "util/time_format.hpp"

#include <gtest/gtest.h>

namespace tanggap::util {
namespace {

using namespace std::chrono;

TEST(LocalZone, NamesTheThreeIndonesianZones) {
    EXPECT_EQ(parse_local_zone("WIB"), kWibZone);
    EXPECT_EQ(parse_local_zone("wita"), kWitaZone);
    EXPECT_EQ(parse_local_zone("Asia/Jayapura"), kWitZone);
    EXPECT_EQ(parse_local_zone("Asia/Makassar")->offset, hours(8));
    EXPECT_FALSE(parse_local_zone("UTC"));
    EXPECT_FALSE(parse_local_zone(""));
}

TEST(LocalZone, TimesFollowTheInstallationsZone) {
    const Timestamp at = sys_days{2026y / 11 / 30} + hours(17);  // 00:00 WIB on 1 December
    EXPECT_EQ(local_zone(), kWibZone);
    EXPECT_EQ(format_iso8601(at), "2026-12-01T00:00:00+07:00");
    EXPECT_EQ(format_local_minute(at), "2026-12-01 00:00 WIB");
    {
        ScopedLocalZone papua(kWitZone);
        EXPECT_EQ(format_iso8601(at), "2026-12-01T02:00:00+09:00");
        EXPECT_EQ(format_local_minute(at), "2026-12-01 02:00 WIT");
        // A date alone is local midnight in the zone.
        EXPECT_EQ(parse_iso8601("2026-12-01"), sys_days{2026y / 11 / 30} + hours(15));
    }
    EXPECT_EQ(local_zone(), kWibZone);
}

}  // namespace
}  // namespace tanggap::util

#include "sla/holidays.hpp"

#include "sla/test_calendars.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

namespace tanggap::sla {
namespace {

using namespace std::chrono;

TEST(Holidays, TheShipped2026ListHas17HolidaysAnd8CutiBersama) {
    const auto& holidays = testing::holidays_2026();
    ASSERT_EQ(holidays.size(), 25u);
    EXPECT_EQ(std::count_if(holidays.begin(),
                            holidays.end(),
                            [](const Holiday& h) { return h.kind == HolidayKind::libur_nasional; }),
              17);
    EXPECT_EQ(holidays.front(),
              (Holiday{2026y / 1 / 1, HolidayKind::libur_nasional, "Tahun Baru 2026 Masehi"}));
    EXPECT_EQ(holidays[6],
              (Holiday{2026y / 3 / 20, HolidayKind::cuti_bersama, "Idul Fitri 1447 Hijriah"}));
    EXPECT_EQ(holidays.back(),
              (Holiday{2026y / 12 / 25, HolidayKind::libur_nasional, "Kelahiran Yesus Kristus"}));
}

TEST(Holidays, AcceptsWhatSpreadsheetsWrite) {
    const auto parsed = parse_holidays(
        "\xEF\xBB\xBF"
        "date,kind,name\r\n"
        "\r\n"
        "2027-01-01 , libur_nasional , Tahun Baru 2027 Masehi\r\n"
        "2027-03-10,cuti_bersama,\"Idul Fitri 1448 H, hari kedua\"\r\n"
        "2027-05-01,libur_nasional,\"Hari \"\"Buruh\"\" Internasional\"\n"
        "   \n");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
    ASSERT_EQ(parsed->size(), 3u);
    EXPECT_EQ((*parsed)[0].date, 2027y / 1 / 1);
    EXPECT_EQ((*parsed)[0].name, "Tahun Baru 2027 Masehi");
    EXPECT_EQ((*parsed)[1].kind, HolidayKind::cuti_bersama);
    EXPECT_EQ((*parsed)[1].name, "Idul Fitri 1448 H, hari kedua");
    EXPECT_EQ((*parsed)[2].name, "Hari \"Buruh\" Internasional");
}

TEST(Holidays, AHeaderAloneIsAnEmptyList) {
    const auto parsed = parse_holidays("date,kind,name\n");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_TRUE(parsed->empty());
}

struct BadCase {
    const char* what;
    const char* csv;
    const char* message_start;
    const char* field;
};

TEST(Holidays, RefusesBadRowsNamingTheLine) {
    const BadCase cases[] = {
        {"empty file", "", "Berkas hari libur kosong", "header"},
        {"no header", "2026-01-01,libur_nasional,Tahun Baru\n", "Baris 1: judul kolom", "header"},
        {"header in another order", "kind,date,name\n", "Baris 1: judul kolom", "header"},
        {"30 February",
         "date,kind,name\n2026-01-01,libur_nasional,A\n2026-02-30,cuti_bersama,B\n",
         "Baris 3: tanggal \"2026-02-30\" tidak valid",
         "date"},
        {"slashes", "date,kind,name\n\n2026/03/01,libur_nasional,A\n", "Baris 3: tanggal", "date"},
        {"two-digit year",
         "date,kind,name\n26-03-01,libur_nasional,A\n",
         "Baris 2: tanggal",
         "date"},
        {"sign in a number",
         "date,kind,name\n2026-+3-01,libur_nasional,A\n",
         "Baris 2: tanggal",
         "date"},
        {"unknown kind",
         "date,kind,name\n2026-03-01,libur,A\n",
         "Baris 2: jenis \"libur\" tidak dikenal",
         "kind"},
        {"kind is case sensitive",
         "date,kind,name\n2026-03-01,Cuti_Bersama,A\n",
         "Baris 2: jenis",
         "kind"},
        {"empty name", "date,kind,name\n2026-03-01,cuti_bersama,  \n", "Baris 2: nama", "name"},
        {"two columns",
         "date,kind,name\n2026-03-01,cuti_bersama\n",
         "Baris 2: harus berisi tiga",
         ""},
        {"unquoted comma in the name",
         "date,kind,name\n2026-03-01,cuti_bersama,Idul Fitri, 2\n",
         "Baris 2: harus berisi tiga",
         ""},
        {"unterminated quote",
         "date,kind,name\n2026-03-01,cuti_bersama,\"Idul Fitri\n",
         "Baris 2: harus berisi tiga",
         ""},
        {"text after a closing quote",
         "date,kind,name\n2026-03-01,cuti_bersama,\"A\"B\n",
         "Baris 2: harus berisi tiga",
         ""},
    };
    for (const auto& c : cases) {
        const auto parsed = parse_holidays(c.csv);
        ASSERT_FALSE(parsed.has_value()) << c.what;
        EXPECT_EQ(parsed.error().code, core::ErrorCode::invalid_field) << c.what;
        EXPECT_TRUE(parsed.error().message.starts_with(c.message_start))
            << c.what << ": " << parsed.error().message;
        EXPECT_EQ(parsed.error().field, c.field) << c.what;
    }
}

TEST(Holidays, KindsRoundTrip) {
    for (auto kind : {HolidayKind::libur_nasional, HolidayKind::cuti_bersama}) {
        EXPECT_EQ(parse_holiday_kind(to_string(kind)), kind);
    }
    EXPECT_FALSE(parse_holiday_kind("").has_value());
}

TEST(Holidays, ClosedDatesWithOrWithoutCutiBersama) {
    const auto& holidays = testing::holidays_2026();
    const auto all = closed_dates(holidays);
    const auto national = closed_dates(holidays, false);
    EXPECT_EQ(all.size(), 25u);
    EXPECT_EQ(national.size(), 17u);
    EXPECT_NE(std::find(all.begin(), all.end(), local_days{2026y / 12 / 24}), all.end());
    EXPECT_EQ(std::find(national.begin(), national.end(), local_days{2026y / 12 / 24}),
              national.end());
    EXPECT_NE(std::find(national.begin(), national.end(), local_days{2026y / 12 / 25}),
              national.end());
}

}  // namespace
}  // namespace tanggap::sla

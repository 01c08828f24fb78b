#include "demo/area_data.hpp"

#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace tanggap::demo {
namespace {

using core::ErrorCode;

const std::filesystem::path kAreaData = TANGGAP_SOURCE_DIR "/web/node_modules/idn-area-data/data";

using TempDir = util::TempDir;

TEST(AreaData, ReadsIndramayuFromIdnAreaData) {
    auto area = read_regency_area(kAreaData, "32.12");
    ASSERT_TRUE(area) << area.error().message;
    EXPECT_EQ(area->regency_code, "32.12");
    ASSERT_EQ(area->districts.size(), 31u);
    EXPECT_EQ(area->districts.front().code, "32.12.01");
    EXPECT_EQ(area->districts.front().name, "Haurgeulis");
    EXPECT_EQ(area->districts.back().code, "32.12.31");
    EXPECT_EQ(area->districts.back().name, "Patrol");
    ASSERT_EQ(area->villages.size(), 317u);
    auto kelurahan = std::count_if(area->villages.begin(),
                                   area->villages.end(),
                                   [](const Village& v) { return v.is_kelurahan(); });
    EXPECT_EQ(kelurahan, 8);
    auto krimun = std::find_if(area->villages.begin(), area->villages.end(), [](const Village& v) {
        return v.name == "Krimun";
    });
    ASSERT_NE(krimun, area->villages.end());
    EXPECT_EQ(krimun->district_code, "32.12.20");  // Losarang
    EXPECT_TRUE(std::is_sorted(area->villages.begin(),
                               area->villages.end(),
                               [](const Village& a, const Village& b) { return a.code < b.code; }));
}

TEST(AreaData, MissingDirectoryNamesDistrictsFile) {
    auto area = read_regency_area("/nonexistent/idn-area-data", "32.12");
    ASSERT_FALSE(area);
    EXPECT_EQ(area.error().code, ErrorCode::unavailable);
    EXPECT_NE(area.error().message.find("districts.csv"), std::string::npos);
}

TEST(AreaData, MissingVillagesFileIsNamed) {
    TempDir dir;
    dir.write("districts.csv", "code,regency_code,name\n32.12.20,32.12,Losarang\n");
    auto area = read_regency_area(dir.path(), "32.12");
    ASSERT_FALSE(area);
    EXPECT_EQ(area.error().code, ErrorCode::unavailable);
    EXPECT_NE(area.error().message.find("villages.csv"), std::string::npos);
}

TEST(AreaData, MissingColumnIsInvalid) {
    TempDir dir;
    dir.write("districts.csv", "code,name\n32.12.20,Losarang\n");
    dir.write("villages.csv", "code,district_code,name\n");
    auto area = read_regency_area(dir.path(), "32.12");
    ASSERT_FALSE(area);
    EXPECT_EQ(area.error().code, ErrorCode::invalid_field);
    EXPECT_NE(area.error().message.find("districts.csv"), std::string::npos);
}

TEST(AreaData, RowWithWrongFieldCountNamesLine) {
    TempDir dir;
    dir.write("districts.csv", "code,regency_code,name\n32.12.20,32.12,Losarang\n");
    dir.write("villages.csv", "code,district_code,name\n32.12.20.2001,32.12.20\n");
    auto area = read_regency_area(dir.path(), "32.12");
    ASSERT_FALSE(area);
    EXPECT_EQ(area.error().code, ErrorCode::invalid_field);
    EXPECT_NE(area.error().message.find("Baris 2"), std::string::npos);
}

TEST(AreaData, UnknownRegencyIsInvalid) {
    auto area = read_regency_area(kAreaData, "99.99");
    ASSERT_FALSE(area);
    EXPECT_EQ(area.error().code, ErrorCode::invalid_field);
    EXPECT_EQ(area.error().field, "regency_code");
}

TEST(AreaData, ReadsCrlfQuotedAndReorderedColumns) {
    TempDir dir;
    dir.write("districts.csv",
              "name,code,regency_code\r\nLOSARANG,32.12.20,32.12\r\n\"Kedokan, Bunder\",32.12.28,"
              "32.12\r\nOther,33.01.01,33.01\r\n");
    dir.write("villages.csv",
              "code,district_code,name\r\n32.12.20.2002,32.12.20,Krimun\r\n"
              "32.12.28.1001,32.12.28,Ko\"ol\r\n33.01.01.2001,33.01.01,Elsewhere\r\n");
    auto area = read_regency_area(dir.path(), "32.12");
    ASSERT_TRUE(area) << area.error().message;
    ASSERT_EQ(area->districts.size(), 2u);
    EXPECT_EQ(area->districts[0].name, "Losarang");
    EXPECT_EQ(area->districts[1].name, "Kedokan, Bunder");
    ASSERT_EQ(area->villages.size(), 2u);
    EXPECT_EQ(area->villages[0].name, "Krimun");
    EXPECT_FALSE(area->villages[0].is_kelurahan());
    EXPECT_EQ(area->villages[1].name, "Ko\"ol");
    EXPECT_TRUE(area->villages[1].is_kelurahan());
}

TEST(CsvRecord, SplitsQuotedAndLiteralQuotes) {
    using V = std::vector<std::string>;
    EXPECT_EQ(split_csv_record("a,b,c"), (V{"a", "b", "c"}));
    EXPECT_EQ(split_csv_record("a,\"b,c\",d"), (V{"a", "b,c", "d"}));
    EXPECT_EQ(split_csv_record("\"x\"\"y\""), (V{"x\"y"}));
    EXPECT_EQ(split_csv_record("Soka\"an,2"), (V{"Soka\"an", "2"}));
    EXPECT_EQ(split_csv_record("a,"), (V{"a", ""}));
    EXPECT_EQ(split_csv_record(""), (V{""}));
    EXPECT_FALSE(split_csv_record("\"unclosed,a"));
    EXPECT_FALSE(split_csv_record("\"a\"b,c"));
}

TEST(TitleCase, TitleCasesOnlyNamesInCapitals) {
    EXPECT_EQ(title_case("KABUPATEN ACEH SELATAN"), "Kabupaten Aceh Selatan");
    EXPECT_EQ(title_case("SUNGAI RENGAS II"), "Sungai Rengas II");
    EXPECT_EQ(title_case("Kedokan Bunder"), "Kedokan Bunder");
    EXPECT_EQ(title_case("Tanjung Raja II"), "Tanjung Raja II");
    EXPECT_EQ(title_case("UPT Kampung SP"), "UPT Kampung SP");
    EXPECT_EQ(title_case("12"), "12");
}

}  // namespace
}  // namespace tanggap::demo

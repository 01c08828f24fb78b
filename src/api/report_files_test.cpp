#include "api/report_files.hpp"

#include <gtest/gtest.h>

namespace tanggap::api {
namespace {

TEST(SpreadsheetText, FormulaStartsGetAQuote) {
    EXPECT_EQ(spreadsheet_text("=HYPERLINK(\"http://x\",\"klik\")"),
              "'=HYPERLINK(\"http://x\",\"klik\")");
    EXPECT_EQ(spreadsheet_text("+62 812"), "'+62 812");
    EXPECT_EQ(spreadsheet_text("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
    EXPECT_EQ(spreadsheet_text("@SUM(A1:A9)"), "'@SUM(A1:A9)");
    EXPECT_EQ(spreadsheet_text("\t=1+1"), "'\t=1+1");
    EXPECT_EQ(spreadsheet_text("\r=1+1"), "'\r=1+1");
}

TEST(SpreadsheetText, PlainTextAndNumbersStayAsTheyAre) {
    EXPECT_EQ(spreadsheet_text("Dinas Sosial"), "Dinas Sosial");
    EXPECT_EQ(spreadsheet_text(""), "");
    EXPECT_EQ(spreadsheet_text("a=b"), "a=b");
    EXPECT_EQ(spreadsheet_text("-12"), "-12");
    EXPECT_EQ(spreadsheet_text("-0.5"), "-0.5");
    EXPECT_EQ(spreadsheet_text("-"), "'-");
    EXPECT_EQ(spreadsheet_text("-1e3"), "'-1e3");  // a spreadsheet could read more into it
}

TEST(CsvField, NeutralisesThenQuotes) {
    EXPECT_EQ(csv_field("=1+2,3"), "\"'=1+2,3\"");
    EXPECT_EQ(csv_field("biasa"), "biasa");
    EXPECT_EQ(csv_field("kata \"kutip\""), "\"kata \"\"kutip\"\"\"");
}

TEST(RenderCsv, TextCellsAreNeutralisedNumbersAreNot) {
    ReportTable table{"Uji", {"unit", "selisih"}, {}};
    table.rows.push_back({std::string("=cmd|'/C calc'!A0"), std::int64_t{-3}});
    table.rows.push_back({std::string("-5"), -2.5});
    table.rows.push_back({std::string("@x"), std::monostate{}});
    EXPECT_EQ(render_csv(table),
              "unit,selisih\r\n"
              "'=cmd|'/C calc'!A0,-3\r\n"
              "-5,-2.5\r\n"
              "'@x,\r\n");
}

}  // namespace
}  // namespace tanggap::api

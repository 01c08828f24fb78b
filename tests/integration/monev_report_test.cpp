// The monthly monev PDF over HTTP on the Indramayu demo: who may fetch which unit's report, and
// that the answer is a real one-page PDF download.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tanggap::integration {
namespace {

using MonevReport = DemoServerTest;

constexpr std::string_view kMonev = "/api/v1/reports/monev";

::testing::AssertionResult is_pdf(const Response& r) {
    if (r.status != 200) return ::testing::AssertionFailure() << r.describe();
    if (r.header("Content-Type") != "application/pdf") {
        return ::testing::AssertionFailure() << "Content-Type " << r.header("Content-Type");
    }
    if (!r.body.starts_with("%PDF-") || r.body.find("%%EOF") == std::string::npos) {
        return ::testing::AssertionFailure() << "not a PDF: " << r.body.substr(0, 40);
    }
    if (r.body.find("/Count 1") == std::string::npos) {
        return ::testing::AssertionFailure() << "not one page";
    }
    return ::testing::AssertionSuccess();
}

TEST_F(MonevReport, TheSuperAdminGetsAnyUnitsMonthAsAOnePagePdf) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto pdf = admin->get(std::string(kMonev) + "?unit=dinsos&month=2022-05");
    EXPECT_TRUE(is_pdf(pdf));
    EXPECT_NE(pdf.header("Content-Disposition").find("monev-dinsos-2022-05.pdf"), std::string::npos)
        << pdf.header("Content-Disposition");
    EXPECT_NE(pdf.body.find("Dinas Sosial"), std::string::npos) << "the title names the unit";
    EXPECT_NE(pdf.body.find("Mei 2022"), std::string::npos) << "and the month";
    EXPECT_TRUE(is_pdf(admin->get(std::string(kMonev) + "?unit=dinsos&month=2031-01")))
        << "a month without complaints is still a report";
}

TEST_F(MonevReport, OfficersGetTheirOwnUnitOnly) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_TRUE(is_pdf(officer->get(std::string(kMonev) + "?month=2022-03")));
    EXPECT_TRUE(is_error(officer->get(std::string(kMonev) + "?unit=dpupr"), 403, "forbidden"));
    auto operator_client = make_client();
    ASSERT_TRUE(login(*operator_client, "dinsos.operator"));
    EXPECT_TRUE(is_error(operator_client->get(kMonev), 403, "forbidden"));
    auto anonymous = make_client();
    EXPECT_TRUE(is_error(anonymous->get(kMonev), 401));
}

TEST_F(MonevReport, BadParametersAreNamed) {
    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    EXPECT_TRUE(is_error(bupati->get(kMonev), 422, "invalid_field", "unit"));
    EXPECT_TRUE(is_error(
        bupati->get(std::string(kMonev) + "?unit=tidak_ada"), 422, "invalid_field", "unit"));
    for (const char* month : {"2022-13", "2022-5", "Mei", "2022-05-01"}) {
        EXPECT_TRUE(is_error(bupati->get(std::string(kMonev) + "?unit=dinsos&month=" + month),
                             422,
                             "invalid_field",
                             "month"))
            << month;
    }
}

}  // namespace
}  // namespace tanggap::integration

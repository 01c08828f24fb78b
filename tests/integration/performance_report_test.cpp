// GET /api/v1/reports/performance over HTTP on the Indramayu demo: figures of complaints loaded
// and handled in the test, the CSV and XLSX downloads, and who may see which rows.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using PerformanceReport = DemoServerTest;

constexpr std::string_view kReport = "/api/v1/reports/performance";

json::object report(HttpClient& client, const std::string& query) {
    auto response = client.get(std::string(kReport) + "?" + query);
    EXPECT_EQ(response.status, 200) << query << ": " << response.describe();
    if (response.status != 200) return {};
    return response.json().as_object();
}

json::object row_with_code(const json::object& report, std::string_view code) {
    for (const auto& row : report.at("rows").as_array()) {
        if (row.at("code").as_string() == code) return row.as_object();
    }
    ADD_FAILURE() << "no row " << code << " in " << json::serialize(report);
    return {};
}

std::size_t line_count(const std::string& text) {
    std::size_t lines = 0;
    for (std::size_t at = text.find("\r\n"); at != std::string::npos;
         at = text.find("\r\n", at + 2))
        ++lines;
    return lines;
}

TEST_F(PerformanceReport, FiguresOfComplaintsHandledInThePeriod) {
    auto citizen = make_client();
    auto first = citizen->post_json(
        kComplaints,
        submission("sosial.bansos", "PKH belum cair", "Bantuan PKH kami belum cair tiga bulan."));
    ASSERT_EQ(first.status, 201) << first.describe();
    // Only what this test loads: from its first complaint's creation (RFC 3339, to the second).
    const std::string from = url_encode(string_at(first.json(), "created_at"));
    const Submitted a{
        string_at(first.json(), "ticket"), string_at(first.json(), "tracking_token"), "dinsos"};
    const auto b = submit_ok(
        *citizen,
        submission("sosial.bansos", "BPNT tidak diterima", "Kartu BPNT kami tidak bisa dipakai."));
    const auto c = submit_ok(
        *citizen,
        submission("sosial.bansos", "Data DTKS salah", "Nama ibu kami salah tulis di data DTKS."));

    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    for (const auto& ticket : {a.ticket, b.ticket}) {
        ASSERT_EQ(act(*officer, ticket, {{"action", "verify"}}).status, 200);
        ASSERT_EQ(act(*officer, ticket, {{"action", "start"}}).status, 200);
        ASSERT_EQ(act(*officer, ticket, {{"action", "resolve"}, {"message", "Sudah cair."}}).status,
                  200);
    }
    ASSERT_EQ(feedback(*citizen, a.ticket, a.token, true, 5, "Terima kasih").status, 200);
    ASSERT_EQ(feedback(*citizen, b.ticket, b.token, false, 2, "Belum cair juga").status, 200);

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto by_unit = report(*admin, "group=unit&from=" + from);
    ASSERT_FALSE(by_unit.empty());
    EXPECT_EQ(by_unit.at("group"), json::value("unit"));
    EXPECT_TRUE(by_unit.at("unit").is_null());
    ASSERT_EQ(by_unit.at("rows").as_array().size(), 1u) << json::serialize(by_unit);
    const auto dinsos = row_with_code(by_unit, "dinsos");
    EXPECT_EQ(dinsos.at("rank"), json::value(1));
    EXPECT_EQ(dinsos.at("name"), json::value("Dinas Sosial"));
    EXPECT_EQ(dinsos.at("received"), json::value(3));
    EXPECT_EQ(dinsos.at("assessed"), json::value(3));
    EXPECT_EQ(dinsos.at("within_deadline"), json::value(2));
    EXPECT_DOUBLE_EQ(dinsos.at("within_deadline_pct").to_number<double>(), 66.7);
    EXPECT_EQ(dinsos.at("reopened"), json::value(1));
    EXPECT_DOUBLE_EQ(dinsos.at("reopened_pct").to_number<double>(), 50.0);
    EXPECT_TRUE(dinsos.at("reopened_pct").is_int64()) << "50, not 5E1";
    EXPECT_DOUBLE_EQ(dinsos.at("rating_mean").to_number<double>(), 3.5);
    EXPECT_EQ(dinsos.at("ratings"), json::value(2));
    EXPECT_EQ(dinsos.at("overdue_now"), json::value(0));
    EXPECT_LT(dinsos.at("first_response_median_hours").to_number<double>(), 0.1);
    EXPECT_FALSE(dinsos.at("resolution_p90_hours").is_null());
    EXPECT_EQ(by_unit.at("totals").at("received"), json::value(3));
    ASSERT_EQ(by_unit.at("unit_ranking").as_array().size(), 1u);
    EXPECT_EQ(by_unit.at("unit_ranking").at(0).at("code"), json::value("dinsos"));

    const auto by_officer = report(*admin, "group=officer&from=" + from);
    ASSERT_FALSE(by_officer.empty());
    EXPECT_EQ(row_with_code(by_officer, "dinsos.petugas").at("received"), json::value(2));
    EXPECT_EQ(row_with_code(by_officer, "").at("received"), json::value(1));  // c: not yet

    // CSV: a header, one row per group and the totals.
    auto csv = admin->get(std::string(kReport) + "?group=category&format=csv&from=" + from);
    ASSERT_EQ(csv.status, 200) << csv.describe();
    EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
    EXPECT_NE(csv.header("Content-Disposition").find("attachment; filename="), std::string::npos);
    EXPECT_TRUE(csv.body.starts_with("rank,code,name,received,assessed,within_deadline,"))
        << csv.body;
    EXPECT_EQ(line_count(csv.body), 3u) << csv.body;
    EXPECT_NE(csv.body.find("\r\n1,sosial.bansos,"), std::string::npos) << csv.body;
    EXPECT_NE(csv.body.find("\r\n,,Total,3,3,2,"), std::string::npos) << csv.body;

    auto xlsx = admin->get(std::string(kReport) + "?format=xlsx&from=" + from);
    ASSERT_EQ(xlsx.status, 200) << xlsx.describe();
    EXPECT_EQ(xlsx.header("Content-Type"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_TRUE(xlsx.body.starts_with("PK")) << "not a ZIP file";
    EXPECT_NE(xlsx.header("Content-Disposition").find(".xlsx"), std::string::npos);
}

TEST_F(PerformanceReport, OfficersSeeOnlyTheirOwnUnit) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "pupr.petugas"));
    const auto mine = report(*officer, "group=unit&year=2022");
    ASSERT_FALSE(mine.empty());
    EXPECT_EQ(mine.at("unit"), json::value("dpupr"));
    ASSERT_EQ(mine.at("rows").as_array().size(), 1u) << json::serialize(mine);
    EXPECT_EQ(mine.at("rows").at(0).at("code"), json::value("dpupr"));

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto all = report(*admin, "group=unit&year=2022");
    ASSERT_FALSE(all.empty());
    EXPECT_GT(all.at("rows").as_array().size(), 10u);
    EXPECT_EQ(row_with_code(all, "dpupr").at("received"), mine.at("rows").at(0).at("received"));
    EXPECT_EQ(all.at("totals").at("received"), json::value(845));  // the published 2022 figure
}

TEST_F(PerformanceReport, OperatorsAreForbiddenAndTheAnonymousMustLogIn) {
    auto operator_client = make_client();
    ASSERT_TRUE(login(*operator_client, "dinsos.operator"));
    EXPECT_TRUE(is_error(operator_client->get(kReport), 403, "forbidden"));
    auto anonymous = make_client();
    EXPECT_TRUE(is_error(anonymous->get(kReport), 401, "unauthenticated"));
}

TEST_F(PerformanceReport, BadParametersAreNamed) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "auditor"));
    const std::string base(kReport);
    // A query value that breaks a rule is invalid_field (422), as on every other endpoint.
    EXPECT_TRUE(is_error(admin->get(base + "?group=channel"), 422, "invalid_field", "group"));
    EXPECT_TRUE(is_error(admin->get(base + "?format=pdf"), 422, "invalid_field", "format"));
    EXPECT_TRUE(is_error(admin->get(base + "?from=kemarin"), 422, "invalid_field", "from"));
    EXPECT_TRUE(
        is_error(admin->get(base + "?from=2026-02-01&to=2026-01-01"), 422, "invalid_field", "to"));
    EXPECT_EQ(admin->get(base + "?from=2026-01-01T00:00:00%2B07:00").status, 200);
}

}  // namespace
}  // namespace tanggap::integration

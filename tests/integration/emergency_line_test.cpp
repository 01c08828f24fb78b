// The emergency line (112) on the Indramayu demo: an emergency call is filed at once with the
// unit on duty, due in minutes, and the unit is alerted; a non-emergency becomes a regular
// complaint and the caller is told the ticket and the right channel; the line's figures count
// the calls that were not emergencies.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

using EmergencyLine = DemoServerTest;

constexpr std::string_view kCalls = "/api/v1/staff/emergency-calls";

json::object call(std::string_view kind, std::string_view description) {
    return {{"kind", kind},
            {"description", description},
            {"location", {{"address", "Jl. Jenderal Sudirman, depan Pasar Baru"}}},
            {"reporter", {{"name", "Penelepon"}, {"phone", "081355501234"}}}};
}

TEST_F(EmergencyLine, AFireIsFiledWithTheUnitOnDutyDueInMinutesAndTheUnitIsAlerted) {
    auto op = make_client();
    ASSERT_TRUE(login(*op, "operator.112"));
    const auto before = util::now();
    auto taken = op->post_json(kCalls, call("fire", "Rumah terbakar, api sudah membesar."));
    ASSERT_EQ(taken.status, 201) << taken.describe();
    const auto answer = taken.json();
    EXPECT_EQ(answer.at("emergency"), true);
    EXPECT_EQ(string_at(answer, "unit.code"), "satpolpp-damkar");
    auto due = util::parse_iso8601(string_at(answer, "due_at"));
    ASSERT_TRUE(due) << taken.describe();
    EXPECT_LE(*due - before, 11min) << "verification of an emergency is due in 10 minutes";
    EXPECT_NE(string_at(answer, "advice").find(string_at(answer, "ticket")), std::string::npos);

    const auto ticket = string_at(answer, "ticket");
    auto board = op->get(kCalls);
    ASSERT_EQ(board.status, 200) << board.describe();
    bool on_board = false;
    const auto board_rows = board.json();
    for (const auto& row : board_rows.at("items").as_array()) {
        if (row.at("ticket") == json::value(ticket)) {
            on_board = true;
            EXPECT_EQ(row.at("emergency"), true);
        }
    }
    EXPECT_TRUE(on_board) << "the operator's board shows the call another unit now holds";

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto view = staff_view(*admin, ticket);
    EXPECT_EQ(string_at(view.json(), "channel"), "emergency_112");
    EXPECT_EQ(string_at(view.json(), "category.code"), "kebakaran");
}

TEST_F(EmergencyLine, ANonEmergencyIsARegularComplaintAndTheCallerIsToldTheRightChannel) {
    auto op = make_client();
    ASSERT_TRUE(login(*op, "operator.112"));
    auto body = call("non_emergency", "Jalan berlubang di depan SD, sudah dua bulan.");
    body["category"] = "infrastruktur.jalan_rusak";
    auto taken = op->post_json(kCalls, body);
    ASSERT_EQ(taken.status, 201) << taken.describe();
    const auto answer = taken.json();
    EXPECT_EQ(answer.at("emergency"), false);
    EXPECT_EQ(string_at(answer, "unit.code"), "dpupr");
    const auto advice = string_at(answer, "advice");
    EXPECT_NE(advice.find(string_at(answer, "ticket")), std::string::npos) << advice;
    EXPECT_NE(advice.find("112 khusus keadaan darurat"), std::string::npos) << advice;

    auto figures = op->get("/api/v1/reports/emergency-line");
    ASSERT_EQ(figures.status, 200) << figures.describe();
    const auto f = figures.json();
    EXPECT_GE(f.at("non_emergency").as_int64(), 1);
    EXPECT_EQ(f.at("calls").as_int64(),
              f.at("emergency").as_int64() + f.at("non_emergency").as_int64());
    bool listed = false;
    for (const auto& row : f.at("by_category").as_array()) {
        if (row.at("category") == "infrastruktur.jalan_rusak") {
            listed = true;
            EXPECT_EQ(row.at("emergency"), false);
        }
    }
    EXPECT_TRUE(listed) << figures.describe();
}

TEST_F(EmergencyLine, BadCallsAndOtherRolesAreRefused) {
    auto op = make_client();
    ASSERT_TRUE(login(*op, "operator.112"));
    EXPECT_TRUE(is_error(op->post_json(kCalls, call("alien", "Ada piring terbang di sawah.")),
                         422,
                         "invalid_field",
                         "kind"));
    EXPECT_TRUE(
        is_error(op->post_json(kCalls, call("fire", "")), 422, "invalid_field", "description"));
    // Without a category a non-emergency waits for Diskominfo's triage.
    auto triage = op->post_json(kCalls, call("non_emergency", "Lampu jalan mati di gang kami."));
    ASSERT_EQ(triage.status, 201) << triage.describe();
    EXPECT_EQ(string_at(triage.json(), "unit.code"), "diskominfo");
    EXPECT_EQ(string_at(triage.json(), "advice").find("127.0.0.1:0"), std::string::npos)
        << "the link names the port the server listens on";
    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    EXPECT_TRUE(is_error(bupati->post_json(kCalls, call("fire", "Kebakaran di pasar.")), 403));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_TRUE(is_error(officer->get("/api/v1/reports/emergency-line"), 403));
    EXPECT_TRUE(is_error(officer->get(std::string(kCalls)), 403));
}

}  // namespace
}  // namespace tanggap::integration

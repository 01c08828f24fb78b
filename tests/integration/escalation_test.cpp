// Reminders and escalation over HTTP on the Indramayu demo. Time is driven by `tanggap sweep
// --at` run as a second process on the running server's database (no sleeping): the unit's
// reason for being late travels up, Diskominfo and then the Bupati see the complaint in their
// escalation lists and notifications, and two sweeps at once never send anything twice.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "domain/time.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

domain::Timestamp due_of(HttpClient& staff, const std::string& ticket) {
    auto view = staff_view(staff, ticket);
    EXPECT_EQ(view.status, 200) << view.describe();
    auto parsed = util::parse_iso8601(string_at(view.json(), "due_at"));
    EXPECT_TRUE(parsed) << view.describe();
    return parsed.value_or(domain::Timestamp{});
}

std::vector<json::object> notifications(HttpClient& client) {
    auto response = client.get("/api/v1/staff/notifications?limit=200");
    EXPECT_EQ(response.status, 200) << response.describe();
    std::vector<json::object> out;
    if (response.status != 200) return out;
    const auto body = response.json();
    for (const auto& item : array_at(body, "items")) out.push_back(item.as_object());
    return out;
}

int count_for(const std::vector<json::object>& items, const std::string& ticket, int level) {
    return static_cast<int>(std::count_if(items.begin(), items.end(), [&](const auto& n) {
        return n.at("ticket") == json::value(ticket) && n.at("kind") == "escalation" &&
               n.at("level") == level;
    }));
}

bool listed(HttpClient& client, const std::string& query, const std::string& ticket) {
    auto items = inbox_items(client, query);
    return std::any_of(items.begin(), items.end(), [&](const json::object& item) {
        return item.at("ticket") == json::value(ticket);
    });
}

int escalate_events(HttpClient& staff, const std::string& ticket) {
    const auto view = staff_view(staff, ticket).json();
    int n = 0;
    for (const auto& event : array_at(view, "history")) {
        if (string_at(event, "action") == "escalate") ++n;
    }
    return n;
}

class Escalation : public DemoServerTest {
  protected:
    // Runs `tanggap sweep` on the suite server's data at `at`; adds a failure unless it exits 0.
    static std::string sweep_at(domain::Timestamp at) {
        std::vector<std::string> args{"sweep", "--at", util::format_iso8601(at)};
        const auto store = server().store_args();
        args.insert(args.end(), store.begin(), store.end());
        auto result = run_tanggap(args);
        EXPECT_EQ(result.status.code, 0) << result.output;
        return result.output;
    }

    static std::string new_bansos_complaint() {
        auto citizen = make_client();
        return submit_ok(
                   *citizen,
                   submission("sosial.bansos",
                              "Bansos BPNT tidak diterima",
                              "Sudah dua bulan bantuan pangan non tunai tidak masuk ke kartu."))
            .ticket;
    }
};

TEST_F(Escalation, AMissedDeadlineClimbsToDiskominfoThenTheBupatiWithTheUnitsReason) {
    const auto ticket = new_bansos_complaint();
    ASSERT_FALSE(ticket.empty());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const auto due = due_of(*officer, ticket);

    auto explained = act(
        *officer, ticket, {{"action", "explain_delay"}, {"note", "Menunggu verifikasi data DTKS"}});
    ASSERT_EQ(explained.status, 200) << explained.describe();
    EXPECT_EQ(string_at(explained.json(), "late_reason"), "Menunggu verifikasi data DTKS");
    auto refused = act(*officer, ticket, {{"action", "escalate"}, {"note", "tolong"}});
    EXPECT_TRUE(is_error(refused, 403, "forbidden"));

    sweep_at(due + 1h);
    auto view = staff_view(*officer, ticket).json();
    EXPECT_EQ(view.at("escalation_level"), 1);

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_TRUE(listed(*admin, "escalated=1", ticket));
    EXPECT_FALSE(listed(*admin, "escalated=2", ticket));
    auto to_admin = notifications(*admin);
    EXPECT_EQ(count_for(to_admin, ticket, 1), 1);
    auto note = std::find_if(to_admin.begin(), to_admin.end(), [&](const auto& n) {
        return n.at("ticket") == json::value(ticket);
    });
    ASSERT_NE(note, to_admin.end());
    EXPECT_NE(std::string(note->at("text").as_string()).find("Menunggu verifikasi data DTKS"),
              std::string::npos);

    sweep_at(due + 24h * 10);
    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    EXPECT_TRUE(listed(*bupati, "escalated=2&status=open", ticket));
    auto rows = inbox_items(*bupati, "escalated=2");
    auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) {
        return r.at("ticket") == json::value(ticket);
    });
    ASSERT_NE(row, rows.end());
    EXPECT_EQ(row->at("escalation_level"), 2);
    EXPECT_EQ(row->at("late_reason"), "Menunggu verifikasi data DTKS");
    EXPECT_EQ(string_at(json::value(*row), "unit.code"), "dinsos");
    EXPECT_EQ(count_for(notifications(*bupati), ticket, 2), 1);
    EXPECT_EQ(count_for(notifications(*bupati), ticket, 1), 0) << "level 1 is Diskominfo's";
    EXPECT_EQ(escalate_events(*admin, ticket), 2);

    auto again = act(*admin, ticket, {{"action", "escalate"}, {"note", "lagi"}});
    EXPECT_TRUE(is_error(again, 409, "illegal_transition"));

    // The unit acts: a new step starts at the foot of the ladder.
    auto verified = act(*officer, ticket, {{"action", "verify"}});
    ASSERT_EQ(verified.status, 200) << verified.describe();
    EXPECT_EQ(verified.json().at("escalation_level"), 0);
    EXPECT_FALSE(listed(*bupati, "escalated=2", ticket));
    EXPECT_GE(count_for(notifications(*officer), ticket, 2), 1) << "the unit knows who watches";
}

TEST_F(Escalation, TheDemoStartsWithAMonthOldComplaintOnTheBupatisList) {
    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    auto rows = inbox_items(*bupati, "escalated=2");
    auto pkh = std::find_if(rows.begin(), rows.end(), [](const auto& r) {
        return r.at("title") == "PKH tidak cair tiga bulan";
    });
    ASSERT_NE(pkh, rows.end()) << "demo/recent_complaints.cpp files it 30 days back";
    EXPECT_EQ(string_at(json::value(*pkh), "unit.code"), "dinsos");
    EXPECT_EQ(pkh->at("late_reason"), "Menunggu validasi data DTKS dari Kementerian Sosial.");
}

TEST_F(Escalation, TwoSweepsAtOnceSendEachEscalationOnce) {
    const auto ticket = new_bansos_complaint();
    ASSERT_FALSE(ticket.empty());
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto at = due_of(*admin, ticket) + 24h * 30;
    auto first = std::async(std::launch::async, [&] { return sweep_at(at); });
    auto second = std::async(std::launch::async, [&] { return sweep_at(at); });
    first.get();
    second.get();
    EXPECT_EQ(escalate_events(*admin, ticket), 2);
    EXPECT_EQ(count_for(notifications(*admin), ticket, 1), 1);
}

TEST_F(Escalation, BadParametersAreNamed) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_TRUE(
        is_error(admin->get("/api/v1/inbox?escalated=3"), 422, "invalid_field", "escalated"));
    EXPECT_TRUE(
        is_error(admin->get("/api/v1/staff/notifications?limit=0"), 422, "invalid_field", "limit"));
    EXPECT_TRUE(is_error(
        admin->get("/api/v1/staff/notifications?before=x"), 422, "invalid_field", "before"));
    auto anonymous = make_client();
    EXPECT_TRUE(is_error(anonymous->get("/api/v1/staff/notifications"), 401));
}

TEST_F(Escalation, TheSweepCommandRefusesABadTime) {
    auto result =
        run_tanggap({"sweep", "--data", (server().dir() / "data").string(), "--at", "kemarin"});
    EXPECT_EQ(result.status.code, 1) << result.output;
    EXPECT_NE(result.output.find("--at"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace tanggap::integration

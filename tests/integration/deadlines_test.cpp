// Deadlines over HTTP on the Indramayu demo: a new complaint's staff view and inbox row carry the
// due time of its current step, computed here independently with the SLA library from the times
// the server reports.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "sla/calendar.hpp"
#include "sla/deadline_policy.hpp"
#include "sla/holidays.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

using Deadlines = DemoServerTest;

// The office calendar the server should use: WIB, Monday to Friday 08:00-16:00, closed on the
// shipped 2026 holidays and cuti bersama.
const sla::WorkCalendar& office_calendar() {
    static const sla::WorkCalendar calendar = [] {
        std::ifstream in(TANGGAP_SOURCE_DIR "/src/sla/data/hari-libur-2026.csv", std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        sla::CalendarSpec spec;
        spec.closed_dates = sla::closed_dates(sla::parse_holidays(text.str()).value());
        return sla::WorkCalendar::make(spec).value();
    }();
    return calendar;
}

domain::Timestamp parse_time(const std::string& text) {
    auto parsed = util::parse_iso8601(text);
    EXPECT_TRUE(parsed) << "not an ISO 8601 time: '" << text << "'";
    return parsed.value_or(domain::Timestamp{});
}

// The due times (as the API writes them, to the second) a step of the SP4N-LAPOR! policy may
// have when its clock started at `start_text`: the API drops the milliseconds the server
// counted from, so both ends of that second are allowed.
std::set<std::string> expected_due(const std::string& start_text, sla::Step step) {
    const auto start = parse_time(start_text);
    const auto& policy = *sla::find_builtin_policy("sp4n_lapor");
    std::set<std::string> out;
    for (auto t : {start, start + 999ms}) {
        out.insert(util::format_iso8601(*sla::due_at(t, policy, step, office_calendar())));
    }
    return out;
}

// The single entry of the view's "deadlines", checked for shape.
json::object only_deadline(const json::value& view) {
    const auto& deadlines = array_at(view, "deadlines");
    EXPECT_EQ(deadlines.size(), 1u) << json::serialize(view);
    if (deadlines.size() != 1 || !deadlines[0].is_object()) return {};
    return deadlines[0].as_object();
}

json::object inbox_row(HttpClient& client, const std::string& query, const std::string& ticket) {
    for (auto& item : inbox_items(client, query)) {
        if (item.contains("ticket") && item.at("ticket") == json::value(ticket)) return item;
    }
    ADD_FAILURE() << "ticket " << ticket << " not in the inbox for " << query;
    return {};
}

// The time of the last history entry.
std::string last_event_at(const json::value& view) {
    const auto& history = array_at(view, "history");
    return history.empty() ? std::string() : string_at(history.back(), "at");
}

// A complaint filed under the wrong category is corrected by the unit: the status and unit
// stay, the category changes, and the open step is due under the new category's policy
// (Kebencanaan is an emergency: verification in 10 minutes from the report, around the clock).
TEST_F(Deadlines, ACorrectedCategoryRecountsTheOpenStep) {
    auto citizen = make_client();
    auto submitted = citizen->post_json(
        kComplaints,
        submission("sosial.bansos",
                   "Tanggul jebol, rumah warga terendam",
                   "Tanggul sungai jebol tadi malam dan air masuk ke rumah warga di RT 03."));
    ASSERT_EQ(submitted.status, 201) << submitted.describe();
    const std::string ticket = string_at(submitted.json(), "ticket");
    const std::string created_at = string_at(submitted.json(), "created_at");

    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_TRUE(is_error(
        act(*officer, ticket, {{"action", "recategorize"}}), 422, "invalid_field", "category"));
    EXPECT_TRUE(
        is_error(act(*officer, ticket, {{"action", "recategorize"}, {"category", "tidak.ada"}}),
                 422,
                 "invalid_field",
                 "category"));
    EXPECT_TRUE(
        is_error(act(*officer, ticket, {{"action", "recategorize"}, {"category", "sosial.bansos"}}),
                 422,
                 "invalid_field",
                 "category"));
    auto auditor = make_client();
    ASSERT_TRUE(login(*auditor, "auditor"));
    EXPECT_EQ(
        act(*auditor, ticket, {{"action", "recategorize"}, {"category", "kebencanaan"}}).status,
        403);

    auto changed = act(*officer,
                       ticket,
                       {{"action", "recategorize"},
                        {"category", "kebencanaan"},
                        {"note", "Banjir, bukan bansos."}});
    ASSERT_EQ(changed.status, 200) << changed.describe();
    const auto view = changed.json();
    EXPECT_EQ(string_at(view, "status"), "diterima");
    EXPECT_EQ(string_at(view, "category.code"), "kebencanaan");
    EXPECT_EQ(string_at(view, "unit.code"), "dinsos");
    auto deadline = only_deadline(view);
    EXPECT_EQ(string_at(deadline, "step"), "verification");
    EXPECT_EQ(string_at(deadline, "due_at"),
              util::format_iso8601(parse_time(created_at) + std::chrono::minutes{10}));
    const auto& history = array_at(view, "history");
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(string_at(history.back(), "action"), "recategorize");
    EXPECT_EQ(string_at(history.back(), "internal_note"),
              "kategori: sosial.bansos -> kebencanaan; Banjir, bukan bansos.");
    EXPECT_EQ(string_at(staff_view(*officer, ticket).json(), "category.code"), "kebencanaan")
        << "stored, not only answered";
}

TEST_F(Deadlines, EachStepOfABansosComplaintShowsItsDueTime) {
    auto citizen = make_client();
    auto submitted = citizen->post_json(
        kComplaints,
        submission("sosial.bansos",
                   "PKH belum cair tiga bulan",
                   "Bantuan PKH keluarga kami belum cair sejak tiga bulan, padahal terdaftar."));
    ASSERT_EQ(submitted.status, 201) << submitted.describe();
    const std::string ticket = string_at(submitted.json(), "ticket");
    const std::string created_at = string_at(submitted.json(), "created_at");
    ASSERT_FALSE(ticket.empty());

    // Received: verification, 3 working days from the report (the category's demo policy code
    // is not a built-in one, so sp4n_lapor applies).
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto view_response = staff_view(*officer, ticket);
    ASSERT_EQ(view_response.status, 200) << view_response.describe();
    auto view = view_response.json();
    auto deadline = only_deadline(view);
    EXPECT_EQ(string_at(deadline, "step"), "verification");
    const auto verification_due = string_at(deadline, "due_at");
    EXPECT_TRUE(expected_due(created_at, sla::Step::verification).contains(verification_due))
        << "created " << created_at << ", due " << verification_due;
    EXPECT_EQ(deadline["overdue"], json::value(false));
    EXPECT_EQ(view.as_object()["escalation_level"], json::value(0));
    EXPECT_EQ(string_at(view, "due_at"), verification_due);

    // The inbox row carries the same due time.
    EXPECT_EQ(string_at(inbox_row(*officer, "status=diterima", ticket), "due_at"),
              verification_due);

    // Verified: follow_up, 5 working days from the verification.
    auto verified = act(*officer, ticket, {{"action", "verify"}});
    ASSERT_EQ(verified.status, 200) << verified.describe();
    EXPECT_EQ(string_at(verified.json(), "status"), "diverifikasi");
    view = staff_view(*officer, ticket).json();
    deadline = only_deadline(view);
    EXPECT_EQ(string_at(deadline, "step"), "follow_up");
    const auto follow_up_due = string_at(deadline, "due_at");
    EXPECT_NE(follow_up_due, verification_due);
    EXPECT_TRUE(expected_due(last_event_at(view), sla::Step::follow_up).contains(follow_up_due))
        << "verified " << last_event_at(view) << ", due " << follow_up_due;
    EXPECT_EQ(deadline["overdue"], json::value(false));
    EXPECT_EQ(string_at(inbox_row(*officer, "status=diverifikasi", ticket), "due_at"),
              follow_up_due);
    // The action's answer shows the same deadline.
    EXPECT_EQ(string_at(only_deadline(verified.json()), "due_at"), follow_up_due);

    // Work started: resolution, 60 days from the report.
    auto started = act(*officer, ticket, {{"action", "start"}});
    ASSERT_EQ(started.status, 200) << started.describe();
    deadline = only_deadline(started.json());
    EXPECT_EQ(string_at(deadline, "step"), "resolution");
    EXPECT_EQ(string_at(deadline, "due_at"),
              util::format_iso8601(parse_time(created_at) + std::chrono::days{60}));

    // Resolved: nothing is due from the unit any more.
    auto resolved = act(
        *officer, ticket, {{"action", "resolve"}, {"message", "PKH sudah disalurkan bulan ini."}});
    ASSERT_EQ(resolved.status, 200) << resolved.describe();
    view = staff_view(*officer, ticket).json();
    EXPECT_EQ(string_at(view, "status"), "selesai");
    EXPECT_TRUE(array_at(view, "deadlines").empty()) << json::serialize(view);
    EXPECT_EQ(view.as_object()["escalation_level"], json::value(0));
    const auto* due = find_path(view, "due_at");
    ASSERT_NE(due, nullptr);
    EXPECT_TRUE(due->is_null()) << json::serialize(*due);
}

}  // namespace
}  // namespace tanggap::integration

// The deadline settings over HTTP: the super admin changes a policy, a unit's own policy and a
// year's holidays while the server runs, and an open complaint's due time follows each change
// at once (checked against the SLA library with the holidays the server reports); other roles
// are refused; a server set to WITA speaks +08:00.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "sla/calendar.hpp"
#include "sla/deadline_policy.hpp"
#include "sla/holidays.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

using DeadlineSettings = DemoServerTest;

constexpr std::string_view kPolicies = "/api/v1/admin/deadline-policies";

Response put_json(HttpClient& client, std::string_view target, const json::value& body) {
    return client.send("PUT", target, json::serialize(body), "application/json");
}

// Every holiday the server closes its office on, from its public list.
std::vector<sla::Holiday> server_holidays(HttpClient& client) {
    auto listed = client.get("/api/v1/holidays");
    EXPECT_EQ(listed.status, 200) << listed.describe();
    std::string csv = "date,kind,name\n";
    const auto body = listed.json();
    for (const auto& h : body.as_array()) {
        csv += string_at(h, "date") + "," + string_at(h, "kind") + ",\"" + string_at(h, "name") +
               "\"\n";
    }
    auto parsed = sla::parse_holidays(csv);
    EXPECT_TRUE(parsed) << parsed.error().message;
    return parsed ? *parsed : std::vector<sla::Holiday>{};
}

sla::WorkCalendar office_calendar(const std::vector<sla::Holiday>& holidays) {
    sla::CalendarSpec spec;  // WIB, Monday to Friday 08:00-16:00
    spec.closed_dates = sla::closed_dates(holidays);
    return sla::WorkCalendar::make(spec).value();
}

// The due times (to the second, as the API writes them) of `limit` from `start_text`; the API
// drops the milliseconds the server counted from, so both ends of that second are allowed.
std::set<std::string> expected_due(const std::string& start_text,
                                   const sla::StepLimit& limit,
                                   const sla::WorkCalendar& calendar) {
    const auto start = util::parse_iso8601(start_text).value();
    std::set<std::string> out;
    for (auto t : {start, start + 999ms}) {
        out.insert(util::format_iso8601(sla::due_at(t, limit, calendar)));
    }
    return out;
}

// The verification limit of sp4n_lapor (bansos's policy) as the server has it now: tests of
// one suite share a server, and another test may have changed it.
sla::StepLimit sp4n_verification(HttpClient& admin) {
    auto listed = admin.get(kPolicies);
    EXPECT_EQ(listed.status, 200) << listed.describe();
    const auto body = listed.json();
    for (const auto& p : array_at(body, "items")) {
        if (string_at(p, "code") != "sp4n_lapor") continue;
        for (const auto& step : array_at(p, "steps")) {
            if (string_at(step, "step") != "verification") continue;
            return {sla::Step::verification,
                    step.at("amount").as_int64(),
                    *sla::parse_limit_unit(string_at(step, "unit"))};
        }
    }
    ADD_FAILURE() << "sp4n_lapor has no verification limit";
    return {sla::Step::verification, 3, sla::LimitUnit::working_days};
}

std::string verification_due(HttpClient& staff, const std::string& ticket) {
    auto view = staff_view(staff, ticket);
    EXPECT_EQ(view.status, 200) << view.describe();
    const auto body = view.json();
    const auto& deadlines = array_at(body, "deadlines");
    return deadlines.empty() ? std::string() : string_at(deadlines[0], "due_at");
}

struct Filed {
    std::string ticket;
    std::string created_at;
};

Filed file_bansos(HttpClient& citizen) {
    auto submitted = citizen.post_json(
        kComplaints,
        submission(
            "sosial.bansos", "Bansos belum cair", "Sudah tiga bulan bantuan PKH belum cair."));
    EXPECT_EQ(submitted.status, 201) << submitted.describe();
    return {string_at(submitted.json(), "ticket"), string_at(submitted.json(), "created_at")};
}

TEST_F(DeadlineSettings, OnlyTheSuperAdminSeesOrChangesThem) {
    for (const char* user : {"dinsos.petugas", "bupati", "operator.112"}) {
        auto staff = make_client();
        ASSERT_TRUE(login(*staff, user));
        EXPECT_TRUE(is_error(staff->get(kPolicies), 403, "forbidden")) << user;
        EXPECT_TRUE(is_error(
            put_json(*staff, "/api/v1/admin/holidays/2027", json::object{{"items", json::array{}}}),
            403,
            "forbidden"))
            << user;
    }
    auto anonymous = make_client();
    EXPECT_EQ(anonymous->get(kPolicies).status, 401);

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto listed = admin->get(kPolicies);
    ASSERT_EQ(listed.status, 200) << listed.describe();
    const auto body = listed.json();
    EXPECT_EQ(array_at(body, "steps").size(), 4u);
    EXPECT_EQ(array_at(body, "limit_units").size(), 5u);
    bool sp4n_required = false;
    for (const auto& p : array_at(body, "items")) {
        if (string_at(p, "code") == "sp4n_lapor") sp4n_required = p.at("required").as_bool();
    }
    EXPECT_TRUE(sp4n_required);
}

TEST_F(DeadlineSettings, AFasterPolicyMovesAnOpenComplaintsDueTimeAtOnce) {
    auto citizen = make_client();
    const auto filed = file_bansos(*citizen);
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto calendar = office_calendar(server_holidays(*admin));
    const sla::StepLimit three_days{sla::Step::verification, 3, sla::LimitUnit::working_days};
    EXPECT_TRUE(expected_due(filed.created_at, three_days, calendar)
                    .contains(verification_due(*officer, filed.ticket)));

    // Bad input names its field and changes nothing.
    const std::string target = std::string(kPolicies) + "/sp4n_lapor";
    EXPECT_TRUE(is_error(put_json(*admin, target, json::object{}), 422, "invalid_field", "steps"));
    EXPECT_TRUE(is_error(
        put_json(*admin,
                 target,
                 json::object{
                     {"steps",
                      json::array{json::object{
                          {"step", "verification"}, {"amount", 0}, {"unit", "working_days"}}}}}),
        422,
        "invalid_field",
        "steps[0].amount"));
    EXPECT_TRUE(is_error(
        put_json(
            *admin,
            target,
            json::object{{"steps",
                          json::array{json::object{
                              {"step", "verification"}, {"amount", 1}, {"unit", "fortnights"}}}}}),
        422,
        "invalid_field",
        "steps[0].unit"));
    EXPECT_TRUE(is_error(
        put_json(
            *admin, std::string(kPolicies) + "/Bad-Code", json::object{{"steps", json::array{}}}),
        422,
        "invalid_field",
        "code"));

    // Verification within 4 working hours.
    json::array steps{
        json::object{{"step", "verification"}, {"amount", 4}, {"unit", "working_hours"}},
        json::object{{"step", "follow_up"}, {"amount", 5}, {"unit", "working_days"}},
        json::object{{"step", "resolution"}, {"amount", 60}, {"unit", "calendar_days"}},
        json::object{{"step", "info_wait"}, {"amount", 30}, {"unit", "calendar_days"}}};
    auto saved = put_json(*admin, target, json::object{{"steps", steps}});
    ASSERT_EQ(saved.status, 200) << saved.describe();
    EXPECT_GE(saved.json().at("recounted").as_int64(), 1);
    EXPECT_EQ(array_at(saved.json(), "policy.steps").size(), 4u);
    const sla::StepLimit four_hours{sla::Step::verification, 4, sla::LimitUnit::working_hours};
    EXPECT_TRUE(expected_due(filed.created_at, four_hours, calendar)
                    .contains(verification_due(*officer, filed.ticket)));
    // The next complaint is counted under it too.
    const auto next = file_bansos(*citizen);
    EXPECT_TRUE(expected_due(next.created_at, four_hours, calendar)
                    .contains(verification_due(*officer, next.ticket)));

    // A new policy is 201; the required one cannot be deleted; an unused new one can.
    auto created = put_json(
        *admin,
        std::string(kPolicies) + "/kilat_2_jam",
        json::object{{"steps",
                      json::array{json::object{
                          {"step", "follow_up"}, {"amount", 2}, {"unit", "calendar_hours"}}}}});
    EXPECT_EQ(created.status, 201) << created.describe();
    EXPECT_TRUE(is_error(admin->send("DELETE", target), 409, "conflict"));
    EXPECT_EQ(admin->send("DELETE", std::string(kPolicies) + "/kilat_2_jam").status, 204);
    EXPECT_TRUE(
        is_error(admin->send("DELETE", std::string(kPolicies) + "/kilat_2_jam"), 404, "not_found"));
}

TEST_F(DeadlineSettings, AUnitsOwnPolicyAppliesToItsComplaintsOnly) {
    auto citizen = make_client();
    const auto filed = file_bansos(*citizen);
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const std::string target = "/api/v1/admin/unit-deadline-policies/dinsos/sosial.bansos";
    EXPECT_TRUE(is_error(put_json(*admin, target, json::object{{"policy", "tidak_ada"}}),
                         422,
                         "invalid_field",
                         "policy"));
    EXPECT_TRUE(is_error(put_json(*admin,
                                  "/api/v1/admin/unit-deadline-policies/tidak-ada/sosial.bansos",
                                  json::object{{"policy", "teknis_24"}}),
                         404,
                         "not_found"));
    auto saved = put_json(*admin, target, json::object{{"policy", "teknis_24"}});
    ASSERT_EQ(saved.status, 200) << saved.describe();
    EXPECT_EQ(string_at(saved.json(), "unit_policy.unit.code"), "dinsos");
    EXPECT_GE(saved.json().at("recounted").as_int64(), 1);
    // teknis_24 verifies within 1 working day.
    const auto calendar = office_calendar(server_holidays(*admin));
    const sla::StepLimit one_day{sla::Step::verification, 1, sla::LimitUnit::working_days};
    EXPECT_TRUE(expected_due(filed.created_at, one_day, calendar)
                    .contains(verification_due(*officer, filed.ticket)));
    auto listed = admin->get(kPolicies);
    EXPECT_EQ(array_at(listed.json(), "unit_policies").size(), 1u);
    // A policy a unit uses is not deleted.
    EXPECT_TRUE(
        is_error(admin->send("DELETE", std::string(kPolicies) + "/teknis_24"), 409, "conflict"));

    EXPECT_EQ(admin->send("DELETE", target).status, 204);
    EXPECT_TRUE(is_error(admin->send("DELETE", target), 404, "not_found"));
    EXPECT_TRUE(expected_due(filed.created_at, sp4n_verification(*admin), calendar)
                    .contains(verification_due(*officer, filed.ticket)));
}

TEST_F(DeadlineSettings, AHolidayAddedForTheDueDateMovesTheDueTimePastIt) {
    auto citizen = make_client();
    const auto filed = file_bansos(*citizen);
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto due_before = verification_due(*officer, filed.ticket);
    ASSERT_FALSE(due_before.empty());
    // The due date (local) becomes a holiday; the year's other holidays are kept.
    const std::string due_date = due_before.substr(0, 10);
    const std::string year = due_date.substr(0, 4);
    auto listed = admin->get("/api/v1/holidays?year=" + year);
    ASSERT_EQ(listed.status, 200);
    json::array items = listed.json().as_array();
    const auto kept = items.size();
    items.push_back(
        json::object{{"date", due_date}, {"kind", "cuti_bersama"}, {"name", "Libur uji"}});

    const std::string target = "/api/v1/admin/holidays/" + year;
    json::array bad = items;
    bad.push_back(json::object{{"date", "2001-02-30"}, {"kind", "cuti_bersama"}, {"name", "x"}});
    EXPECT_TRUE(is_error(put_json(*admin, target, json::object{{"items", bad}}),
                         422,
                         "invalid_field",
                         "items[" + std::to_string(kept + 1) + "].date"));
    EXPECT_TRUE(is_error(
        admin->send("PUT", target, "date,kind,name\n" + due_date + ",libur,Uji\n", "text/csv"),
        422,
        "invalid_field",
        "kind"));

    const auto outside = is_error(
        admin->send("PUT", target, "date,kind,name\n2001-01-01,cuti_bersama,Uji\n", "text/csv"),
        422,
        "invalid_field",
        "date");
    EXPECT_TRUE(outside);

    auto saved = put_json(*admin, target, json::object{{"items", items}});
    ASSERT_EQ(saved.status, 200) << saved.describe();
    EXPECT_EQ(array_at(saved.json(), "items").size(), kept + 1);
    EXPECT_GE(saved.json().at("recounted").as_int64(), 1);
    const auto after = server_holidays(*admin);
    const auto due_after = verification_due(*officer, filed.ticket);
    EXPECT_GT(due_after, due_before);
    EXPECT_NE(due_after.substr(0, 10), due_date);
    EXPECT_TRUE(expected_due(filed.created_at, sp4n_verification(*admin), office_calendar(after))
                    .contains(due_after));

    // The same list may come as CSV: it replaces the year with its one row.
    auto csv = admin->send(
        "PUT", target, "date,kind,name\n" + due_date + ",cuti_bersama,Libur uji\n", "text/csv");
    ASSERT_EQ(csv.status, 200) << csv.describe();
    EXPECT_EQ(array_at(csv.json(), "items").size(), 1u);
}

TEST(DeadlineSettingsWita, AServerInCentralIndonesiaSpeaksWita) {
    DemoServer wita({"--time-zone", "WITA"});
    ASSERT_EQ(wita.start(), "");
    HttpClient citizen(wita.port());
    auto settings = citizen.get("/api/v1/settings");
    ASSERT_EQ(settings.status, 200) << settings.describe();
    EXPECT_EQ(string_at(settings.json(), "time_zone"), "WITA");
    EXPECT_EQ(settings.json().at("utc_offset_minutes").as_int64(), 480);
    const auto filed = file_bansos(citizen);
    ASSERT_FALSE(filed.ticket.empty());
    EXPECT_TRUE(filed.created_at.ends_with("+08:00")) << filed.created_at;
    HttpClient officer(wita.port());
    ASSERT_TRUE(login(officer, "dinsos.petugas"));
    const auto due = verification_due(officer, filed.ticket);
    EXPECT_TRUE(due.ends_with("+08:00")) << due;
    // Office hours are 08:00-16:00 WITA: the due time's wall clock is within them.
    const auto hh_mm = due.substr(11, 5);
    EXPECT_GE(hh_mm, "08:00") << due;
    EXPECT_LE(hh_mm, "16:00") << due;

    DemoServer nowhere({"--time-zone", "Mars"});
    EXPECT_NE(nowhere.start(), "");
}

}  // namespace
}  // namespace tanggap::integration

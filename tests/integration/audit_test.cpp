// The audit log on the real server: staff actions, publication decisions, account changes and
// views of confidential complaints are recorded with the actor's username and the ticket;
// auditors and the super admin read them, nobody else; `tanggap audit verify` passes an
// untouched log and names the entry someone changed by hand.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using AuditLog = DemoServerTest;

json::array entries(HttpClient& client, const std::string& query) {
    auto page = client.get("/api/v1/admin/audit?" + query);
    EXPECT_EQ(page.status, 200) << page.describe();
    if (page.status != 200) return {};
    return array_at(page.json(), "items");
}

bool has_entry(const json::array& items,
               std::string_view actor,
               std::string_view action,
               std::string_view detail = {}) {
    return std::any_of(items.begin(), items.end(), [&](const json::value& e) {
        return string_at(e, "actor") == actor && string_at(e, "action") == action &&
               (detail.empty() || string_at(e, "detail").find(detail) != std::string::npos);
    });
}

TEST_F(AuditLog, StaffActionsAreRecordedWithTheActorAndTicket) {
    auto citizen = make_client();
    const auto report = submit_ok(
        *citizen,
        submission(
            "sosial.bansos", "Bansos belum cair", "Bantuan PKH untuk keluarga kami belum cair."));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, report.ticket, {{"action", "verify"}}).status, 200);
    ASSERT_EQ(staff_view(*officer, report.ticket).status, 200);  // the reporter's phone shows

    auto auditor = make_client();
    ASSERT_TRUE(login(*auditor, "auditor"));
    const auto items = entries(*auditor, "ticket=" + report.ticket);
    EXPECT_TRUE(has_entry(items, "dinsos.petugas", "complaint.verify", "diterima -> diverifikasi"))
        << json::serialize(items);
    EXPECT_TRUE(has_entry(items, "dinsos.petugas", "complaint.view_contact"))
        << json::serialize(items);
    for (const auto& e : items) EXPECT_EQ(string_at(e, "ticket"), report.ticket);
    // Newest first.
    ASSERT_GE(items.size(), 2u);
    EXPECT_GT(items[0].at("seq").as_int64(), items[1].at("seq").as_int64());
}

TEST_F(AuditLog, ViewingAConfidentialComplaintIsRecorded) {
    auto citizen = make_client();
    auto body = submission("sosial.bansos", "Pungli rahasia", "Pendamping meminta uang dari kami.");
    body["confidential"] = true;
    const auto report = submit_ok(*citizen, body);
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    ASSERT_EQ(staff_view(*admin, report.ticket).status, 200);
    EXPECT_TRUE(
        has_entry(entries(*admin, "action=complaint.view_confidential&ticket=" + report.ticket),
                  "superadmin",
                  "complaint.view_confidential"));
}

TEST_F(AuditLog, SignInsSignOutsAndFailedAttemptsAreRecorded) {
    auto guesser = make_client();
    EXPECT_TRUE(is_error(guesser->post_json("/api/v1/auth/login",
                                            json::object{{"username", "dinsos.petugas"},
                                                         {"password", "tebakan-salah"}}),
                         401));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_EQ(officer->post_json("/api/v1/auth/logout", json::object{}).status, 204);
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto items = entries(*admin, "actor=dinsos.petugas");
    EXPECT_TRUE(has_entry(items, "dinsos.petugas", "auth.sign_out", "dari 127.0.0.1"))
        << json::serialize(items);
    EXPECT_TRUE(has_entry(items, "dinsos.petugas", "auth.sign_in_failed", "dari 127.0.0.1"))
        << json::serialize(items);
    EXPECT_TRUE(has_entry(items, "dinsos.petugas", "auth.sign_in", "dari 127.0.0.1"))
        << json::serialize(items);
}

TEST_F(AuditLog, OnlyAuditorsAndTheSuperAdminReadIt) {
    for (const char* user : {"dinsos.petugas", "dinsos.operator", "bupati"}) {
        auto client = make_client();
        ASSERT_TRUE(login(*client, user));
        EXPECT_TRUE(is_error(client->get("/api/v1/admin/audit"), 403, "forbidden")) << user;
    }
    auto anyone = make_client();
    EXPECT_TRUE(is_error(anyone->get("/api/v1/admin/audit"), 401));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_TRUE(
        is_error(admin->get("/api/v1/admin/audit?since=kemarin"), 422, "invalid_field", "since"));
    EXPECT_TRUE(
        is_error(admin->get("/api/v1/admin/audit?limit=500"), 422, "invalid_field", "limit"));
}

// Every change of the settings the regency runs on, and every file taken away, names who.
TEST_F(AuditLog, DirectoryPolicyHolidayOutboxEditsAndExportsAreRecorded) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto unit = admin->send("PATCH",
                            "/api/v1/admin/units/dinsos",
                            json::serialize(json::object{{"whatsapp", "+6281299998888"}}),
                            "application/json");
    ASSERT_EQ(unit.status, 200) << unit.describe();
    auto category =
        admin->send("PATCH",
                    "/api/v1/admin/categories/sosial.bansos",
                    json::serialize(json::object{{"name", "Bantuan Sosial (PKH, BPNT)"}}),
                    "application/json");
    ASSERT_EQ(category.status, 200) << category.describe();
    auto policy = admin->send("PUT",
                              "/api/v1/admin/unit-deadline-policies/dinsos/sosial.bansos",
                              json::serialize(json::object{{"policy", "sp4n_lapor"}}),
                              "application/json");
    ASSERT_EQ(policy.status, 200) << policy.describe();
    auto removed =
        admin->send("DELETE", "/api/v1/admin/unit-deadline-policies/dinsos/sosial.bansos", {}, {});
    ASSERT_EQ(removed.status, 204) << removed.describe();
    auto holidays = admin->send(
        "PUT",
        "/api/v1/admin/holidays/2031",
        json::serialize(
            json::object{{"items",
                          json::array{json::object{{"date", "2031-01-01"},
                                                   {"kind", "libur_nasional"},
                                                   {"name", "Tahun Baru 2031 Masehi"}}}}}),
        "application/json");
    ASSERT_EQ(holidays.status, 200) << holidays.describe();
    auto csv = admin->get("/api/v1/reports/performance?format=csv");
    ASSERT_EQ(csv.status, 200) << csv.describe();
    // A refused edit records nothing.
    auto refused = admin->send("PATCH",
                               "/api/v1/admin/units/dinsos",
                               json::serialize(json::object{{"parent", "dinsos"}}),
                               "application/json");
    ASSERT_EQ(refused.status, 422) << refused.describe();

    auto auditor = make_client();
    ASSERT_TRUE(login(*auditor, "auditor"));
    const auto items = entries(*auditor, "actor=superadmin&limit=100");
    EXPECT_TRUE(has_entry(items, "superadmin", "admin.unit", "diubah dinsos (whatsapp)"))
        << json::serialize(items);
    EXPECT_TRUE(has_entry(items, "superadmin", "admin.category", "sosial.bansos (name)"));
    EXPECT_TRUE(has_entry(items, "superadmin", "admin.deadline_policy", "unit dinsos"));
    EXPECT_TRUE(has_entry(items, "superadmin", "admin.deadline_policy", "dihapus: unit dinsos"));
    EXPECT_TRUE(has_entry(items, "superadmin", "admin.holidays", "tahun 2031: 1 hari"));
    EXPECT_TRUE(has_entry(items, "superadmin", "export", "tanggap-kinerja-unit.csv"));
    EXPECT_FALSE(has_entry(items, "superadmin", "admin.unit", "(parent)"));
}

TEST_F(AuditLog, PagesFollowNextBefore) {
    auto citizen = make_client();
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    for (int i = 0; i < 3; ++i) {
        const auto report = submit_ok(
            *citizen,
            submission(
                "sosial.bansos", "Bansos belum cair", "Bantuan PKH keluarga kami belum cair."));
        ASSERT_EQ(act(*officer, report.ticket, {{"action", "verify"}}).status, 200);
    }
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    std::vector<std::int64_t> seqs;
    std::string query = "actor=dinsos.petugas&action=complaint.verify&limit=2";
    for (int page = 0; page < 50; ++page) {
        auto answer = admin->get("/api/v1/admin/audit?" + query);
        ASSERT_EQ(answer.status, 200) << answer.describe();
        const auto body = answer.json();
        for (const auto& e : array_at(body, "items")) seqs.push_back(e.at("seq").as_int64());
        const auto& next = body.at("next_before");
        if (next.is_null()) break;
        query = "actor=dinsos.petugas&action=complaint.verify&limit=2&before=" +
                std::to_string(next.as_int64());
    }
    EXPECT_GE(seqs.size(), 3u);
    EXPECT_TRUE(std::is_sorted(seqs.rbegin(), seqs.rend()));
    EXPECT_EQ(std::adjacent_find(seqs.begin(), seqs.end()), seqs.end()) << "no entry twice";
}

// The embedded store only: the tamper is done with SQLite's own library on the stopped
// server's file.
TEST(AuditVerify, PassesAnUntouchedLogAndNamesAChangedEntry) {
    if (on_postgres()) GTEST_SKIP() << "tampers with the SQLite file";
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    HttpClient officer(server.port());
    ASSERT_TRUE(login(officer, "dinsos.petugas"));
    HttpClient citizen(server.port());
    for (int i = 0; i < 2; ++i) {
        const auto report = submit_ok(
            citizen,
            submission(
                "sosial.bansos", "Bansos belum cair", "Bantuan PKH keluarga kami belum cair."));
        ASSERT_EQ(act(officer, report.ticket, {{"action", "verify"}}).status, 200);
    }
    ASSERT_TRUE(server.process().stop().clean()) << server.process().log_tail();

    auto args = server.store_args();
    args.insert(args.begin(), {"audit", "verify"});
    auto intact = run_tanggap(args);
    EXPECT_TRUE(intact.status.clean()) << intact.output;
    EXPECT_NE(intact.output.find("audit log intact"), std::string::npos) << intact.output;

    const auto db_path = server.process().data_dir() / "tanggap.db";
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK) << db_path;
    char* message = nullptr;
    ASSERT_EQ(
        sqlite3_exec(db,
                     "UPDATE audit_log SET detail = 'status diterima -> ditolak' WHERE seq = 2",
                     nullptr,
                     nullptr,
                     &message),
        SQLITE_OK)
        << (message ? message : "");
    sqlite3_close(db);
    auto broken = run_tanggap(args);
    EXPECT_EQ(broken.status.code, 1) << broken.output;
    EXPECT_NE(broken.output.find("entry 2"), std::string::npos) << broken.output;
}

}  // namespace
}  // namespace tanggap::integration

// Every staff endpoint, called as every role, against the one authorization table
// (src/domain/authorization.hpp). The endpoints come from the OpenAPI document: an endpoint
// behind a staff session without a probe here fails the test, so none can skip the table. Each
// probe calls its endpoint for real (a complaint of the caller's own unit, of another unit, of a
// unit below it, confidential, confidential and escalated to the Bupati) and the expected answer
// is computed from the domain's table, never written by hand: zero leaks means every answer is
// exactly the table's.

#include "domain/authorization.hpp"

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "domain/visibility.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using domain::Role;

// How an endpoint answered, as authorization sees it.
enum class Answer {
    hidden,   // 404: as if it did not exist
    refused,  // 403 forbidden
    served,   // anything else but 401 and 5xx: authorization let it through (the request may
              // still be refused for its content, as the probes' deliberately empty bodies are)
};

const char* describe(Answer a) {
    switch (a) {
        case Answer::hidden:
            return "404";
        case Answer::refused:
            return "403";
        case Answer::served:
            return "served";
    }
    return "?";
}

Answer answer_of(const Response& r) {
    if (r.status == 404) return Answer::hidden;
    if (r.status == 403) return Answer::refused;
    return Answer::served;
}

struct Account {
    domain::StaffUser staff;  // as the domain sees it, with units_below from /auth/me
    std::unique_ptr<HttpClient> client;
};

// A complaint of the demo, as the domain sees it (what relation_of, secrecy_of and
// is_published read), and its ticket.
struct Case {
    std::string name;
    std::string ticket;
    domain::Complaint complaint;
};

constexpr std::string_view kReporterPhone = "081234567890";

class Authorization : public DemoServerTest {
  protected:
    static void SetUpTestSuite() {
        DemoServerTest::SetUpTestSuite();
        started_ = util_now_iso();
    }

    static std::string util_now_iso() {
        // A lower bound for the inbox's `from`: the complaints of this suite only.
        auto now = std::chrono::system_clock::now() - std::chrono::minutes(5);
        auto t = std::chrono::system_clock::to_time_t(now);
        char buf[32];
        std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
        return buf;
    }

    Account sign_in(std::string_view username, std::string_view password = kDemoPassword) {
        Account a;
        a.client = make_client();
        EXPECT_TRUE(login(*a.client, username, password)) << username;
        auto answer = a.client->get("/api/v1/auth/me");
        EXPECT_EQ(answer.status, 200) << answer.describe();
        const auto me = answer.json();
        a.staff.username = std::string(username);
        a.staff.role = *domain::parse_role(string_at(me, "user.role"));
        if (const auto* unit = find_path(me, "user.unit.code")) {
            a.staff.unit_code = std::string(unit->as_string());
        }
        for (const auto& u : array_at(me, "units_below")) {
            a.staff.units_below.emplace_back(u.at("code").as_string());
        }
        // The console's offer is the table's, duty by duty.
        std::set<std::string> duties;
        for (const auto& d : array_at(me, "duties")) duties.emplace(d.as_string());
        for (auto duty : domain::kAllDuties) {
            EXPECT_EQ(duties.count(std::string(domain::to_string(duty))) == 1,
                      domain::may(a.staff.role, duty))
                << username << " " << domain::to_string(duty);
        }
        return a;
    }

    static std::string started_;
};
std::string Authorization::started_;

domain::Complaint as_domain(std::string unit,
                            domain::Status status,
                            bool verified,
                            bool confidential,
                            int escalation_level = 0) {
    domain::Complaint c;
    c.unit_code = unit;
    c.handling_units = {unit};
    c.status = status;
    if (verified) c.verified_at = domain::Timestamp{};
    c.confidential = confidential;
    c.escalation_level = escalation_level;
    return c;
}

// What the table says of a complaint endpoint: hidden unless visible, refused unless `action`
// (when one) is allowed, else served.
Answer expected_for(const domain::StaffUser& staff,
                    const domain::Complaint& c,
                    std::optional<domain::Action> action) {
    if (!domain::visibility_for(c, staff, false).visible) return Answer::hidden;
    if (action && domain::check_permission(c, staff, *action)) return Answer::refused;
    return Answer::served;
}

Answer expected_for(const domain::StaffUser& staff, domain::Duty duty) {
    return domain::may(staff.role, duty) ? Answer::served : Answer::refused;
}

// Whether the staff member's inbox lists the complaint (domain::inbox_scope_for).
bool in_inbox(const domain::StaffUser& staff, const domain::Complaint& c) {
    auto scope = domain::inbox_scope_for(staff);
    if (!scope) return false;
    if (scope->unit_code && !domain::handled_by_unit(c, *scope->unit_code)) return false;
    if (!c.confidential) return true;
    using C = domain::InboxScope::Confidential;
    return scope->confidential == C::all || (scope->confidential == C::escalated &&
                                             c.escalation_level >= domain::kTopEscalationLevel);
}

std::set<std::string> tickets_in(const std::vector<json::object>& items) {
    std::set<std::string> out;
    for (const auto& i : items) out.emplace(i.at("ticket").as_string());
    return out;
}

// The endpoints behind a staff session in the OpenAPI document, as "METHOD /path".
std::vector<std::string> staff_endpoints() {
    std::ifstream in(std::string(TANGGAP_SOURCE_DIR) + "/src/api/openapi.json");
    std::stringstream text;
    text << in.rdbuf();
    const auto doc = json::parse(text.str());
    std::vector<std::string> out;
    for (const auto& [path, item] : doc.at("paths").as_object()) {
        for (const auto& [method, op] : item.as_object()) {
            if (!op.is_object() || !op.as_object().contains("security")) continue;
            bool session = false;
            bool anonymous_too = false;
            for (const auto& s : op.at("security").as_array()) {
                if (s.as_object().empty()) anonymous_too = true;
                if (s.as_object().contains("sessionCookie")) session = true;
            }
            if (!session || anonymous_too) continue;  // public routes that show staff more
            std::string m(method);
            std::transform(m.begin(), m.end(), m.begin(), ::toupper);
            out.push_back(m + " " + std::string(path));
        }
    }
    return out;
}

TEST_F(Authorization, EveryStaffEndpointAnswersEveryRoleAsTheTableSays) {
    // A unit admin of Dinas Sosial; the demo has none.
    {
        auto admin = make_client();
        ASSERT_TRUE(login(*admin, "superadmin"));
        auto made = admin->post_json("/api/v1/admin/users",
                                     json::object{{"username", "dinsos.admin"},
                                                  {"display_name", "Admin Dinas Sosial"},
                                                  {"role", "unit_admin"},
                                                  {"unit", "dinsos"},
                                                  {"password", "rahasia-admin-123"}});
        ASSERT_EQ(made.status, 201) << made.describe();
    }
    std::vector<Account> accounts;
    for (auto name : {"dinsos.operator",
                      "operator.112",
                      "dinsos.petugas",
                      "pupr.petugas",
                      "losarang.petugas",
                      "superadmin",
                      "bupati",
                      "auditor",
                      "privasi"}) {
        accounts.push_back(sign_in(name));
    }
    accounts.push_back(sign_in("dinsos.admin", "rahasia-admin-123"));
    auto account = [&](std::string_view username) -> Account& {
        return *std::find_if(accounts.begin(), accounts.end(), [&](const Account& a) {
            return a.staff.username == username;
        });
    };
    std::set<Role> roles;
    for (const auto& a : accounts) roles.insert(a.staff.role);
    ASSERT_EQ(roles.size(), std::size(domain::kAllRoles)) << "every role is tried";
    const auto& below_losarang = account("losarang.petugas").staff.units_below;
    ASSERT_FALSE(below_losarang.empty()) << "the Camat's office has desa below it";
    const std::string desa = below_losarang.front();

    // The complaints.
    auto citizen = make_client();
    auto bansos = [](bool confidential) {
        auto body = submission("sosial.bansos",
                               "Bantuan PKH belum cair",
                               "Bantuan PKH kami belum cair sejak tiga bulan lalu.");
        body["confidential"] = confidential;
        return body;
    };
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto& super_admin = *account("superadmin").client;

    std::vector<Case> cases;
    {
        auto p = submit_ok(*citizen, bansos(false));
        ASSERT_EQ(p.unit, "dinsos");
        ASSERT_EQ(act(*officer, p.ticket, {{"action", "verify"}}).status, 200);
        cases.push_back({"published, of Dinas Sosial",
                         p.ticket,
                         as_domain("dinsos", domain::Status::diverifikasi, true, false)});
    }
    {
        auto c = submit_ok(*citizen, bansos(true));
        cases.push_back({"confidential, of Dinas Sosial",
                         c.ticket,
                         as_domain("dinsos", domain::Status::diterima, false, true)});
    }
    {
        auto e = submit_ok(*citizen, bansos(true));
        for (int level = 1; level <= domain::kTopEscalationLevel; ++level) {
            auto up = act(super_admin,
                          e.ticket,
                          {{"action", "escalate"}, {"note", "Tidak ditanggapi, naik tingkat"}});
            ASSERT_EQ(up.status, 200) << up.describe();
        }
        cases.push_back(
            {"confidential, escalated to the Bupati",
             e.ticket,
             as_domain(
                 "dinsos", domain::Status::diterima, false, true, domain::kTopEscalationLevel)});
    }
    {
        auto body = submission("pelayanan_desa",
                               "Surat pengantar tidak dilayani",
                               "Kantor desa tutup pada jam kerja, surat pengantar tidak dilayani.");
        body["location"] =
            json::object{{"kecamatan_code", kKecamatanLosarang}, {"desa_code", desa}};
        auto d = submit_ok(*citizen, body);
        ASSERT_EQ(d.unit, desa);
        cases.push_back({"unverified, of a desa below Kecamatan Losarang",
                         d.ticket,
                         as_domain(desa, domain::Status::diterima, false, false)});
    }

    using Probe = std::function<Response(HttpClient&, const std::string& ticket)>;
    struct ComplaintProbe {
        Probe call;
        std::optional<domain::Action> action;
    };
    const std::map<std::string, ComplaintProbe> complaint_probes = {
        {"GET /api/v1/staff/complaints/{ticket}",
         {[](HttpClient& c, const std::string& t) { return staff_view(c, t); }, std::nullopt}},
        {"POST /api/v1/staff/complaints/{ticket}/actions",
         {[](HttpClient& c, const std::string& t) {
              return act(c, t, {{"action", "note"}, {"note", "Uji otorisasi"}});
          },
          domain::Action::note}},
        {"PUT /api/v1/staff/complaints/{ticket}/publication",
         {[](HttpClient& c, const std::string& t) {
              return c.send("PUT",
                            "/api/v1/staff/complaints/" + t + "/publication",
                            json::serialize(json::object{{"hidden_phrases", json::array{}},
                                                         {"published_photos", json::array{}}}),
                            "application/json");
          },
          domain::Action::verify}},
        {"POST /api/v1/staff/complaints/{ticket}/photos",
         {[](HttpClient& c, const std::string& t) {
              Multipart none;
              none.field("keterangan", "tanpa foto");
              return c.post_multipart("/api/v1/staff/complaints/" + t + "/photos", none);
          },
          domain::Action::resolve}},
    };

    auto send = [](HttpClient& c, const char* method, const std::string& target) {
        const std::string m(method);
        if (m == "GET") return c.get(target);
        return c.send(m, target, "{}", "application/json");
    };
    struct DutyProbe {
        domain::Duty duty;
        std::string target;  // with its parameters filled
    };
    const std::map<std::string, DutyProbe> duty_probes = {
        {"GET /api/v1/inbox", {domain::Duty::work_inbox, "/api/v1/inbox?limit=1"}},
        {"GET /api/v1/staff/notifications",
         {domain::Duty::read_notifications, "/api/v1/staff/notifications"}},
        {"POST /api/v1/staff/complaints", {domain::Duty::file_intake, "/api/v1/staff/complaints"}},
        {"GET /api/v1/staff/caller-history",
         {domain::Duty::look_up_callers,
          "/api/v1/staff/caller-history?phone=" + std::string(kReporterPhone)}},
        {"GET /api/v1/staff/find", {domain::Duty::work_inbox, "/api/v1/staff/find?q=jalan"}},
        {"GET /api/v1/staff/chats", {domain::Duty::answer_chats, "/api/v1/staff/chats"}},
        {"GET /api/v1/staff/chats/{source}/{sender}",
         {domain::Duty::answer_chats, "/api/v1/staff/chats/page/000"}},
        {"POST /api/v1/staff/chats/{source}/{sender}/messages",
         {domain::Duty::answer_chats, "/api/v1/staff/chats/page/000/messages"}},
        {"POST /api/v1/staff/chats/{source}/{sender}/complaint",
         {domain::Duty::answer_chats, "/api/v1/staff/chats/page/000/complaint"}},
        {"POST /api/v1/staff/emergency-calls",
         {domain::Duty::take_emergency_calls, "/api/v1/staff/emergency-calls"}},
        {"GET /api/v1/staff/emergency-calls",
         {domain::Duty::take_emergency_calls, "/api/v1/staff/emergency-calls"}},
        {"GET /api/v1/reports/emergency-line",
         {domain::Duty::read_emergency_report, "/api/v1/reports/emergency-line"}},
        {"GET /api/v1/reports/performance",
         {domain::Duty::read_reports, "/api/v1/reports/performance"}},
        {"GET /api/v1/reports/monev", {domain::Duty::read_reports, "/api/v1/reports/monev"}},
        {"GET /api/v1/leadership/heatmap",
         {domain::Duty::read_heatmap, "/api/v1/leadership/heatmap"}},
        {"GET /api/v1/admin/audit", {domain::Duty::read_audit, "/api/v1/admin/audit?limit=1"}},
        {"GET /api/v1/admin/users", {domain::Duty::manage_users, "/api/v1/admin/users"}},
        {"POST /api/v1/admin/users", {domain::Duty::manage_users, "/api/v1/admin/users"}},
        {"PATCH /api/v1/admin/users/{id}",
         {domain::Duty::manage_users, "/api/v1/admin/users/999999"}},
        {"POST /api/v1/admin/users/{id}/password",
         {domain::Duty::manage_users, "/api/v1/admin/users/999999/password"}},
        {"GET /api/v1/admin/units", {domain::Duty::manage_directory, "/api/v1/admin/units"}},
        {"POST /api/v1/admin/units", {domain::Duty::manage_directory, "/api/v1/admin/units"}},
        {"PATCH /api/v1/admin/units/{code}",
         {domain::Duty::manage_directory, "/api/v1/admin/units/tidak-ada"}},
        {"GET /api/v1/admin/categories",
         {domain::Duty::manage_directory, "/api/v1/admin/categories"}},
        {"POST /api/v1/admin/categories",
         {domain::Duty::manage_directory, "/api/v1/admin/categories"}},
        {"PATCH /api/v1/admin/categories/{code}",
         {domain::Duty::manage_directory, "/api/v1/admin/categories/tidak-ada"}},
        {"GET /api/v1/admin/deadline-policies",
         {domain::Duty::manage_deadlines, "/api/v1/admin/deadline-policies"}},
        {"PUT /api/v1/admin/deadline-policies/{code}",
         {domain::Duty::manage_deadlines, "/api/v1/admin/deadline-policies/uji"}},
        {"DELETE /api/v1/admin/deadline-policies/{code}",
         {domain::Duty::manage_deadlines, "/api/v1/admin/deadline-policies/tidak-ada"}},
        {"PUT /api/v1/admin/unit-deadline-policies/{unit}/{category}",
         {domain::Duty::manage_deadlines, "/api/v1/admin/unit-deadline-policies/dinsos/tidak-ada"}},
        {"DELETE /api/v1/admin/unit-deadline-policies/{unit}/{category}",
         {domain::Duty::manage_deadlines, "/api/v1/admin/unit-deadline-policies/dinsos/tidak-ada"}},
        {"PUT /api/v1/admin/holidays/{year}",
         {domain::Duty::manage_deadlines, "/api/v1/admin/holidays/2099"}},
        {"GET /api/v1/admin/outbox", {domain::Duty::manage_outbox, "/api/v1/admin/outbox"}},
        {"POST /api/v1/admin/outbox/{id}/requeue",
         {domain::Duty::manage_outbox, "/api/v1/admin/outbox/999999/requeue"}},
        {"POST /api/v1/privacy/requests",
         {domain::Duty::handle_privacy_requests, "/api/v1/privacy/requests"}},
        {"GET /api/v1/privacy/requests",
         {domain::Duty::handle_privacy_requests, "/api/v1/privacy/requests"}},
        {"POST /api/v1/privacy/breaches",
         {domain::Duty::handle_privacy_requests, "/api/v1/privacy/breaches"}},
        {"GET /api/v1/privacy/breaches",
         {domain::Duty::handle_privacy_requests, "/api/v1/privacy/breaches"}},
        {"POST /api/v1/privacy/breaches/{id}/notify",
         {domain::Duty::handle_privacy_requests, "/api/v1/privacy/breaches/999999/notify"}},
        {"GET /api/v1/privacy/requests/{id}/letter.pdf",
         {domain::Duty::handle_privacy_requests,
          "/api/v1/privacy/requests/999999/letter.pdf?phone=" + std::string(kReporterPhone)}},
        {"GET /api/v1/privacy/breaches/{id}/letters.pdf",
         {domain::Duty::handle_privacy_requests, "/api/v1/privacy/breaches/999999/letters.pdf"}},
    };
    // The session's own endpoints: every signed-in account, whatever its role.
    const std::set<std::string> session_endpoints = {"GET /api/v1/auth/me",
                                                     "POST /api/v1/auth/logout"};

    const auto endpoints = staff_endpoints();
    ASSERT_GT(endpoints.size(), 30U);
    int checked = 0;
    for (const auto& endpoint : endpoints) {
        if (session_endpoints.count(endpoint) != 0) continue;
        const auto space = endpoint.find(' ');
        const std::string method = endpoint.substr(0, space);
        if (auto p = complaint_probes.find(endpoint); p != complaint_probes.end()) {
            for (auto& account : accounts) {
                for (const auto& c : cases) {
                    const auto got = p->second.call(*account.client, c.ticket);
                    const auto want = expected_for(account.staff, c.complaint, p->second.action);
                    EXPECT_EQ(describe(answer_of(got)), std::string(describe(want)))
                        << endpoint << " as " << account.staff.username << " on " << c.name << ": "
                        << got.describe();
                    EXPECT_TRUE(got.status != 401 && got.status < 500) << got.describe();
                    ++checked;
                }
            }
        } else if (auto d = duty_probes.find(endpoint); d != duty_probes.end()) {
            for (auto& account : accounts) {
                const auto got = send(*account.client, method.c_str(), d->second.target);
                const auto want = expected_for(account.staff, d->second.duty);
                EXPECT_EQ(
                    describe(answer_of(got) == Answer::refused ? Answer::refused : Answer::served),
                    std::string(describe(want)))
                    << endpoint << " as " << account.staff.username << ": " << got.describe();
                if (want == Answer::refused) {
                    EXPECT_TRUE(is_error(got, 403, "forbidden")) << endpoint;
                }
                EXPECT_TRUE(got.status != 401 && got.status < 500) << got.describe();
                ++checked;
            }
        } else {
            ADD_FAILURE() << endpoint
                          << " is behind a staff session but has no probe in this test: add one "
                             "that says which part of the authorization table decides it";
        }
    }
    EXPECT_GT(checked, 300);

    // The lists: the inbox and caller history name a complaint exactly when the table lets
    // the caller see it there.
    for (auto& account : accounts) {
        if (!domain::may(account.staff.role, domain::Duty::work_inbox)) continue;  // 403 above
        const auto inbox = tickets_in(inbox_items(*account.client, "from=" + started_, 100, 20));
        for (const auto& c : cases) {
            EXPECT_EQ(inbox.count(c.ticket) == 1, in_inbox(account.staff, c.complaint))
                << "inbox of " << account.staff.username << " and " << c.name;
        }
        if (!domain::may(account.staff.role, domain::Duty::look_up_callers)) continue;
        auto history = account.client->get("/api/v1/staff/caller-history?phone=" +
                                           std::string(kReporterPhone));
        ASSERT_EQ(history.status, 200) << history.describe();
        for (const auto& c : cases) {
            const bool listed = history.body.find(c.ticket) != std::string::npos;
            const bool expected = domain::caller_history_entry(c.complaint, account.staff) !=
                                  domain::CallerHistoryEntry::hidden;
            EXPECT_EQ(listed, expected)
                << "caller history of " << account.staff.username << " and " << c.name;
        }
    }
}

// A unit above another opens that unit's queue; no other unit's.
TEST_F(Authorization, TheCamatsOfficeOpensTheQueueOfItsDesaAndNoOtherUnits) {
    auto camat = sign_in("losarang.petugas");
    ASSERT_FALSE(camat.staff.units_below.empty());
    const auto desa = camat.staff.units_below.front();
    auto body = submission("pelayanan_desa",
                           "Lampu balai desa mati",
                           "Lampu balai desa mati sejak seminggu, warga kesulitan rapat malam.");
    body["location"] = json::object{{"kecamatan_code", kKecamatanLosarang}, {"desa_code", desa}};
    auto citizen = make_client();
    auto filed = submit_ok(*citizen, body);
    ASSERT_EQ(filed.unit, desa);

    EXPECT_EQ(tickets_in(inbox_items(*camat.client, "from=" + started_)).count(filed.ticket), 0U)
        << "the Camat's own inbox holds the Camat's own complaints";
    EXPECT_EQ(tickets_in(inbox_items(*camat.client, "from=" + started_ + "&unit=" + desa))
                  .count(filed.ticket),
              1U);
    EXPECT_TRUE(is_error(camat.client->get("/api/v1/inbox?unit=dinsos"), 403, "forbidden", "unit"));
    // Chase it, and take it over.
    EXPECT_EQ(
        act(*camat.client, filed.ticket, {{"action", "note"}, {"note", "Mohon segera"}}).status,
        200);
    EXPECT_TRUE(is_error(act(*camat.client, filed.ticket, {{"action", "start"}}), 403));
    auto taken = act(
        *camat.client,
        filed.ticket,
        {{"action", "dispose"}, {"unit", kKecamatanLosarang}, {"note", "Diambil alih kecamatan"}});
    ASSERT_EQ(taken.status, 200) << taken.describe();
    EXPECT_EQ(string_at(taken.json(), "unit.code"), kKecamatanLosarang);
}

}  // namespace
}  // namespace tanggap::integration

// People's rights over their data, on the real server: the privacy officer exports everything
// held about a reporter and erases it; the complaint keeps its figures, the dashboards do not
// move, the register keeps each request with its 3 x 24-hour clock, the audit log names who;
// the same from the command line. Nobody else may.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "smtp_sink.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using Privacy = DemoServerTest;

constexpr std::string_view kRequests = "/api/v1/privacy/requests";

json::object bansos_by(std::string_view name, std::string_view phone, std::string_view email) {
    auto body = submission("sosial.bansos",
                           "Bantuan PKH belum cair",
                           "Saya Siti, NIK 3212041203850004, bantuan PKH saya belum cair.");
    body["reporter"] = json::object{{"name", name}, {"phone", phone}, {"email", email}};
    body["location"] = json::object{{"kecamatan_code", kKecamatanLosarang},
                                    {"address", "Jl. Mawar 3, RT 02"},
                                    {"lat", -6.35712},
                                    {"lon", 108.07143}};
    return body;
}

TEST_F(Privacy, TheOfficerExportsAndErasesAPersonAndTheFiguresStay) {
    auto citizen = make_client();
    const auto report =
        submit_ok(*citizen, bansos_by("Siti Rahmawati", "0813-2222-3333", "siti.r@example.id"));
    ASSERT_FALSE(report.ticket.empty());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, report.ticket, {{"action", "verify"}}).status, 200);
    const auto figures_before = citizen->get("/api/v1/stats/summary");
    ASSERT_EQ(figures_before.status, 200) << figures_before.describe();

    auto privasi = make_client();
    ASSERT_TRUE(login(*privasi, "privasi"));
    auto exported = privasi->post_json(
        kRequests, json::object{{"kind", "export"}, {"phone", "+62 813 2222 3333"}});
    ASSERT_EQ(exported.status, 201) << exported.describe();
    const auto data = exported.json();
    const auto& complaints = array_at(data, "complaints");
    ASSERT_EQ(complaints.size(), 1U) << exported.body;
    EXPECT_EQ(string_at(complaints[0], "ticket"), report.ticket);
    EXPECT_EQ(string_at(complaints[0], "reporter.email"), "siti.r@example.id");
    EXPECT_FALSE(array_at(complaints[0], "history").empty());
    EXPECT_FALSE(array_at(data, "processing").empty()) << "who processed it: the verification";
    EXPECT_EQ(string_at(data, "request.kind"), "export");

    EXPECT_TRUE(is_error(
        privasi->post_json(kRequests, json::object{{"kind", "erase"}, {"phone", "081322223333"}}),
        422,
        "invalid_field",
        "reason"));
    EXPECT_TRUE(is_error(privasi->post_json(kRequests, json::object{{"kind", "erase"}}),
                         422,
                         "invalid_field",
                         "phone"));
    auto erased = privasi->post_json(kRequests,
                                     json::object{{"kind", "erase"},
                                                  {"email", "SITI.R@example.id"},
                                                  {"reason", "Permintaan pemilik data"}});
    ASSERT_EQ(erased.status, 201) << erased.describe();
    const auto erased_json = erased.json();
    const auto& tickets = array_at(erased_json, "tickets");
    ASSERT_EQ(tickets.size(), 1U) << erased.body;
    EXPECT_EQ(tickets[0], json::value(report.ticket));

    // The unit still has the complaint, without the person.
    auto view = staff_view(*officer, report.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_EQ(view.body.find("Siti"), std::string::npos) << view.body;
    EXPECT_EQ(view.body.find("3212041203850004"), std::string::npos);
    EXPECT_EQ(view.body.find("2222"), std::string::npos);
    EXPECT_EQ(view.body.find("Mawar"), std::string::npos);
    EXPECT_EQ(string_at(view.json(), "status"), "diverifikasi");
    EXPECT_EQ(string_at(view.json(), "unit.code"), "dinsos");
    // The public figures did not move.
    const auto figures_after = citizen->get("/api/v1/stats/summary");
    ASSERT_EQ(figures_after.status, 200);
    EXPECT_EQ(figures_after.json(), figures_before.json());
    // Nothing is left to find.
    auto again =
        privasi->post_json(kRequests, json::object{{"kind", "export"}, {"phone", "081322223333"}});
    ASSERT_EQ(again.status, 201) << again.describe();
    EXPECT_TRUE(array_at(again.json(), "complaints").empty()) << again.body;

    auto register_ = privasi->get(kRequests);
    ASSERT_EQ(register_.status, 200) << register_.describe();
    const auto listed = register_.json();
    const auto& items = array_at(listed, "items");
    ASSERT_GE(items.size(), 3U);
    EXPECT_EQ(string_at(items[1], "kind"), "erase");
    EXPECT_EQ(string_at(items[1], "reason"), "Permintaan pemilik data");
    EXPECT_EQ(string_at(items[1], "actor"), "privasi");
    EXPECT_EQ(items[1].at("late"), json::value(false));
    EXPECT_EQ(register_.body.find("siti.r@example.id"), std::string::npos)
        << "the register keeps the key masked";

    auto auditor = make_client();
    ASSERT_TRUE(login(*auditor, "auditor"));
    auto log = auditor->get("/api/v1/admin/audit?actor=privasi&action=privacy.erase");
    ASSERT_EQ(log.status, 200) << log.describe();
    EXPECT_EQ(array_at(log.json(), "items").size(), 1U) << log.body;

    EXPECT_TRUE(is_error(officer->get(kRequests), 403, "forbidden"));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_TRUE(is_error(
        admin->post_json(kRequests, json::object{{"kind", "export"}, {"phone", "081322223333"}}),
        403,
        "forbidden"))
        << "the named officer answers, not the administrator";
}

TEST_F(Privacy, TheCommandLineExportsAndErasesAsTheConsoleDoes) {
    auto citizen = make_client();
    const auto report =
        submit_ok(*citizen, bansos_by("Budi Santoso", "0857-1111-2222", "budi.s@example.id"));
    ASSERT_FALSE(report.ticket.empty());

    auto args = server().store_args();
    auto exported = [&] {
        auto a = args;
        a.insert(a.begin(), {"privacy", "export", "--phone", "085711112222"});
        return run_tanggap(a);
    }();
    ASSERT_TRUE(exported.status.clean()) << exported.output;
    const auto data = json::parse(exported.output);
    const auto& complaints = array_at(data, "complaints");
    ASSERT_EQ(complaints.size(), 1U) << exported.output;
    EXPECT_EQ(string_at(complaints[0], "reporter.name"), "Budi Santoso");
    EXPECT_EQ(string_at(data, "request.actor").rfind("cli:", 0), 0U);

    auto refused = args;
    refused.insert(refused.begin(), {"privacy", "erase", "--phone", "085711112222"});
    EXPECT_FALSE(run_tanggap(refused).status.clean()) << "--reason is required";

    auto erase = args;
    erase.insert(erase.begin(),
                 {"privacy", "erase", "--phone", "085711112222", "--reason", "Retensi berakhir"});
    auto erased = run_tanggap(erase);
    ASSERT_TRUE(erased.status.clean()) << erased.output;
    EXPECT_NE(erased.output.find(report.ticket), std::string::npos) << erased.output;

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto view = staff_view(*admin, report.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_EQ(view.body.find("Budi"), std::string::npos) << view.body;
}

}  // namespace
}  // namespace tanggap::integration

namespace tanggap::integration {
namespace {

// Retention on the running server: the super admin gives one category its own months; started
// with a short installation-wide retention, the server erases the reporters of the old closed
// complaints of every other category at once, names each in the audit log as "sistem", and
// the public figures do not move.
TEST(Retention, TheServerErasesClosedComplaintsPastTheirRetentionAndTheFiguresStay) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    {
        HttpClient admin(server.port());
        ASSERT_TRUE(login(admin, "superadmin"));
        const std::string bansos = "/api/v1/admin/categories/sosial.bansos";
        auto patch = [&](const json::object& body) {
            return admin.send("PATCH", bansos, json::serialize(body), "application/json");
        };
        EXPECT_TRUE(
            is_error(patch({{"retention_months", 0}}), 422, "invalid_field", "retention_months"));
        EXPECT_TRUE(is_error(
            patch({{"retention_months", "lama"}}), 422, "invalid_field", "retention_months"));
        auto kept = patch({{"retention_months", 600}});
        ASSERT_EQ(kept.status, 200) << kept.describe();
        EXPECT_EQ(kept.json().at("category").at("retention_months"), json::value(600)) << kept.body;
    }
    HttpClient before(server.port());
    const auto figures_before = before.get("/api/v1/stats/summary");
    ASSERT_EQ(figures_before.status, 200) << figures_before.describe();

    ASSERT_TRUE(server.process().stop().clean()) << server.process().log_tail();
    server.process().add_args({"--retention-months", "1"});
    ASSERT_EQ(server.process().start(), "");

    HttpClient admin(server.port());
    ASSERT_TRUE(login(admin, "superadmin"));
    json::array entries;
    for (int i = 0; i < 100 && entries.empty(); ++i) {
        auto listed = admin.get("/api/v1/admin/audit?action=privacy.retention&limit=200");
        ASSERT_EQ(listed.status, 200) << listed.describe();
        const auto body = listed.json();
        entries = array_at(body, "items");
        if (entries.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_FALSE(entries.empty()) << "the demo's history holds complaints closed months ago\n"
                                  << server.process().log_tail();
    for (const auto& entry : entries) {
        EXPECT_EQ(string_at(entry, "actor"), "sistem");
        const auto ticket = string_at(entry, "ticket");
        if (ticket.empty()) continue;  // the channels' pruning
        auto view = staff_view(admin, ticket);
        ASSERT_EQ(view.status, 200) << view.describe();
        const auto complaint = view.json();
        EXPECT_NE(string_at(complaint, "category.code"), "sosial.bansos")
            << "bansos keeps its own 600 months";
        EXPECT_EQ(string_at(complaint, "description"), "[dihapus]") << view.body;
    }
    EXPECT_EQ(admin.get("/api/v1/stats/summary").body, figures_before.body)
        << "erasure keeps every counted figure";
}

}  // namespace
}  // namespace tanggap::integration

namespace tanggap::integration {
namespace {

// The breach register on the real server, e-mail going to a fake SMTP server: the privacy
// officer records an incident over today's Dinas Sosial complaints, learns who it reached and
// who no channel reaches, sends the notices once, and finds it all in the register and the
// audit log. Nobody else may.
TEST(Breaches, TheOfficerRecordsAnIncidentAndEachReachablePersonIsToldOnce) {
    using namespace std::chrono_literals;
    fakes::SmtpSink sink;
    DemoServer server({},
                      {{"TANGGAP_SMTP_URL", sink.url()},
                       {"TANGGAP_SMTP_FROM", "pengaduan@indramayu.test"},
                       {"TANGGAP_SWEEP_EVERY", "0"}});
    ASSERT_EQ(server.start(), "");
    HttpClient citizen(server.port());
    const auto started = util::format_iso8601(util::now() - std::chrono::minutes(1));
    for (auto [name, phone, email] : {std::tuple{"Siti Rahmawati", "", "siti.r@example.id"},
                                      std::tuple{"Budi Santoso", "0857-1111-2222", ""}}) {
        auto report = submit_ok(citizen, bansos_by(name, phone, email));
        ASSERT_FALSE(report.ticket.empty());
    }
    const auto until = util::format_iso8601(util::now() + std::chrono::minutes(1));

    json::object incident{{"discovered_at", util::format_iso8601(util::now())},
                          {"data_exposed", "Nama, nomor HP dan alamat e-mail pelapor"},
                          {"how", "Ekspor CSV terkirim ke grup yang salah hari ini pukul 09.00"},
                          {"measures", "Pesan ditarik; penerima diminta menghapus berkas"},
                          {"received_from", started},
                          {"received_until", until},
                          {"unit", "dinsos"}};
    HttpClient officer(server.port());
    ASSERT_TRUE(login(officer, "dinsos.petugas"));
    EXPECT_TRUE(
        is_error(officer.post_json("/api/v1/privacy/breaches", incident), 403, "forbidden"));

    HttpClient privasi(server.port());
    ASSERT_TRUE(login(privasi, "privasi"));
    auto without_how = incident;
    without_how.erase("how");
    EXPECT_TRUE(is_error(
        privasi.post_json("/api/v1/privacy/breaches", without_how), 422, "invalid_field", "how"));
    auto bad_unit = incident;
    bad_unit["unit"] = "tidak-ada";
    EXPECT_TRUE(is_error(
        privasi.post_json("/api/v1/privacy/breaches", bad_unit), 422, "invalid_field", "unit"));
    auto bad_time = incident;
    bad_time["received_until"] = "kemarin";
    EXPECT_TRUE(is_error(privasi.post_json("/api/v1/privacy/breaches", bad_time),
                         422,
                         "invalid_field",
                         "received_until"));

    auto recorded = privasi.post_json("/api/v1/privacy/breaches", incident);
    ASSERT_EQ(recorded.status, 201) << recorded.describe();
    const auto breach = recorded.json();
    EXPECT_EQ(breach.at("complaints"), json::value(2)) << recorded.body;
    EXPECT_EQ(breach.at("people"), json::value(2));
    EXPECT_EQ(breach.at("unreachable"), json::value(1)) << "Budi left a phone; no SMS here";
    EXPECT_EQ(breach.at("late"), json::value(false));
    const auto id = std::to_string(breach.at("id").as_int64());

    const std::string notify = "/api/v1/privacy/breaches/" + id + "/notify";
    auto notified = privasi.post_json(notify, json::object{});
    ASSERT_EQ(notified.status, 200) << notified.describe();
    EXPECT_EQ(notified.json().at("notices"), json::value(1));
    EXPECT_TRUE(is_error(privasi.post_json(notify, json::object{}), 409, "conflict"));
    EXPECT_TRUE(
        is_error(privasi.post_json("/api/v1/privacy/breaches/999999/notify", json::object{}),
                 404,
                 "not_found"));

    // Siti's receipt, then the notice.
    const fakes::SmtpSink::Message* notice = nullptr;
    std::vector<fakes::SmtpSink::Message> mail;
    for (int i = 0; i < 100 && notice == nullptr; ++i) {
        mail = sink.messages();
        for (const auto& m : mail) {
            if (m.subject == "Pemberitahuan kegagalan pelindungan data pribadi") notice = &m;
        }
        if (notice == nullptr) std::this_thread::sleep_for(200ms);
    }
    ASSERT_NE(notice, nullptr) << server.process().log_tail();
    EXPECT_EQ(notice->rcpt, std::vector<std::string>{"siti.r@example.id"});
    for (const char* key : {"data_exposed", "how", "measures"}) {
        EXPECT_NE(notice->body.find(std::string(incident.at(key).as_string())), std::string::npos)
            << notice->body;
    }

    auto listed = privasi.get("/api/v1/privacy/breaches");
    ASSERT_EQ(listed.status, 200) << listed.describe();
    const auto register_ = listed.json();
    const auto& items = array_at(register_, "items");
    ASSERT_EQ(items.size(), 1U);
    EXPECT_FALSE(items[0].at("notified_at").is_null());

    HttpClient admin(server.port());
    ASSERT_TRUE(login(admin, "superadmin"));
    auto audit = admin.get("/api/v1/admin/audit?actor=privasi");
    ASSERT_EQ(audit.status, 200) << audit.describe();
    EXPECT_NE(audit.body.find("privacy.breach_notify"), std::string::npos) << audit.body;
    EXPECT_NE(audit.body.find("\"privacy.breach\""), std::string::npos);
}

}  // namespace
}  // namespace tanggap::integration

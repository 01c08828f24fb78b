// People's rights over their data, on the real server: the privacy officer exports everything
// held about a reporter and erases it; the complaint keeps its figures, the dashboards do not
// move, the register keeps each request with its 3 x 24-hour clock, the audit log names who;
// the same from the command line. Nobody else may.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>

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
    EXPECT_EQ(string_at(erased.json(), "tickets[0]"), report.ticket) << erased.body;

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
    ASSERT_EQ(array_at(data, "complaints").size(), 1U) << exported.output;
    EXPECT_EQ(string_at(data, "complaints[0].reporter.name"), "Budi Santoso");
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

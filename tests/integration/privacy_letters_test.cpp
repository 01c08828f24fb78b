// The privacy officer's letters on the real server, read back with poppler: the answer to a
// person's access request (UU 27/2022 Pasal 7) and an incident's notification letters (Pasal
// 46), each a PDF only the privacy officer gets, each download in the audit log.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "reports/pdf_text_fixture.hpp"
#include "smtp_sink.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using reports::probe_pdf;

json::object bansos_by(std::string_view name, std::string_view phone, std::string_view email) {
    auto body = submission("sosial.bansos",
                           "Bantuan PKH belum cair sejak Juni",
                           "Saya Rina, NIK 3212041203850004, bantuan PKH saya belum cair.");
    body["reporter"] = json::object{{"name", name}, {"phone", phone}, {"email", email}};
    body["location"] = json::object{{"kecamatan_code", kKecamatanLosarang},
                                    {"address", "Jl. Melati 9, RT 01"},
                                    {"lat", -6.35712},
                                    {"lon", 108.07143}};
    return body;
}

::testing::AssertionResult is_pdf(const Response& r) {
    if (r.status != 200) return ::testing::AssertionFailure() << r.describe();
    if (r.header("Content-Type") != "application/pdf") {
        return ::testing::AssertionFailure() << "Content-Type " << r.header("Content-Type");
    }
    if (r.body.rfind("%PDF-", 0) != 0) return ::testing::AssertionFailure() << "not a PDF";
    return ::testing::AssertionSuccess();
}

using PrivacyLetters = DemoServerTest;

TEST_F(PrivacyLetters, TheAnswerToAnAccessRequestIsALetterOfWhatIsHeldForTheOfficerOnly) {
    auto citizen = make_client();
    const auto report =
        submit_ok(*citizen, bansos_by("Rina Marlina", "0813-4444-5555", "rina.m@example.id"));
    ASSERT_FALSE(report.ticket.empty());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, report.ticket, {{"action", "verify"}}).status, 200);

    auto privasi = make_client();
    ASSERT_TRUE(login(*privasi, "privasi"));
    auto exported = privasi->post_json("/api/v1/privacy/requests",
                                       json::object{{"kind", "export"}, {"phone", "081344445555"}});
    ASSERT_EQ(exported.status, 201) << exported.describe();
    const auto data = exported.json();
    const auto id = std::to_string(data.at("request").at("id").as_int64());
    const auto subject = string_at(data, "request.subject");
    const std::string letter = "/api/v1/privacy/requests/" + id + "/letter.pdf";

    auto pdf = privasi->get(letter + "?phone=0813-4444-5555");
    ASSERT_TRUE(is_pdf(pdf));
    const auto probe = probe_pdf(pdf.body);
    EXPECT_GE(probe.pages, 1);
    EXPECT_NE(probe.text.find(report.ticket), std::string::npos) << probe.text;
    EXPECT_NE(probe.text.find(subject), std::string::npos) << "the person, masked: " << subject;
    EXPECT_NE(probe.text.find("Pasal 7"), std::string::npos);
    EXPECT_NE(probe.text.find("Jawaban atas permintaan akses data pribadi"), std::string::npos);
    EXPECT_NE(probe.text.find("KABUPATEN INDRAMAYU"), std::string::npos) << "the letterhead";
    EXPECT_NE(probe.text.find("dinsos.petugas"), std::string::npos) << "who processed it";
    EXPECT_EQ(probe.text.find("44445555"), std::string::npos) << "never the whole number";

    EXPECT_TRUE(
        is_error(privasi->get(letter + "?phone=081299998888"), 422, "invalid_field", "phone"))
        << "another person's key does not open this request's letter";
    EXPECT_TRUE(is_error(privasi->get(letter), 422, "invalid_field", "phone"));
    EXPECT_TRUE(
        is_error(privasi->get("/api/v1/privacy/requests/999999/letter.pdf?phone=081344445555"),
                 404,
                 "not_found"));
    EXPECT_TRUE(is_error(privasi->get("/api/v1/privacy/requests/abc/letter.pdf?phone=081344445555"),
                         404,
                         "not_found"));
    for (const char* user : {"dinsos.petugas", "superadmin", "auditor"}) {
        auto other = make_client();
        ASSERT_TRUE(login(*other, user));
        EXPECT_TRUE(is_error(other->get(letter + "?phone=081344445555"), 403, "forbidden")) << user;
    }

    auto auditor = make_client();
    ASSERT_TRUE(login(*auditor, "auditor"));
    auto log = auditor->get("/api/v1/admin/audit?actor=privasi&action=privacy.export");
    ASSERT_EQ(log.status, 200) << log.describe();
    EXPECT_NE(log.body.find("surat PDF permintaan #" + id), std::string::npos) << log.body;
}

TEST(Breaches, TheIncidentsLettersGoToTheInstitutionThenToEachPersonThePostOnesMarked) {
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
        ASSERT_FALSE(submit_ok(citizen, bansos_by(name, phone, email)).ticket.empty());
    }
    json::object incident{
        {"discovered_at", util::format_iso8601(util::now())},
        {"data_exposed", "Nama, nomor HP dan alamat e-mail pelapor"},
        {"how", "Ekspor CSV terkirim ke grup yang salah hari ini pukul 09.00"},
        {"measures", "Pesan ditarik; penerima diminta menghapus berkas"},
        {"received_from", started},
        {"received_until", util::format_iso8601(util::now() + std::chrono::minutes(1))},
        {"unit", "dinsos"}};
    HttpClient privasi(server.port());
    ASSERT_TRUE(login(privasi, "privasi"));
    auto recorded = privasi.post_json("/api/v1/privacy/breaches", incident);
    ASSERT_EQ(recorded.status, 201) << recorded.describe();
    const auto breach = recorded.json();
    const auto id = std::to_string(breach.at("id").as_int64());
    const std::string letters = "/api/v1/privacy/breaches/" + id + "/letters.pdf";

    auto pdf = privasi.get(letters);
    ASSERT_TRUE(is_pdf(pdf));
    const auto probe = probe_pdf(pdf.body);
    EXPECT_EQ(probe.pages, 3) << "the institution's letter, then Siti's and Budi's\n" << probe.text;
    const auto institution = probe.text.substr(0, probe.text.find("Siti Rahmawati"));
    EXPECT_NE(institution.find("Komunikasi dan Digital"), std::string::npos) << probe.text;
    EXPECT_NE(institution.find("Pasal 46"), std::string::npos);
    EXPECT_NE(institution.find("Ekspor CSV terkirim ke grup yang salah"), std::string::npos);
    EXPECT_EQ(institution.find("Budi"), std::string::npos)
        << "the institution's letter names nobody";
    EXPECT_EQ(probe.text.find("11112222"), std::string::npos) << "no whole phone number anywhere";
    EXPECT_EQ(probe.text.find("siti.r@example.id"), std::string::npos);
    const auto budi = probe.text.find("Budi Santoso");
    ASSERT_NE(budi, std::string::npos);
    EXPECT_NE(probe.text.find("KIRIM LEWAT POS"), std::string::npos);
    EXPECT_LT(probe.text.find("KIRIM LEWAT POS"), budi) << "Budi's letter is marked for the post";
    EXPECT_GT(probe.text.find("KIRIM LEWAT POS"), probe.text.find("Siti Rahmawati"))
        << "Siti's is not: e-mail reaches her";

    EXPECT_TRUE(
        is_error(privasi.get("/api/v1/privacy/breaches/999999/letters.pdf"), 404, "not_found"));
    for (const char* user : {"dinsos.petugas", "superadmin", "auditor"}) {
        HttpClient other(server.port());
        ASSERT_TRUE(login(other, user));
        EXPECT_TRUE(is_error(other.get(letters), 403, "forbidden")) << user;
    }
    HttpClient admin(server.port());
    ASSERT_TRUE(login(admin, "superadmin"));
    auto audit = admin.get("/api/v1/admin/audit?actor=privasi&action=privacy.breach_letters");
    ASSERT_EQ(audit.status, 200) << audit.describe();
    EXPECT_NE(audit.body.find("insiden #" + id), std::string::npos) << audit.body;
}

}  // namespace
}  // namespace tanggap::integration

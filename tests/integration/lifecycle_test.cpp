// A complaint's life over HTTP, from the citizen's submission to closure with feedback, on the
// Indramayu demo: routing by category and place, the officer's inbox and actions, disposition by
// the super admin, the public history, and the reporter's feedback (close or reopen).

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using Lifecycle = DemoServerTest;

// The statuses in a view's history, oldest first.
std::vector<std::string> history_statuses(const json::value& view) {
    std::vector<std::string> out;
    const auto* history = find_path(view, "history");
    if (history == nullptr || !history->is_array()) return out;
    for (const auto& event : history->as_array()) out.push_back(string_at(event, "status"));
    return out;
}

bool has_ticket(const std::vector<json::object>& items, const std::string& ticket) {
    return std::any_of(items.begin(), items.end(), [&](const json::object& item) {
        return item.contains("ticket") && item.at("ticket") == json::value(ticket);
    });
}

// Checks the status of a 200 staff view answer to an action.
::testing::AssertionResult moved_to(const Response& response, std::string_view status) {
    if (response.status != 200) {
        return ::testing::AssertionFailure() << "action refused: " << response.describe();
    }
    auto got = string_at(response.json(), "status");
    if (got != status) {
        return ::testing::AssertionFailure()
               << "status is '" << got << "', expected '" << status << "': " << response.describe();
    }
    return ::testing::AssertionSuccess();
}

TEST_F(Lifecycle, BansosComplaintGoesFromSubmissionToClosureWithFeedback) {
    auto citizen = make_client();
    auto submitted_response = citizen->post_json(
        kComplaints,
        submission("sosial.bansos",
                   "Bansos PKH belum cair",
                   "Sudah tiga bulan bantuan PKH untuk keluarga kami belum cair, padahal terdaftar "
                   "di DTKS desa Losarang."));
    ASSERT_EQ(submitted_response.status, 201) << submitted_response.describe();
    auto created = submitted_response.json();
    const std::string ticket = string_at(created, "ticket");
    const std::string token = string_at(created, "tracking_token");
    ASSERT_FALSE(ticket.empty());
    ASSERT_GE(token.size(), 16u) << "a tracking token should be long and random";
    EXPECT_EQ(string_at(created, "status"), "diterima");
    EXPECT_EQ(string_at(created, "unit.code"), "dinsos");
    EXPECT_FALSE(string_at(created, "unit.name").empty());
    EXPECT_TRUE(string_at(created, "created_at").ends_with("+07:00"))
        << string_at(created, "created_at");

    // Until an officer verifies it the public gets a 404; the reporter follows it with the token
    // and sees their own name, never their contact details (a link can be shared).
    EXPECT_TRUE(is_error(public_view(*citizen, ticket), 404, "not_found"));
    auto view_response = public_view(*citizen, ticket, token);
    ASSERT_EQ(view_response.status, 200) << view_response.describe();
    auto view = view_response.json();
    EXPECT_EQ(string_at(view, "status"), "diterima");
    EXPECT_EQ(string_at(view, "title"), "Bansos PKH belum cair");
    EXPECT_EQ(string_at(view, "category.code"), "sosial.bansos");
    EXPECT_EQ(string_at(view, "unit.code"), "dinsos");
    EXPECT_EQ(string_at(view, "reporter.name"), "Siti Aminah");
    EXPECT_EQ(find_path(view, "reporter.phone"), nullptr);
    EXPECT_EQ(find_path(view, "reporter.email"), nullptr);
    EXPECT_EQ(view_response.body.find("1234567890"), std::string::npos) << view_response.body;
    EXPECT_EQ(view_response.body.find("siti@example.id"), std::string::npos);
    EXPECT_EQ(view_response.body.find(token), std::string::npos) << "the token leaked";
    EXPECT_EQ(history_statuses(view), std::vector<std::string>{"diterima"});

    // The Dinas Sosial officer finds it in the inbox and works it.
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_TRUE(has_ticket(inbox_items(*officer, "status=diterima"), ticket));
    EXPECT_TRUE(has_ticket(inbox_items(*officer, "status=open"), ticket));

    EXPECT_TRUE(moved_to(act(*officer, ticket, {{"action", "verify"}}), "diverifikasi"));
    EXPECT_TRUE(moved_to(act(*officer, ticket, {{"action", "start"}}), "ditindaklanjuti"));
    EXPECT_TRUE(moved_to(
        act(*officer,
            ticket,
            {{"action", "respond"}, {"message", "Petugas kami akan memeriksa data DTKS Ibu."}}),
        "ditindaklanjuti"));
    EXPECT_TRUE(moved_to(act(*officer,
                             ticket,
                             {{"action", "note"}, {"note", "RAHASIA-INTERNAL: NIK ganda di DTKS"}}),
                         "ditindaklanjuti"));
    auto resolved = act(*officer,
                        ticket,
                        {{"action", "resolve"},
                         {"message", "Bantuan sudah disalurkan lewat Bank Himbara pada 3 Juni."}});
    ASSERT_TRUE(moved_to(resolved, "selesai"));
    EXPECT_FALSE(has_ticket(inbox_items(*officer, "status=open"), ticket))
        << "an answered complaint is no longer work in hand";
    EXPECT_NE(resolved.body.find("RAHASIA-INTERNAL"), std::string::npos)
        << "the handling officer should see the internal note in the staff view";

    // The public history shows the public messages, never the internal note.
    view_response = public_view(*citizen, ticket);
    ASSERT_EQ(view_response.status, 200) << view_response.describe();
    view = view_response.json();
    EXPECT_EQ(string_at(view, "status"), "selesai");
    EXPECT_EQ(find_path(view, "reporter"), nullptr) << "the public never reads who reported";
    EXPECT_NE(view_response.body.find("Petugas kami akan memeriksa data DTKS Ibu."),
              std::string::npos);
    EXPECT_NE(view_response.body.find("Bantuan sudah disalurkan lewat Bank Himbara"),
              std::string::npos);
    EXPECT_EQ(view_response.body.find("RAHASIA-INTERNAL"), std::string::npos) << view_response.body;
    auto statuses = history_statuses(view);
    ASSERT_FALSE(statuses.empty());
    EXPECT_EQ(statuses.front(), "diterima");
    EXPECT_EQ(statuses.back(), "selesai");
    for (const auto* expected : {"diverifikasi", "ditindaklanjuti"}) {
        EXPECT_NE(std::find(statuses.begin(), statuses.end(), expected), statuses.end())
            << expected;
    }

    // The reporter confirms with the token: the complaint is closed and rated.
    auto confirmed = feedback(*citizen, ticket, token, true, 5, "Terima kasih, sudah cair.");
    ASSERT_EQ(confirmed.status, 200) << confirmed.describe();
    auto closed = confirmed.json();
    EXPECT_EQ(string_at(closed, "status"), "ditutup");
    const auto* rating = find_path(closed, "feedback.rating");
    ASSERT_NE(rating, nullptr) << confirmed.describe();
    EXPECT_EQ(rating->to_number<int>(), 5);
    const auto* solved = find_path(closed, "feedback.solved");
    ASSERT_NE(solved, nullptr) << confirmed.describe();
    EXPECT_EQ(*solved, json::value(true));

    view_response = public_view(*citizen, ticket);
    ASSERT_EQ(view_response.status, 200);
    EXPECT_EQ(string_at(view_response.json(), "status"), "ditutup");

    // A closed complaint takes no second feedback.
    auto again = feedback(*citizen, ticket, token, false, 1, "Berubah pikiran");
    EXPECT_TRUE(is_error(again, 409, "illegal_transition"));
    EXPECT_NE(again.body.find("ditutup"), std::string::npos) << again.describe();
}

TEST_F(Lifecycle, ReporterReopensWhenNotSolvedAndTheUnitContinues) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen,
                             submission("sosial.bansos",
                                        "BPNT tidak sesuai",
                                        "Beras BPNT yang diterima bulan ini hanya 5 kg, "
                                        "tidak sesuai ketentuan 10 kg."));
    ASSERT_FALSE(created.ticket.empty());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_TRUE(moved_to(act(*officer, created.ticket, {{"action", "verify"}}), "diverifikasi"));
    ASSERT_TRUE(moved_to(act(*officer, created.ticket, {{"action", "start"}}), "ditindaklanjuti"));
    ASSERT_TRUE(moved_to(act(*officer,
                             created.ticket,
                             {{"action", "resolve"}, {"message", "Sudah kami tegur agennya."}}),
                         "selesai"));

    // A wrong token changes nothing.
    auto forged = feedback(*citizen, created.ticket, "bukan-token-yang-benar", false, 1, "palsu");
    EXPECT_TRUE(forged.status == 403 || forged.status == 404) << forged.describe();
    EXPECT_TRUE(is_error(forged, forged.status));
    // A reopen needs a reason.
    EXPECT_TRUE(is_error(feedback(*citizen, created.ticket, created.token, false, 2),
                         422,
                         "invalid_field",
                         "comment"));
    EXPECT_EQ(string_at(public_view(*citizen, created.ticket).json(), "status"), "selesai");

    auto reopened = feedback(
        *citizen, created.ticket, created.token, false, 2, "Bulan ini masih 5 kg, belum berubah.");
    ASSERT_EQ(reopened.status, 200) << reopened.describe();
    EXPECT_EQ(string_at(reopened.json(), "status"), "dibuka_kembali");
    auto view = public_view(*citizen, created.ticket, created.token);
    EXPECT_EQ(string_at(view.json(), "status"), "dibuka_kembali");
    EXPECT_NE(view.body.find("Bulan ini masih 5 kg"), std::string::npos)
        << "the reporter's reason is in their own history: " << view.body;
    auto seen_by_public = public_view(*citizen, created.ticket);
    EXPECT_EQ(string_at(seen_by_public.json(), "status"), "dibuka_kembali");
    EXPECT_EQ(seen_by_public.body.find("Bulan ini masih 5 kg"), std::string::npos)
        << "what the reporter wrote is not the public's: " << seen_by_public.body;

    EXPECT_TRUE(has_ticket(inbox_items(*officer, "status=dibuka_kembali"), created.ticket));
    EXPECT_TRUE(moved_to(act(*officer, created.ticket, {{"action", "start"}}), "ditindaklanjuti"));
}

TEST_F(Lifecycle, SuperAdminDisposesAndTheNewUnitFinishes) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen,
                             submission("lainnya",
                                        "Jalan desa berlubang",
                                        "Jalan penghubung Desa Kiajaran Wetan ke Lohbener "
                                        "berlubang besar dan sering ada kecelakaan."));
    ASSERT_FALSE(created.ticket.empty());
    EXPECT_EQ(created.unit, "diskominfo");

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_TRUE(moved_to(act(*admin, created.ticket, {{"action", "verify"}}), "diverifikasi"));
    auto disposed = act(*admin,
                        created.ticket,
                        {{"action", "dispose"},
                         {"unit", "dpupr"},
                         {"note", "Ini urusan jalan, mohon ditangani PUPR."}});
    ASSERT_TRUE(moved_to(disposed, "didisposisikan"));
    EXPECT_EQ(string_at(disposed.json(), "unit.code"), "dpupr");

    // Dinas Sosial was never involved: it may read the (public) complaint but not act on it.
    auto dinsos = make_client();
    ASSERT_TRUE(login(*dinsos, "dinsos.petugas"));
    EXPECT_TRUE(is_error(act(*dinsos, created.ticket, {{"action", "start"}}), 403, "forbidden"));
    EXPECT_FALSE(has_ticket(inbox_items(*dinsos, "status=didisposisikan"), created.ticket));

    auto pupr = make_client();
    ASSERT_TRUE(login(*pupr, "pupr.petugas"));
    EXPECT_TRUE(has_ticket(inbox_items(*pupr, "status=didisposisikan"), created.ticket));
    EXPECT_TRUE(moved_to(act(*pupr, created.ticket, {{"action", "start"}}), "ditindaklanjuti"));
    EXPECT_TRUE(moved_to(act(*pupr,
                             created.ticket,
                             {{"action", "resolve"},
                              {"message", "Lubang sudah ditambal tim UPTD Jalan pada Senin."}}),
                         "selesai"));

    auto view_response = public_view(*citizen, created.ticket);
    ASSERT_EQ(view_response.status, 200) << view_response.describe();
    auto view = view_response.json();
    EXPECT_EQ(string_at(view, "unit.code"), "dpupr");
    const auto* history = find_path(view, "history");
    ASSERT_NE(history, nullptr);
    bool saw_hand_over = false;
    for (const auto& event : history->as_array()) {
        if (string_at(event, "status") == "didisposisikan") {
            saw_hand_over = true;
            EXPECT_EQ(string_at(event, "unit.code"), "dpupr") << json::serialize(event);
        }
    }
    EXPECT_TRUE(saw_hand_over) << view_response.body;

    // The super admin's staff view lists both units that held it.
    auto staff = staff_view(*admin, created.ticket);
    ASSERT_EQ(staff.status, 200) << staff.describe();
    auto staff_body = staff.json();
    const auto* units = find_path(staff_body, "handling_units");
    ASSERT_NE(units, nullptr) << staff.describe();
    ASSERT_TRUE(units->is_array());
    for (const char* code : {"diskominfo", "dpupr"}) {
        EXPECT_NE(std::find(units->as_array().begin(), units->as_array().end(), json::value(code)),
                  units->as_array().end())
            << code << " in " << staff.body;
    }
}

TEST_F(Lifecycle, HealthComplaintGoesToThePuskesmasOfItsKecamatan) {
    auto citizen = make_client();
    auto body = submission("kesehatan",
                           "Obat kosong di pustu",
                           "Sudah dua minggu obat hipertensi kosong di pustu desa kami.");
    body["location"] =
        json::object{{"kecamatan_code", kKecamatanGantar}, {"address", "Pustu Desa Sanca"}};
    auto created = submit_ok(*citizen, body);
    ASSERT_FALSE(created.ticket.empty());
    EXPECT_EQ(created.unit, "pkm-gantar");

    auto puskesmas = make_client();
    ASSERT_TRUE(login(*puskesmas, "gantar.pkm"));
    EXPECT_TRUE(has_ticket(inbox_items(*puskesmas, "status=diterima"), created.ticket));
    EXPECT_TRUE(moved_to(act(*puskesmas, created.ticket, {{"action", "verify"}}), "diverifikasi"));
}

TEST_F(Lifecycle, PublicServiceComplaintGoesToItsKecamatan) {
    auto citizen = make_client();
    auto body =
        submission("pelayanan_publik",
                   "Pelayanan KTP lambat",
                   "Antrian rekam KTP di kantor kecamatan selalu ditutup jam sepuluh pagi.");
    body["location"] = json::object{{"kecamatan_code", kKecamatanLosarang}};
    auto created = submit_ok(*citizen, body);
    ASSERT_FALSE(created.ticket.empty());
    EXPECT_EQ(created.unit, kKecamatanLosarang);

    auto camat = make_client();
    ASSERT_TRUE(login(*camat, "losarang.petugas"));
    auto staff = staff_view(*camat, created.ticket);
    ASSERT_EQ(staff.status, 200) << staff.describe();
    EXPECT_NE(staff.body.find("1234567890"), std::string::npos)
        << "the handling unit sees the reporter's phone: " << staff.body;
}

TEST_F(Lifecycle, CategoriesRouteByDuty) {
    const std::vector<std::pair<std::string, std::string>> routes = {
        {"sosial.bansos", "dinsos"},
        {"infrastruktur.jalan_rusak", "dpupr"},
        {"infrastruktur.drainase", "dpupr"},
        {"infrastruktur.lampu_jalan", "dishub"},
        {"kebencanaan", "bpbd"},
        {"kebakaran", "satpolpp-damkar"},
        {"kebersihan", "dlh"},
        {"air_bersih", "pdam"},
        {"parkir", "dishub"},
        {"kependudukan", "disdukcapil"},
        {"ketertiban", "satpolpp-damkar"},
        {"lainnya", "diskominfo"},
    };
    auto citizen = make_client();
    for (const auto& [category, unit] : routes) {
        auto created =
            submit_ok(*citizen,
                      submission(category,
                                 "Uji rute " + category,
                                 "Laporan uji untuk kategori " + category + " di Indramayu."));
        EXPECT_EQ(created.unit, unit) << category;
    }
}

TEST_F(Lifecycle, OperatorTakesACallOnBehalfOfACitizen) {
    auto operator_client = make_client();
    ASSERT_TRUE(login(*operator_client, "dinsos.operator"));
    auto body = submission("sosial.bansos",
                           "Telepon: KIS tidak aktif",
                           "Penelepon melaporkan kartu KIS keluarganya tidak aktif sejak Mei.");
    body["channel"] = "call_center";
    auto created = operator_client->post_json("/api/v1/staff/complaints", body);
    ASSERT_EQ(created.status, 201) << created.describe();
    auto answer = created.json();
    const std::string ticket = string_at(answer, "ticket");
    EXPECT_FALSE(string_at(answer, "tracking_token").empty());
    EXPECT_EQ(string_at(answer, "status"), "diterima");

    auto view = public_view(*operator_client, ticket, string_at(answer, "tracking_token"));
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_EQ(string_at(view.json(), "channel"), "call_center");

    // An operator may verify, but resolving is the officer's job.
    EXPECT_TRUE(moved_to(act(*operator_client, ticket, {{"action", "verify"}}), "diverifikasi"));
    EXPECT_TRUE(is_error(
        act(*operator_client, ticket, {{"action", "resolve"}, {"message", "Sudah beres."}}),
        403,
        "forbidden"));
}

}  // namespace
}  // namespace tanggap::integration

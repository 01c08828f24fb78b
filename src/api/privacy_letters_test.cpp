#include "api/privacy_letters.hpp"

#include "reports/pdf_text_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::api {
namespace {

using namespace std::chrono_literals;

domain::DirectoryIndex directory() {
    domain::Unit bupati;
    bupati.code = "bupati";
    bupati.name = "Bupati Indramayu";
    bupati.kind = domain::UnitKind::pimpinan;
    domain::Unit dinsos;
    dinsos.code = "dinsos";
    dinsos.name = "Dinas Sosial";
    dinsos.parent_code = "bupati";
    domain::Category bansos;
    bansos.code = "sosial.bansos";
    bansos.name = "Bansos";
    return domain::DirectoryIndex({bupati, dinsos}, {bansos});
}

const domain::Timestamp kAt = domain::Timestamp{} + 1765000000s;

service::PersonData person_data(int complaints) {
    service::PersonData data;
    data.request.id = 41;
    data.request.subject = "3212********0004";
    data.request.received_at = kAt;
    data.request.done_at = kAt;
    for (int i = 0; i < complaints; ++i) {
        service::ComplaintHistory h;
        h.complaint.ticket = "IDM-2612-" + std::to_string(100 + i);
        h.complaint.title = "Bantuan PKH belum cair";
        h.complaint.category_code = "sosial.bansos";
        h.complaint.unit_code = "dinsos";
        h.complaint.created_at = kAt;
        h.complaint.photos.resize(2);
        domain::ComplaintEvent e;
        e.at = kAt;
        e.action = "verify";
        e.public_text = "Aduan diverifikasi oleh Dinas Sosial";
        h.events.push_back(e);
        data.complaints.push_back(std::move(h));
    }
    domain::AuditEntry processed;
    processed.at = kAt;
    processed.actor = "dinsos.petugas";
    processed.action = "complaint.verify";
    processed.ticket = "IDM-2612-100";
    data.processing.push_back(processed);
    return data;
}

TEST(PrivacyLetters, TheAnswerCitesPasal7AndNamesThePersonMaskedWithWhatIsHeld) {
    const auto dir = directory();
    const auto sender = letter_sender(dir, "Dewi Lestari", "privasi");
    EXPECT_EQ(sender.government, "Kabupaten Indramayu");
    const domain::PersonKey key{"", "", "3212041203850004"};
    const auto probe = reports::probe_pdf(
        reports::render_letters_pdf(answer_letter(person_data(1), key, dir, sender, kAt)));
    EXPECT_NE(probe.text.find("PEMERINTAH KABUPATEN INDRAMAYU"), std::string::npos) << probe.text;
    EXPECT_NE(probe.text.find("Pasal 7"), std::string::npos);
    EXPECT_NE(probe.text.find("IDM-2612-100"), std::string::npos);
    EXPECT_NE(probe.text.find("3212********0004"), std::string::npos);
    EXPECT_EQ(probe.text.find("3212041203850004"), std::string::npos) << "the NIK, whole";
    EXPECT_NE(probe.text.find("Bansos"), std::string::npos) << "the category by name";
    EXPECT_NE(probe.text.find("dinsos.petugas"), std::string::npos) << "who processed it";
    EXPECT_NE(probe.text.find("Dewi Lestari"), std::string::npos) << "the signature";
    EXPECT_NE(probe.text.find("41/PDP/"), std::string::npos) << "the number";
}

TEST(PrivacyLetters, ManyComplaintsTakeMorePages) {
    const auto dir = directory();
    const auto sender = letter_sender(dir, "Dewi Lestari", "privasi");
    const domain::PersonKey key{"+6281344445555", "", ""};
    const auto one = reports::probe_pdf(
        reports::render_letters_pdf(answer_letter(person_data(1), key, dir, sender, kAt)));
    const auto many = reports::probe_pdf(
        reports::render_letters_pdf(answer_letter(person_data(60), key, dir, sender, kAt)));
    EXPECT_GT(many.pages, one.pages);
    EXPECT_NE(many.text.find("IDM-2612-159"), std::string::npos) << "the last one too";
}

TEST(PrivacyLetters, TheInstitutionsLetterNamesNobodyAndThePostalOnesAreMarked) {
    const auto dir = directory();
    service::BreachLetters letters;
    letters.breach.id = 3;
    letters.breach.incident.discovered_at = kAt;
    letters.breach.incident.data_exposed = "Nama dan nomor HP pelapor";
    letters.breach.incident.how = "Berkas terkirim ke grup yang salah";
    letters.breach.incident.measures = "Berkas ditarik";
    letters.breach.incident.scope = {kAt - 24h, kAt, "dinsos"};
    letters.breach.notify_by = kAt + 72h;
    letters.breach.complaints = 2;
    letters.breach.people = 2;
    letters.breach.unreachable = 1;
    letters.people = {{{"Budi Santoso", "+6285711112222", ""}, {"IDM-2612-100"}, false},
                      {{"Siti Rahmawati", "", "siti.r@example.id"}, {"IDM-2612-101"}, true}};
    const auto probe = reports::probe_pdf(reports::render_letters_pdf(
        breach_letters(letters, dir, letter_sender(dir, "Dewi Lestari", "privasi"), kAt)));
    EXPECT_EQ(probe.pages, 3);
    const auto institution = probe.text.substr(0, probe.text.find("Surat 1 dari 3"));
    EXPECT_NE(institution.find("Komunikasi dan Digital"), std::string::npos) << probe.text;
    EXPECT_NE(institution.find("Pasal 46"), std::string::npos);
    EXPECT_NE(institution.find("Berkas terkirim ke grup yang salah"), std::string::npos);
    EXPECT_EQ(institution.find("Budi"), std::string::npos);
    EXPECT_EQ(institution.find("IDM-2612-100"), std::string::npos);
    EXPECT_EQ(probe.text.find("85711112222"), std::string::npos) << "no whole phone anywhere";
    EXPECT_EQ(probe.text.find("siti.r@example.id"), std::string::npos);
    const auto budi = probe.text.find("Budi Santoso");
    const auto siti = probe.text.find("Siti Rahmawati");
    const auto post = probe.text.find("KIRIM LEWAT POS");
    ASSERT_NE(post, std::string::npos);
    EXPECT_LT(post, budi) << "Budi's letter, first, goes by post";
    EXPECT_EQ(probe.text.find("KIRIM LEWAT POS", post + 1), std::string::npos) << "Siti's not";
    EXPECT_LT(budi, siti);
}

}  // namespace
}  // namespace tanggap::api

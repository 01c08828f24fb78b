#include "reports/letter_pdf.hpp"

#include "reports/pdf_text_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::reports {
namespace {

Letter answer_letter(int complaints) {
    Letter l;
    l.letterhead = {"PEMERINTAH KABUPATEN INDRAMAYU",
                    "PEJABAT PELINDUNGAN DATA PRIBADI",
                    "Jl. Mayjen Sutoyo No. 1, Indramayu"};
    l.meta = {{"Nomor", "PDP/7/XII/2026"},
              {"Perihal", "Jawaban atas permintaan akses data pribadi"}};
    l.addressee = {"Yth. Pemilik data dengan nomor telepon 0812******90", "di tempat"};
    l.body.push_back(
        paragraph("Menjawab permintaan Saudara berdasarkan Pasal 7 Undang-Undang "
                  "Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, ..."));
    l.body.push_back(heading("A. Aduan"));
    LetterTable t;
    t.header = {"Tiket", "Tanggal", "Judul"};
    t.widths = {1, 1, 3};
    for (int i = 0; i < complaints; ++i) {
        t.rows.push_back({"IDM-2612-" + std::to_string(1000 + i),
                          "7 Desember 2026",
                          "Jalan berlubang di depan sekolah " + std::string(200, 'x')});
    }
    l.body.push_back(table(std::move(t)));
    l.signature = {"Indramayu, 7 Desember 2026",
                   "Pejabat Pelindungan Data Pribadi",
                   "Dewi",
                   "Akun Tanggap: dewi.pdp"};
    return l;
}

TEST(LetterPdf, PopplerReadsTheLetterItsTicketMaskedAddresseeAndCitation) {
    const auto pdf = render_letters_pdf({"Surat", {answer_letter(2)}});
    ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
    const auto probe = probe_pdf(pdf);
    EXPECT_EQ(probe.pages, 1);
    EXPECT_NE(probe.text.find("IDM-2612-1001"), std::string::npos) << probe.text;
    EXPECT_NE(probe.text.find("0812******90"), std::string::npos);
    EXPECT_NE(probe.text.find("Pasal 7"), std::string::npos);
    EXPECT_NE(probe.text.find("PEMERINTAH KABUPATEN INDRAMAYU"), std::string::npos);
    EXPECT_NE(probe.text.find("Dewi"), std::string::npos) << "the signature block";
}

TEST(LetterPdf, LongContentFlowsOntoMorePagesAndNothingIsLost) {
    const auto short_probe = probe_pdf(render_letters_pdf({"Surat", {answer_letter(2)}}));
    auto long_letter = answer_letter(80);
    long_letter.body.push_back(paragraph(std::string(8000, 'k') + " akhir-paragraf"));
    const auto probe = probe_pdf(render_letters_pdf({"Surat", {long_letter}}));
    EXPECT_GT(probe.pages, short_probe.pages + 2);
    EXPECT_NE(probe.text.find("IDM-2612-1079"), std::string::npos) << "the last row";
    EXPECT_NE(probe.text.find("akhir-paragraf"), std::string::npos) << "a wrapped word is kept";
    EXPECT_NE(probe.text.find("Akun Tanggap: dewi.pdp"), std::string::npos);
}

TEST(LetterPdf, EachLetterStartsOnItsOwnPageAndTheMarkIsPrinted) {
    auto posted = answer_letter(1);
    posted.mark = "KIRIM LEWAT POS";
    const auto probe = probe_pdf(render_letters_pdf({"Surat", {answer_letter(1), posted}}));
    EXPECT_EQ(probe.pages, 2);
    EXPECT_NE(probe.text.find("KIRIM LEWAT POS"), std::string::npos);
    EXPECT_NE(probe.text.find("Surat 2 dari 2"), std::string::npos);
}

TEST(LetterPdf, AHugeCellIsCutSoItsRowStillFitsAPage) {
    auto l = answer_letter(0);
    LetterTable t;
    t.header = {"Isi"};
    t.rows = {{std::string(60000, 'w')}, {"baris-berikutnya"}};
    l.body.push_back(table(std::move(t)));
    const auto probe = probe_pdf(render_letters_pdf({"Surat", {l}}));
    EXPECT_LE(probe.pages, 2);
    EXPECT_NE(probe.text.find("baris-berikutnya"), std::string::npos);
}

TEST(LetterPdf, AnEmptyDocumentIsStillAPdf) {
    EXPECT_EQ(probe_pdf(render_letters_pdf({"Kosong", {}})).pages, 1);
}

}  // namespace
}  // namespace tanggap::reports

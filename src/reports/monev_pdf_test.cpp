#include "reports/monev_pdf.hpp"

#include <gtest/gtest.h>

namespace tanggap::reports {
namespace {

MonevSheet sheet() {
    MonevSheet s;
    s.title = "Laporan Monev Pengaduan";
    s.unit_name = "Dinas Sosial Kabupaten Indramayu";
    s.period = "Mei 2022";
    s.generated = "Dibuat 30 November 2026 16:00 WIB oleh Tanggap";
    s.figures = {{"Aduan diterima", "42"}, {"Ditindaklanjuti tepat waktu", "38 dari 40 (95,0%)"}};
    s.charts = {
        BarChart{"Tepat waktu per petugas", "%", 100, {{"rina.dinsos", 97.5}, {"budi", 80}}},
        BarChart{"Aduan per kategori", "", 0, {}}};
    return s;
}

TEST(MonevPdf, IsAOnePageA4PdfWithItsTextInDejaVu) {
    const auto pdf = render_monev_pdf(sheet());
    ASSERT_GT(pdf.size(), 1000U);
    EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
    EXPECT_NE(pdf.rfind("%%EOF"), std::string::npos);
    EXPECT_NE(pdf.find("/Count 1"), std::string::npos) << "one page";
    EXPECT_NE(pdf.find("/MediaBox [ 0 0 595 842 ]"), std::string::npos) << "A4";
    EXPECT_NE(pdf.find("DejaVuSans"), std::string::npos) << "the text was drawn with its font";
    EXPECT_NE(pdf.find("Dinas Sosial Kabupaten Indramayu"), std::string::npos)
        << "the title metadata names the unit";
}

TEST(MonevPdf, LongListsAndLabelsStillFitOnePage) {
    auto s = sheet();
    s.unit_name = std::string(300, 'X');
    for (int i = 0; i < 40; ++i) {
        s.charts[1].bars.push_back(
            {"Kategori dengan nama yang sangat panjang sekali nomor " + std::to_string(i),
             static_cast<double>(i)});
    }
    const auto pdf = render_monev_pdf(s);
    EXPECT_NE(pdf.find("/Count 1"), std::string::npos);
}

}  // namespace
}  // namespace tanggap::reports

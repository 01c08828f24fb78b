#include "demo/recent_complaints.hpp"

namespace tanggap::demo {
namespace {

constexpr const char* kLosarang = "32.12.20";
constexpr const char* kGantar = "32.12.25";

domain::Submission submission(std::string category,
                              std::string title,
                              std::string description,
                              domain::Channel channel,
                              std::string kecamatan,
                              std::string reporter) {
    domain::Submission s;
    s.channel = channel;
    s.category_code = std::move(category);
    s.title = std::move(title);
    s.description = std::move(description);
    s.location.kecamatan_code = std::move(kecamatan);
    s.reporter.name = std::move(reporter);
    return s;
}

domain::ActionRequest action(domain::Action a, std::string note = {}, std::string message = {}) {
    domain::ActionRequest r;
    r.action = a;
    r.note = std::move(note);
    r.message = std::move(message);
    return r;
}

}  // namespace

std::vector<RecentComplaint> recent_complaints() {
    using domain::Action;
    using domain::Channel;
    return {
        // Never verified and a month old: past Diskominfo, on the Bupati's list, with the unit's
        // reason.
        {30,
         submission("sosial.bansos",
                    "PKH tidak cair tiga bulan",
                    "Bantuan PKH untuk keluarga kami tidak cair sejak Agustus padahal masih "
                    "terdaftar di DTKS desa.",
                    Channel::whatsapp,
                    kLosarang,
                    "Warsini"),
         {{20,
           "dinsos.petugas",
           action(Action::explain_delay, "Menunggu validasi data DTKS dari Kementerian Sosial.")}}},
        // A road verified by the unit; its follow-up is running late.
        {14,
         submission("infrastruktur",
                    "Jalan berlubang di depan SDN Gantar 2",
                    "Lubang besar di jalan depan sekolah, sudah dua motor terjatuh minggu ini.",
                    Channel::call_center,
                    kGantar,
                    "Darto"),
         {{13, "pupr.petugas", action(Action::verify)}}},
        // Received a week ago at the puskesmas, not yet verified: with Diskominfo now.
        {7,
         submission("kesehatan",
                    "Antrean obat di Puskesmas Gantar terlalu lama",
                    "Menunggu obat lebih dari tiga jam, loket hanya satu yang buka.",
                    Channel::web,
                    kGantar,
                    "Sumiati"),
         {}},
        // Verified two days ago: reminders come before its deadline.
        {3,
         submission("sosial.bansos",
                    "Beras bansos belum dibagikan di Desa Losarang",
                    "Beras bantuan pangan bulan ini belum dibagikan, warga belum mendapat kabar.",
                    Channel::facebook,
                    kLosarang,
                    "Karsih"),
         {{2, "dinsos.petugas", action(Action::verify)}}},
        // Fresh: nothing due yet.
        {0,
         submission("infrastruktur",
                    "Lampu jalan mati di Jalan Raya Losarang",
                    "Tiga lampu jalan mati berturut-turut, jalan gelap dan rawan pada malam hari.",
                    Channel::web,
                    kLosarang,
                    "Rohman"),
         {}},
    };
}

}  // namespace tanggap::demo

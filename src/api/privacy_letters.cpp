#include "api/privacy_letters.hpp"

#include "api/month_names.hpp"
#include "domain/privacy.hpp"
#include "domain/status.hpp"
#include "util/local_zone.hpp"

#include <array>
#include <chrono>
#include <string_view>
#include <utility>

namespace tanggap::api {
namespace {

using reports::heading;
using reports::LetterTable;
using reports::paragraph;
using reports::table;

constexpr std::array<const char*, 12> kRoman{
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

std::chrono::year_month_day local_day(domain::Timestamp at) {
    return std::chrono::year_month_day{
        std::chrono::floor<std::chrono::days>(at + util::local_zone().offset)};
}

std::string date_words(domain::Timestamp at) {  // "7 Desember 2026"
    const auto d = local_day(at);
    return std::to_string(static_cast<unsigned>(d.day())) + " " + month_name(d.month()) + " " +
           std::to_string(static_cast<int>(d.year()));
}

std::string time_words(domain::Timestamp at) {  // "7 Desember 2026 09.30 WIB"
    const auto local = at + util::local_zone().offset;
    const auto minutes = std::chrono::floor<std::chrono::minutes>(local) -
                         std::chrono::floor<std::chrono::days>(local);
    const auto h = minutes.count() / 60;
    const auto m = minutes.count() % 60;
    return date_words(at) + " " + (h < 10 ? "0" : "") + std::to_string(h) + "." +
           (m < 10 ? "0" : "") + std::to_string(m) + " " + std::string(util::local_zone().name);
}

// "12/PDP/XII/2026": the register's number, the month in Roman numerals, the year.
std::string letter_number(const std::string& series, std::int64_t id, domain::Timestamp at) {
    const auto d = local_day(at);
    return std::to_string(id) + "/" + series + "/" + kRoman[static_cast<unsigned>(d.month()) - 1] +
           "/" + std::to_string(static_cast<int>(d.year()));
}

std::string upper(std::string s) {
    for (auto& c : s) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return s;
}

reports::Letter blank_letter(const LetterSender& sender, domain::Timestamp at) {
    reports::Letter l;
    l.letterhead = {"PEMERINTAH " + upper(sender.government), "PEJABAT PELINDUNGAN DATA PRIBADI"};
    if (!sender.office.empty()) l.letterhead.push_back("d.a. " + sender.office);
    l.signature = {sender.place + ", " + date_words(at),
                   "Pejabat Pelindungan Data Pribadi\n" + sender.government,
                   sender.officer_name.empty() ? sender.officer_username : sender.officer_name,
                   "Akun Tanggap: " + sender.officer_username};
    return l;
}

std::string unit_name(const domain::DirectoryIndex& d, const std::string& code) {
    const auto* u = d.find_unit(code);
    return u ? u->name : code;
}

std::string category_name(const domain::DirectoryIndex& d, const std::string& code) {
    if (code.empty()) return "-";
    const auto* c = d.find_category(code);
    return c ? c->name : code;
}

std::string person_words(const domain::PersonKey& key) {
    std::string out;
    auto add = [&](const char* what, const std::string& value) {
        if (value.empty()) return;
        out += (out.empty() ? "" : ", ") + std::string(what) + " " + value;
    };
    add("nomor telepon", key.phone.empty() ? "" : domain::masked({key.phone, "", ""}));
    add("alamat e-mail", key.email.empty() ? "" : domain::masked({"", key.email, ""}));
    add("NIK", key.nik.empty() ? "" : domain::masked({"", "", key.nik}));
    return out;
}

}  // namespace

LetterSender letter_sender(const domain::DirectoryIndex& directory,
                           std::string officer_name,
                           std::string officer_username) {
    LetterSender s;
    s.government = "Daerah";
    for (const auto& u : directory.units()) {
        if (u.kind != domain::UnitKind::pimpinan || !u.parent_code.empty()) continue;
        using Title = std::pair<std::string_view, std::string_view>;  // the leader, the government
        constexpr std::array<Title, 3> kTitles{
            {{"Bupati ", "Kabupaten "}, {"Wali Kota ", "Kota "}, {"Walikota ", "Kota "}}};
        for (const auto& [title, kind] : kTitles) {
            if (u.name.rfind(title, 0) == 0) {
                s.place = u.name.substr(title.size());
                s.government = std::string(kind) + s.place;
            }
        }
        break;
    }
    if (s.place.empty()) s.place = s.government;
    if (const auto* office = directory.super_admin_unit()) s.office = office->name;
    s.officer_name = std::move(officer_name);
    s.officer_username = std::move(officer_username);
    return s;
}

reports::LetterDocument answer_letter(const service::PersonData& data,
                                      const domain::PersonKey& key,
                                      const domain::DirectoryIndex& directory,
                                      const LetterSender& sender,
                                      domain::Timestamp now) {
    const auto& request = data.request;
    const auto answered = request.done_at.value_or(request.received_at);
    auto l = blank_letter(sender, answered);
    l.meta = {{"Nomor", letter_number("PDP", request.id, answered)},
              {"Sifat", "Rahasia"},
              {"Lampiran", "-"},
              {"Perihal", "Jawaban atas permintaan akses data pribadi"}};
    l.addressee = {"Yth. Pemilik data pribadi dengan " + person_words(key), "di tempat"};

    std::size_t photos = 0;
    for (const auto& h : data.complaints) photos += h.complaint.photos.size();
    l.body.push_back(paragraph(
        "Menjawab permintaan Saudara yang kami terima pada " + time_words(request.received_at) +
        " (register nomor " + std::to_string(request.id) +
        "), dan sesuai dengan hak Saudara untuk mendapatkan akses dan memperoleh salinan data "
        "pribadi tentang diri Saudara sebagaimana diatur dalam Pasal 7 Undang-Undang Nomor 27 "
        "Tahun 2022 tentang Pelindungan Data Pribadi, bersama ini kami sampaikan data pribadi "
        "Saudara yang diproses oleh Pemerintah " +
        sender.government + " melalui layanan pengaduan Tanggap."));
    l.body.push_back(paragraph(
        "Kami memproses data tersebut untuk menerima, meneruskan dan menindaklanjuti aduan "
        "Saudara serta memberi kabar perkembangannya. Keadaan data per " +
        time_words(now) + ": " + std::to_string(data.complaints.size()) + " aduan, " +
        std::to_string(photos) + " foto, " + std::to_string(data.messages.size()) +
        " pesan masuk, " + std::to_string(data.outbound.size()) + " pemberitahuan terkirim, dan " +
        std::to_string(data.processing.size()) + " catatan pemrosesan."));

    l.body.push_back(heading("A. Aduan"));
    LetterTable complaints;
    complaints.header = {"Tiket", "Tanggal", "Kategori", "Unit", "Status", "Judul", "Foto"};
    complaints.widths = {2.1, 1.3, 1.4, 1.4, 1.4, 2.4, 0.8};
    complaints.empty_text = "Tidak ada aduan atas nama Saudara.";
    for (const auto& h : data.complaints) {
        const auto& c = h.complaint;
        complaints.rows.push_back({c.ticket,
                                   date_words(c.created_at),
                                   category_name(directory, c.category_code),
                                   unit_name(directory, c.unit_code),
                                   std::string(domain::status_label(c.status)),
                                   c.title,
                                   std::to_string(c.photos.size())});
    }
    l.body.push_back(table(std::move(complaints)));

    l.body.push_back(heading("B. Riwayat penanganan aduan"));
    LetterTable history;
    history.header = {"Tiket", "Waktu", "Oleh", "Langkah", "Keterangan"};
    history.widths = {1.4, 1.6, 1.2, 1.4, 3.4};
    history.empty_text = "Tidak ada.";
    for (const auto& h : data.complaints) {
        for (const auto& e : h.events) {
            history.rows.push_back({h.complaint.ticket,
                                    time_words(e.at),
                                    std::string(domain::to_string(e.actor)),
                                    e.action + " → " + std::string(domain::status_label(e.to)),
                                    e.public_text});
        }
    }
    l.body.push_back(table(std::move(history)));

    l.body.push_back(heading("C. Pesan yang Saudara kirim (WhatsApp)"));
    LetterTable messages;
    messages.header = {"Waktu", "Jenis", "Isi"};
    messages.widths = {1.6, 1, 5};
    messages.empty_text = "Tidak ada.";
    for (const auto& m : data.messages)
        messages.rows.push_back({time_words(m.received_at), m.type, m.text});
    l.body.push_back(table(std::move(messages)));

    l.body.push_back(heading("D. Pemberitahuan yang kami kirim kepada Saudara"));
    LetterTable outbound;
    outbound.header = {"Waktu", "Saluran", "Status", "Isi"};
    outbound.widths = {1.6, 1, 1, 4.4};
    outbound.empty_text = "Tidak ada.";
    for (const auto& m : data.outbound) {
        outbound.rows.push_back({time_words(m.created_at),
                                 std::string(domain::to_string(m.channel)),
                                 std::string(domain::to_string(m.state)),
                                 m.body});
    }
    l.body.push_back(table(std::move(outbound)));

    l.body.push_back(heading("E. Catatan pemrosesan (siapa yang memproses data Saudara)"));
    LetterTable processing;
    processing.header = {"Waktu", "Petugas", "Tindakan", "Tiket", "Keterangan"};
    processing.widths = {1.6, 1.3, 1.5, 1.4, 2.6};
    processing.empty_text = "Tidak ada.";
    for (const auto& e : data.processing) {
        processing.rows.push_back({time_words(e.at), e.actor, e.action, e.ticket, e.detail});
    }
    l.body.push_back(table(std::move(processing)));

    l.body.push_back(paragraph(
        "Apabila Saudara mendapati data yang tidak akurat, Saudara berhak meminta "
        "pembetulannya (Pasal 6) dan berhak meminta penghapusan data pribadi Saudara (Pasal 8) "
        "dengan menghubungi Pejabat Pelindungan Data Pribadi " +
        sender.government +
        ". Demikian jawaban ini kami sampaikan. Atas perhatian Saudara kami ucapkan terima "
        "kasih."));
    return {"Jawaban atas permintaan akses data pribadi nomor " + std::to_string(request.id),
            {std::move(l)}};
}

reports::LetterDocument breach_letters(const service::BreachLetters& letters,
                                       const domain::DirectoryIndex& directory,
                                       const LetterSender& sender,
                                       domain::Timestamp now) {
    const auto& b = letters.breach;
    const auto& in = b.incident;
    const std::string scope =
        "aduan yang diterima sejak " + time_words(in.scope.received_from) + " sampai sebelum " +
        time_words(in.scope.received_until) +
        (in.scope.unit_code.empty()
             ? ""
             : ", yang pernah ditangani " + unit_name(directory, in.scope.unit_code));
    std::int64_t unreachable = 0;
    for (const auto& p : letters.people) unreachable += p.reachable ? 0 : 1;

    reports::LetterDocument doc;
    doc.title = "Pemberitahuan kegagalan pelindungan data pribadi, insiden " + std::to_string(b.id);

    auto institution = blank_letter(sender, now);
    institution.meta = {{"Nomor", letter_number("PDP-INS", b.id, now)},
                        {"Sifat", "Segera"},
                        {"Lampiran", "-"},
                        {"Perihal", "Pemberitahuan kegagalan pelindungan data pribadi"}};
    institution.addressee = {"Yth. Menteri Komunikasi dan Digital Republik Indonesia",
                             "selaku lembaga penyelenggara pelindungan data pribadi",
                             "di Jakarta"};
    institution.body = {
        paragraph("Berdasarkan Pasal 46 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan "
                  "Data Pribadi, dengan ini Pemerintah " +
                  sender.government +
                  " selaku pengendali data pribadi pada layanan pengaduan Tanggap memberitahukan "
                  "terjadinya kegagalan pelindungan data pribadi sebagai berikut."),
        table(LetterTable{
            {},
            {1.6, 4},
            {{"Nomor insiden", std::to_string(b.id)},
             {"Diketahui pada", time_words(in.discovered_at)},
             {"Batas pemberitahuan (3 x 24 jam)", time_words(b.notify_by)},
             {"Data pribadi yang terungkap", in.data_exposed},
             {"Kapan dan bagaimana terungkap", in.how},
             {"Upaya penanganan dan pemulihan", in.measures},
             {"Cakupan", scope},
             {"Jumlah aduan", std::to_string(b.complaints)},
             {"Jumlah subjek data", std::to_string(b.people)},
             {"Diberi tahu lewat e-mail/SMS",
              b.notified_at
                  ? std::to_string(b.notices) + " orang, pada " + time_words(*b.notified_at)
                  : "belum"},
             {"Diberi tahu dengan surat tercatat", std::to_string(unreachable) + " orang"}},
            ""}),
        paragraph("Pemberitahuan tertulis kepada setiap subjek data telah atau akan kami kirimkan "
                  "dalam batas waktu tersebut. Kami siap memberikan keterangan lebih lanjut. "
                  "Demikian pemberitahuan ini kami sampaikan."),
    };
    doc.letters.push_back(std::move(institution));

    for (std::size_t i = 0; i < letters.people.size(); ++i) {
        const auto& p = letters.people[i];
        auto l = blank_letter(sender, now);
        if (!p.reachable) l.mark = "KIRIM LEWAT POS: tidak terjangkau e-mail/SMS";
        l.meta = {{"Nomor", letter_number("PDP-INS", b.id, now) + "-" + std::to_string(i + 1)},
                  {"Sifat", "Penting"},
                  {"Perihal", "Pemberitahuan kegagalan pelindungan data pribadi"}};
        const domain::PersonKey contact{p.reporter.phone, p.reporter.email, ""};
        l.addressee = {"Yth. " + (p.reporter.name.empty() ? std::string("Bapak/Ibu pelapor")
                                                          : p.reporter.name),
                       "pelapor dengan " + person_words(contact),
                       "di tempat"};
        std::string tickets;
        for (const auto& t : p.tickets) tickets += (tickets.empty() ? "" : ", ") + t;
        l.body = {
            paragraph("Sesuai dengan Pasal 46 Undang-Undang Nomor 27 Tahun 2022 tentang "
                      "Pelindungan Data Pribadi, kami memberitahukan bahwa data pribadi Saudara "
                      "yang kami proses untuk aduan " +
                      tickets +
                      " termasuk dalam kegagalan pelindungan data pribadi yang kami ketahui pada " +
                      time_words(in.discovered_at) + "."),
            heading("Data pribadi yang terungkap"),
            paragraph(in.data_exposed),
            heading("Kapan dan bagaimana data terungkap"),
            paragraph(in.how),
            heading("Upaya penanganan dan pemulihan"),
            paragraph(in.measures),
            paragraph("Apabila Saudara memerlukan keterangan lebih lanjut atau ingin menggunakan "
                      "hak Saudara atas data pribadi, silakan menghubungi Pejabat Pelindungan "
                      "Data Pribadi " +
                      sender.government +
                      " dengan menyebutkan nomor surat ini. Kami mohon maaf atas kejadian ini."),
        };
        doc.letters.push_back(std::move(l));
    }
    return doc;
}

}  // namespace tanggap::api

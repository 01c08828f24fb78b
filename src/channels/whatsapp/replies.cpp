#include "channels/whatsapp/replies.hpp"

#include "channels/whatsapp/place_match.hpp"

#include <algorithm>
#include <cstdio>

namespace tanggap::channels::whatsapp {
namespace replies {
namespace {

constexpr std::size_t kPageSize = kMaxListRows - 1;  // one row left for "Lainnya"

Reply list(std::string header,
           std::string body,
           std::string button_label,
           std::vector<Option> options) {
    Reply r;
    r.kind = Reply::Kind::list;
    r.header = std::move(header);
    r.body = std::move(body);
    r.footer = "Ketik *batal* untuk membatalkan";
    r.button_label = std::move(button_label);
    r.options = std::move(options);
    return r;
}

Reply buttons(std::string body, std::vector<Option> options) {
    Reply r;
    r.kind = Reply::Kind::buttons;
    r.body = std::move(body);
    r.options = std::move(options);
    return r;
}

Option row(std::string id, std::string_view title, std::string_view description = {}) {
    return Option{std::move(id), cut(title, kRowTitleMax), cut(description, kRowDescriptionMax)};
}

Option button(std::string id, std::string_view title) {
    return Option{std::move(id), cut(title, kButtonTitleMax), {}};
}

std::vector<const domain::Category*> children(const domain::DirectoryIndex& directory,
                                              std::string_view parent) {
    std::vector<const domain::Category*> out;
    for (const auto& c : directory.categories()) {
        if (c.parent_code == parent) out.push_back(&c);
    }
    return out;
}

std::string category_path(const domain::DirectoryIndex& directory, const std::string& code) {
    const auto* c = directory.find_category(code);
    if (c == nullptr) return "-";
    const auto* parent = directory.find_category(c->parent_code);
    return parent != nullptr ? parent->name + " › " + c->name : c->name;
}

std::string place_text(const domain::Location& loc, const domain::DirectoryIndex& directory) {
    std::string out;
    if (const auto* desa = directory.find_unit(loc.desa_code)) out = desa->name;
    if (const auto* kec = directory.find_unit(loc.kecamatan_code)) {
        out += (out.empty() ? "" : ", ") + kec->name;
    }
    if (loc.lat && loc.lon) {
        char point[64];
        std::snprintf(point, sizeof point, "titik peta %.5f, %.5f", *loc.lat, *loc.lon);
        if (!loc.address.empty()) out += (out.empty() ? "" : ", ") + loc.address;
        out += std::string(out.empty() ? "" : " (") + point + (out.empty() ? "" : ")");
    }
    return out.empty() ? "tidak diisi" : out;
}

}  // namespace

std::string cut(std::string_view text, std::size_t max_points) {
    std::size_t points = 0;
    std::size_t last_fit = 0;  // byte length of the first max_points - 1 code points
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (points == max_points - 1) last_fit = i;
            if (points == max_points) return std::string(text.substr(0, last_fit)) + "…";
            ++points;
        }
    }
    return std::string(text);
}

Reply text(std::string body) {
    Reply r;
    r.body = std::move(body);
    return r;
}

Reply main_menu(std::string_view name) {
    std::string greeting = name.empty() ? "Halo! 👋" : "Halo, " + cut(name, 40) + "! 👋";
    auto r = buttons(greeting +
                         "\nSelamat datang di layanan pengaduan *Tanggap*.\n"
                         "Apa yang bisa kami bantu?",
                     {button("menu:lapor", "Lapor pengaduan"),
                      button("menu:cek", "Cek status"),
                      button("menu:konsultasi", "Konsultasi")});
    r.footer = "Ketik *berhenti* bila tidak ingin dihubungi";
    return r;
}

Reply expired_notice(std::chrono::seconds expire_after) {
    auto hours = std::chrono::duration_cast<std::chrono::hours>(expire_after).count();
    std::string span = hours > 0 ? std::to_string(hours) + " jam"
                                 : std::to_string(expire_after.count() / 60) + " menit";
    return text("Percakapan Anda sebelumnya sudah berakhir karena tidak ada balasan selama " +
                span + ". Laporan yang belum dikirim tidak tersimpan; silakan mulai lagi.");
}

Reply category_list(const domain::DirectoryIndex& directory, std::string_view parent, int page) {
    std::vector<Option> entries;
    const auto* parent_category = directory.find_category(parent);
    if (parent_category != nullptr) {
        entries.push_back(row("catsel:" + parent_category->code,
                              parent_category->name,
                              "Umum / lainnya di " + parent_category->name));
    }
    for (const auto* c : children(directory, parent)) {
        std::string sub;
        for (const auto* child : children(directory, c->code)) {
            sub += (sub.empty() ? "" : ", ") + child->name;
        }
        entries.push_back(row("cat:" + c->code, c->name, sub));
    }
    std::vector<Option> rows;
    if (entries.size() <= kMaxListRows) {
        rows = std::move(entries);
    } else {
        int pages = static_cast<int>((entries.size() + kPageSize - 1) / kPageSize);
        page = std::clamp(page, 0, pages - 1);
        auto first = static_cast<std::size_t>(page) * kPageSize;
        for (auto i = first; i < entries.size() && i < first + kPageSize; ++i) {
            rows.push_back(entries[i]);
        }
        if (page + 1 < pages) {
            rows.push_back(
                row("catpage:" + std::to_string(page + 1), "Lainnya…", "Kategori berikutnya"));
        } else {
            rows.push_back(row("catpage:0", "Kembali ke awal", "Daftar kategori pertama"));
        }
    }
    if (parent_category != nullptr) {
        return list(cut(parent_category->name, 60),
                    "Bagian mana dari *" + parent_category->name + "* yang ingin Anda laporkan?",
                    "Pilih subkategori",
                    std::move(rows));
    }
    return list("Kategori pengaduan",
                "Pilih kategori yang paling sesuai dengan masalah Anda.",
                "Pilih kategori",
                std::move(rows));
}

Reply describe_prompt(std::string_view category_name) {
    return text("Kategori: *" + std::string(category_name) +
                "*\n\nSilakan ceritakan masalahnya dalam satu pesan:\n"
                "• apa yang terjadi\n• di mana tepatnya\n• sejak kapan");
}

Reply location_prompt() {
    return text(
        "Di mana lokasinya?\n"
        "• Kirim lokasi lewat 📎 > *Lokasi*, atau\n"
        "• ketik *kecamatan, desa*, contoh: _Jatibarang, Bulak_\n"
        "Ketik *lewati* bila tidak ingin mengisi lokasi.");
}

Reply desa_prompt(std::string_view kecamatan_name) {
    return text("Kecamatan: *" + std::string(kecamatan_name) +
                "*\nDi desa/kelurahan mana? Ketik namanya, atau *lewati*.");
}

Reply place_choices(std::string_view intro,
                    const std::vector<const domain::Unit*>& units,
                    std::string_view id_prefix,
                    bool allow_skip) {
    std::vector<Option> rows;
    for (const auto* unit : units) {
        if (rows.size() + (allow_skip ? 1 : 0) == kMaxListRows) break;
        rows.push_back(row(std::string(id_prefix) + unit->code, place_name(*unit), unit->name));
    }
    if (allow_skip) rows.push_back(row("place:skip", "Lewati", "Tanpa desa/kelurahan"));
    return list("Pilih lokasi",
                std::string(intro) + "\nMaksud Anda salah satu dari ini? Atau ketik ulang.",
                "Pilih lokasi",
                std::move(rows));
}

Reply photos_prompt(std::size_t received) {
    if (received == 0) {
        return buttons("Ada foto kejadian? Kirim sampai " + std::to_string(domain::kMaxPhotos) +
                           " foto, lalu tekan *Selesai*.\nTidak ada foto? Tekan *Lewati*.",
                       {button("photos:done", "Lewati")});
    }
    return buttons("Foto ke-" + std::to_string(received) + " diterima (maks. " +
                       std::to_string(domain::kMaxPhotos) +
                       "). Kirim foto lain, atau tekan *Selesai*.",
                   {button("photos:done", "Selesai")});
}

Reply summary(const ConversationState& state, const domain::DirectoryIndex& directory) {
    std::string body = "*Periksa laporan Anda*\n";
    body += "Kategori: " + category_path(directory, state.category_code) + "\n";
    body += "Uraian: " + cut(state.description, 300) + "\n";
    body += "Lokasi: " + place_text(state.location, directory) + "\n";
    body += "Foto: " + std::to_string(state.photo_ids.size()) + "\n\n";
    body += "Kirim laporan ini?";
    return buttons(std::move(body),
                   {button("confirm:send", "Kirim"),
                    button("confirm:edit", "Ubah"),
                    button("confirm:cancel", "Batal")});
}

Reply edit_choices() {
    return list("Ubah laporan",
                "Bagian mana yang ingin Anda ubah?",
                "Pilih bagian",
                {row("edit:kategori", "Kategori"),
                 row("edit:uraian", "Uraian"),
                 row("edit:lokasi", "Lokasi"),
                 row("edit:foto", "Foto", "Foto lama dihapus, kirim ulang")});
}

Reply operator_connected() {
    return text(
        "Baik, Anda terhubung dengan petugas kami. Silakan tulis pertanyaan Anda; petugas "
        "membalas di sini pada jam kerja.\nKetik *menu* untuk kembali ke menu utama.");
}

}  // namespace replies

Reply photo_failed_reply() {
    return replies::text(
        "Maaf, foto Anda gagal kami terima. Silakan kirim ulang fotonya, atau ketik *selesai* "
        "untuk lanjut tanpa foto itu.");
}

Reply filed_reply(std::string_view ticket,
                  std::string_view tracking_token,
                  const ConversationContext& ctx) {
    std::string t(ticket);
    return replies::text("Terima kasih, pengaduan Anda sudah kami terima. 🙏\nNomor tiket: *" + t +
                         "*\n\nPantau perkembangannya di:\n" + ctx.tracking_base_url +
                         std::string(tracking_token) +
                         "\n\nTautan ini khusus untuk Anda, jangan dibagikan. Anda juga bisa "
                         "mengetik *cek " +
                         t + "* kapan saja.");
}

}  // namespace tanggap::channels::whatsapp

#include "channels/whatsapp/conversation.hpp"

#include "channels/whatsapp/place_match.hpp"
#include "channels/whatsapp/replies.hpp"
#include "domain/ticket.hpp"
#include "util/local_zone.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>

namespace tanggap::channels::whatsapp {
namespace {

using Type = meta::InboundMessage::Type;
using domain::Unit;

bool one_of(const std::string& word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// What the citizen chose: a reply's id, or the folded words of a text.
std::string choice(const meta::InboundMessage& m) {
    if (m.type == Type::interactive_reply) return m.reply_id;
    if (m.type == Type::text) return fold(m.text);
    return {};
}

std::optional<std::string> after_prefix(const std::string& id, std::string_view prefix) {
    if (!id.starts_with(prefix)) return std::nullopt;
    return id.substr(prefix.size());
}

// "2611-abc123", "2611 ABC123" and "2611ABC123" all read as "2611-ABC123".
std::string normalize_ticket(std::string_view text) {
    std::string compact;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    if (compact.size() == 4 + domain::kTicketRandomChars) compact.insert(4, "-");
    return compact;
}

ConversationState fresh_state(Stage stage, std::string reporter_name, domain::Timestamp now) {
    ConversationState s;
    s.stage = stage;
    s.reporter_name = std::move(reporter_name);
    s.started_at = now;
    s.last_activity = now;
    return s;
}

class Machine {
  public:
    Machine(ConversationState state, const meta::InboundMessage& m, const ConversationContext& ctx)
        : s_(std::move(state)), m_(m), ctx_(ctx), choice_(choice(m)) {}

    Turn run(Stage stage);
    void reprompt();
    Turn finish() {
        turn_.next = std::move(s_);
        return std::move(turn_);
    }
    void reply(Reply r) { turn_.replies.push_back(std::move(r)); }
    ConversationState& state() { return s_; }
    Turn& turn() { return turn_; }

    void menu();
    void choose_category();
    void describe();
    void locate();
    void locate_desa();
    void photos();
    void confirm();
    void choose_edit();

  private:
    bool take_photo();  // an image anywhere: keep it; false when it was not an image
    void select_category(const domain::Category& c);
    void set_kecamatan(const Unit& kecamatan, std::string_view desa_text);
    void set_desa(const Unit& desa);
    void shared_location();
    void after_step(Stage next);
    void go(Stage stage);
    std::string category_name() const;

    ConversationState s_;
    const meta::InboundMessage& m_;
    const ConversationContext& ctx_;
    std::string choice_;
    Turn turn_;
};

void Machine::go(Stage stage) {
    s_.stage = stage;
    reprompt();
}

// After a step of the report: on to `next`, or back to the summary when changing one part.
void Machine::after_step(Stage next) {
    if (s_.editing) {
        s_.editing = false;
        next = Stage::confirm;
    }
    go(next);
}

std::string Machine::category_name() const {
    const auto* c = ctx_.directory.find_category(s_.category_code);
    return c != nullptr ? c->name : s_.category_code;
}

void Machine::reprompt() {
    switch (s_.stage) {
        case Stage::menu:
            return reply(replies::main_menu(s_.reporter_name));
        case Stage::choose_category:
            return reply(
                replies::category_list(ctx_.directory, s_.category_parent, s_.category_page));
        case Stage::describe:
            return reply(replies::describe_prompt(category_name()));
        case Stage::locate:
            return reply(replies::location_prompt());
        case Stage::locate_desa: {
            const auto* kec = ctx_.directory.find_unit(s_.location.kecamatan_code);
            return reply(replies::desa_prompt(kec != nullptr ? place_name(*kec) : ""));
        }
        case Stage::photos:
            return reply(replies::photos_prompt(s_.photo_ids.size()));
        case Stage::confirm:
            return reply(replies::summary(s_, ctx_.directory));
        case Stage::choose_edit:
            return reply(replies::edit_choices());
        case Stage::with_operator:
            return reply(
                replies::text("Anda sedang terhubung dengan petugas. Silakan tulis "
                              "pesan Anda, atau ketik *menu* untuk kembali."));
    }
}

bool Machine::take_photo() {
    if (m_.type != Type::image) return false;
    if (m_.stored_photo_id.empty()) {
        reply(photo_failed_reply());
    } else if (s_.photo_ids.size() >= domain::kMaxPhotos) {
        reply(replies::text("Maaf, paling banyak " + std::to_string(domain::kMaxPhotos) +
                            " foto per laporan; foto ini tidak kami simpan. Ketik *selesai* "
                            "untuk lanjut."));
    } else {
        s_.photo_ids.push_back(m_.stored_photo_id);
        if (s_.stage == Stage::photos) reply(replies::photos_prompt(s_.photo_ids.size()));
    }
    return true;
}

void Machine::menu() {
    if (one_of(choice_, {"menu:lapor", "lapor", "lapor pengaduan", "1"})) {
        s_ = fresh_state(Stage::choose_category, s_.reporter_name, ctx_.now);
        return reprompt();
    }
    if (one_of(choice_, {"menu:cek", "cek status", "2"})) {
        return reply(replies::text("Ketik *cek* lalu nomor tiket Anda, contoh: *cek 2611-ABC123*"));
    }
    if (one_of(choice_, {"menu:konsultasi", "konsultasi", "3"})) {
        s_.stage = Stage::with_operator;
        turn_.effect = Effect::forward_to_operator;
        return reply(replies::operator_connected());
    }
    reprompt();
}

void Machine::select_category(const domain::Category& c) {
    s_.category_code = c.code;
    s_.category_parent.clear();
    s_.category_page = 0;
    after_step(Stage::describe);
}

void Machine::choose_category() {
    const auto& dir = ctx_.directory;
    if (auto page = after_prefix(choice_, "catpage:")) {
        int n = 0;
        std::from_chars(page->data(), page->data() + page->size(), n);
        s_.category_page = std::max(n, 0);
        return reprompt();
    }
    const domain::Category* picked = nullptr;
    bool exact = false;
    if (auto code = after_prefix(choice_, "catsel:")) {
        picked = dir.find_category(*code);
        exact = true;
    } else if (auto code = after_prefix(choice_, "cat:")) {
        picked = dir.find_category(*code);
    } else if (m_.type == Type::text && !choice_.empty()) {
        // A typed name: the one category shown whose name equals or contains it.
        std::vector<const domain::Category*> found;
        for (const auto& c : dir.categories()) {
            bool shown = c.parent_code == s_.category_parent || c.code == s_.category_parent;
            auto name = fold(c.name);
            if (shown && name == choice_) {
                found = {&c};
                exact = c.code == s_.category_parent;
                break;
            }
            if (shown && name.find(choice_) != std::string::npos) found.push_back(&c);
        }
        if (found.size() == 1) picked = found.front();
    }
    if (picked == nullptr) {
        if (!take_photo()) {
            reply(replies::text("Silakan pilih kategori dari daftar di bawah ini."));
        }
        return reprompt();
    }
    bool has_children = std::any_of(dir.categories().begin(),
                                    dir.categories().end(),
                                    [&](const auto& c) { return c.parent_code == picked->code; });
    if (has_children && !exact) {
        s_.category_parent = picked->code;
        s_.category_page = 0;
        return reprompt();
    }
    select_category(*picked);
}

void Machine::describe() {
    std::string text;
    if (m_.type == Type::text) {
        text = std::string(util::trim(m_.text));
    } else if (take_photo()) {
        text =
            std::string(util::trim(m_.caption));  // a caption long enough serves as the description
        if (domain::utf8_length(text).value_or(0) < domain::kDescriptionMin) return reprompt();
    } else {
        reply(replies::text("Maaf, kami belum bisa membaca pesan jenis itu."));
        return reprompt();
    }
    auto length = domain::utf8_length(text).value_or(0);
    if (length < domain::kDescriptionMin) {
        return reply(
            replies::text("Uraiannya terlalu singkat. Mohon ceritakan lebih rinci (minimal " +
                          std::to_string(domain::kDescriptionMin) +
                          " huruf): apa masalahnya, di mana, dan sejak kapan."));
    }
    if (length > domain::kDescriptionMax) {
        return reply(replies::text("Uraiannya terlalu panjang (maks. " +
                                   std::to_string(domain::kDescriptionMax) +
                                   " huruf). Mohon diringkas."));
    }
    s_.description = std::move(text);
    after_step(Stage::locate);
}

void Machine::shared_location() {
    s_.location = domain::Location{};
    s_.location.lat = m_.lat;
    s_.location.lon = m_.lon;
    std::string address = m_.location_name;
    if (!m_.location_address.empty()) {
        address += (address.empty() ? "" : ", ") + m_.location_address;
    }
    s_.location.address = replies::cut(address, 500);
    after_step(Stage::photos);
}

void Machine::set_desa(const Unit& desa) {
    s_.location.desa_code = desa.code;
    after_step(Stage::photos);
}

void Machine::set_kecamatan(const Unit& kecamatan, std::string_view desa_text) {
    s_.location = domain::Location{};
    s_.location.kecamatan_code = kecamatan.code;
    s_.stage = Stage::locate_desa;
    if (std::string(util::trim(desa_text)).empty()) return reprompt();
    auto desa = match_desa(ctx_.directory, kecamatan.code, desa_text);
    if (desa.exact != nullptr) return set_desa(*desa.exact);
    std::string intro = "Desa/kelurahan \"" + std::string(util::trim(desa_text)) +
                        "\" tidak kami temukan di " + kecamatan.name + ".";
    if (desa.close.empty()) {
        reply(replies::text(intro));
        return reprompt();
    }
    reply(replies::place_choices(intro, desa.close, "desa:", true));
}

void Machine::locate() {
    if (m_.type == Type::location) return shared_location();
    if (choice_ == "lewati") {
        s_.location = domain::Location{};
        return after_step(Stage::photos);
    }
    if (auto code = after_prefix(choice_, "kec:")) {
        const auto* unit = ctx_.directory.find_unit(*code);
        if (unit != nullptr && unit->kind == domain::UnitKind::kecamatan) {
            return set_kecamatan(*unit, "");
        }
    }
    if (m_.type != Type::text || choice_.empty()) {
        if (!take_photo()) reply(replies::text("Maaf, kami belum bisa membaca pesan jenis itu."));
        return reprompt();
    }
    auto text = std::string(util::trim(m_.text));
    auto comma = text.find(',');
    auto kecamatan_text = text.substr(0, comma);
    auto desa_text = comma == std::string::npos ? std::string() : text.substr(comma + 1);
    auto kecamatan = match_kecamatan(ctx_.directory, kecamatan_text);
    if (kecamatan.exact != nullptr) return set_kecamatan(*kecamatan.exact, desa_text);
    std::string intro =
        "Kecamatan \"" + std::string(util::trim(kecamatan_text)) + "\" tidak kami temukan.";
    if (kecamatan.close.empty()) {
        reply(replies::text(intro + " Periksa ejaannya, atau kirim lokasi lewat 📎 > *Lokasi*."));
        return;
    }
    reply(replies::place_choices(intro, kecamatan.close, "kec:", false));
}

void Machine::locate_desa() {
    const auto* kecamatan = ctx_.directory.find_unit(s_.location.kecamatan_code);
    if (kecamatan == nullptr) return go(Stage::locate);
    if (m_.type == Type::location) {
        auto code = s_.location.kecamatan_code;
        s_.location.kecamatan_code.clear();
        shared_location();
        s_.location.kecamatan_code = code;  // the typed kecamatan stays with the map point
        return;
    }
    if (one_of(choice_, {"lewati", "place:skip"})) return after_step(Stage::photos);
    if (auto code = after_prefix(choice_, "desa:")) {
        const auto* unit = ctx_.directory.find_unit(*code);
        if (unit != nullptr && unit->code.starts_with(kecamatan->code + ".")) {
            return set_desa(*unit);
        }
    }
    if (choice_.starts_with("kec:")) return locate();
    if (m_.type != Type::text || choice_.empty()) {
        if (!take_photo()) reply(replies::text("Maaf, kami belum bisa membaca pesan jenis itu."));
        return reprompt();
    }
    if (m_.text.find(',') != std::string::npos) return locate();  // "kecamatan, desa" again
    set_kecamatan(*kecamatan, m_.text);
}

void Machine::photos() {
    if (take_photo()) return;
    if (one_of(choice_, {"photos:done", "selesai", "lewati", "cukup", "sudah", "tidak ada"})) {
        s_.editing = false;
        return go(Stage::confirm);
    }
    if (m_.type == Type::unsupported) {
        reply(replies::text("Maaf, kami belum bisa membaca pesan jenis itu."));
    }
    reprompt();
}

void Machine::confirm() {
    if (one_of(choice_, {"confirm:edit", "ubah"})) return go(Stage::choose_edit);
    if (!one_of(choice_, {"confirm:send", "kirim", "ya"})) {
        if (m_.type == Type::unsupported) {
            reply(replies::text("Maaf, kami belum bisa membaca pesan jenis itu."));
        } else if (!take_photo()) {
            reply(
                replies::text("Tekan *Kirim* untuk mengirim, *Ubah* untuk mengubah, atau "
                              "*Batal*."));
        }
        return reprompt();
    }
    domain::Submission sub;
    sub.kind = domain::ComplaintKind::pengaduan;
    sub.channel = domain::Channel::whatsapp;
    sub.description = s_.description;
    sub.category_code = s_.category_code;
    sub.location = s_.location;
    sub.reporter.name = replies::cut(s_.reporter_name, 100);
    // Numbers outside Indonesia do not pass the domain's phone rule; the chat still has them.
    if (auto phone = domain::normalize_phone("+" + m_.from)) sub.reporter.phone = *phone;
    if (domain::utf8_length(sub.reporter.name) == std::nullopt) sub.reporter.name.clear();
    auto valid = domain::validate_submission(std::move(sub), ctx_.directory);
    if (!valid) {
        reply(replies::text("Maaf, laporan belum bisa dikirim: " + valid.error().message +
                            ". Tekan *Ubah* untuk memperbaikinya."));
        return reprompt();
    }
    turn_.effect = Effect::file_complaint;
    turn_.submission = std::move(*valid);
    turn_.ended = true;
}

void Machine::choose_edit() {
    s_.editing = true;
    if (one_of(choice_, {"edit:kategori", "kategori"})) {
        s_.category_parent.clear();
        s_.category_page = 0;
        return go(Stage::choose_category);
    }
    if (one_of(choice_, {"edit:uraian", "uraian"})) return go(Stage::describe);
    if (one_of(choice_, {"edit:lokasi", "lokasi"})) return go(Stage::locate);
    if (one_of(choice_, {"edit:foto", "foto"})) {
        s_.photo_ids.clear();
        return go(Stage::photos);
    }
    s_.editing = false;
    if (m_.type == Type::unsupported) {
        reply(replies::text("Maaf, kami belum bisa membaca pesan jenis itu."));
    }
    reprompt();
}

Turn Machine::run(Stage stage) {
    switch (stage) {
        case Stage::menu:
            menu();
            break;
        case Stage::choose_category:
            choose_category();
            break;
        case Stage::describe:
            describe();
            break;
        case Stage::locate:
            locate();
            break;
        case Stage::locate_desa:
            locate_desa();
            break;
        case Stage::photos:
            photos();
            break;
        case Stage::confirm:
            confirm();
            break;
        case Stage::choose_edit:
            choose_edit();
            break;
        case Stage::with_operator:
            turn_.effect = Effect::forward_to_operator;
            break;
    }
    return finish();
}

std::string local_date(domain::Timestamp at) {
    auto day = std::chrono::floor<std::chrono::days>(at + util::local_zone().offset);
    std::chrono::year_month_day ymd(day);
    char out[16];
    std::snprintf(out,
                  sizeof out,
                  "%02u-%02u-%04d",
                  static_cast<unsigned>(ymd.day()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<int>(ymd.year()));
    return out;
}

}  // namespace

Turn converse(const std::optional<ConversationState>& stored,
              const meta::InboundMessage& message,
              const ConversationContext& ctx) {
    std::optional<ConversationState> current = stored;
    bool expired = current && ctx.now - current->last_activity > ctx.expire_after;
    if (expired) current.reset();

    Machine machine(current.value_or(fresh_state(Stage::menu, "", ctx.now)), message, ctx);
    auto& state = machine.state();
    state.last_activity = ctx.now;
    if (!message.profile_name.empty()) state.reporter_name = message.profile_name;
    if (expired) machine.reply(replies::expired_notice(ctx.expire_after));

    const std::string words = message.type == Type::text ? fold(message.text) : "";
    auto end_with = [&](Reply r) {
        machine.reply(std::move(r));
        machine.turn().ended = true;
        return machine.finish();
    };
    if (one_of(words, {"berhenti", "stop", "unsubscribe"})) {
        machine.turn().effect = Effect::opt_out;
        return end_with(replies::text(
            "Baik, kami tidak akan mengirim kabar lagi ke nomor ini. Laporan Anda tetap "
            "diproses; ketik *mulai* bila ingin menerima kabar lagi."));
    }
    if (words == "mulai") {
        machine.turn().effect = Effect::opt_in;
        state = fresh_state(Stage::menu, state.reporter_name, ctx.now);
        machine.reply(replies::text(
            "Terima kasih, Anda akan kembali menerima kabar pengaduan lewat WhatsApp."));
        machine.reprompt();
        return machine.finish();
    }
    if (words == "batal" || message.reply_id == "confirm:cancel") {
        if (!current) return end_with(replies::main_menu(state.reporter_name));
        if (current->stage == Stage::with_operator) {
            return end_with(replies::text(
                "Baik, percakapan dengan petugas diakhiri. Ketik *menu* bila perlu bantuan lagi."));
        }
        if (current->stage == Stage::menu) {
            return end_with(replies::text("Baik. Ketik *menu* kapan saja bila perlu bantuan."));
        }
        return end_with(
            replies::text("Baik, laporan Anda dibatalkan dan tidak dikirim. Ketik *menu* bila "
                          "ingin mulai lagi."));
    }
    if (words == "cek" || words.starts_with("cek ")) {
        auto ticket = normalize_ticket(std::string_view(words).substr(3));
        if (domain::is_ticket_shaped(ticket)) {
            machine.turn().effect = Effect::check_status;
            machine.turn().ticket = ticket;
            machine.turn().ended = !current;
            return machine.finish();
        }
        if (words != "cek status") {
            machine.reply(replies::text(
                "Nomor tiket itu tidak dikenali. Ketik *cek* lalu nomor tiket, contoh: "
                "*cek 2611-ABC123*"));
            machine.turn().ended = !current;
            return machine.finish();
        }
    }
    if (one_of(words, {"menu", "halo", "hallo", "hai", "hi", "hello", "mulai lagi"})) {
        state = fresh_state(Stage::menu, state.reporter_name, ctx.now);
        machine.reprompt();
        return machine.finish();
    }
    if (!current) {
        // A new chat: only a tap on an earlier menu acts at once; anything else is greeted.
        if (message.type == Type::interactive_reply && message.reply_id.starts_with("menu:")) {
            return machine.run(Stage::menu);
        }
        machine.reprompt();
        return machine.finish();
    }
    return machine.run(state.stage);
}

Reply status_reply(std::string_view ticket,
                   const domain::Complaint* complaint,
                   std::string_view last_public_text,
                   const ConversationContext& ctx) {
    std::string t(ticket);
    if (complaint == nullptr) {
        return replies::text("Tiket *" + t +
                             "* tidak kami temukan. Periksa lagi nomornya, contoh: "
                             "*cek 2611-ABC123*");
    }
    std::string body =
        "Tiket *" + t + "*\nStatus: " + std::string(domain::status_label(complaint->status));
    if (const auto* unit = ctx.directory.find_unit(complaint->unit_code)) {
        body += "\nDitangani: " + unit->name;
    }
    body += "\nPembaruan terakhir: " + local_date(complaint->updated_at);
    auto text = std::string(util::trim(last_public_text));
    if (!text.empty()) body += "\n\n" + replies::cut(text, 600);
    return replies::text(std::move(body));
}

}  // namespace tanggap::channels::whatsapp

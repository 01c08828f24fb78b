#include "channels/whatsapp/conversation.hpp"

#include "util/local_zone.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tanggap::channels::whatsapp {
namespace {

using domain::Category;
using domain::Unit;
using domain::UnitKind;
using Type = meta::InboundMessage::Type;
using namespace std::chrono_literals;

const domain::Timestamp kStart = domain::Timestamp(std::chrono::seconds(1'780'000'000));

domain::DirectoryIndex make_directory() {
    auto unit = [](std::string code, std::string name, UnitKind kind) {
        Unit u;
        u.code = code;
        u.name = std::move(name);
        u.kind = kind;
        u.area_code = std::move(code);
        return u;
    };
    auto category = [](std::string code, std::string name, std::string parent = "") {
        Category c;
        c.code = std::move(code);
        c.name = std::move(name);
        c.parent_code = std::move(parent);
        return c;
    };
    std::vector<Category> categories = {
        category("infrastruktur", "Infrastruktur"),
        category("infrastruktur.jalan", "Jalan Rusak", "infrastruktur"),
        category("infrastruktur.drainase", "Drainase", "infrastruktur"),
    };
    // Twelve top-level categories in all: more than one WhatsApp list holds.
    for (int i = 1; i <= 11; ++i) {
        auto n = std::to_string(i);
        categories.push_back(
            category("kategori" + std::string(i < 10 ? "0" : "") + n, "Kategori Nomor " + n));
    }
    return domain::DirectoryIndex(
        {
            unit("32.12.05", "Kecamatan Jatibarang", UnitKind::kecamatan),
            unit("32.12.05.2001", "Desa Bulak", UnitKind::desa),
            unit("32.12.05.2002", "Desa Bulak Lor", UnitKind::desa),
            unit("32.12.06", "Kecamatan Indramayu", UnitKind::kecamatan),
            unit("32.12.06.1001", "Kelurahan Margadadi", UnitKind::kelurahan),
        },
        std::move(categories));
}

class Chat : public ::testing::Test {
  protected:
    domain::DirectoryIndex directory_ = make_directory();
    ConversationContext ctx_{directory_, kStart, std::chrono::hours(24), "https://t.go.id/lacak/"};
    std::optional<ConversationState> state_;
    Turn last_;

    meta::InboundMessage base(Type type) {
        meta::InboundMessage m;
        m.source = "whatsapp";
        m.id = "wamid." + std::to_string(++count_);
        m.from = "6281234567890";
        m.profile_name = "Siti Aminah";
        m.at = ctx_.now;
        m.type = type;
        return m;
    }
    // Sends one message, round-tripping the stored state through JSON as the caller does.
    const Turn& send(const meta::InboundMessage& m) {
        ctx_.now += 1min;
        last_ = converse(state_, m, ctx_);
        if (last_.ended) {
            state_.reset();
        } else {
            auto restored = conversation_from_json(to_json(last_.next));
            EXPECT_TRUE(restored.has_value());
            state_ = *restored;
        }
        check_limits(last_);
        return last_;
    }
    const Turn& text(std::string body) {
        auto m = base(Type::text);
        m.text = std::move(body);
        return send(m);
    }
    const Turn& tap(std::string id) {
        auto m = base(Type::interactive_reply);
        m.reply_id = id;
        m.reply_title = id;
        return send(m);
    }
    const Turn& photo(std::string stored_id) {
        auto m = base(Type::image);
        m.media_id = "media-1";
        m.stored_photo_id = std::move(stored_id);
        return send(m);
    }
    const Turn& location(double lat, double lon) {
        auto m = base(Type::location);
        m.lat = lat;
        m.lon = lon;
        m.location_name = "Pasar Jatibarang";
        m.location_address = "Jl. Raya Jatibarang";
        return send(m);
    }
    const Turn& sticker() {
        auto m = base(Type::unsupported);
        m.raw_type = "sticker";
        return send(m);
    }
    Stage stage() const { return state_ ? state_->stage : Stage::menu; }
    static std::string all_text(const Turn& t) {
        std::string out;
        for (const auto& r : t.replies) out += r.header + "\n" + r.body + "\n";
        return out;
    }
    static bool has_option(const Turn& t, std::string_view id) {
        for (const auto& r : t.replies) {
            for (const auto& o : r.options) {
                if (o.id == id) return true;
            }
        }
        return false;
    }
    // WhatsApp's limits on interactive messages.
    static void check_limits(const Turn& t) {
        for (const auto& r : t.replies) {
            EXPECT_FALSE(r.body.empty());
            if (r.kind == Reply::Kind::buttons) {
                EXPECT_LE(r.options.size(), 3u);
                for (const auto& o : r.options) EXPECT_LE(*domain::utf8_length(o.title), 20u);
            }
            if (r.kind == Reply::Kind::list) {
                EXPECT_LE(r.options.size(), 10u);
                EXPECT_LE(*domain::utf8_length(r.button_label), 20u);
                EXPECT_LE(*domain::utf8_length(r.header), 60u);
                for (const auto& o : r.options) {
                    EXPECT_LE(*domain::utf8_length(o.title), 24u) << o.title;
                    EXPECT_LE(*domain::utf8_length(o.description), 72u) << o.description;
                }
            }
        }
    }
    // Greeting -> report -> infrastruktur -> jalan rusak -> description.
    void up_to_location() {
        text("halo");
        tap("menu:lapor");
        tap("cat:infrastruktur");
        tap("cat:infrastruktur.jalan");
        text("Jalan di depan SD Bulak berlubang besar sejak Januari.");
        ASSERT_EQ(stage(), Stage::locate);
    }

  private:
    int count_ = 0;
};

TEST_F(Chat, AnyFirstMessageGetsTheGreetingAndMainMenu) {
    auto t = text("selamat pagi, mau tanya");
    ASSERT_EQ(t.replies.size(), 1u);
    EXPECT_EQ(t.replies[0].kind, Reply::Kind::buttons);
    EXPECT_NE(t.replies[0].body.find("Siti Aminah"), std::string::npos);
    EXPECT_TRUE(has_option(t, "menu:lapor"));
    EXPECT_TRUE(has_option(t, "menu:cek"));
    EXPECT_TRUE(has_option(t, "menu:konsultasi"));
    EXPECT_EQ(t.effect, Effect::none);
    EXPECT_FALSE(t.ended);
    EXPECT_EQ(stage(), Stage::menu);
}

TEST_F(Chat, AWholeReportFromGreetingToFiling) {
    up_to_location();
    text("jatibarang, bulak");
    EXPECT_EQ(stage(), Stage::photos);
    photo("foto-1");
    photo("foto-2");
    auto t = tap("photos:done");
    EXPECT_EQ(stage(), Stage::confirm);
    ASSERT_EQ(t.replies.size(), 1u);
    const auto& summary = t.replies[0].body;
    EXPECT_NE(summary.find("Infrastruktur › Jalan Rusak"), std::string::npos) << summary;
    EXPECT_NE(summary.find("Desa Bulak, Kecamatan Jatibarang"), std::string::npos) << summary;
    EXPECT_NE(summary.find("Foto: 2"), std::string::npos);
    EXPECT_TRUE(has_option(t, "confirm:send"));

    auto filed = tap("confirm:send");
    EXPECT_EQ(filed.effect, Effect::file_complaint);
    EXPECT_TRUE(filed.ended);
    const auto& sub = filed.submission;
    EXPECT_EQ(sub.channel, domain::Channel::whatsapp);
    EXPECT_EQ(sub.category_code, "infrastruktur.jalan");
    EXPECT_EQ(sub.description, "Jalan di depan SD Bulak berlubang besar sejak Januari.");
    EXPECT_EQ(sub.location.kecamatan_code, "32.12.05");
    EXPECT_EQ(sub.location.desa_code, "32.12.05.2001");
    EXPECT_EQ(sub.reporter.phone, "+6281234567890");
    EXPECT_EQ(sub.reporter.name, "Siti Aminah");
    EXPECT_FALSE(sub.title.empty());
    EXPECT_EQ(filed.next.photo_ids, (std::vector<std::string>{"foto-1", "foto-2"}));
    auto valid = domain::validate_submission(sub, directory_);
    EXPECT_TRUE(valid.has_value()) << valid.error().message;
}

TEST_F(Chat, TheCategoryListPagesWhenItHasMoreThanTenRows) {
    text("halo");
    auto first = tap("menu:lapor");
    ASSERT_EQ(first.replies.size(), 1u);
    const auto& list = first.replies[0];
    EXPECT_EQ(list.kind, Reply::Kind::list);
    ASSERT_EQ(list.options.size(), 10u);
    EXPECT_EQ(list.options[9].id, "catpage:1");
    EXPECT_EQ(list.options[0].id, "cat:infrastruktur");
    EXPECT_EQ(list.options[0].description, "Jalan Rusak, Drainase");
    auto second = tap("catpage:1");
    ASSERT_EQ(second.replies.size(), 1u);
    EXPECT_EQ(second.replies[0].options.size(), 4u);  // 3 more + back to the first page
    EXPECT_TRUE(has_option(second, "cat:kategori11"));
    EXPECT_TRUE(has_option(second, "catpage:0"));
    tap("cat:kategori11");  // no children: chosen at once
    EXPECT_EQ(stage(), Stage::describe);
    EXPECT_EQ(state_->category_code, "kategori11");
}

TEST_F(Chat, ACategoryWithChildrenOpensASubcategoryList) {
    text("halo");
    tap("menu:lapor");
    auto t = tap("cat:infrastruktur");
    EXPECT_EQ(stage(), Stage::choose_category);
    EXPECT_TRUE(has_option(t, "catsel:infrastruktur"));
    EXPECT_TRUE(has_option(t, "cat:infrastruktur.jalan"));
    EXPECT_TRUE(has_option(t, "cat:infrastruktur.drainase"));
    EXPECT_FALSE(has_option(t, "cat:kategori01"));
    text("drainase");  // typed instead of tapped
    EXPECT_EQ(stage(), Stage::describe);
    EXPECT_EQ(state_->category_code, "infrastruktur.drainase");
}

TEST_F(Chat, TheParentCategoryItselfCanBeChosen) {
    text("halo");
    tap("menu:lapor");
    tap("cat:infrastruktur");
    tap("catsel:infrastruktur");
    EXPECT_EQ(stage(), Stage::describe);
    EXPECT_EQ(state_->category_code, "infrastruktur");
}

TEST_F(Chat, ATooShortDescriptionIsAskedAgain) {
    text("halo");
    tap("menu:lapor");
    tap("cat:kategori01");
    auto t = text("rusak");
    EXPECT_EQ(stage(), Stage::describe);
    EXPECT_NE(all_text(t).find("terlalu singkat"), std::string::npos);
    text("Jalan rusak parah");
    EXPECT_EQ(stage(), Stage::locate);
}

TEST_F(Chat, ASharedLocationIsTakenAsIs) {
    up_to_location();
    location(-6.4735, 108.3123);
    EXPECT_EQ(stage(), Stage::photos);
    ASSERT_TRUE(state_->location.lat);
    EXPECT_DOUBLE_EQ(*state_->location.lat, -6.4735);
    EXPECT_EQ(state_->location.address, "Pasar Jatibarang, Jl. Raya Jatibarang");
    tap("photos:done");
    auto filed = tap("confirm:send");
    ASSERT_EQ(filed.effect, Effect::file_complaint);
    EXPECT_DOUBLE_EQ(*filed.submission.location.lon, 108.3123);
}

TEST_F(Chat, AKecamatanAloneAsksForTheDesaWhichMayBeSkipped) {
    up_to_location();
    auto t = text("Kec. JATIBARANG");
    EXPECT_EQ(stage(), Stage::locate_desa);
    EXPECT_NE(all_text(t).find("Jatibarang"), std::string::npos);
    text("lewati");
    EXPECT_EQ(stage(), Stage::photos);
    EXPECT_EQ(state_->location.kecamatan_code, "32.12.05");
    EXPECT_TRUE(state_->location.desa_code.empty());
}

TEST_F(Chat, AnUnknownPlaceIsAskedAgainWithCloseMatches) {
    up_to_location();
    auto t = text("jatibarng");
    EXPECT_EQ(stage(), Stage::locate);
    EXPECT_TRUE(has_option(t, "kec:32.12.05"));
    tap("kec:32.12.05");
    EXPECT_EQ(stage(), Stage::locate_desa);
    auto d = text("bulak l");
    EXPECT_EQ(stage(), Stage::locate_desa);
    EXPECT_TRUE(has_option(d, "desa:32.12.05.2002"));
    tap("desa:32.12.05.2002");
    EXPECT_EQ(stage(), Stage::photos);
    EXPECT_EQ(state_->location.desa_code, "32.12.05.2002");
    auto none = text("surabaya");       // nothing similar at all
    EXPECT_EQ(stage(), Stage::photos);  // in the photo step now: a text re-prompts it
    (void)none;
}

TEST_F(Chat, NothingSimilarToTheKecamatanSaysSo) {
    up_to_location();
    auto t = text("surabaya");
    EXPECT_EQ(stage(), Stage::locate);
    EXPECT_NE(all_text(t).find("tidak kami temukan"), std::string::npos);
}

TEST_F(Chat, TheSixthPhotoIsRefused) {
    up_to_location();
    text("lewati");
    for (int i = 1; i <= 5; ++i) photo("foto-" + std::to_string(i));
    auto t = photo("foto-6");
    EXPECT_NE(all_text(t).find("paling banyak 5 foto"), std::string::npos);
    EXPECT_EQ(state_->photo_ids.size(), 5u);
    EXPECT_EQ(state_->photo_ids.back(), "foto-5");
    text("selesai");
    EXPECT_EQ(stage(), Stage::confirm);
}

TEST_F(Chat, AFailedPhotoGetsThePhotoFailedReply) {
    up_to_location();
    text("lewati");
    auto t = photo("");
    ASSERT_EQ(t.replies.size(), 1u);
    EXPECT_EQ(t.replies[0].body, photo_failed_reply().body);
    EXPECT_TRUE(state_->photo_ids.empty());
    EXPECT_EQ(stage(), Stage::photos);
}

TEST_F(Chat, AnExpiredConversationStartsOverAndSaysSo) {
    up_to_location();
    ctx_.now += 25h;
    auto t = text("jatibarang");
    EXPECT_EQ(stage(), Stage::menu);
    EXPECT_NE(all_text(t).find("sudah berakhir"), std::string::npos);
    EXPECT_NE(all_text(t).find("24 jam"), std::string::npos);
    EXPECT_TRUE(has_option(t, "menu:lapor"));
    EXPECT_TRUE(state_->description.empty());
}

TEST_F(Chat, CekAsksForTheStatusAtAnyStage) {
    auto fresh = text("CEK 2611-abc123");
    EXPECT_EQ(fresh.effect, Effect::check_status);
    EXPECT_EQ(fresh.ticket, "2611-ABC123");
    EXPECT_TRUE(fresh.ended);  // nothing to keep

    up_to_location();
    auto t = text("cek 2611 ABC123");
    EXPECT_EQ(t.effect, Effect::check_status);
    EXPECT_EQ(t.ticket, "2611-ABC123");
    EXPECT_FALSE(t.ended);
    EXPECT_EQ(stage(), Stage::locate);  // the report waits

    auto bad = text("cek nomor saya");
    EXPECT_EQ(bad.effect, Effect::none);
    EXPECT_NE(all_text(bad).find("tidak dikenali"), std::string::npos);
}

TEST_F(Chat, BatalCancelsAtAnyStage) {
    up_to_location();
    auto t = text("Batal");
    EXPECT_TRUE(t.ended);
    EXPECT_EQ(t.effect, Effect::none);
    EXPECT_NE(all_text(t).find("dibatalkan"), std::string::npos);
    EXPECT_FALSE(state_);

    up_to_location();
    text("lewati");
    tap("photos:done");
    auto button = tap("confirm:cancel");
    EXPECT_TRUE(button.ended);
    EXPECT_EQ(button.effect, Effect::none);
}

TEST_F(Chat, StopOptsOutAndMulaiOptsIn) {
    up_to_location();
    auto out = text("BERHENTI");
    EXPECT_EQ(out.effect, Effect::opt_out);
    EXPECT_TRUE(out.ended);
    EXPECT_NE(all_text(out).find("mulai"), std::string::npos);
    EXPECT_EQ(text("stop").effect, Effect::opt_out);
    auto in = text("mulai");
    EXPECT_EQ(in.effect, Effect::opt_in);
    EXPECT_TRUE(has_option(in, "menu:lapor"));
    EXPECT_EQ(stage(), Stage::menu);
}

TEST_F(Chat, KonsultasiForwardsToTheOperatorUntilMenu) {
    text("halo");
    auto t = tap("menu:konsultasi");
    EXPECT_EQ(t.effect, Effect::forward_to_operator);
    EXPECT_EQ(stage(), Stage::with_operator);
    auto q = text("Bagaimana cara mengurus KTP yang hilang?");
    EXPECT_EQ(q.effect, Effect::forward_to_operator);
    EXPECT_TRUE(q.replies.empty());
    EXPECT_EQ(photo("foto-x").effect, Effect::forward_to_operator);
    auto back = text("menu");
    EXPECT_EQ(back.effect, Effect::none);
    EXPECT_EQ(stage(), Stage::menu);
}

TEST_F(Chat, UbahChangesOnePartAndReturnsToTheSummary) {
    up_to_location();
    text("indramayu, margadadi");
    tap("photos:done");
    tap("confirm:edit");
    EXPECT_EQ(stage(), Stage::choose_edit);
    tap("edit:uraian");
    EXPECT_EQ(stage(), Stage::describe);
    auto t = text("Saluran air tersumbat dan meluap ke jalan.");
    EXPECT_EQ(stage(), Stage::confirm);
    EXPECT_NE(t.replies[0].body.find("Saluran air"), std::string::npos);
    EXPECT_EQ(state_->location.desa_code, "32.12.06.1001");
    tap("confirm:edit");
    tap("edit:kategori");
    tap("cat:kategori02");
    EXPECT_EQ(stage(), Stage::confirm);
    auto filed = tap("confirm:send");
    ASSERT_EQ(filed.effect, Effect::file_complaint);
    EXPECT_EQ(filed.submission.category_code, "kategori02");
}

TEST_F(Chat, UnsupportedMessagesRePromptEveryStage) {
    auto first = sticker();  // no state yet: the greeting
    EXPECT_TRUE(has_option(first, "menu:lapor"));
    std::vector<Stage> seen;
    auto check = [&] {
        auto before = stage();
        auto t = sticker();
        EXPECT_EQ(stage(), before) << to_string(before);
        if (before != Stage::with_operator) {
            EXPECT_FALSE(t.replies.empty()) << to_string(before);
        }
        EXPECT_FALSE(t.ended);
        seen.push_back(before);
    };
    check();  // menu
    tap("menu:lapor");
    check();  // choose_category
    tap("cat:kategori03");
    check();  // describe
    text("Pohon tumbang menutup jalan desa.");
    check();  // locate
    text("jatibarang");
    check();  // locate_desa
    text("bulak");
    check();  // photos
    text("selesai");
    check();  // confirm
    tap("confirm:edit");
    check();  // choose_edit
    text("menu");
    tap("menu:konsultasi");
    check();  // with_operator
    EXPECT_EQ(seen.size(), 9u);
}

TEST_F(Chat, AStaleButtonFromAnEarlierMenuStillWorks) {
    auto t = tap("menu:lapor");
    EXPECT_EQ(stage(), Stage::choose_category);
    EXPECT_EQ(t.replies[0].kind, Reply::Kind::list);
}

TEST_F(Chat, StateSurvivesAJsonRoundTrip) {
    ConversationState s;
    s.stage = Stage::locate_desa;
    s.category_code = "infrastruktur.jalan";
    s.category_parent = "infrastruktur";
    s.category_page = 1;
    s.description = "Jalan \"berlubang\" — bahaya";
    s.location.lat = -6.5;
    s.location.lon = 108.25;
    s.location.address = "Pasar";
    s.location.kecamatan_code = "32.12.05";
    s.photo_ids = {"a", "b"};
    s.reporter_name = "Siti";
    s.editing = true;
    s.started_at = kStart;
    s.last_activity = kStart + 5min;
    auto back = conversation_from_json(to_json(s));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(to_json(*back), to_json(s));
    EXPECT_EQ(back->stage, Stage::locate_desa);
    EXPECT_EQ(back->description, s.description);
    EXPECT_EQ(back->photo_ids, s.photo_ids);
    EXPECT_EQ(back->last_activity, s.last_activity);
    EXPECT_TRUE(back->editing);

    EXPECT_FALSE(conversation_from_json("not json").has_value());
    EXPECT_FALSE(conversation_from_json("[]").has_value());
    EXPECT_FALSE(conversation_from_json(R"({"stage":"flying"})").has_value());
}

TEST_F(Chat, FiledAndStatusReplies) {
    auto filed = filed_reply("2611-ABC123", "tok3n", ctx_);
    EXPECT_NE(filed.body.find("2611-ABC123"), std::string::npos);
    EXPECT_NE(filed.body.find("https://t.go.id/lacak/tok3n"), std::string::npos);

    auto missing = status_reply("2611-ABC123", nullptr, "", ctx_);
    EXPECT_NE(missing.body.find("tidak kami temukan"), std::string::npos);

    domain::Complaint c;
    c.ticket = "2611-ABC123";
    c.status = domain::Status::ditindaklanjuti;
    c.unit_code = "32.12.05";
    c.updated_at =
        domain::Timestamp(std::chrono::sys_days(std::chrono::year(2026) / std::chrono::March / 3) +
                          20h);  // 03:00 WIB on the 4th
    auto status = status_reply("2611-ABC123", &c, "Tim sudah meninjau lokasi.", ctx_);
    EXPECT_NE(status.body.find("Sedang ditindaklanjuti"), std::string::npos);
    EXPECT_NE(status.body.find("Kecamatan Jatibarang"), std::string::npos);
    EXPECT_NE(status.body.find("04-03-2026"), std::string::npos) << status.body;
    EXPECT_NE(status.body.find("Tim sudah meninjau lokasi."), std::string::npos);
}

struct ReplyDateCase {
    util::LocalZone zone;
    const char* date;
};

TEST_F(Chat, StatusReplyDatesTheUpdateInTheInstallationsZone) {
    domain::Complaint c;
    c.ticket = "2611-ABC123";
    c.status = domain::Status::diverifikasi;
    c.unit_code = "32.12.05";
    // 15:30 UTC on 30 November: 22:30 WIB, 23:30 WITA, and already 00:30 on 1 December in WIT.
    c.updated_at = domain::Timestamp(
        std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 30) + 15h + 30min);
    const ReplyDateCase cases[] = {
        {util::kWibZone, "30-11-2026"},
        {util::kWitaZone, "30-11-2026"},
        {util::kWitZone, "01-12-2026"},
    };
    for (const auto& rc : cases) {
        util::ScopedLocalZone zone(rc.zone);
        auto reply = status_reply(c.ticket, &c, "", ctx_);
        EXPECT_NE(reply.body.find(std::string("Pembaruan terakhir: ") + rc.date), std::string::npos)
            << rc.zone.name << ": " << reply.body;
    }
    // An hour later the day has turned in WITA too.
    c.updated_at += 1h;
    util::ScopedLocalZone wita(util::kWitaZone);
    EXPECT_NE(status_reply(c.ticket, &c, "", ctx_).body.find("01-12-2026"), std::string::npos);
}

}  // namespace
}  // namespace tanggap::channels::whatsapp

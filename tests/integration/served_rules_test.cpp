// Rules the server serves so that no client keeps a copy: ready tel:/wa.me links beside the
// numbers it can read, the limits of every text a form sends (each checked where it is served),
// and what the console's find box was given (a ticket, a phone number or words).

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using ServedRules = DemoServerTest;

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

TEST_F(ServedRules, UnitsCarryLinksForTheNumbersThatArePhoneNumbers) {
    auto units = make_client()->get("/api/v1/units");
    ASSERT_EQ(units.status, 200) << units.describe();
    bool short_code_seen = false;
    const auto body = units.json();
    for (const auto& value : body.as_array()) {
        const auto& unit = value.as_object();
        const auto code = string_at(value, "code");
        const auto& numbers = array_at(value, "call_center");
        for (const auto& link : array_at(value, "call_center_links")) {
            const auto number = string_at(link, "number");
            EXPECT_NE(std::find(numbers.begin(), numbers.end(), json::value(number)), numbers.end())
                << code;
            EXPECT_TRUE(string_at(link, "tel").starts_with("tel:+62")) << code;
        }
        // The national emergency number is dialled as it is: the server links no copy of it.
        for (const auto& number : numbers) {
            if (number != json::value("112")) continue;
            short_code_seen = true;
            for (const auto& link : array_at(value, "call_center_links")) {
                EXPECT_NE(string_at(link, "number"), "112") << code;
            }
        }
        ASSERT_TRUE(unit.contains("whatsapp_uri")) << code;
        if (unit.at("whatsapp").is_null()) {
            EXPECT_TRUE(unit.at("whatsapp_uri").is_null()) << code;
        } else {
            EXPECT_TRUE(string_at(value, "whatsapp_uri").starts_with("https://wa.me/62")) << code;
        }
    }
    EXPECT_TRUE(short_code_seen) << "the demo's BPBD answers on 112";
}

TEST_F(ServedRules, SettingsServeTheLimitsOfEveryText) {
    auto settings = make_client()->get("/api/v1/settings");
    ASSERT_EQ(settings.status, 200) << settings.describe();
    const auto body = settings.json();
    const auto& limits = body.at("limits");
    EXPECT_EQ(limits.at("source_url_max"), json::value(2048));
    EXPECT_EQ(limits.at("action_text_max"), json::value(5000));
    EXPECT_EQ(limits.at("feedback_comment_max"), json::value(2000));
    EXPECT_EQ(limits.at("chat_reply_max"), json::value(4096));
}

TEST_F(ServedRules, ActionTextsAndFeedbackAreCheckedAgainstTheServedLimits) {
    auto citizen = make_client();
    auto created = submit_ok(
        *citizen, submission("sosial.bansos", "Batas teks", "Uraian aduan untuk batas teks."));
    ASSERT_FALSE(created.ticket.empty());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    // Characters, not bytes: 5000 two-byte letters pass, one more is refused at its field.
    auto at_limit =
        act(*officer, created.ticket, {{"action", "note"}, {"note", repeat("é", 5000)}});
    EXPECT_EQ(at_limit.status, 200) << at_limit.describe();
    EXPECT_TRUE(
        is_error(act(*officer, created.ticket, {{"action", "note"}, {"note", repeat("é", 5001)}}),
                 422,
                 "invalid_field",
                 "note"));
    EXPECT_TRUE(
        is_error(feedback(*citizen, created.ticket, created.token, true, 5, repeat("x", 2001)),
                 422,
                 "invalid_field",
                 "comment"));
}

TEST_F(ServedRules, StaffSeeATelLinkBesideTheReportersPhone) {
    auto citizen = make_client();
    auto created = submit_ok(
        *citizen,
        submission("sosial.bansos", "Tautan telepon", "Uraian aduan untuk tautan telepon."));
    ASSERT_FALSE(created.ticket.empty());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto view = staff_view(*officer, created.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    const auto phone = string_at(view.json(), "reporter.phone");
    ASSERT_TRUE(phone.starts_with("+62")) << view.body;
    EXPECT_EQ(string_at(view.json(), "reporter.phone_uri"), "tel:" + phone);
}

TEST_F(ServedRules, TheFindBoxTellsTicketsPhonesAndWords) {
    auto anonymous = make_client();
    EXPECT_TRUE(is_error(anonymous->get("/api/v1/staff/find?q=jalan"), 401));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto find = [&](std::string_view text) {
        auto answer = officer->get("/api/v1/staff/find?q=" + url_encode(text));
        EXPECT_EQ(answer.status, 200) << answer.describe();
        return answer.json();
    };
    EXPECT_EQ(find(" 2612-v3r8ex "), (json::value{{"kind", "ticket"}, {"ticket", "2612-V3R8EX"}}));
    for (const char* phone : {"0812-3456-7890", "+62 812 3456 7890", "081234567890"}) {
        EXPECT_EQ(find(phone), (json::value{{"kind", "phone"}, {"phone", "+6281234567890"}}))
            << phone;
    }
    EXPECT_EQ(find("jalan rusak"), (json::value{{"kind", "words"}}));
    EXPECT_EQ(find("2612-V3R8E"), (json::value{{"kind", "words"}}));  // one character short
    EXPECT_EQ(find("0812"), (json::value{{"kind", "words"}}));        // too short for a number
    EXPECT_EQ(find("   "), (json::value{{"kind", "empty"}}));
    EXPECT_EQ(officer->get("/api/v1/staff/find").json(), (json::value{{"kind", "empty"}}));
}

}  // namespace
}  // namespace tanggap::integration

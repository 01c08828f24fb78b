#include "channels/meta/webhook_payload.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace tanggap::channels::meta {
namespace {

using Type = InboundMessage::Type;
using Status = StatusUpdate::Status;

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(TANGGAP_SOURCE_DIR) + "/tests/fixtures/meta/" + name);
    EXPECT_TRUE(in) << name;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

WebhookBatch parse_fixture(const std::string& name) {
    auto result = parse_webhook(fixture(name));
    EXPECT_TRUE(result.has_value()) << name;
    return result.has_value() ? *result : WebhookBatch{};
}

domain::Timestamp seconds(std::int64_t s) { return domain::Timestamp(std::chrono::seconds(s)); }

TEST(WebhookPayload, NotJsonOrNotAnObjectIsAnError) {
    for (std::string_view body : {"", "{", "[1,2]", "\"text\"", "42"}) {
        auto result = parse_webhook(body);
        ASSERT_FALSE(result.has_value()) << body;
        EXPECT_EQ(result.error().code, core::ErrorCode::invalid_field);
    }
}

TEST(WebhookPayload, AnObjectWithoutEntriesIsAnEmptyBatch) {
    auto result = parse_webhook(R"({"object":"whatsapp_business_account","entry":"x"})");
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->object, "whatsapp_business_account");
    EXPECT_TRUE(result->messages.empty());
    EXPECT_TRUE(result->statuses.empty());
}

TEST(WebhookPayload, TextMessage) {
    auto batch = parse_fixture("text.json");
    EXPECT_EQ(batch.object, "whatsapp_business_account");
    ASSERT_EQ(batch.messages.size(), 1u);
    const auto& m = batch.messages[0];
    EXPECT_EQ(m.source, "whatsapp");
    EXPECT_EQ(m.id, "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFDNBMEI1RTg2QkNGQzVGNTA0QjZBAA==");
    EXPECT_EQ(m.from, "6281234567890");
    EXPECT_EQ(m.profile_name, "Siti Aminah");
    EXPECT_EQ(m.at, seconds(1749416383));
    EXPECT_EQ(m.type, Type::text);
    EXPECT_EQ(m.raw_type, "text");
    EXPECT_EQ(m.text, "Jalan di depan pasar rusak parah");
}

TEST(WebhookPayload, LocationMessage) {
    auto batch = parse_fixture("location.json");
    ASSERT_EQ(batch.messages.size(), 1u);
    const auto& m = batch.messages[0];
    EXPECT_EQ(m.type, Type::location);
    ASSERT_TRUE(m.lat && m.lon);
    EXPECT_DOUBLE_EQ(*m.lat, -6.4735);
    EXPECT_DOUBLE_EQ(*m.lon, 108.3123);
    EXPECT_EQ(m.location_name, "Pasar Jatibarang");
    EXPECT_EQ(m.location_address, "Jl. Raya Jatibarang No. 5, Indramayu");
}

TEST(WebhookPayload, ImageMessage) {
    auto batch = parse_fixture("image.json");
    ASSERT_EQ(batch.messages.size(), 1u);
    const auto& m = batch.messages[0];
    EXPECT_EQ(m.type, Type::image);
    EXPECT_EQ(m.media_id, "1003383421387256");
    EXPECT_EQ(m.mime_type, "image/jpeg");
    EXPECT_EQ(m.sha256, "dGhpcyBpcyBub3QgYSByZWFsIGhhc2g=");
    EXPECT_EQ(m.caption, "Lubang di jalan");
    EXPECT_TRUE(m.stored_photo_id.empty());
}

TEST(WebhookPayload, InteractiveListReply) {
    auto batch = parse_fixture("interactive_list_reply.json");
    ASSERT_EQ(batch.messages.size(), 1u);
    const auto& m = batch.messages[0];
    EXPECT_EQ(m.type, Type::interactive_reply);
    EXPECT_EQ(m.raw_type, "interactive");
    EXPECT_EQ(m.reply_id, "cat:infrastruktur");
    EXPECT_EQ(m.reply_title, "Infrastruktur");
}

TEST(WebhookPayload, InteractiveButtonReply) {
    auto batch = parse_fixture("interactive_button_reply.json");
    ASSERT_EQ(batch.messages.size(), 1u);
    EXPECT_EQ(batch.messages[0].type, Type::interactive_reply);
    EXPECT_EQ(batch.messages[0].reply_id, "menu:lapor");
    EXPECT_EQ(batch.messages[0].reply_title, "Lapor pengaduan");
}

TEST(WebhookPayload, StatusDelivered) {
    auto batch = parse_fixture("status_delivered.json");
    EXPECT_TRUE(batch.messages.empty());
    ASSERT_EQ(batch.statuses.size(), 1u);
    const auto& s = batch.statuses[0];
    EXPECT_EQ(s.message_id, "wamid.SENT1");
    EXPECT_EQ(s.recipient, "6281234567890");
    EXPECT_EQ(s.status, Status::delivered);
    EXPECT_EQ(s.at, seconds(1749416800));
    EXPECT_TRUE(s.error.empty());
}

TEST(WebhookPayload, StatusFailedKeepsTheFirstError) {
    auto batch = parse_fixture("status_failed.json");
    ASSERT_EQ(batch.statuses.size(), 1u);
    EXPECT_EQ(batch.statuses[0].status, Status::failed);
    EXPECT_EQ(batch.statuses[0].error, "131047 Re-engagement message");
}

TEST(WebhookPayload, EveryEntryChangeMessageAndStatusOfABatch) {
    auto batch = parse_fixture("batched.json");
    ASSERT_EQ(batch.messages.size(), 3u);
    EXPECT_EQ(batch.messages[0].id, "wamid.B1");
    EXPECT_EQ(batch.messages[0].profile_name, "Siti Aminah");
    EXPECT_EQ(batch.messages[1].id, "wamid.B2");
    EXPECT_EQ(batch.messages[1].profile_name, "Budi");
    EXPECT_EQ(batch.messages[2].id, "wamid.B3");
    EXPECT_EQ(batch.messages[2].profile_name, "Rina");  // matched by wa_id, not position
    EXPECT_EQ(batch.messages[2].type, Type::location);
    ASSERT_EQ(batch.statuses.size(), 4u);
    EXPECT_EQ(batch.statuses[0].status, Status::sent);
    EXPECT_EQ(batch.statuses[1].status, Status::read);
    EXPECT_EQ(batch.statuses[2].message_id, "wamid.S2");
    EXPECT_EQ(batch.statuses[3].status, Status::failed);
    EXPECT_EQ(batch.statuses[3].error, "131026 Message undeliverable");
}

TEST(WebhookPayload, UnknownTypesAreUnsupportedAndLegacyButtonIsAReply) {
    auto batch = parse_fixture("unknown_type.json");
    ASSERT_EQ(batch.messages.size(), 5u);  // the message without "from" is skipped
    const char* raw[] = {"sticker", "reaction", "audio", "unsupported"};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(batch.messages[i].type, Type::unsupported) << raw[i];
        EXPECT_EQ(batch.messages[i].raw_type, raw[i]);
        EXPECT_EQ(batch.messages[i].profile_name, "Budi");
    }
    const auto& button = batch.messages[4];
    EXPECT_EQ(button.type, Type::interactive_reply);
    EXPECT_EQ(button.raw_type, "button");
    EXPECT_EQ(button.reply_id, "status_ok");
    EXPECT_EQ(button.reply_title, "Sudah selesai");
}

TEST(WebhookPayload, MessengerTextSkipsEchoesAndDeliveries) {
    auto batch = parse_fixture("messenger_text.json");
    EXPECT_EQ(batch.object, "page");
    ASSERT_EQ(batch.messages.size(), 1u);
    const auto& m = batch.messages[0];
    EXPECT_EQ(m.source, "page");
    EXPECT_EQ(m.from, "6915234567890123");
    EXPECT_EQ(m.type, Type::text);
    EXPECT_EQ(m.text, "Lampu jalan di Desa Bulak mati");
    EXPECT_EQ(m.at, domain::Timestamp(std::chrono::milliseconds(1749421000000)));
}

TEST(WebhookPayload, InstagramTextAndImage) {
    auto batch = parse_fixture("instagram_text.json");
    ASSERT_EQ(batch.messages.size(), 2u);
    EXPECT_EQ(batch.messages[0].source, "instagram");
    EXPECT_EQ(batch.messages[0].from, "1034567890123456");
    EXPECT_EQ(batch.messages[0].text, "Sampah menumpuk di pinggir sungai");
    EXPECT_EQ(batch.messages[1].type, Type::image);
    EXPECT_EQ(batch.messages[1].media_url,
              "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1");
}

TEST(WebhookPayload, MalformedPiecesAreSkippedNotFatal) {
    auto result = parse_webhook(R"({
        "object": "whatsapp_business_account",
        "entry": [
            7,
            {"changes": [null, {"value": 3}, {"value": {"messages": [
                "x",
                {"id": "wamid.NOFROM", "type": "text"},
                {"from": "628111", "type": "text"},
                {"from": "628111", "id": "wamid.OK", "timestamp": "oops", "type": "text",
                 "text": {"body": 5}},
                {"from": "628111", "id": "wamid.LOC", "type": "location", "location": {}}
            ], "statuses": [{"status": "read"}, {"id": "wamid.X", "status": "deleted"}]}}]}
        ]})");
    ASSERT_TRUE(result.has_value());
    ASSERT_EQ(result->messages.size(), 2u);
    EXPECT_EQ(result->messages[0].id, "wamid.OK");
    EXPECT_EQ(result->messages[0].type, Type::text);
    EXPECT_EQ(result->messages[0].text, "");
    EXPECT_EQ(result->messages[0].at, domain::Timestamp{});
    EXPECT_EQ(result->messages[1].type, Type::unsupported);  // a location without coordinates
    EXPECT_TRUE(result->statuses.empty());
}

TEST(WebhookPayload, MediaIdsAreDigitsOnly) {
    EXPECT_TRUE(is_media_id("1003383421387256"));  // fixtures/meta/image.json
    EXPECT_TRUE(is_media_id("7"));
    EXPECT_FALSE(is_media_id(""));
    EXPECT_FALSE(is_media_id("../../../../etc/passwd"));
    EXPECT_FALSE(is_media_id("123/../456"));
    EXPECT_FALSE(is_media_id("123?fields=url"));
    EXPECT_FALSE(is_media_id("123%2F456"));
    EXPECT_FALSE(is_media_id("media-7001"));
    EXPECT_FALSE(is_media_id(" 123"));
    EXPECT_FALSE(is_media_id(std::string(65, '1')));
}

// Found by tests/fuzz/fuzz_meta_webhook: seconds this large overflowed when converted to
// milliseconds (undefined behaviour). An absurd or negative time is treated as absent.
TEST(WebhookPayload, AbsurdTimestampsAreTreatedAsAbsent) {
    for (const char* stamp : {"\"3325812202328090127\"",
                              "\"-5\"",
                              "-5",
                              "18446744073709551615",
                              "9223372036854775807"}) {
        auto result =
            parse_webhook(std::string(R"({"object": "whatsapp_business_account", "entry": [
            {"id": "1", "changes": [{"field": "messages", "value": {"messages": [
                {"from": "628111", "id": "wamid.T", "type": "text", "text": {"body": "x"},
                 "timestamp": )") +
                          stamp + "}]}}]}]}");
        ASSERT_TRUE(result.has_value()) << stamp;
        ASSERT_EQ(result->messages.size(), 1u) << stamp;
        EXPECT_EQ(result->messages[0].at, domain::Timestamp{}) << stamp;
    }
}

}  // namespace
}  // namespace tanggap::channels::meta

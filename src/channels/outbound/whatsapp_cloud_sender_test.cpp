// WhatsAppCloudSender against FakeGraphApi: the JSON Meta documents, outcomes per answer, and
// the idempotency key that keeps a retried message from arriving twice.
#include "channels/outbound/whatsapp_cloud_sender.hpp"

#include "fake_graph_api.hpp"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace tanggap::channels::outbound {
namespace {

namespace json = boost::json;
using fakes::FakeGraphApi;
using namespace std::chrono_literals;

WhatsAppCloudConfig config_for(const FakeGraphApi& api) {
    return {api.base_url(), api.phone_number_id(), api.access_token(), Timeouts{300ms, 300ms}};
}

OutboundMessage text(std::string key, std::string body = "Pengaduan Anda diterima.") {
    OutboundMessage m;
    m.idempotency_key = std::move(key);
    m.recipient = "6281234567890";
    m.body = std::move(body);
    return m;
}

TEST(WhatsAppCloudSender, TextIsPostedExactlyAsMetaDocuments) {
    FakeGraphApi api;
    WhatsAppCloudSender sender(config_for(api));
    const SendOutcome out = sender.send(text("outbox-1", "Tiket TGP-0001 diterima."));

    EXPECT_EQ(out.kind, SendOutcome::Kind::sent) << out.error;
    EXPECT_EQ(out.provider_message_id, "wamid.HBgN1");
    EXPECT_EQ(out.error, "");
    const auto messages = api.messages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].path, "/" + api.phone_number_id() + "/messages");
    EXPECT_EQ(messages[0].authorization, "Bearer " + api.access_token());
    EXPECT_EQ(messages[0].idempotency_key, "outbox-1");
    EXPECT_EQ(messages[0].json, json::parse(R"({
        "messaging_product": "whatsapp", "recipient_type": "individual",
        "to": "6281234567890", "biz_opaque_callback_data": "outbox-1",
        "type": "text", "text": {"preview_url": false, "body": "Tiket TGP-0001 diterima."}})"));
}

TEST(WhatsAppCloudSender, TemplateIsSentInsteadOfBodyWhenSet) {
    FakeGraphApi api;
    WhatsAppCloudSender sender(config_for(api));
    OutboundMessage m = text("outbox-2");
    m.template_message = TemplateMessage{"status_pengaduan", "id", {"TGP-0002", "selesai"}};
    const SendOutcome out = sender.send(m);

    ASSERT_EQ(out.kind, SendOutcome::Kind::sent) << out.error;
    ASSERT_EQ(api.accepted(), 1u);
    EXPECT_EQ(api.messages()[0].json, json::parse(R"({
        "messaging_product": "whatsapp", "recipient_type": "individual",
        "to": "6281234567890", "biz_opaque_callback_data": "outbox-2",
        "type": "template",
        "template": {"name": "status_pengaduan", "language": {"code": "id"},
                     "components": [{"type": "body", "parameters": [
                         {"type": "text", "text": "TGP-0002"},
                         {"type": "text", "text": "selesai"}]}]}})"));
}

TEST(WhatsAppCloudSender, InteractiveListAndButtonsFollowMetaShapes) {
    FakeGraphApi api;
    WhatsAppCloudSender sender(config_for(api));
    InteractiveMessage list;
    list.kind = InteractiveMessage::Kind::list;
    list.idempotency_key = "menu-1";
    list.recipient = "6281234567890";
    list.header = "Tanggap Indramayu";
    list.body = "Pilih jenis laporan";
    list.footer = "Balas kapan saja";
    list.button_label = "Pilih";
    list.sections = {{"Layanan", {{"jalan", "Jalan rusak", "Lubang, retak"}, {"air", "Air", ""}}}};
    ASSERT_EQ(sender.send_interactive(list).kind, SendOutcome::Kind::sent);

    InteractiveMessage buttons;
    buttons.idempotency_key = "confirm-1";
    buttons.recipient = "6281234567890";
    buttons.body = "Kirim laporan ini?";
    buttons.buttons = {{"ya", "Ya"}, {"tidak", "Tidak"}};
    ASSERT_EQ(sender.send_interactive(buttons).kind, SendOutcome::Kind::sent);

    const auto messages = api.messages();
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[0].json.at("interactive"), json::parse(R"({
        "type": "list",
        "header": {"type": "text", "text": "Tanggap Indramayu"},
        "body": {"text": "Pilih jenis laporan"},
        "footer": {"text": "Balas kapan saja"},
        "action": {"button": "Pilih", "sections": [{"title": "Layanan", "rows": [
            {"id": "jalan", "title": "Jalan rusak", "description": "Lubang, retak"},
            {"id": "air", "title": "Air"}]}]}})"));
    EXPECT_EQ(messages[0].json.at("type"), "interactive");
    EXPECT_EQ(messages[1].json.at("interactive"), json::parse(R"({
        "type": "button", "body": {"text": "Kirim laporan ini?"},
        "action": {"buttons": [{"type": "reply", "reply": {"id": "ya", "title": "Ya"}},
                               {"type": "reply", "reply": {"id": "tidak", "title": "Tidak"}}]}})"));
}

TEST(WhatsAppCloudSender, ServerErrorIsRetried) {
    FakeGraphApi api;
    api.fail_next(1, 500);
    WhatsAppCloudSender sender(config_for(api));
    const SendOutcome out = sender.send(text("k"));
    EXPECT_EQ(out.kind, SendOutcome::Kind::retry);
    EXPECT_NE(out.error.find("500"), std::string::npos) << out.error;
    EXPECT_EQ(api.accepted(), 0u);
    EXPECT_EQ(sender.send(text("k")).kind, SendOutcome::Kind::sent);
}

TEST(WhatsAppCloudSender, RateLimitIsRetried) {
    FakeGraphApi api;
    api.fail_next(1, 429);
    WhatsAppCloudSender sender(config_for(api));
    EXPECT_EQ(sender.send(text("k")).kind, SendOutcome::Kind::retry);
}

TEST(WhatsAppCloudSender, BadRecipientIsPermanentWithMetasMessage) {
    FakeGraphApi api;
    api.reject_recipient("6281234567890");
    WhatsAppCloudSender sender(config_for(api));
    const SendOutcome out = sender.send(text("k"));
    EXPECT_EQ(out.kind, SendOutcome::Kind::permanent);
    EXPECT_EQ(out.error, "HTTP 400: (#131030) Recipient phone number not in allowed list");
}

TEST(WhatsAppCloudSender, WrongTokenIsPermanent) {
    FakeGraphApi api;
    WhatsAppCloudConfig config = config_for(api);
    config.access_token = "expired";
    const SendOutcome out = WhatsAppCloudSender(config).send(text("k"));
    EXPECT_EQ(out.kind, SendOutcome::Kind::permanent);
    EXPECT_NE(out.error.find("401"), std::string::npos) << out.error;
}

TEST(WhatsAppCloudSender, TimeoutIsRetriedAndTheRetryIsNotDeliveredTwice) {
    FakeGraphApi api;
    api.delay_next(1, 1000ms);
    WhatsAppCloudSender sender(config_for(api));
    const SendOutcome first = sender.send(text("outbox-7"));
    EXPECT_EQ(first.kind, SendOutcome::Kind::retry);
    EXPECT_NE(first.error.find("imed out"), std::string::npos) << first.error;

    const SendOutcome second = sender.send(text("outbox-7"));
    EXPECT_EQ(second.kind, SendOutcome::Kind::sent) << second.error;
    EXPECT_EQ(second.provider_message_id, "wamid.HBgN1");
    EXPECT_EQ(api.accepted(), 1u);
    EXPECT_EQ(api.requests_seen(), 2u);
}

TEST(WhatsAppCloudSender, SameKeyTwiceIsAcceptedOnce) {
    FakeGraphApi api;
    WhatsAppCloudSender sender(config_for(api));
    const SendOutcome a = sender.send(text("same"));
    const SendOutcome b = sender.send(text("same"));
    EXPECT_EQ(a.provider_message_id, b.provider_message_id);
    EXPECT_EQ(sender.send(text("other")).provider_message_id, "wamid.HBgN2");
    EXPECT_TRUE(api.wait_for_accepted(2, 1s));
    EXPECT_EQ(api.accepted(), 2u);
    EXPECT_EQ(api.requests_seen(), 3u);
}

TEST(WhatsAppCloudSender, ConnectionRefusedIsRetried) {
    WhatsAppCloudConfig config;
    {
        FakeGraphApi api;
        config = config_for(api);
    }
    const SendOutcome out = WhatsAppCloudSender(config).send(text("k"));
    EXPECT_EQ(out.kind, SendOutcome::Kind::retry);
    EXPECT_FALSE(out.error.empty());
}

}  // namespace
}  // namespace tanggap::channels::outbound

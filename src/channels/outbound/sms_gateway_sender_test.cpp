// SmsGatewaySender against FakeSmsGateway.
#include "channels/outbound/sms_gateway_sender.hpp"

#include "fake_sms_gateway.hpp"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace tanggap::channels::outbound {
namespace {

using fakes::FakeSmsGateway;
using namespace std::chrono_literals;

OutboundMessage sms(std::string key) {
    OutboundMessage m;
    m.idempotency_key = std::move(key);
    m.recipient = "6281234567890";
    m.body = "Tiket TGP-0003: sedang diproses Dinas PUPR.";
    return m;
}

SmsGatewayConfig config_for(const FakeSmsGateway& gw, std::string token = "sms-secret") {
    return {gw.base_url() + "/send", std::move(token), Timeouts{300ms, 300ms}};
}

TEST(SmsGatewaySender, PostsJsonWithPlusAndReturnsTheGatewaysId) {
    FakeSmsGateway gw("sms-secret");
    const SendOutcome out = SmsGatewaySender(config_for(gw)).send(sms("outbox-9"));
    ASSERT_EQ(out.kind, SendOutcome::Kind::sent) << out.error;
    EXPECT_EQ(out.provider_message_id, "sms-1");
    const auto messages = gw.messages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].path, "/send");
    EXPECT_EQ(messages[0].authorization, "Bearer sms-secret");
    EXPECT_EQ(messages[0].idempotency_key, "outbox-9");
    EXPECT_EQ(messages[0].json, boost::json::parse(R"({"to": "+6281234567890",
        "message": "Tiket TGP-0003: sedang diproses Dinas PUPR.", "reference": "outbox-9"})"));
}

TEST(SmsGatewaySender, FailuresAreClassified) {
    FakeSmsGateway gw("sms-secret");
    SmsGatewaySender sender(config_for(gw));
    gw.fail_next(1, 502);
    EXPECT_EQ(sender.send(sms("a")).kind, SendOutcome::Kind::retry);
    gw.fail_next(1, 429);
    EXPECT_EQ(sender.send(sms("a")).kind, SendOutcome::Kind::retry);
    gw.delay_next(1, 1000ms);
    EXPECT_EQ(sender.send(sms("b")).kind, SendOutcome::Kind::retry);
    gw.reject_recipient("+6281234567890");
    const SendOutcome rejected = sender.send(sms("c"));
    EXPECT_EQ(rejected.kind, SendOutcome::Kind::permanent);
    EXPECT_EQ(rejected.error, "HTTP 422: invalid recipient number");
    EXPECT_EQ(SmsGatewaySender(config_for(gw, "wrong")).send(sms("d")).kind,
              SendOutcome::Kind::permanent);
}

TEST(SmsGatewaySender, SameKeyTwiceIsAcceptedOnce) {
    FakeSmsGateway gw;
    SmsGatewaySender sender(config_for(gw, ""));
    EXPECT_EQ(sender.send(sms("same")).provider_message_id, "sms-1");
    EXPECT_EQ(sender.send(sms("same")).provider_message_id, "sms-1");
    EXPECT_TRUE(gw.wait_for_accepted(1, 1s));
    EXPECT_EQ(gw.accepted(), 1u);
    EXPECT_EQ(gw.requests_seen(), 2u);
    EXPECT_EQ(gw.messages()[0].authorization, "");
}

}  // namespace
}  // namespace tanggap::channels::outbound

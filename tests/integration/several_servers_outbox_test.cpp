// Outbound messages with two servers on one PostgreSQL database (the PostgreSQL run only):
// both deliver from the one outbox and no message goes out twice; a server killed while sending
// leaves its claimed messages to its lease, and the other server sends them once it runs out.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "fake_sms_gateway.hpp"
#include "second_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <array>
#include <iostream>
#include <map>
#include <set>
#include <thread>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

// A complaint whose reporter gives a phone of their own, so its receipt goes out by SMS.
std::string submit_with_phone(HttpClient& client, int n) {
    auto body = submission("lainnya",
                           "Keluhan " + std::to_string(n),
                           "Keluhan nomor " + std::to_string(n) + " soal pelayanan.");
    body["reporter"] =
        json::object{{"name", "Warga"}, {"phone", "08120000" + std::to_string(1000 + n)}};
    return submit_ok(client, body).ticket;
}

// Each ticket's receipt reached `gateway`, each idempotency key once.
void expect_each_receipt_once(const fakes::FakeSmsGateway& gateway,
                              const std::set<std::string>& tickets) {
    std::map<std::string, int> per_key;
    std::set<std::string> receipted;
    for (const auto& m : gateway.messages()) {
        ++per_key[m.idempotency_key];
        const std::string text(m.json.at("message").as_string());
        for (const auto& t : tickets) {
            if (text.find(t) != std::string::npos) receipted.insert(t);
        }
    }
    for (const auto& [key, n] : per_key) EXPECT_EQ(n, 1) << key;
    EXPECT_EQ(receipted, tickets);
}

TEST(SeveralServers, BothDeliverTheOutboxAndNoMessageGoesOutTwice) {
    if (!on_postgres()) GTEST_SKIP() << "several servers share a PostgreSQL database";
    // A gateway each, so what each server sent can be told apart.
    std::array<fakes::FakeSmsGateway, 2> gateways;
    auto sms = [](fakes::FakeSmsGateway& gateway) {
        gateway.delay_next(1000, 50ms);  // sends overlap between the two servers
        return std::vector<std::pair<std::string, std::string>>{
            {"TANGGAP_SMS_URL", gateway.base_url() + "/send"},
            {"TANGGAP_OUTBOX_RETRY_BASE", "200"}};
    };
    DemoServer first({}, sms(gateways[0]));
    ASSERT_EQ(first.start(), "");
    auto second = second_server(first, sms(gateways[1]));
    ASSERT_EQ(second->start(), "");

    constexpr int kEach = 20;
    HttpClient to_first(first.port());
    HttpClient to_second(second->port());
    std::set<std::string> tickets;
    for (int i = 0; i < kEach; ++i) {
        tickets.insert(submit_with_phone(to_first, 2 * i));
        tickets.insert(submit_with_phone(to_second, 2 * i + 1));
    }
    ASSERT_EQ(tickets.size(), 2u * kEach);
    const auto sent = [&] { return gateways[0].accepted() + gateways[1].accepted(); };
    for (int i = 0; i < 1200 && sent() < tickets.size(); ++i) std::this_thread::sleep_for(100ms);
    // Both servers read one database: quiet on one is quiet for both, so a second send of
    // anything has arrived by now.
    ASSERT_TRUE(wait_until_quiet(to_first)) << first.process().log_tail() << second->log_tail();

    // Every receipt went out once, through one server or the other; not even a repeat that a
    // gateway's idempotency would have absorbed.
    EXPECT_EQ(gateways[0].requests_seen() + gateways[1].requests_seen(), tickets.size())
        << first.process().log_tail() << second->log_tail();
    std::set<std::string> keys;
    for (const auto& gateway : gateways) {
        for (const auto& m : gateway.messages()) {
            EXPECT_TRUE(keys.insert(m.idempotency_key).second)
                << "sent twice: " << m.idempotency_key;
        }
    }
    EXPECT_EQ(keys.size(), tickets.size());
    std::cout << gateways[0].accepted() << " + " << gateways[1].accepted()
              << " receipts sent by the two servers" << std::endl;
    EXPECT_GT(gateways[0].accepted(), 0u) << "the first server sent nothing";
    EXPECT_GT(gateways[1].accepted(), 0u) << "the second server sent nothing";
    EXPECT_TRUE(second->stop().clean()) << second->log_tail();
    EXPECT_TRUE(first.process().stop().clean()) << first.process().log_tail();
}

TEST(SeveralServers, AKilledServersClaimedMessagesAreSentByTheOtherWhenItsLeaseRunsOut) {
    if (!on_postgres()) GTEST_SKIP() << "several servers share a PostgreSQL database";
    // The first server's provider hangs, so it dies holding claims; the second's answers.
    fakes::FakeSmsGateway hanging;
    hanging.delay_next(1000, 15s);
    fakes::FakeSmsGateway answering;
    auto sms = [](const fakes::FakeSmsGateway& gateway) {
        return std::vector<std::pair<std::string, std::string>>{
            {"TANGGAP_SMS_URL", gateway.base_url() + "/send"},
            {"TANGGAP_OUTBOX_LEASE", "8"},
            {"TANGGAP_PROVIDER_TIMEOUT", "60000"},
            {"TANGGAP_OUTBOX_RETRY_BASE", "200"}};
    };
    DemoServer first({}, sms(hanging));
    ASSERT_EQ(first.start(), "");
    HttpClient client(first.port());
    constexpr int kComplaints = 6;
    std::set<std::string> tickets;
    for (int i = 0; i < kComplaints; ++i) tickets.insert(submit_with_phone(client, i));
    // The first server has claimed and is stuck sending.
    for (int i = 0; i < 200 && hanging.requests_seen() == 0; ++i) std::this_thread::sleep_for(50ms);
    ASSERT_GE(hanging.requests_seen(), 1u) << first.process().log_tail();

    auto second = second_server(first, sms(answering));
    ASSERT_EQ(second->start(), "");
    std::this_thread::sleep_for(1500ms);  // the second server polls and sends what is free
    // What the first server claimed stays with it while its lease runs.
    const auto before_kill = answering.accepted();
    EXPECT_LT(before_kill, static_cast<std::size_t>(kComplaints));
    const auto killed = first.process().kill();
    EXPECT_TRUE(killed.signal.has_value()) << killed.describe();

    ASSERT_TRUE(answering.wait_for_accepted(kComplaints, 60s)) << second->log_tail();
    HttpClient to_second(second->port());
    ASSERT_TRUE(wait_until_quiet(to_second)) << second->log_tail();
    EXPECT_EQ(answering.requests_seen(), static_cast<std::size_t>(kComplaints));
    expect_each_receipt_once(answering, tickets);
    EXPECT_TRUE(second->stop().clean()) << second->log_tail();
}

}  // namespace
}  // namespace tanggap::integration

// Acknowledged means durable: clients submit concurrently while the server is killed (SIGKILL)
// or stopped (SIGTERM) mid-stream; after a restart on the same data directory every complaint
// that got its 201 is there, intact, with its tracking token. Requests that failed or got no
// answer may or may not exist.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "submitter_pool.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kAckedBeforeStop = 300;

// New tickets after the restart must not reuse the numbers of acknowledged ones.
void expect_fresh_tickets_after_restart(std::uint16_t port, const std::vector<Acked>& acked) {
    std::set<std::string> tickets;
    for (const auto& entry : acked) tickets.insert(entry.ticket);
    HttpClient client(port);
    for (int i = 0; i < 10; ++i) {
        auto created = submit_ok(client,
                                 submission("infrastruktur.drainase",
                                            "Setelah restart",
                                            "Laporan baru setelah server hidup lagi."));
        EXPECT_EQ(tickets.count(created.ticket), 0u) << "ticket reused: " << created.ticket;
    }
}

TEST(Durability, AcknowledgedSubmissionsSurviveSigkill) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    SubmitterPool pool(server.port());
    bool enough = pool.wait_for_acks(kAckedBeforeStop, 120s);
    auto killed = server.process().kill();  // mid-stream: the clients are still sending
    std::this_thread::sleep_for(200ms);     // let every client see the dead server
    pool.stop();
    ASSERT_TRUE(enough) << "only " << pool.acked_count() << " acknowledged before the timeout\n"
                        << server.process().log_tail();
    EXPECT_EQ(killed.signal.value_or(0), SIGKILL) << killed.describe();
    EXPECT_EQ(pool.refusals(), "") << "valid submissions were refused";

    auto acked = pool.acked();
    std::cout << acked.size() << " acknowledged; " << pool.unanswered()
              << " requests got no answer (in flight at the kill, or refused after it)"
              << std::endl;
    expect_unique_tickets(acked);

    ASSERT_EQ(server.process().start(), "") << "restart after SIGKILL";
    expect_all_intact(server.port(), acked);
    expect_fresh_tickets_after_restart(server.port(), acked);
    EXPECT_TRUE(server.process().stop().clean()) << server.process().log_tail();
}

TEST(Durability, GracefulStopUnderLoadExitsCleanlyAndKeepsEverything) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    SubmitterPool pool(server.port());
    bool enough = pool.wait_for_acks(kAckedBeforeStop / 2, 120s);
    auto stopped = server.process().stop();  // SIGTERM while requests are in flight
    std::this_thread::sleep_for(200ms);
    pool.stop();
    ASSERT_TRUE(enough) << server.process().log_tail();
    EXPECT_TRUE(stopped.clean()) << "SIGTERM must end the server with exit code 0, got "
                                 << stopped.describe() << "\n"
                                 << server.process().log_tail();
    // While draining the server may turn new requests away with 503, nothing else.
    EXPECT_EQ(pool.refusals(503), "");

    auto acked = pool.acked();
    expect_unique_tickets(acked);
    ASSERT_EQ(server.process().start(), "");
    expect_all_intact(server.port(), acked);
}

}  // namespace
}  // namespace tanggap::integration

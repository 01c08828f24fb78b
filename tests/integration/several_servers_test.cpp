// Several servers on one PostgreSQL database (the PostgreSQL run of the integration tests
// only): citizens submit to two servers at once and one of them is killed mid-load; PostgreSQL
// itself restarts mid-load. Every acknowledged complaint is there afterwards, once.

#include "demo_server.hpp"
#include "second_server.hpp"
#include "submitter_pool.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

namespace tanggap::integration {
namespace {

constexpr std::size_t kAckedEach = 150;

std::vector<Acked> joined(const std::vector<Acked>& a, const std::vector<Acked>& b) {
    auto all = a;
    all.insert(all.end(), b.begin(), b.end());
    return all;
}

TEST(SeveralServers, TwoServersShareTheLoadAndOneDiesWithoutLosingAnything) {
    if (!on_postgres()) GTEST_SKIP() << "several servers share a PostgreSQL database";
    DemoServer first;
    ASSERT_EQ(first.start(), "");
    auto second = second_server(first);
    ASSERT_EQ(second->start(), "");

    SubmitterPool to_first(first.port());
    SubmitterPool to_second(second->port());
    const bool enough =
        to_first.wait_for_acks(kAckedEach, 120s) && to_second.wait_for_acks(kAckedEach, 120s);
    const auto killed = second->kill();  // mid-load: its clients are still sending
    std::this_thread::sleep_for(200ms);
    const auto acked_before = to_first.acked_count();
    // The survivor goes on serving its own clients.
    EXPECT_TRUE(to_first.wait_for_acks(acked_before + 50, 60s)) << first.process().log_tail();
    to_second.stop();
    to_first.stop();
    ASSERT_TRUE(enough) << first.process().log_tail() << second->log_tail();
    EXPECT_EQ(killed.signal.value_or(0), SIGKILL) << killed.describe();
    EXPECT_EQ(to_first.refusals(), "");
    EXPECT_EQ(to_second.refusals(), "");

    const auto acked = joined(to_first.acked(), to_second.acked());
    std::cout << to_first.acked().size() << " + " << to_second.acked().size()
              << " acknowledged by the two servers" << std::endl;
    expect_unique_tickets(acked);
    expect_all_intact(first.port(), acked);  // the survivor sees the dead one's complaints
    EXPECT_TRUE(first.process().stop().clean()) << first.process().log_tail();
}

// Restarts the whole test cluster, so ctest runs it alone (RUN_SERIAL).
TEST(PostgresRestart, AcknowledgedComplaintsSurviveARestartAndServingResumes) {
    const char* uri_file = std::getenv("TANGGAP_ITEST_POSTGRES_FILE");
    if (uri_file == nullptr) GTEST_SKIP() << "restarts the PostgreSQL test cluster";
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    SubmitterPool pool(server.port());
    ASSERT_TRUE(pool.wait_for_acks(kAckedEach, 120s)) << server.process().log_tail();

    const auto state_dir = std::filesystem::path(uri_file).parent_path();
    const std::string restart = std::string(TANGGAP_SOURCE_DIR) +
                                "/scripts/pg-test-cluster restart " + state_dir.string() +
                                " > /dev/null";
    ASSERT_EQ(std::system(restart.c_str()), 0) << "restarting the test cluster failed";

    // Serving resumes on its own: more acknowledgements after the restart.
    const auto acked_at_restart = pool.acked_count();
    EXPECT_TRUE(pool.wait_for_acks(acked_at_restart + 100, 60s)) << server.process().log_tail();
    pool.stop();
    // While the database was down, submissions were refused with 503 and nothing else.
    EXPECT_EQ(pool.refusals(503), "");

    const auto acked = pool.acked();
    expect_unique_tickets(acked);
    expect_all_intact(server.port(), acked);
    HttpClient client(server.port());
    EXPECT_EQ(client.get("/readyz").status, 200);
    EXPECT_TRUE(server.process().stop().clean()) << server.process().log_tail();
}

}  // namespace
}  // namespace tanggap::integration

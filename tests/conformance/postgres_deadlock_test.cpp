// Two PostgreSQL stores on one database, as two servers have: a write job of each locks one
// complaint and then wants the other's, in opposite orders. PostgreSQL breaks the deadlock by
// failing one of them; the store runs that job again once the other commits, so both actions
// succeed and neither caller sees an error.

#include "postgres_test_database.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store_conformance.hpp"

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono_literals;

// Both jobs hold their first complaint before either asks for its second.
class Rendezvous {
  public:
    void arrive_and_wait() {
        std::unique_lock lock(mutex_);
        ++arrived_;
        changed_.notify_all();
        changed_.wait_for(lock, 10s, [&] { return arrived_ >= 2; });
    }

  private:
    std::mutex mutex_;
    std::condition_variable changed_;
    int arrived_ = 0;
};

TEST(PostgresServers, ADeadlockBetweenTwoServersIsRunAgainNotReported) {
    auto name = testing_support::create_test_database();
    ASSERT_TRUE(name) << name.error().message;
    const auto uri = testing_support::test_database_uri(*name);
    auto first = postgres::open_postgres_store({uri, 1, 16});
    ASSERT_TRUE(first) << first.error().message;
    auto second = postgres::open_postgres_store({uri, 1, 16});
    ASSERT_TRUE(second) << second.error().message;

    auto a = make_complaint("ADU-2611-00001");
    auto b = make_complaint("ADU-2611-00002");
    for (auto* c : {&a, &b}) {
        auto event = submit_event(*c);
        ASSERT_TRUE(
            write_sync(**first, [&](WriteTx& tx) { return tx.insert_complaint(*c, event); }));
    }

    Rendezvous both_hold_one;
    std::atomic<int> runs{0};
    // Locks `mine`, waits (first run only) until the other job holds its complaint, then locks
    // and changes `theirs`.
    auto crossing = [&](std::string mine, std::string theirs, std::string note) {
        return
            [&runs, &both_hold_one, mine, theirs, note, first_run = std::make_shared<bool>(true)](
                WriteTx& tx) -> Result<void> {
                ++runs;
                auto held = tx.complaint_by_ticket(mine);
                if (!held) return held.error();
                if (std::exchange(*first_run, false)) both_hold_one.arrive_and_wait();
                auto other = tx.complaint_by_ticket(theirs);
                if (!other) return other.error();
                if (!*other) return core::make_error(core::ErrorCode::not_found, theirs);
                (*other)->late_reason += note;
                return tx.update_complaint(**other);
            };
    };
    std::promise<Result<void>> first_done;
    std::promise<Result<void>> second_done;
    (*first)->write(crossing(a.ticket, b.ticket, " [pertama]"),
                    [&](Result<void> r) { first_done.set_value(std::move(r)); });
    (*second)->write(crossing(b.ticket, a.ticket, " [kedua]"),
                     [&](Result<void> r) { second_done.set_value(std::move(r)); });
    auto first_result = first_done.get_future();
    auto second_result = second_done.get_future();
    ASSERT_EQ(first_result.wait_for(60s), std::future_status::ready);
    ASSERT_EQ(second_result.wait_for(60s), std::future_status::ready);
    auto r1 = first_result.get();
    auto r2 = second_result.get();
    EXPECT_TRUE(r1) << r1.error().message;
    EXPECT_TRUE(r2) << r2.error().message;
    EXPECT_EQ(runs.load(), 3) << "PostgreSQL failed one of the two, which ran again";

    auto read_a = read_sync<std::optional<domain::Complaint>>(
        **first, [&](ReadTx& tx) { return tx.complaint_by_ticket(a.ticket); });
    auto read_b = read_sync<std::optional<domain::Complaint>>(
        **first, [&](ReadTx& tx) { return tx.complaint_by_ticket(b.ticket); });
    ASSERT_TRUE(read_a && *read_a && read_b && *read_b);
    EXPECT_TRUE((**read_a).late_reason.ends_with(" [kedua]")) << (**read_a).late_reason;
    EXPECT_TRUE((**read_b).late_reason.ends_with(" [pertama]")) << (**read_b).late_reason;
    (*first)->close();
    (*second)->close();
}

}  // namespace
}  // namespace tanggap::store::conformance

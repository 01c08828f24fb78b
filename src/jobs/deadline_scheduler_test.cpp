#include "jobs/deadline_scheduler.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace tanggap::jobs {
namespace {

using namespace std::chrono;
using service::testing_support::wib;

class DeadlineSchedulerTest : public service::testing_support::ServiceFixture {
  protected:
    // Waits (polling, up to 30 s so a loaded machine cannot fail it) until `done` holds.
    template <class Condition>
    bool eventually(Condition done) {
        for (int i = 0; i < 3000; ++i) {
            if (done()) return true;
            std::this_thread::sleep_for(milliseconds(10));
        }
        return done();
    }
};

TEST_F(DeadlineSchedulerTest, SweepsAtStartAndWhenWokenWithTheClockItIsGiven) {
    const auto ticket = submit(wib(2026y / 3 / 2, 10h)).ticket;  // due Thursday 5 March 10:00
    std::atomic<domain::Timestamp> now{wib(2026y / 3 / 5, 11h)};
    {
        const service::DeadlineClockHolder clocks(
            std::make_shared<const service::DeadlineClock>(clock_));
        DeadlineScheduler scheduler(*store_, clocks, {}, hours(1), [&] { return now.load(); });
        EXPECT_TRUE(eventually([&] { return stored(ticket).escalation_level == 1; }));
        now = wib(2026y / 3 / 9, 11h);
        scheduler.wake();
        EXPECT_TRUE(eventually([&] { return stored(ticket).escalation_level == 2; }));
    }  // stops without waiting for the hour
    EXPECT_EQ(stored(ticket).next_check_at, std::nullopt);
}

TEST_F(DeadlineSchedulerTest, SweepUntilDoneTakesEveryBatch) {
    for (int i = 0; i < 3; ++i) submit(wib(2026y / 3 / 2, 10h) + minutes(i));
    auto report = sweep_until_done(*store_, clock_, {}, wib(2026y / 3 / 20, 9h), 2);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->examined, 3);
    EXPECT_EQ(report->escalations, 6);
    auto again = sweep_until_done(*store_, clock_, {}, wib(2026y / 3 / 20, 9h));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->examined, 0);
}

}  // namespace
}  // namespace tanggap::jobs

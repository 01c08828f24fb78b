#include "api/work_gate.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace tanggap::api {
namespace {

TEST(WorkGate, TurnsAwayWorkBeyondItsCapacityUntilAPlaceIsGivenBack) {
    WorkGate gate(2);
    auto first = gate.enter();
    auto second = gate.enter();
    ASSERT_TRUE(first && second);
    EXPECT_FALSE(gate.enter());
    first.reset();
    EXPECT_TRUE(gate.enter());
}

TEST(WorkGate, ParallelEntriesNeverPassTheCapacity) {
    WorkGate gate(3);
    std::atomic<int> inside{0};
    std::atomic<int> most{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                auto slot = gate.enter();
                if (!slot) continue;
                const int now = ++inside;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                --inside;
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_LE(most.load(), 3);
    EXPECT_GE(most.load(), 1);
}

}  // namespace
}  // namespace tanggap::api

#include "api/rate_limiter.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace tanggap::api {
namespace {

TEST(RateLimiter, AllowsUpToTheLimitPerKey) {
    RateLimiter limiter(3, std::chrono::minutes(1));
    EXPECT_TRUE(limiter.allow("a"));
    EXPECT_TRUE(limiter.allow("a"));
    EXPECT_TRUE(limiter.allow("a"));
    EXPECT_FALSE(limiter.allow("a"));
    EXPECT_TRUE(limiter.blocked("a"));
    EXPECT_TRUE(limiter.allow("b"));  // keys are independent
}

TEST(RateLimiter, ZeroSwitchesItOff) {
    RateLimiter limiter(0, std::chrono::minutes(1));
    for (int i = 0; i < 1000; ++i) EXPECT_TRUE(limiter.allow("a"));
    EXPECT_FALSE(limiter.blocked("a"));
}

TEST(RateLimiter, ForgetClearsTheKey) {
    RateLimiter limiter(1, std::chrono::minutes(1));
    EXPECT_TRUE(limiter.allow("a"));
    EXPECT_FALSE(limiter.allow("a"));
    limiter.forget("a");
    EXPECT_TRUE(limiter.allow("a"));
}

TEST(RateLimiter, ParallelAcquiresNeverPassMoreThanTheLimit) {
    RateLimiter limiter(10, std::chrono::minutes(15));
    std::atomic<int> passed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                if (!limiter.acquire("a")) ++passed;
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(passed.load(), 10);
}

TEST(RateLimiter, RefusalSaysHowLongUntilTheWindowEnds) {
    RateLimiter limiter(1, std::chrono::minutes(15));
    EXPECT_FALSE(limiter.acquire("a"));
    auto wait = limiter.acquire("a");
    ASSERT_TRUE(wait);
    EXPECT_GE(wait->count(), 1);
    EXPECT_LE(wait->count(), 15 * 60);
}

TEST(RateLimiter, ReleaseGivesOneEventBack) {
    RateLimiter limiter(1, std::chrono::minutes(1));
    EXPECT_FALSE(limiter.acquire("a"));
    EXPECT_TRUE(limiter.acquire("a"));
    limiter.release("a");
    EXPECT_FALSE(limiter.acquire("a"));
    limiter.release("never-seen");  // harmless
}

}  // namespace
}  // namespace tanggap::api

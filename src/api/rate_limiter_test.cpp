#include "api/rate_limiter.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace tanggap::api

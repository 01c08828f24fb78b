#include "api/rate_limiter.hpp"

namespace tanggap::api {

RateLimiter::Window& RateLimiter::window_for(const std::string& key,
                                             std::chrono::steady_clock::time_point now) {
    // Sweep stale windows now and then so a flood of addresses cannot grow the map forever.
    if (windows_.size() > 100000) {
        std::erase_if(windows_, [&](const auto& kv) { return now - kv.second.start >= window_; });
    }
    auto& w = windows_[key];
    if (now - w.start >= window_) w = Window{now, 0};
    return w;
}

bool RateLimiter::allow(const std::string& key) {
    if (limit_ <= 0) return true;
    std::lock_guard lock(mutex_);
    auto& w = window_for(key, std::chrono::steady_clock::now());
    if (w.count >= limit_) return false;
    ++w.count;
    return true;
}

bool RateLimiter::blocked(const std::string& key) {
    if (limit_ <= 0) return false;
    std::lock_guard lock(mutex_);
    return window_for(key, std::chrono::steady_clock::now()).count >= limit_;
}

void RateLimiter::forget(const std::string& key) {
    std::lock_guard lock(mutex_);
    windows_.erase(key);
}

}  // namespace tanggap::api

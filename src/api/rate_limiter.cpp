#include "api/rate_limiter.hpp"

#include <algorithm>

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

std::optional<std::chrono::seconds> RateLimiter::acquire(const std::string& key) {
    if (limit_ <= 0) return std::nullopt;
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    auto& w = window_for(key, now);
    if (w.count < limit_) {
        ++w.count;
        return std::nullopt;
    }
    const auto left = std::chrono::ceil<std::chrono::seconds>(w.start + window_ - now);
    return std::max(left, std::chrono::seconds(1));
}

void RateLimiter::release(const std::string& key) {
    if (limit_ <= 0) return;
    std::lock_guard lock(mutex_);
    auto it = windows_.find(key);
    if (it != windows_.end() && it->second.count > 0) --it->second.count;
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

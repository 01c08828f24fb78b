#pragma once
// Fixed-window counters per key (client address, username), in memory: a restart forgives.

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace tanggap::api {

class RateLimiter {
  public:
    // `limit` events per `window`; 0 switches the limiter off.
    RateLimiter(int limit, std::chrono::seconds window) : limit_(limit), window_(window) {}

    // Counts one event for `key` if the key has room, in one step under the lock, so callers
    // racing each other can never all pass: nullopt when counted, otherwise how long until
    // the key's window ends (at least one second), for Retry-After. Thread-safe.
    std::optional<std::chrono::seconds> acquire(const std::string& key);
    // acquire() without the wait: true when counted.
    bool allow(const std::string& key) { return !acquire(key); }
    // Gives back one event acquire() counted in the key's current window (an attempt that
    // turned out not to count, e.g. a successful sign-in). Thread-safe.
    void release(const std::string& key);
    // Whether `key` is over its limit, without counting.
    bool blocked(const std::string& key);
    void forget(const std::string& key);

  private:
    struct Window {
        std::chrono::steady_clock::time_point start;
        int count = 0;
    };
    Window& window_for(const std::string& key, std::chrono::steady_clock::time_point now);

    int limit_;
    std::chrono::seconds window_;
    std::mutex mutex_;
    std::unordered_map<std::string, Window> windows_;
};

}  // namespace tanggap::api

#pragma once
// A thread that runs one round of background work at start, then every `interval` or when
// woken, until destroyed. A round that returns true ("more is waiting") is followed at once by
// another. The work itself must be durable; this only decides when it runs.
//
// Thread-safety: construct and destroy on one thread; wake() from any thread.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>

namespace tanggap::jobs {

class Periodic {
  public:
    using Round = std::function<bool()>;

    Periodic(std::chrono::milliseconds interval, Round round)
        : interval_(interval),
          round_(std::move(round)),
          thread_([this](std::stop_token stop) { run(stop); }) {}
    // Waits for a round in progress to finish.
    ~Periodic() {
        thread_.request_stop();
        if (thread_.joinable()) thread_.join();
    }
    Periodic(const Periodic&) = delete;
    Periodic& operator=(const Periodic&) = delete;

    void wake() {
        {
            std::lock_guard lock(mutex_);
            wake_requested_ = true;
        }
        woken_.notify_all();
    }

  private:
    void run(std::stop_token stop) {
        while (!stop.stop_requested()) {
            if (round_()) continue;
            std::unique_lock lock(mutex_);
            woken_.wait_for(lock, stop, interval_, [this] { return wake_requested_; });
            wake_requested_ = false;
        }
    }

    std::chrono::milliseconds interval_;
    Round round_;
    std::mutex mutex_;
    std::condition_variable_any woken_;
    bool wake_requested_ = false;
    std::jthread thread_;  // last: started once everything above exists
};

}  // namespace tanggap::jobs

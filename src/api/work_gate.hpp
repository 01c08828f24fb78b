#pragma once
// At most `capacity` requests do a kind of heavy work at once (decoding photos); a request
// beyond that is turned away at once (503 with Retry-After) instead of queueing behind the
// others, so a burst of large images cannot hold every citizen's upload up for long.
//
// Thread-safety: enter() and the slots' release from any thread.

#include <atomic>
#include <optional>

namespace tanggap::api {

class WorkGate {
  public:
    explicit WorkGate(int capacity) : capacity_(capacity) {}

    // Held while the work runs; gives its place back when destroyed.
    class Slot {
      public:
        explicit Slot(std::atomic<int>& in_use) : in_use_(&in_use) {}
        Slot(Slot&& other) noexcept : in_use_(other.in_use_) { other.in_use_ = nullptr; }
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        Slot& operator=(Slot&&) = delete;
        ~Slot() {
            if (in_use_) in_use_->fetch_sub(1);
        }

      private:
        std::atomic<int>* in_use_;
    };

    // A place, or nothing when `capacity` are taken (checked and taken in one step).
    std::optional<Slot> enter() {
        int now = in_use_.load();
        while (now < capacity_) {
            if (in_use_.compare_exchange_weak(now, now + 1)) return Slot(in_use_);
        }
        return std::nullopt;
    }

  private:
    const int capacity_;
    std::atomic<int> in_use_{0};
};

}  // namespace tanggap::api

#pragma once
// A value the server reads on every request and an administrator replaces while it runs (the
// directory, the deadline clock): swapped without a restart, never seen half-edited.
//
// Readers take a snapshot (a shared_ptr) once per request or job and use only it, so one
// request never sees half of an edit, and a value stays alive while a snapshot holds it.
// Writers build a fresh value from the store inside their write transaction, take a version
// there (the store's single writer orders them), and publish it once the transaction is
// durable; an older version never replaces a newer one, whatever order the publishes come in.
//
// Thread-safety: every member may be called from any thread.

#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace tanggap::util {

template <class T>
class VersionedHolder {
  public:
    using Snapshot = std::shared_ptr<const T>;

    // Not explicit, so an aggregate holding one can be initialised from the loaded value.
    VersionedHolder(Snapshot initial)  // NOLINT(google-explicit-constructor)
        : current_(std::move(initial)) {
        if (!current_) throw std::invalid_argument("VersionedHolder needs a value");
    }
    VersionedHolder(const VersionedHolder&) = delete;
    VersionedHolder& operator=(const VersionedHolder&) = delete;

    // The current value; never null.
    Snapshot snapshot() const {
        std::lock_guard lock(mutex_);
        return current_;
    }

    // A version for a value built now, ordered after every version handed out before.
    std::uint64_t next_version() {
        std::lock_guard lock(mutex_);
        return ++last_version_;
    }

    // Makes `value` current unless a later version is current already.
    void publish(std::uint64_t version, Snapshot value) {
        if (!value) return;
        std::lock_guard lock(mutex_);
        if (version <= current_version_) return;
        current_version_ = version;
        current_ = std::move(value);
    }

  private:
    mutable std::mutex mutex_;
    Snapshot current_;
    std::uint64_t current_version_ = 0;
    std::uint64_t last_version_ = 0;
};

}  // namespace tanggap::util

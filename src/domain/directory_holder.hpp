#pragma once
// The directory the server routes and validates with, swappable while it runs: the super
// admin's edits of units and categories take effect for the next request without a restart.
//
// Readers take a snapshot (a shared_ptr) once per request or job and use only it, so one
// request never sees half of an edit, and an index stays alive while a snapshot holds it.
// Writers build a fresh index from the store inside their write transaction, take a version
// there (the store's single writer orders them), and publish it once the transaction is
// durable; an older version never replaces a newer one, whatever order the publishes come in.
//
// Thread-safety: every member may be called from any thread.

#include "domain/directory_index.hpp"

#include <cstdint>
#include <memory>
#include <mutex>

namespace tanggap::domain {

class DirectoryHolder {
  public:
    using Snapshot = std::shared_ptr<const DirectoryIndex>;

    // Not explicit, so an aggregate holding one can be initialised from the loaded index.
    DirectoryHolder(Snapshot initial);  // NOLINT(google-explicit-constructor)
    DirectoryHolder(const DirectoryHolder&) = delete;
    DirectoryHolder& operator=(const DirectoryHolder&) = delete;

    // The current index; never null.
    Snapshot snapshot() const;

    // A version for an index built now, ordered after every version handed out before.
    std::uint64_t next_version();

    // Makes `index` current unless a later version is current already.
    void publish(std::uint64_t version, Snapshot index);

  private:
    mutable std::mutex mutex_;
    Snapshot current_;
    std::uint64_t current_version_ = 0;
    std::uint64_t last_version_ = 0;
};

}  // namespace tanggap::domain

#pragma once
// Seals the audit log's finished days (service::seal_audit_days) on its own thread: at start,
// then every `interval`. A day is sealed once, so a round with nothing to seal writes nothing.
//
// Thread-safety: construct and destroy on one thread; the rounds run on the sealer's own.

#include "jobs/periodic.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>
#include <string>

namespace tanggap::jobs {

class AuditSealer {
  public:
    using Now = std::function<domain::Timestamp()>;

    AuditSealer(store::Store& store,
                std::string secret_key,
                std::chrono::milliseconds interval,
                Now now);

  private:
    void seal();

    store::Store& store_;
    const std::string secret_key_;
    Now now_;
    Periodic periodic_;  // last: its thread starts once everything above exists
};

}  // namespace tanggap::jobs

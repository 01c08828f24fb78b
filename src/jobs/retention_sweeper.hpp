#pragma once
// Applies retention (service::apply_retention) on its own thread: at start, then every
// `interval`, at once again while a round filled its batch. Report photos of erased complaints
// are handed to `remove_photos` once the erasure is durable.
//
// Thread-safety: construct and destroy on one thread; the rounds run on the sweeper's own.

#include "domain/retention.hpp"
#include "jobs/periodic.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace tanggap::jobs {

class RetentionSweeper {
  public:
    using Now = std::function<domain::Timestamp()>;
    using RemovePhotos = std::function<void(const std::vector<std::string>& photo_ids)>;

    RetentionSweeper(store::Store& store,
                     domain::RetentionSettings settings,
                     std::chrono::milliseconds interval,
                     Now now,
                     RemovePhotos remove_photos);

  private:
    bool sweep();  // true: more is waiting

    store::Store& store_;
    const domain::RetentionSettings settings_;
    Now now_;
    RemovePhotos remove_photos_;
    Periodic periodic_;  // last: its thread starts once everything above exists
};

}  // namespace tanggap::jobs

#pragma once
// Runs the deadline sweep (service/deadline_sweep.hpp) on its own thread: at start, then every
// `interval`, each time sweeping batch after batch until nothing due is left. The sweep itself
// is durable and exactly-once; this only decides when it runs, so stopping or crashing at any
// moment loses nothing: the next start sweeps what is due.
//
// Thread-safety: construct and destroy on one thread; the sweeps run on the scheduler's own.

#include "jobs/periodic.hpp"
#include "service/deadline_clock.hpp"
#include "service/deadline_sweep.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>

namespace tanggap::jobs {

class DeadlineScheduler {
  public:
    using Now = std::function<domain::Timestamp()>;

    // Starts sweeping at once; destruction waits for a sweep in progress to finish. Each sweep
    // takes the clock current at its start from `clocks`. `now` is the time the sweep reads
    // (tests pass their own).
    DeadlineScheduler(store::Store& store,
                      const service::DeadlineClockHolder& clocks,
                      domain::Outreach outreach,
                      std::chrono::milliseconds interval,
                      Now now);

    // Sweeps now instead of at the next interval.
    void wake();

  private:
    void sweep_all_due();

    store::Store& store_;
    const service::DeadlineClockHolder& clocks_;
    const domain::Outreach outreach_;
    Now now_;
    Periodic periodic_;  // last: its thread starts once everything above exists
};

// One sweep of everything due at `now`, batch after batch; what it did, summed. For the
// command line (`tanggap sweep`) and the scheduler.
core::Result<service::SweepReport> sweep_until_done(store::Store& store,
                                                    const service::DeadlineClock& clock,
                                                    const domain::Outreach& outreach,
                                                    domain::Timestamp now,
                                                    int batch = 500);

}  // namespace tanggap::jobs

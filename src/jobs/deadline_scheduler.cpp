#include "jobs/deadline_scheduler.hpp"

#include <spdlog/spdlog.h>

namespace tanggap::jobs {

core::Result<service::SweepReport> sweep_until_done(store::Store& store,
                                                    const service::DeadlineClock& clock,
                                                    const domain::Outreach& outreach,
                                                    domain::Timestamp now,
                                                    int batch_size) {
    service::SweepReport total;
    for (;;) {
        service::SweepReport batch;
        auto done = store::write_sync(store, [&](store::WriteTx& tx) -> core::Result<void> {
            auto r = service::sweep_deadlines(tx, clock, outreach, now, batch_size);
            if (!r) return r.error();
            batch = *r;
            return {};
        });
        if (!done) return done.error();
        total.examined += batch.examined;
        total.reminders += batch.reminders;
        total.escalations += batch.escalations;
        total.archived += batch.archived;
        if (!batch.more) return total;
    }
}

DeadlineScheduler::DeadlineScheduler(store::Store& store,
                                     const service::DeadlineClockHolder& clocks,
                                     domain::Outreach outreach,
                                     std::chrono::milliseconds interval,
                                     Now now)
    : store_(store),
      clocks_(clocks),
      outreach_(std::move(outreach)),
      now_(std::move(now)),
      periodic_(interval, [this] {
          sweep_all_due();
          return false;
      }) {}

void DeadlineScheduler::wake() { periodic_.wake(); }

void DeadlineScheduler::sweep_all_due() {
    const auto clock = clocks_.snapshot();
    auto report = sweep_until_done(store_, *clock, outreach_, now_());
    if (!report) {
        // The store is down or closing; the next round tries again, nothing was half-done.
        spdlog::warn("deadline sweep failed: {}", report.error().message);
        return;
    }
    if (report->reminders + report->escalations + report->archived > 0) {
        spdlog::info("deadline sweep: {} reminders, {} escalations, {} archived",
                     report->reminders,
                     report->escalations,
                     report->archived);
    }
}

}  // namespace tanggap::jobs

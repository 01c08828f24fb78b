#include "jobs/retention_sweeper.hpp"

#include "service/retention.hpp"

#include <spdlog/spdlog.h>

namespace tanggap::jobs {
namespace {

// Complaints per transaction: a round holds the writer briefly, and a backlog (retention
// switched on for years of history) drains in rounds that follow one another.
constexpr int kBatch = 200;

}  // namespace

RetentionSweeper::RetentionSweeper(store::Store& store,
                                   domain::RetentionSettings settings,
                                   std::chrono::milliseconds interval,
                                   Now now,
                                   RemovePhotos remove_photos)
    : store_(store),
      settings_(settings),
      now_(std::move(now)),
      remove_photos_(std::move(remove_photos)),
      periodic_(interval, [this] { return sweep(); }) {}

bool RetentionSweeper::sweep() {
    service::RetentionRound round;
    auto done = store::write_sync(store_, [&](store::WriteTx& tx) -> core::Result<void> {
        auto r = service::apply_retention(tx, settings_, now_(), kBatch);
        if (!r) return r.error();
        round = std::move(*r);
        return {};
    });
    if (!done) {
        spdlog::warn("retention failed: {}", done.error().message);  // tried again next round
        return false;
    }
    if (!round.traces.photo_ids.empty()) remove_photos_(round.traces.photo_ids);
    const auto& p = round.pruned;
    if (!round.tickets.empty() || p.webhooks + p.messages + p.conversations > 0) {
        spdlog::info(
            "retention: {} complaint(s) erased; {} webhook bodies, {} chat messages, {} "
            "conversations pruned",
            round.tickets.size(),
            p.webhooks,
            p.messages,
            p.conversations);
    }
    return round.more;
}

}  // namespace tanggap::jobs

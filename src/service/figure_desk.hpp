#pragma once
// The server's way to the figures: the dashboards' counts, the public list, the heat map, the
// performance (monev) reports and the gauges /metrics and /readyz read. Each method reads in a
// transaction on the store's threads (see complaint_desk.hpp); reports are aggregated there
// too, next to their facts, off the I/O threads.

#include "service/performance_report.hpp"
#include "service/snapshots.hpp"
#include "service/store_await.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace tanggap::service {

// A unit's monthly monev: every unit ranked, and the unit's own figures by officer and by
// category.
struct MonevFigures {
    PerformanceReport units;
    PerformanceReport officers;
    PerformanceReport categories;
};

// What /metrics reads from the store in one transaction.
struct StoreGauges {
    std::map<domain::Status, std::int64_t> complaints;
    store::QueueDepths queues;
};

class FigureDesk {
  public:
    explicit FigureDesk(store::Store& store) : store_(store) {}

    Task<store::ComplaintStats> complaint_stats(store::StatsQuery query);
    Task<store::PublicComplaintPage> public_complaints(store::PublicComplaintQuery query);
    Task<store::Heatmap> heatmap(store::HeatmapQuery query);
    Task<PerformanceReport> performance(Directory directory,
                                        Clock clock,
                                        store::PerformanceQuery query,
                                        PerformanceGroup group,
                                        domain::Timestamp now);
    // The monev of `unit` for complaints created in [from, to).
    Task<MonevFigures> monev(Directory directory,
                             Clock clock,
                             std::string unit,
                             domain::Timestamp from,
                             domain::Timestamp to,
                             domain::Timestamp now);

    // Whether the store answers a read (GET /readyz).
    Task<bool> answers();
    Task<StoreGauges> gauges();

  private:
    store::Store& store_;
};

}  // namespace tanggap::service

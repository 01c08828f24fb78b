#include "service/figure_desk.hpp"

#include <algorithm>
#include <iterator>

namespace tanggap::service {

Task<store::ComplaintStats> FigureDesk::complaint_stats(store::StatsQuery query) {
    return read_use_case(store_, &store::ReadTx::complaint_stats, std::move(query));
}

Task<store::PublicComplaintPage> FigureDesk::public_complaints(store::PublicComplaintQuery query) {
    return read_use_case(store_, &store::ReadTx::public_complaints, std::move(query));
}

Task<store::Heatmap> FigureDesk::heatmap(store::HeatmapQuery query) {
    return read_use_case(store_, &store::ReadTx::complaint_heatmap, std::move(query));
}

Task<PerformanceReport> FigureDesk::performance(Directory directory,
                                                Clock clock,
                                                store::PerformanceQuery query,
                                                PerformanceGroup group,
                                                domain::Timestamp now) {
    auto job = [directory, clock, query = std::move(query), group, now](
                   store::ReadTx& tx) -> core::Result<PerformanceReport> {
        auto facts = tx.performance_facts(query);
        if (!facts) return facts.error();
        return build_performance_report(*facts, group, *directory, *clock, now);
    };
    return read_store<PerformanceReport>(store_, std::move(job));
}

Task<MonevFigures> FigureDesk::monev(Directory directory,
                                     Clock clock,
                                     std::string unit,
                                     domain::Timestamp from,
                                     domain::Timestamp to,
                                     domain::Timestamp now) {
    auto job = [directory, clock, unit = std::move(unit), from, to, now](
                   store::ReadTx& tx) -> core::Result<MonevFigures> {
        // Every unit's facts for the ranking; the unit's own for its breakdowns.
        auto facts = tx.performance_facts(store::PerformanceQuery{from, to, std::nullopt});
        if (!facts) return facts.error();
        std::vector<store::PerformanceFact> own;
        std::copy_if(facts->begin(), facts->end(), std::back_inserter(own), [&](const auto& f) {
            return f.unit_code == unit;
        });
        auto report = [&](const std::vector<store::PerformanceFact>& f, PerformanceGroup g) {
            return build_performance_report(f, g, *directory, *clock, now);
        };
        return MonevFigures{report(*facts, PerformanceGroup::unit),
                            report(own, PerformanceGroup::officer),
                            report(own, PerformanceGroup::category)};
    };
    return read_store<MonevFigures>(store_, std::move(job));
}

Task<bool> FigureDesk::answers() {
    auto job = [](store::ReadTx& tx) -> core::Result<bool> {
        return static_cast<bool>(tx.count_by_status());
    };
    return read_store<bool>(store_, std::move(job));
}

Task<StoreGauges> FigureDesk::gauges() {
    auto job = [](store::ReadTx& tx) -> core::Result<StoreGauges> {
        auto complaints = tx.count_by_status();
        if (!complaints) return complaints.error();
        auto queues = tx.queue_depths();
        if (!queues) return queues.error();
        return StoreGauges{std::move(*complaints), *queues};
    };
    return read_store<StoreGauges>(store_, std::move(job));
}

}  // namespace tanggap::service

// The leadership heat map: complaints with a point counted per grid cell by the store, cells
// named by their rounded centre, confidential complaints counted, rejected ones not, and cells
// too small to hide a person summed into `suppressed` instead of listed.
#include "store_conformance.hpp"

#include <chrono>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using domain::Status;

struct Point {
    const char* ticket;
    double lat;
    double lon;
    const char* category = "infrastruktur.jalan_rusak";
    Status status = Status::diterima;
    bool confidential = false;
    domain::Timestamp created_at = day(2026, 11, 25);
};

// Inserts the points (through `insert`, the fixture's) and one complaint without a point.
template <class Insert>
void seed(const std::vector<Point>& points, Insert insert) {
    for (const auto& p : points) {
        domain::Complaint c = make_complaint(p.ticket);
        c.location.lat = p.lat;
        c.location.lon = p.lon;
        c.category_code = p.category;
        c.status = p.status;
        c.confidential = p.confidential;
        c.created_at = c.updated_at = p.created_at;
        insert(c);
    }
    domain::Complaint no_point = make_complaint("NOPOINT");
    no_point.location.lat.reset();
    no_point.location.lon.reset();
    insert(no_point);
}

Heatmap heatmap(Store& store, const HeatmapQuery& query) {
    auto result =
        read_sync<Heatmap>(store, [&](ReadTx& tx) { return tx.complaint_heatmap(query); });
    if (!result) {
        ADD_FAILURE() << "complaint_heatmap: " << result.error().message;
        return {};
    }
    return std::move(*result);
}

// Three cells of 0.01 degree around Indramayu: A holds four (one confidential), B three, C two.
// A rejected complaint in C does not count.
const std::vector<Point>& points() {
    static const std::vector<Point> kPoints{
        {"A1", -6.3310, 108.3210},
        {"A2", -6.3320, 108.3220},
        {"A3", -6.3290, 108.3190, "sosial.bansos"},
        {"A4", -6.3280, 108.3180, "infrastruktur.jalan_rusak", Status::selesai, true},
        {"B1", -6.4000, 108.2800},
        {"B2", -6.4010, 108.2810, "sosial.bansos", Status::diterima, false, day(2025, 6, 1)},
        {"B3", -6.3960, 108.2840},
        {"C1", -6.4800, 108.1000},
        {"C2", -6.4801, 108.1001},
        {"C3", -6.4802, 108.1002, "infrastruktur.jalan_rusak", Status::ditolak},
    };
    return kPoints;
}

TEST_P(StoreConformance, HeatmapCountsPerRoundedCellAndHidesCellsBelowTheThreshold) {
    seed(points(), [this](domain::Complaint& c) { insert(c); });
    const auto map = heatmap(*store_, {});
    ASSERT_EQ(map.cells.size(), 2u);
    EXPECT_EQ(map.cells[0].row, -633);
    EXPECT_EQ(map.cells[0].column, 10832);
    EXPECT_EQ(map.cells[0].count, 4) << "the confidential complaint counts";
    EXPECT_EQ(map.cells[1].row, -640);
    EXPECT_EQ(map.cells[1].column, 10828);
    EXPECT_EQ(map.cells[1].count, 3);
    EXPECT_EQ(map.suppressed, 2) << "C's two complaints, never its place";
    EXPECT_EQ(map.located, 9) << "the rejected one and the one without a point are left out";
}

TEST_P(StoreConformance, HeatmapALowerThresholdShowsTheSmallCellAndCoarserCellsMerge) {
    seed(points(), [this](domain::Complaint& c) { insert(c); });
    HeatmapQuery one;
    one.min_count = 1;
    const auto map = heatmap(*store_, one);
    ASSERT_EQ(map.cells.size(), 3u);
    EXPECT_EQ(map.cells[2].row, -648);
    EXPECT_EQ(map.cells[2].column, 10810);
    EXPECT_EQ(map.cells[2].count, 2);
    EXPECT_EQ(map.suppressed, 0);

    HeatmapQuery coarse;
    coarse.cells_per_degree = 1;
    coarse.min_count = 1;
    const auto merged = heatmap(*store_, coarse);
    ASSERT_EQ(merged.cells.size(), 1u);
    EXPECT_EQ(merged.cells[0].row, -6);
    EXPECT_EQ(merged.cells[0].column, 108);
    EXPECT_EQ(merged.cells[0].count, 9);
}

TEST_P(StoreConformance, HeatmapFiltersByPeriodAndCategoryBeforeTheThreshold) {
    seed(points(), [this](domain::Complaint& c) { insert(c); });
    HeatmapQuery recent;
    recent.from = day(2026, 1, 1);
    recent.to = day(2027, 1, 1);
    const auto in_2026 = heatmap(*store_, recent);
    ASSERT_EQ(in_2026.cells.size(), 1u) << "B has only two complaints in 2026";
    EXPECT_EQ(in_2026.cells[0].count, 4);
    EXPECT_EQ(in_2026.suppressed, 4);
    EXPECT_EQ(in_2026.located, 8);

    HeatmapQuery roads;
    roads.category = "infrastruktur";
    roads.min_count = 1;
    const auto by_category = heatmap(*store_, roads);
    std::int64_t total = 0;
    for (const auto& cell : by_category.cells) total += cell.count;
    EXPECT_EQ(total, 7) << "the parent category takes its children, not sosial.bansos";
}

TEST_P(StoreConformance, HeatmapAnEmptyStoreHasNoCellsAndABadCellSizeIsRefused) {
    const auto map = heatmap(*store_, {});
    EXPECT_TRUE(map.cells.empty());
    EXPECT_EQ(map.located, 0);
    HeatmapQuery bad;
    bad.cells_per_degree = 0;
    auto refused =
        read_sync<Heatmap>(*store_, [&](ReadTx& tx) { return tx.complaint_heatmap(bad); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::invalid_field);
}

}  // namespace
}  // namespace tanggap::store::conformance

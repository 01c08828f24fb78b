#pragma once
// Reporting: the figures the dashboards, the heat map and the performance report read,
// each aggregated by the back end. One narrow part of the store
// (store.hpp composes the transactions of all of them); both back ends implement it and
// tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "util/local_zone.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::store {

using core::Result;

// GET /api/v1/stats/*: aggregate figures of complaints created in [from, to). Confidential
// complaints are counted (the figures carry no personal data).
struct StatsQuery {
    std::optional<domain::Timestamp> from;   // created_at >= from
    std::optional<domain::Timestamp> to;     // created_at < to
    std::optional<domain::Channel> channel;  // only complaints received on it (the 112 figures)
    // Years and months are those of this offset's wall clock: the installation's zone.
    std::chrono::minutes utc_offset = util::local_zone().offset;
};

// One row of a breakdown. "Resolved" means status selesai or ditutup.
struct StatsRow {
    std::string key;   // year "2021", month "2022-01", unit kind, unit/category code, channel
    std::string name;  // unit or category name from the directory; "" elsewhere or unknown
    std::string kind;  // by_unit: the unit's kind ("" when the unit is unknown)
    std::int64_t received = 0;
    std::int64_t resolved = 0;
};

struct ComplaintStats {
    std::int64_t total = 0;
    std::int64_t resolved = 0;              // selesai, ditutup
    std::int64_t in_process = 0;            // any other status but ditolak and diarsipkan
    std::int64_t rejected_or_archived = 0;  // ditolak, diarsipkan
    // Median over resolved complaints of (first event to selesai - created_at), in hours,
    // unrounded; nullopt when no resolved complaint has such an event.
    std::optional<double> median_resolution_hours;
    // Years and months of created_at on the query's local calendar, ascending.
    std::vector<StatsRow> by_year;
    std::vector<StatsRow> by_month;
    // Of the unit holding the complaint now; ascending by kind.
    std::vector<StatsRow> by_unit_kind;
    // received descending, then key ascending. by_category uses the complaint's category code
    // as stored (a top-level or a child category); complaints without one have key "".
    std::vector<StatsRow> by_unit;
    std::vector<StatsRow> by_category;
    std::vector<StatsRow> by_channel;
};

// GET /api/v1/public/complaints: published complaints (domain::is_published), newest first.
struct PublicComplaintQuery {
    std::optional<std::string> category;   // the category or one of its children
    std::optional<std::string> kecamatan;  // location.kecamatan_code
    std::optional<domain::Status> status;
    int limit = 20;      // clamped to 1..100
    std::string cursor;  // opaque, from a previous PublicComplaintPage; empty for the first
};

// What the public list may show of a complaint: no reporter, no description, no address.
struct PublicComplaintSummary {
    std::string ticket;
    std::string title;  // the public copy's (domain::public_copy)
    domain::Status status = domain::Status::diterima;
    domain::ComplaintKind kind = domain::ComplaintKind::pengaduan;
    std::string category_code;  // "" when none
    std::string unit_code;
    domain::Timestamp created_at;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string kecamatan_code;  // "" when none
    std::string desa_code;       // "" when none
};

struct PublicComplaintPage {
    std::vector<PublicComplaintSummary> items;
    std::optional<std::string> next_cursor;
};

// GET /api/v1/leadership/heatmap: complaints with a point, counted per grid cell of
// 1/cells_per_degree degrees, the cell named by its rounded centre (round(lat * cells_per_degree)).
// Confidential complaints are counted; rejected ones (spam, abusive, duplicate) are not.
struct HeatmapQuery {
    std::optional<domain::Timestamp> from;  // created_at >= from
    std::optional<domain::Timestamp> to;    // created_at < to
    std::optional<std::string> category;    // the category or one of its children
    int cells_per_degree = 100;             // 100: cells of 0.01 degree, about 1.1 km
    // Cells holding fewer complaints are not listed (they would point at a person); their
    // complaints are counted in Heatmap::suppressed instead.
    int min_count = 3;
};

struct HeatmapCell {
    std::int64_t row = 0;     // round(lat * cells_per_degree)
    std::int64_t column = 0;  // round(lon * cells_per_degree)
    std::int64_t count = 0;
};

struct Heatmap {
    std::vector<HeatmapCell> cells;  // count descending, then row and column ascending
    std::int64_t located = 0;        // complaints with a point (in cells or suppressed)
    std::int64_t suppressed = 0;     // of those, in cells below min_count
};

// GET /api/v1/reports/performance: one row of facts per complaint created in [from, to), for
// the performance report (service/performance_report.hpp aggregates them). Confidential
// complaints count (the facts carry no personal data).
struct PerformanceQuery {
    std::optional<domain::Timestamp> from;  // created_at >= from
    std::optional<domain::Timestamp> to;    // created_at < to
    std::optional<std::string> unit;        // only complaints the unit holds now
};

// The first follow-up (tindak lanjut) is the first event whose action is start, respond or
// resolve (the glossary's follow-up actions; only staff may take them). Verify, dispose, note
// and defer are not a follow-up: they pass the complaint on or wait, nothing is done for the
// reporter yet.
struct PerformanceFact {
    std::int64_t complaint_id = 0;
    domain::Timestamp created_at;
    std::string unit_code;       // the unit holding the complaint now
    std::string category_code;   // "" when none
    std::string kecamatan_code;  // location.kecamatan_code; "" when none
    domain::Status status = domain::Status::diterima;
    std::optional<domain::Timestamp> due_at;  // of the current step
    // The last verify or dispose event before the first follow-up (or the last one at all when
    // there is no follow-up yet): where the follow_up step's clock started. Notes keep the
    // status, so "the last event into didisposisikan" would be wrong.
    std::optional<domain::Timestamp> follow_up_step_at;
    std::optional<domain::Timestamp> first_follow_up_at;
    std::string officer;       // the first follow-up's actor (a staff username); "" when none
    std::string officer_name;  // that staff member's display name; "" when unknown
    std::optional<domain::Timestamp> resolved_at;  // the first event into selesai
    bool reopened = false;                         // any event into dibuka_kembali
    std::optional<int> rating;                     // the reporter's feedback rating, 1..5
};

class ReportingReads {
  public:
    virtual ~ReportingReads() = default;

    // Aggregate figures for the public dashboard, computed by the back end (not by loading
    // every complaint).
    virtual Result<ComplaintStats> complaint_stats(const StatsQuery& query) = 0;

    // Errors: invalid_field (field "cursor") for a cursor this store did not issue.
    virtual Result<PublicComplaintPage> public_complaints(const PublicComplaintQuery& query) = 0;

    // The leadership heat map, aggregated by the back end (one grouped statement).
    virtual Result<Heatmap> complaint_heatmap(const HeatmapQuery& query) = 0;

    // Per-complaint facts for the performance report, ordered by complaint id. Computed with
    // per-complaint lookups of the few events that matter, never whole histories.
    virtual Result<std::vector<PerformanceFact>> performance_facts(
        const PerformanceQuery& query) = 0;
};

}  // namespace tanggap::store

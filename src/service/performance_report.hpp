#pragma once
// The performance report (monev): per unit, officer, category or kecamatan, how complaints
// received in a period were handled. Pure: the store gives one PerformanceFact per complaint
// (ReadTx::performance_facts), this aggregates them with the deadline clock and the directory.
//
// The figures of a row, over the complaints of its group:
//   received            complaints created in the period.
//   assessed            received, less those rejected or archived (ditolak, diarsipkan) before
//                       any follow-up: spam, duplicates and reports that never became a case
//                       are no unit's work. The base of the within-deadline share.
//   within_deadline     complaints whose first follow-up (start, respond or resolve) came at or
//                       before the due time of their follow_up step; the figure KemenPAN-RB
//                       evaluates. The step's clock starts at the last verification or
//                       disposition before that follow-up (created_at when there was none) and
//                       runs on the category's policy and calendar (DeadlineClock), so weekends,
//                       holidays and cuti bersama count as the deadline engine counts them. A
//                       policy without a follow_up limit makes every follow-up timely. Pauses
//                       (ditunda) are not taken off yet.
//   within_deadline_pct 100 * within_deadline / assessed; nothing when assessed is 0.
//   first_response_*    hours from created_at to the first follow-up, over complaints that have
//   resolution_*        one; likewise to the first event into selesai. Median and 90th
//                       percentile, linear between the closest ranks (the definition of Excel's
//                       PERCENTILE.INC); nothing when no complaint has the event.
//   reopened, reopened_pct  complaints the reporter reopened (action reopen or a feedback "not
//                       solved"); the share is of complaints resolved at least once.
//   rating_mean, ratings    mean of the reporters' ratings (1..5) and how many there are.
//   overdue_now         complaints still with a unit (not selesai, ditutup, ditolak,
//                       diarsipkan, nor ditunda, which waits for the reporter) whose current
//                       due time has passed at `now`.
//
// Groups: unit = the unit holding the complaint now; officer = the first follow-up's actor
// (complaints without a follow-up have the key ""); category = the category code as stored;
// kecamatan = location.kecamatan_code. Names come from the directory (the kecamatan's unit for
// a kecamatan code) or, for officers, the staff display name; a fixed label for the "" key.
//
// Thread-safety: functions over values.

#include "domain/directory_index.hpp"
#include "domain/time.hpp"
#include "service/deadline_clock.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::service {

enum class PerformanceGroup { unit, officer, category, kecamatan };

std::string_view to_string(PerformanceGroup group);
std::optional<PerformanceGroup> parse_performance_group(std::string_view text);

struct PerformanceRow {
    int rank = 0;      // 1 for the best share within deadline; equal shares share a rank
    std::string key;   // unit/category/kecamatan code or staff username; "" in totals
    std::string name;  // "" in totals
    std::int64_t received = 0;
    std::int64_t assessed = 0;
    std::int64_t within_deadline = 0;
    std::optional<double> within_deadline_pct;
    std::optional<double> first_response_median_hours;
    std::optional<double> first_response_p90_hours;
    std::optional<double> resolution_median_hours;
    std::optional<double> resolution_p90_hours;
    std::int64_t reopened = 0;
    std::optional<double> reopened_pct;
    std::optional<double> rating_mean;
    std::int64_t ratings = 0;
    std::int64_t overdue_now = 0;
};

struct PerformanceReport {
    PerformanceGroup group = PerformanceGroup::unit;
    // The ranking: within_deadline_pct descending (rows without one last), then received
    // descending, then key.
    std::vector<PerformanceRow> rows;
    // The units ranked the same way, whatever the group (the same as rows for group unit).
    std::vector<PerformanceRow> unit_ranking;
    PerformanceRow totals;  // over every fact; rank 0
};

PerformanceReport build_performance_report(std::span<const store::PerformanceFact> facts,
                                           PerformanceGroup group,
                                           const domain::DirectoryIndex& directory,
                                           const DeadlineClock& clock,
                                           domain::Timestamp now);

// Whether the fact's first follow-up came at or before its follow_up step's due time (false
// without a follow-up).
bool followed_up_within_deadline(const store::PerformanceFact& fact,
                                 const domain::DirectoryIndex& directory,
                                 const DeadlineClock& clock);

// The p-th percentile (0 <= p <= 1) of `values`, linear between the closest ranks; nothing for
// no values. `values` need not be sorted.
std::optional<double> percentile(std::vector<double> values, double p);

}  // namespace tanggap::service

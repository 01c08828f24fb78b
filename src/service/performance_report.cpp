#include "service/performance_report.hpp"

#include "domain/names.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace tanggap::service {
namespace {

using domain::Status;

constexpr domain::NameTable<PerformanceGroup, 4> kGroupNames{{
    {PerformanceGroup::unit, "unit"},
    {PerformanceGroup::officer, "officer"},
    {PerformanceGroup::category, "category"},
    {PerformanceGroup::kecamatan, "kecamatan"},
}};

double hours_between(domain::Timestamp from, domain::Timestamp to) {
    return std::chrono::duration<double, std::ratio<3600>>(to - from).count();
}

std::optional<double> share_pct(std::int64_t part, std::int64_t whole) {
    if (whole == 0) return std::nullopt;
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

bool is_overdue_now(const store::PerformanceFact& fact, domain::Timestamp now) {
    switch (fact.status) {
        case Status::selesai:
        case Status::ditutup:
        case Status::ditolak:
        case Status::diarsipkan:
        case Status::ditunda:
            return false;
        default:
            return fact.due_at && sla::is_overdue(now, *fact.due_at);
    }
}

// The running sums of one row; finished into a PerformanceRow at the end.
struct Tally {
    PerformanceRow row;
    std::vector<double> first_response_hours;
    std::vector<double> resolution_hours;
    std::int64_t resolved = 0;
    std::int64_t rating_sum = 0;

    void add(const store::PerformanceFact& fact, bool timely, domain::Timestamp now) {
        ++row.received;
        const bool dropped = !fact.first_follow_up_at &&
                             (fact.status == Status::ditolak || fact.status == Status::diarsipkan);
        if (!dropped) ++row.assessed;
        if (timely) ++row.within_deadline;
        if (fact.first_follow_up_at) {
            first_response_hours.push_back(
                hours_between(fact.created_at, *fact.first_follow_up_at));
        }
        if (fact.resolved_at) {
            ++resolved;
            resolution_hours.push_back(hours_between(fact.created_at, *fact.resolved_at));
        }
        if (fact.reopened) ++row.reopened;
        if (fact.rating) {
            ++row.ratings;
            rating_sum += *fact.rating;
        }
        if (is_overdue_now(fact, now)) ++row.overdue_now;
    }

    PerformanceRow finish() && {
        row.within_deadline_pct = share_pct(row.within_deadline, row.assessed);
        row.first_response_median_hours = percentile(first_response_hours, 0.5);
        row.first_response_p90_hours = percentile(std::move(first_response_hours), 0.9);
        row.resolution_median_hours = percentile(resolution_hours, 0.5);
        row.resolution_p90_hours = percentile(std::move(resolution_hours), 0.9);
        row.reopened_pct = share_pct(row.reopened, resolved);
        if (row.ratings > 0) {
            row.rating_mean = static_cast<double>(rating_sum) / static_cast<double>(row.ratings);
        }
        return std::move(row);
    }
};

std::string group_key(const store::PerformanceFact& fact, PerformanceGroup group) {
    switch (group) {
        case PerformanceGroup::unit:
            return fact.unit_code;
        case PerformanceGroup::officer:
            return fact.officer;
        case PerformanceGroup::category:
            return fact.category_code;
        case PerformanceGroup::kecamatan:
            return fact.kecamatan_code;
    }
    return {};
}

std::string group_name(const store::PerformanceFact& fact,
                       PerformanceGroup group,
                       const domain::DirectoryIndex& directory) {
    const std::string key = group_key(fact, group);
    switch (group) {
        case PerformanceGroup::unit: {
            const auto* unit = directory.find_unit(key);
            return unit ? unit->name : key;
        }
        case PerformanceGroup::officer:
            if (key.empty()) return "Belum ditindaklanjuti";
            return fact.officer_name.empty() ? key : fact.officer_name;
        case PerformanceGroup::category: {
            if (key.empty()) return "Tanpa kategori";
            const auto* category = directory.find_category(key);
            return category ? category->name : key;
        }
        case PerformanceGroup::kecamatan: {
            if (key.empty()) return "Tanpa kecamatan";
            const auto* unit = directory.unit_in_area(domain::UnitKind::kecamatan, key);
            return unit ? unit->name : key;
        }
    }
    return key;
}

// Sorts into the ranking order and numbers the ranks (equal shares, equal rank: 1, 1, 3).
void rank(std::vector<PerformanceRow>& rows) {
    std::sort(rows.begin(), rows.end(), [](const PerformanceRow& a, const PerformanceRow& b) {
        const double pa = a.within_deadline_pct.value_or(-1.0);
        const double pb = b.within_deadline_pct.value_or(-1.0);
        if (pa != pb) return pa > pb;
        if (a.received != b.received) return a.received > b.received;
        return a.key < b.key;
    });
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool tie = i > 0 && rows[i].within_deadline_pct == rows[i - 1].within_deadline_pct;
        rows[i].rank = tie ? rows[i - 1].rank : static_cast<int>(i) + 1;
    }
}

std::vector<PerformanceRow> grouped_rows(std::span<const store::PerformanceFact> facts,
                                         const std::vector<bool>& timely,
                                         PerformanceGroup group,
                                         const domain::DirectoryIndex& directory,
                                         domain::Timestamp now) {
    std::map<std::string, Tally> tallies;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        auto [it, fresh] = tallies.try_emplace(group_key(facts[i], group));
        if (fresh) {
            it->second.row.key = it->first;
            it->second.row.name = group_name(facts[i], group, directory);
        }
        it->second.add(facts[i], timely[i], now);
    }
    std::vector<PerformanceRow> rows;
    rows.reserve(tallies.size());
    for (auto& [key, tally] : tallies) rows.push_back(std::move(tally).finish());
    rank(rows);
    return rows;
}

}  // namespace

std::string_view to_string(PerformanceGroup group) { return domain::name_of(kGroupNames, group); }

std::optional<PerformanceGroup> parse_performance_group(std::string_view text) {
    return domain::parse_name(kGroupNames, text);
}

std::optional<double> percentile(std::vector<double> values, double p) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const double position = p * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + fraction * (values[above] - values[below]);
}

bool followed_up_within_deadline(const store::PerformanceFact& fact,
                                 const domain::DirectoryIndex& directory,
                                 const DeadlineClock& clock) {
    if (!fact.first_follow_up_at) return false;
    const Duty duty{directory.find_category(fact.category_code),
                    directory.find_unit(fact.unit_code)};
    const auto due = sla::due_at(fact.follow_up_step_at.value_or(fact.created_at),
                                 clock.policy_for(duty),
                                 sla::Step::follow_up,
                                 clock.calendar_for(duty));
    return !due || *fact.first_follow_up_at <= *due;
}

PerformanceReport build_performance_report(std::span<const store::PerformanceFact> facts,
                                           PerformanceGroup group,
                                           const domain::DirectoryIndex& directory,
                                           const DeadlineClock& clock,
                                           domain::Timestamp now) {
    // The due-time arithmetic is the costly part: once per fact, shared by every grouping.
    std::vector<bool> timely;
    timely.reserve(facts.size());
    for (const auto& fact : facts) {
        timely.push_back(followed_up_within_deadline(fact, directory, clock));
    }
    PerformanceReport report;
    report.group = group;
    report.rows = grouped_rows(facts, timely, group, directory, now);
    report.unit_ranking = group == PerformanceGroup::unit
                              ? report.rows
                              : grouped_rows(facts, timely, PerformanceGroup::unit, directory, now);
    Tally totals;
    for (std::size_t i = 0; i < facts.size(); ++i) totals.add(facts[i], timely[i], now);
    report.totals = std::move(totals).finish();
    return report;
}

}  // namespace tanggap::service

#include "store/sql/deadline_rows.hpp"

#include "store/sql/store_errors.hpp"

#include <cstdio>
#include <map>
#include <string>

namespace tanggap::store::sql {
namespace {

std::string date_text(std::chrono::year_month_day date) {
    char out[16];
    std::snprintf(out,
                  sizeof out,
                  "%04d-%02u-%02u",
                  static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return out;
}

core::Result<std::chrono::year_month_day> parse_date_text(const std::string& text) {
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    if (std::sscanf(text.c_str(), "%4d-%2u-%2u", &y, &m, &d) == 3) {
        const std::chrono::year_month_day date{
            std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
        if (date.ok()) return date;
    }
    return internal_error("holidays.date is not a date: " + text);
}

core::Result<sla::Holiday> read_holiday(const Statement& row) {
    auto date = parse_date_text(row.column_text(0));
    if (!date) return date.error();
    auto kind = sla::parse_holiday_kind(row.column_text(1));
    if (!kind) return internal_error("holidays.kind unknown: " + row.column_text(1));
    return sla::Holiday{*date, *kind, row.column_text(2)};
}

}  // namespace

// A list may name one holiday twice; the second adds nothing.
core::Result<void> insert_missing_holidays(Connection& db,
                                           const std::vector<sla::Holiday>& holidays) {
    for (const auto& h : holidays) {
        auto insert = db.prepare(
            "INSERT INTO holidays (date, kind, name) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        if (!insert) return insert.error();
        (*insert)->bind_text(1, date_text(h.date));
        (*insert)->bind_text(2, sla::to_string(h.kind));
        (*insert)->bind_text(3, h.name);
        if (auto r = (*insert)->run(); !r) return r;
    }
    return {};
}

namespace {

// Runs a DELETE ... RETURNING 1: whether a row went.
core::Result<bool> deleted(Statement& statement) {
    auto row = statement.step();
    if (!row) return row.error();
    const bool any = *row;
    while (*row) {
        row = statement.step();
        if (!row) return row.error();
    }
    return any;
}

}  // namespace

core::Result<std::vector<sla::DeadlinePolicy>> read_deadline_policies(Connection& db) {
    auto select = db.prepare(
        "SELECT p.code, s.step, s.amount, s.unit FROM deadline_policies p"
        " LEFT JOIN deadline_policy_steps s ON s.policy_code = p.code ORDER BY p.code");
    if (!select) return select.error();
    std::map<std::string, sla::DeadlinePolicy> by_code;
    for (;;) {
        auto more = (*select)->step();
        if (!more) return more.error();
        if (!*more) break;
        const Statement& row = **select;
        auto& policy = by_code[row.column_text(0)];
        policy.code = row.column_text(0);
        if (!row.column_int_or_null(2)) continue;  // a policy that limits no step
        auto step = sla::parse_step(row.column_text(1));
        auto unit = sla::parse_limit_unit(row.column_text(3));
        if (!step || !unit) return internal_error("deadline_policy_steps row of " + policy.code);
        policy.steps.push_back({*step, row.column_int(2), *unit});
    }
    std::vector<sla::DeadlinePolicy> policies;
    for (auto& [code, policy] : by_code) {
        std::vector<sla::StepLimit> ordered;
        for (auto step : sla::kAllSteps) {
            if (auto limit = policy.limit(step)) ordered.push_back(*limit);
        }
        policy.steps = std::move(ordered);
        policies.push_back(std::move(policy));
    }
    return policies;
}

core::Result<std::vector<sla::UnitPolicy>> read_unit_policies(Connection& db) {
    auto select = db.prepare(
        "SELECT unit_code, category_code, policy_code FROM unit_deadline_policies"
        " ORDER BY unit_code, category_code");
    if (!select) return select.error();
    return collect_rows<sla::UnitPolicy>(
        **select, [](const Statement& row) -> core::Result<sla::UnitPolicy> {
            return sla::UnitPolicy{row.column_text(0), row.column_text(1), row.column_text(2)};
        });
}

core::Result<std::vector<sla::Holiday>> read_holidays(Connection& db) {
    auto select = db.prepare("SELECT date, kind, name FROM holidays ORDER BY date, name");
    if (!select) return select.error();
    return collect_rows<sla::Holiday>(**select, read_holiday);
}

core::Result<void> write_deadline_policy(Connection& db, const sla::DeadlinePolicy& policy) {
    auto insert =
        db.prepare("INSERT INTO deadline_policies (code) VALUES (?1) ON CONFLICT DO NOTHING");
    if (!insert) return insert.error();
    (*insert)->bind_text(1, policy.code);
    if (auto r = (*insert)->run(); !r) return r;
    auto clear = db.prepare("DELETE FROM deadline_policy_steps WHERE policy_code = ?1");
    if (!clear) return clear.error();
    (*clear)->bind_text(1, policy.code);
    if (auto r = (*clear)->run(); !r) return r;
    for (const auto& limit : policy.steps) {
        auto step = db.prepare(
            "INSERT INTO deadline_policy_steps (policy_code, step, amount, unit)"
            " VALUES (?1, ?2, ?3, ?4)");
        if (!step) return step.error();
        (*step)->bind_text(1, policy.code);
        (*step)->bind_text(2, sla::to_string(limit.step));
        (*step)->bind_int(3, limit.amount);
        (*step)->bind_text(4, sla::to_string(limit.unit));
        if (auto r = (*step)->run(); !r) return r;
    }
    return {};
}

core::Result<bool> remove_deadline_policy(Connection& db, std::string_view code) {
    auto used = db.prepare("SELECT 1 FROM unit_deadline_policies WHERE policy_code = ?1 LIMIT 1");
    if (!used) return used.error();
    (*used)->bind_text(1, code);
    auto row = (*used)->step();
    if (!row) return row.error();
    if (*row) {
        return core::make_error(
            core::ErrorCode::conflict, "Kebijakan masih dipakai kebijakan khusus unit", "code");
    }
    auto remove = db.prepare("DELETE FROM deadline_policies WHERE code = ?1 RETURNING 1");
    if (!remove) return remove.error();
    (*remove)->bind_text(1, code);
    return deleted(**remove);
}

core::Result<void> write_unit_policy(Connection& db, const sla::UnitPolicy& unit_policy) {
    // Named checks first: a foreign key failure would not say which reference is missing.
    const std::pair<std::string_view, std::string_view> references[] = {
        {"SELECT 1 FROM units WHERE code = ?1", "unit"},
        {"SELECT 1 FROM categories WHERE code = ?1", "category"},
        {"SELECT 1 FROM deadline_policies WHERE code = ?1", "policy"}};
    const std::string_view values[] = {
        unit_policy.unit_code, unit_policy.category_code, unit_policy.policy_code};
    for (std::size_t i = 0; i < 3; ++i) {
        auto exists = db.prepare(references[i].first);
        if (!exists) return exists.error();
        (*exists)->bind_text(1, values[i]);
        auto row = (*exists)->step();
        if (!row) return row.error();
        if (!*row) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Tidak ditemukan: " + std::string(values[i]),
                                    std::string(references[i].second));
        }
    }
    auto upsert = db.prepare(
        "INSERT INTO unit_deadline_policies (unit_code, category_code, policy_code)"
        " VALUES (?1, ?2, ?3) ON CONFLICT (unit_code, category_code)"
        " DO UPDATE SET policy_code = excluded.policy_code");
    if (!upsert) return upsert.error();
    (*upsert)->bind_text(1, unit_policy.unit_code);
    (*upsert)->bind_text(2, unit_policy.category_code);
    (*upsert)->bind_text(3, unit_policy.policy_code);
    return (*upsert)->run();
}

core::Result<bool> remove_unit_policy(Connection& db,
                                      std::string_view unit_code,
                                      std::string_view category_code) {
    auto remove = db.prepare(
        "DELETE FROM unit_deadline_policies WHERE unit_code = ?1 AND category_code = ?2"
        " RETURNING 1");
    if (!remove) return remove.error();
    (*remove)->bind_text(1, unit_code);
    (*remove)->bind_text(2, category_code);
    return deleted(**remove);
}

core::Result<void> write_year_holidays(Connection& db,
                                       int year,
                                       const std::vector<sla::Holiday>& holidays) {
    auto clear = db.prepare("DELETE FROM holidays WHERE date >= ?1 AND date < ?2");
    if (!clear) return clear.error();
    (*clear)->bind_text(1, std::to_string(year) + "-01-01");
    (*clear)->bind_text(2, std::to_string(year + 1) + "-01-01");
    if (auto r = (*clear)->run(); !r) return r;
    return insert_missing_holidays(db, holidays);
}

}  // namespace tanggap::store::sql

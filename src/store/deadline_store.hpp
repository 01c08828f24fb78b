#pragma once
// Deadlines: the settings the super admin edits and the complaints whose steps run. One narrow part
// of the store (store.hpp composes the transactions of all of them); both back ends implement it
// and tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "sla/deadline_policy.hpp"
#include "sla/holidays.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tanggap::store {

using core::Result;

class DeadlineReads {
  public:
    virtual ~DeadlineReads() = default;

    // The deadline settings the super admin edits: policies by code (steps in sla::kAllSteps
    // order), unit policies by unit then category, holidays by date then name.
    virtual Result<std::vector<sla::DeadlinePolicy>> deadline_policies() = 0;

    virtual Result<std::vector<sla::UnitPolicy>> unit_policies() = 0;

    virtual Result<std::vector<sla::Holiday>> holidays() = 0;
};

class DeadlineWrites {
  public:
    virtual ~DeadlineWrites() = default;

    // The deadline sweep's work: up to `limit` complaints whose next_check_at <= now, earliest
    // first, read from an index on next_check_at (never a scan). Summary rows: photos, feedback
    // and handling units left empty. The rows are the caller's until its transaction ends: a
    // back end shared by several processes locks them (PostgreSQL: FOR UPDATE SKIP LOCKED);
    // SQLite's single writer already serialises sweeps.
    virtual Result<std::vector<domain::Complaint>> complaints_due_for_check(domain::Timestamp now,
                                                                            int limit) = 0;

    // Up to `limit` complaints with a running step (due_at set) and id > after_id, by id, from
    // a partial index: what a change of the deadline settings recounts. Summary rows as above.
    virtual Result<std::vector<domain::Complaint>> complaints_with_deadline(std::int64_t after_id,
                                                                            int limit) = 0;

    // Creates the policy or replaces all its steps.
    virtual Result<void> save_deadline_policy(const sla::DeadlinePolicy& policy) = 0;

    // False if there was none. Errors: conflict when a unit policy still names it.
    virtual Result<bool> delete_deadline_policy(std::string_view code) = 0;

    // Creates or replaces the unit's policy for the category. Errors: invalid_field when the
    // unit, category or policy does not exist (field "unit", "category", "policy").
    virtual Result<void> save_unit_policy(const sla::UnitPolicy& unit_policy) = 0;

    // False if there was none.
    virtual Result<bool> delete_unit_policy(std::string_view unit_code,
                                            std::string_view category_code) = 0;

    // Replaces every holiday of `year` with `holidays` (all dated in that year).
    virtual Result<void> replace_holidays(int year, const std::vector<sla::Holiday>& holidays) = 0;

    // Adds those not there yet (same date and name); an import never removes one.
    virtual Result<void> add_holidays(const std::vector<sla::Holiday>& holidays) = 0;
};

}  // namespace tanggap::store

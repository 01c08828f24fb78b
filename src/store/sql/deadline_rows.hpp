#pragma once
// The deadline settings in rows: deadline_policies with their deadline_policy_steps,
// unit_deadline_policies and holidays (migration 0010). Internal to the SQLite back end.

#include "core/error.hpp"
#include "sla/deadline_policy.hpp"
#include "sla/holidays.hpp"
#include "store/sql/connection.hpp"

#include <string_view>
#include <vector>

namespace tanggap::store::sql {

core::Result<std::vector<sla::DeadlinePolicy>> read_deadline_policies(Connection& db);
core::Result<std::vector<sla::UnitPolicy>> read_unit_policies(Connection& db);
core::Result<std::vector<sla::Holiday>> read_holidays(Connection& db);

core::Result<void> write_deadline_policy(Connection& db, const sla::DeadlinePolicy& policy);
core::Result<bool> remove_deadline_policy(Connection& db, std::string_view code);
core::Result<void> write_unit_policy(Connection& db, const sla::UnitPolicy& unit_policy);
core::Result<bool> remove_unit_policy(Connection& db,
                                      std::string_view unit_code,
                                      std::string_view category_code);
core::Result<void> write_year_holidays(Connection& db,
                                       int year,
                                       const std::vector<sla::Holiday>& holidays);
core::Result<void> insert_missing_holidays(Connection& db,
                                           const std::vector<sla::Holiday>& holidays);

}  // namespace tanggap::store::sql

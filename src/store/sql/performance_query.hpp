#pragma once
// The performance report's facts (ReadTx::performance_facts) as SQL. Internal to the SQLite
// back end.
//
// Thread-safety: none; each call uses one connection on its thread, inside the caller's
// transaction.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

namespace tanggap::store::sql {

// One row per complaint in the period. The events each fact needs (first follow-up, first
// selesai, reopen, the follow-up step's start) are found by per-complaint subqueries on the
// events' primary key (complaint_id, seq), so only a few events per complaint are read.
core::Result<std::vector<PerformanceFact>> read_performance_facts(Connection& db,
                                                                  const PerformanceQuery& query);

}  // namespace tanggap::store::sql

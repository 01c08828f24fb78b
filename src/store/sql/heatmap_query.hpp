#pragma once
// The leadership heat map (ReadTx::complaint_heatmap) as SQL. Internal to the SQLite back end.
//
// Thread-safety: none; each call uses one connection on its thread, inside the caller's
// transaction.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

namespace tanggap::store::sql {

// One GROUP BY over the complaints with a point; cells below query.min_count are summed into
// `suppressed` by the same statement, so no small cell ever leaves the store.
// Errors: invalid_field (field "cells_per_degree") outside 1..1000.
core::Result<Heatmap> read_complaint_heatmap(Connection& db, const HeatmapQuery& query);

}  // namespace tanggap::store::sql

#pragma once
// Generated complaints for bench/query_scale_bench.cpp: written with SQL inside the database
// (generate_series in PostgreSQL, a recursive CTE in SQLite), so that 10,000,000 rows take
// minutes, not the hours the store's one-complaint-at-a-time writes would.

#include "domain/complaint.hpp"
#include "store/sql/connection.hpp"

#include <string>
#include <vector>

namespace tanggap::bench {

// What the generated complaints point at: the demo's directory, read from the store.
struct ScaleDirectory {
    // (category code, unit responsible for it) of every category that has one; the first
    // entries get the most complaints (a few categories carry most of a real inbox).
    std::vector<std::pair<std::string, std::string>> routes;
    std::vector<std::string> units;      // every unit code (earlier units of moved complaints)
    std::vector<std::string> kecamatan;  // area codes of the kecamatan units
};

// The directory as the store holds it after the demo's units and categories were loaded.
ScaleDirectory read_scale_directory(store::sql::Connection& db);

// Complaints numbered first..last (ticket "Q000000001" ...), created over the two years before
// `now`; with their current unit in complaint_units (one in ten also an earlier unit), a
// "submit" event each, and a "resolve" event into selesai for the resolved ones (what the
// dashboard's median reads). Spread: see the comments of the SQL in query_scale_fill.cpp.
// One transaction per call. Exits the program on an error (a bench, not a service).
void fill_complaints(store::sql::Connection& db,
                     const ScaleDirectory& directory,
                     long first,
                     long last,
                     domain::Timestamp now);

}  // namespace tanggap::bench

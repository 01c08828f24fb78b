#pragma once
// Statuses in SQL, written from the domain's enums so that no query spells one by hand: a new
// status, or a rule that moves one (domain::is_open, is_resolved, is_dismissed), reaches every
// statement at once.

#include "domain/status.hpp"

#include <string>

namespace tanggap::store::sql {

// "'selesai'": the status as an SQL string literal.
std::string status_literal(domain::Status status);

// "('selesai', 'ditutup')": every status of domain::kAllStatuses that `keep` selects, in that
// order, as an SQL list for IN. Precondition: `keep` selects at least one.
std::string status_list(bool (*keep)(domain::Status));

// The statuses that end the work on a complaint (not domain::is_open): the inbox's open view
// leaves them out and complaint_units.open is 0 for them.
const std::string& not_open_statuses();

}  // namespace tanggap::store::sql

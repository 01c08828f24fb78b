#pragma once
// A caller's earlier complaints (ReadTx::complaints_by_reporter_phone) as SQL. Internal to the
// SQLite back end.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store::sql {

// SELECT of kComplaintColumns for ?1 = the phone and ?2 = the limit, newest first (then the
// higher id), read from the partial index complaints_reporter_phone (0006_reporter_phone.sql).
extern const std::string kByReporterPhoneSql;

// Summary rows with their handling units; `limit` is clamped to 1..kInboxMaxLimit. An empty
// phone matches nothing.
Result<std::vector<domain::Complaint>> read_complaints_by_reporter_phone(Connection& db,
                                                                         std::string_view phone,
                                                                         int limit);

}  // namespace tanggap::store::sql

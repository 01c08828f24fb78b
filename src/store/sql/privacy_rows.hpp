#pragma once
// The privacy part of the store (privacy_store.hpp, 0017_privacy.sql): finding a person's
// complaints, erasing their traces, the register of requests. Shared by both back ends.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tanggap::store::sql {

core::Result<std::vector<std::string>> read_person_tickets(Connection& db,
                                                           const domain::PersonKey& key);
core::Result<std::vector<domain::PrivacyRequest>> read_privacy_requests(Connection& db, int limit);
core::Result<void> write_erased_complaint(Connection& db, const domain::Complaint& erased);
core::Result<PersonTraces> erase_person_rows(Connection& db,
                                             const domain::PersonKey& key,
                                             const std::vector<std::int64_t>& complaint_ids);
core::Result<std::int64_t> write_privacy_request(Connection& db,
                                                 const domain::PrivacyRequest& request);

}  // namespace tanggap::store::sql

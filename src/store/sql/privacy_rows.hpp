#pragma once
// The privacy part of the store (privacy_store.hpp, 0017_privacy.sql, 0018_retention.sql):
// finding a person's complaints, erasing their traces, the register of requests, retention.
// Shared by both back ends.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::store::sql {

core::Result<std::vector<std::string>> read_person_tickets(Connection& db,
                                                           const domain::PersonKey& key);
// Newest first; only request `id` when given.
core::Result<std::vector<domain::PrivacyRequest>> read_privacy_requests(
    Connection& db, std::optional<std::int64_t> id, int limit);
core::Result<std::vector<std::string>> read_retention_tickets(Connection& db,
                                                              const std::string& category_code,
                                                              domain::Timestamp changed_before,
                                                              int limit);
core::Result<void> write_erased_complaint(Connection& db,
                                          const domain::Complaint& erased,
                                          domain::Timestamp at);
core::Result<PersonTraces> erase_person_rows(Connection& db,
                                             const domain::PersonKey& key,
                                             const std::vector<std::int64_t>& complaint_ids);
core::Result<std::int64_t> write_privacy_request(Connection& db,
                                                 const domain::PrivacyRequest& request);
core::Result<std::vector<domain::Breach>> read_breaches(Connection& db,
                                                        std::optional<std::int64_t> id,
                                                        int limit);
core::Result<std::vector<BreachReporter>> read_breach_reporters(Connection& db,
                                                                const domain::BreachScope& scope,
                                                                std::int64_t after_id,
                                                                int limit);
core::Result<std::int64_t> write_breach(Connection& db, const domain::Breach& breach);
core::Result<void> write_breach_notified(Connection& db,
                                         std::int64_t id,
                                         domain::Timestamp at,
                                         std::int64_t notices);
core::Result<PrunedChannelData> prune_channel_rows(Connection& db,
                                                   domain::Timestamp webhooks_before,
                                                   domain::Timestamp chats_before);

}  // namespace tanggap::store::sql

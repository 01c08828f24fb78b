#pragma once
// The `outbox` and `opt_outs` tables (migrations/0005_channels.sql). Internal to the SQLite
// back end; SqlReader and SqlWriteTx forward to these.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <vector>

namespace tanggap::store::sql {

// The worker's claim (claim_outbound_rows): first the leases that ended go back to pending,
// then the due messages are taken. Both read the partial index outbox_due (a test checks the
// plans).
inline constexpr const char* kExpireLeasesSql =
    "UPDATE outbox SET state = 'pending', lease_until = NULL"
    " WHERE state IN ('pending', 'sending') AND state = 'sending'"
    " AND next_attempt_at <= ?1 AND lease_until <= ?1";
// A sending message keeps next_attempt_at at its lease's end, so outbox_due finds both.
// The IN term repeats outbox_due's WHERE word for word: SQLite uses a partial index only
// when the query's WHERE visibly implies the index's.
// On PostgreSQL, messages another server is claiming at the same moment are skipped, not
// waited for and claimed twice.
std::string claim_outbox_sql(Dialect dialect);

core::Result<std::vector<domain::Outbound>> read_outbox(Connection& db, const OutboxQuery& query);
// The outbox's due messages by state and the webhooks waiting (QueueDepths).
core::Result<QueueDepths> read_queue_depths(Connection& db);
core::Result<bool> read_opted_out(Connection& db,
                                  domain::OutboundChannel channel,
                                  std::string_view address);

core::Result<bool> insert_outbound_row(Connection& db, domain::Outbound& message);
core::Result<std::vector<domain::Outbound>> claim_outbound_rows(Connection& db,
                                                                domain::Timestamp now,
                                                                domain::Timestamp lease_until,
                                                                int limit);
core::Result<void> update_outbound_row(Connection& db, const domain::Outbound& message);
core::Result<bool> requeue_outbound_row(Connection& db, std::int64_t id, domain::Timestamp now);
core::Result<bool> record_delivery_row(Connection& db,
                                       std::string_view provider_message_id,
                                       domain::DeliveryStatus status,
                                       std::string_view error);
core::Result<void> set_opt_out_row(Connection& db,
                                   domain::OutboundChannel channel,
                                   std::string_view address,
                                   bool opted_out,
                                   domain::Timestamp now);

}  // namespace tanggap::store::sql

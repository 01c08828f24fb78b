#pragma once
// The `outbox` and `opt_outs` tables (migrations/0005_channels.sql). Internal to the SQLite
// back end; SqliteReader and SqliteWriteTx forward to these.

#include "store/sqlite/connection.hpp"
#include "store/store.hpp"

#include <vector>

namespace tanggap::store::sqlite {

domain::Result<std::vector<domain::Outbound>> read_outbox(Connection& db, const OutboxQuery& query);
domain::Result<bool> read_opted_out(Connection& db,
                                    domain::OutboundChannel channel,
                                    std::string_view address);

domain::Result<bool> insert_outbound_row(Connection& db, domain::Outbound& message);
domain::Result<std::vector<domain::Outbound>> claim_outbound_rows(Connection& db,
                                                                  domain::Timestamp now,
                                                                  domain::Timestamp lease_until,
                                                                  int limit);
domain::Result<void> update_outbound_row(Connection& db, const domain::Outbound& message);
domain::Result<bool> requeue_outbound_row(Connection& db, std::int64_t id, domain::Timestamp now);
domain::Result<bool> record_delivery_row(Connection& db,
                                         std::string_view provider_message_id,
                                         domain::DeliveryStatus status,
                                         std::string_view error);
domain::Result<void> set_opt_out_row(Connection& db,
                                     domain::OutboundChannel channel,
                                     std::string_view address,
                                     bool opted_out,
                                     domain::Timestamp now);

}  // namespace tanggap::store::sqlite

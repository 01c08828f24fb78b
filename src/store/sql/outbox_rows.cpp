#include "store/sql/outbox_rows.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/store_errors.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <limits>

namespace tanggap::store::sql {
namespace {

constexpr int kMaxLimit = 200;

constexpr const char* kColumns =
    "o.id, o.idempotency_key, o.channel, o.recipient, o.complaint_id, coalesce(c.ticket, ''),"
    " o.purpose, o.subject, o.body, o.interactive, o.template_name, o.template_parameters,"
    " o.state, o.attempts, o.next_attempt_at, o.lease_until, o.last_error,"
    " o.provider_message_id, o.delivery, o.sent_as_template, o.created_at, o.sent_at";
constexpr const char* kFrom = " FROM outbox o LEFT JOIN complaints c ON c.id = o.complaint_id";

template <class E>
core::Result<E> parse_column(const Statement& row,
                             int index,
                             std::optional<E> (*parse)(std::string_view),
                             const char* column) {
    const auto text = row.column_text(index);
    if (auto v = parse(text)) return *v;
    return internal_error("unknown value '" + text + "' in outbox." + column);
}

std::string parameters_json(const std::vector<std::string>& parameters) {
    boost::json::array a;
    for (const auto& p : parameters) a.emplace_back(p);
    return boost::json::serialize(a);
}

std::vector<std::string> parameters_from_json(const std::string& text) {
    std::vector<std::string> out;
    boost::system::error_code ec;
    auto v = boost::json::parse(text, ec);
    if (ec || !v.is_array()) return out;
    for (const auto& p : v.as_array()) {
        if (p.is_string()) out.emplace_back(p.as_string());
    }
    return out;
}

std::optional<domain::Timestamp> optional_time(const Statement& row, int index) {
    if (auto ms = row.column_int_or_null(index)) return from_millis(*ms);
    return std::nullopt;
}

core::Result<domain::Outbound> read_outbound(const Statement& row) {
    domain::Outbound m;
    m.id = row.column_int(0);
    m.idempotency_key = row.column_text(1);
    auto channel = parse_column(row, 2, domain::parse_outbound_channel, "channel");
    if (!channel) return channel.error();
    m.channel = *channel;
    m.recipient = row.column_text(3);
    m.complaint_id = row.column_int_or_null(4);
    m.ticket = row.column_text(5);
    auto purpose = parse_column(row, 6, domain::parse_outbound_purpose, "purpose");
    if (!purpose) return purpose.error();
    m.purpose = *purpose;
    m.subject = row.column_text(7);
    m.body = row.column_text(8);
    m.interactive = row.column_text(9);
    m.template_name = row.column_text(10);
    m.template_parameters = parameters_from_json(row.column_text(11));
    auto state = parse_column(row, 12, domain::parse_outbound_state, "state");
    if (!state) return state.error();
    m.state = *state;
    m.attempts = static_cast<int>(row.column_int(13));
    m.next_attempt_at = from_millis(row.column_int(14));
    m.lease_until = optional_time(row, 15);
    m.last_error = row.column_text(16);
    m.provider_message_id = row.column_text(17);
    auto delivery = parse_column(row, 18, domain::parse_delivery_status, "delivery");
    if (!delivery) return delivery.error();
    m.delivery = *delivery;
    m.sent_as_template = row.column_int(19) != 0;
    m.created_at = from_millis(row.column_int(20));
    m.sent_at = optional_time(row, 21);
    return m;
}

// Delivery statuses only move forward; failed is final whatever came before.
int delivery_rank(domain::DeliveryStatus s) {
    switch (s) {
        case domain::DeliveryStatus::none:
            return 0;
        case domain::DeliveryStatus::sent:
            return 1;
        case domain::DeliveryStatus::delivered:
            return 2;
        case domain::DeliveryStatus::read:
            return 3;
        case domain::DeliveryStatus::failed:
            return 4;
    }
    return 0;
}

}  // namespace

core::Result<std::vector<domain::Outbound>> read_outbox(Connection& db, const OutboxQuery& q) {
    std::string sql = std::string("SELECT ") + kColumns + kFrom + " WHERE o.id < :before";
    // The state inline (an enum name), so a literal state = 'dead' can use outbox_dead.
    if (q.state) sql += " AND o.state = '" + std::string(domain::to_string(*q.state)) + "'";
    if (q.complaint_id) sql += " AND o.complaint_id = :complaint";
    if (q.channel) sql += " AND o.channel = :channel AND o.recipient = :recipient";
    sql += " ORDER BY o.id DESC LIMIT :limit";
    auto select = db.prepare(sql);
    if (!select) return select.error();
    Statement& s = **select;
    s.bind_int(s.parameter_index(":before"),
               q.before_id.value_or(std::numeric_limits<std::int64_t>::max()));
    if (q.complaint_id) s.bind_int(s.parameter_index(":complaint"), *q.complaint_id);
    if (q.channel) {
        s.bind_text(s.parameter_index(":channel"), domain::to_string(*q.channel));
        s.bind_text(s.parameter_index(":recipient"), q.recipient);
    }
    s.bind_int(s.parameter_index(":limit"), std::clamp(q.limit, 1, kMaxLimit));
    return collect_rows<domain::Outbound>(s, read_outbound);
}

core::Result<QueueDepths> read_queue_depths(Connection& db) {
    // Each WHERE repeats its partial index's own, word for word, so SQLite uses it.
    auto select = db.prepare(
        "SELECT (SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"
        "         AND state = 'pending'),"
        "       (SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"
        "         AND state = 'sending'),"
        "       (SELECT count(*) FROM webhook_queue WHERE state = 'pending')");
    if (!select) return select.error();
    Statement& s = **select;
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return QueueDepths{};
    return QueueDepths{s.column_int(0), s.column_int(1), s.column_int(2)};
}

core::Result<bool> read_opted_out(Connection& db,
                                  domain::OutboundChannel channel,
                                  std::string_view address) {
    auto select = db.prepare("SELECT 1 FROM opt_outs WHERE channel = ?1 AND address = ?2");
    if (!select) return select.error();
    (*select)->bind_text(1, domain::to_string(channel));
    (*select)->bind_text(2, address);
    return (*select)->step();
}

core::Result<bool> insert_outbound_row(Connection& db, domain::Outbound& m) {
    auto insert = db.prepare(
        "INSERT INTO outbox (idempotency_key, channel, recipient, complaint_id, purpose, subject,"
        " body, interactive, template_name, template_parameters, state, attempts,"
        " next_attempt_at, created_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'pending', 0, ?11, ?12)"
        " ON CONFLICT (idempotency_key) DO NOTHING RETURNING id");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, m.idempotency_key);
    s.bind_text(2, domain::to_string(m.channel));
    s.bind_text(3, m.recipient);
    s.bind_int_or_null(4, m.complaint_id);
    s.bind_text(5, domain::to_string(m.purpose));
    s.bind_text(6, m.subject);
    s.bind_text(7, m.body);
    s.bind_text(8, m.interactive);
    s.bind_text(9, m.template_name);
    s.bind_text(10, parameters_json(m.template_parameters));
    s.bind_int(11, to_millis(m.next_attempt_at));
    s.bind_int(12, to_millis(m.created_at));
    auto row = s.step();
    if (!row) {
        if (s.failed_on_foreign_key()) {
            return core::make_error(
                core::ErrorCode::not_found, "Aduan tidak ditemukan", "complaint_id");
        }
        return row.error();
    }
    if (!*row) return false;
    m.id = s.column_int(0);
    m.state = domain::OutboundState::pending;
    m.attempts = 0;
    if (auto done = s.run(); !done) return done.error();
    return true;
}

std::string claim_outbox_sql(Dialect dialect) {
    std::string sql =
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1, lease_until = ?2,"
        " next_attempt_at = ?2"
        " WHERE id IN (SELECT o.id FROM outbox o"
        "   WHERE o.state IN ('pending', 'sending') AND o.state = 'pending'"
        "     AND o.next_attempt_at <= ?1"
        "     AND NOT EXISTS (SELECT 1 FROM outbox p"
        "       WHERE p.channel = o.channel AND p.recipient = o.recipient"
        "     AND p.state IN ('pending', 'sending') AND p.id < o.id)"
        "   ORDER BY o.next_attempt_at, o.id LIMIT ?3";
    if (dialect == Dialect::postgresql) sql += " FOR UPDATE OF o SKIP LOCKED";
    return sql + ") RETURNING id";
}

core::Result<std::vector<domain::Outbound>> claim_outbound_rows(Connection& db,
                                                                domain::Timestamp now,
                                                                domain::Timestamp lease_until,
                                                                int limit) {
    auto expire = db.prepare(kExpireLeasesSql);
    if (!expire) return expire.error();
    (*expire)->bind_int(1, to_millis(now));
    if (auto r = (*expire)->run(); !r) return r.error();

    auto claim = db.prepare(claim_outbox_sql(db.dialect()));
    if (!claim) return claim.error();
    Statement& c = **claim;
    c.bind_int(1, to_millis(now));
    c.bind_int(2, to_millis(lease_until));
    c.bind_int(3, std::clamp(limit, 1, kMaxLimit));
    std::vector<std::int64_t> ids;
    for (;;) {
        auto more = c.step();
        if (!more) return more.error();
        if (!*more) break;
        ids.push_back(c.column_int(0));
    }
    std::sort(ids.begin(), ids.end());

    auto select = db.prepare(std::string("SELECT ") + kColumns + ", w.last_inbound_at" + kFrom +
                             " LEFT JOIN whatsapp_contacts w"
                             " ON o.channel = 'whatsapp' AND w.phone = o.recipient"
                             " WHERE o.id = ?1");
    if (!select) return select.error();
    std::vector<domain::Outbound> out;
    for (auto id : ids) {
        Statement& s = **select;
        s.reset();
        s.bind_int(1, id);
        auto row = s.step();
        if (!row) return row.error();
        if (!*row) return internal_error("claimed outbox row vanished");
        auto m = read_outbound(s);
        if (!m) return m.error();
        m->last_inbound_at = optional_time(s, 22);
        out.push_back(std::move(*m));
    }
    return out;
}

core::Result<void> update_outbound_row(Connection& db, const domain::Outbound& m) {
    auto update = db.prepare(
        "UPDATE outbox SET state = ?2, attempts = ?3, next_attempt_at = ?4, lease_until = ?5,"
        " last_error = ?6, provider_message_id = ?7, sent_as_template = ?8, sent_at = ?9,"
        " delivery = CASE WHEN ?2 = 'sent' AND delivery = 'none' THEN 'sent' ELSE delivery END"
        " WHERE id = ?1 RETURNING id");
    if (!update) return update.error();
    Statement& s = **update;
    s.bind_int(1, m.id);
    s.bind_text(2, domain::to_string(m.state));
    s.bind_int(3, m.attempts);
    s.bind_int(4, to_millis(m.next_attempt_at));
    s.bind_int_or_null(
        5, m.lease_until ? std::optional<std::int64_t>(to_millis(*m.lease_until)) : std::nullopt);
    s.bind_text(6, m.last_error);
    s.bind_text(7, m.provider_message_id);
    s.bind_bool(8, m.sent_as_template);
    s.bind_int_or_null(
        9, m.sent_at ? std::optional<std::int64_t>(to_millis(*m.sent_at)) : std::nullopt);
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) {
        return core::make_error(core::ErrorCode::not_found, "Pesan keluar tidak ditemukan.");
    }
    return s.run();
}

core::Result<bool> requeue_outbound_row(Connection& db, std::int64_t id, domain::Timestamp now) {
    auto update = db.prepare(
        "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?2,"
        " lease_until = NULL, last_error = '' WHERE id = ?1 AND state = 'dead' RETURNING id");
    if (!update) return update.error();
    (*update)->bind_int(1, id);
    (*update)->bind_int(2, to_millis(now));
    auto row = (*update)->step();
    if (!row) return row.error();
    const bool found = *row;
    if (auto r = (*update)->run(); !r) return r.error();
    return found;
}

core::Result<bool> record_delivery_row(Connection& db,
                                       std::string_view provider_message_id,
                                       domain::DeliveryStatus status,
                                       std::string_view error) {
    auto select = db.prepare("SELECT id, delivery FROM outbox WHERE provider_message_id = ?1");
    if (!select) return select.error();
    (*select)->bind_text(1, provider_message_id);
    auto row = (*select)->step();
    if (!row) return row.error();
    if (!*row) return false;
    const auto id = (*select)->column_int(0);
    const auto current = domain::parse_delivery_status((*select)->column_text(1))
                             .value_or(domain::DeliveryStatus::none);
    if (delivery_rank(status) <= delivery_rank(current)) return true;
    auto update = db.prepare(
        "UPDATE outbox SET delivery = ?2,"
        " last_error = CASE WHEN ?3 = '' THEN last_error ELSE ?3 END WHERE id = ?1");
    if (!update) return update.error();
    (*update)->bind_int(1, id);
    (*update)->bind_text(2, domain::to_string(status));
    (*update)->bind_text(3, error);
    if (auto r = (*update)->run(); !r) return r.error();
    return true;
}

core::Result<void> set_opt_out_row(Connection& db,
                                   domain::OutboundChannel channel,
                                   std::string_view address,
                                   bool opted_out,
                                   domain::Timestamp now) {
    auto statement = opted_out
                         ? db.prepare(
                               "INSERT INTO opt_outs (channel, address, at) VALUES (?1, ?2, ?3)"
                               " ON CONFLICT DO NOTHING")
                         : db.prepare("DELETE FROM opt_outs WHERE channel = ?1 AND address = ?2");
    if (!statement) return statement.error();
    Statement& s = **statement;
    s.bind_text(1, domain::to_string(channel));
    s.bind_text(2, address);
    if (opted_out) s.bind_int(3, to_millis(now));
    return s.run();
}

}  // namespace tanggap::store::sql

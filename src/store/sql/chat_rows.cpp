#include "store/sql/chat_rows.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>

namespace tanggap::store::sql {
namespace {

constexpr int kMaxLimit = 500;

InboundRecord read_inbound(const Statement& row) {
    InboundRecord r;
    r.id = row.column_int(0);
    r.source = row.column_text(1);
    r.message_id = row.column_text(2);
    r.sender = row.column_text(3);
    r.profile_name = row.column_text(4);
    r.type = row.column_text(5);
    r.text = row.column_text(6);
    r.received_at = from_millis(row.column_int(7));
    r.complaint_id = row.column_int_or_null(8);
    return r;
}

// The thread of (source, sender) whose newest message is `last_id`.
core::Result<ChatThread> thread_at(Connection& db, std::int64_t last_id, std::int64_t count) {
    auto last = db.prepare(
        "SELECT source, sender, profile_name, text, received_at FROM inbound_messages"
        " WHERE id = ?1");
    if (!last) return last.error();
    (*last)->bind_int(1, last_id);
    auto row = (*last)->step();
    if (!row) return row.error();
    if (!*row) return internal_error("inbound message vanished");
    ChatThread t;
    t.source = (*last)->column_text(0);
    t.sender = (*last)->column_text(1);
    t.profile_name = (*last)->column_text(2);
    t.last_text = (*last)->column_text(3);
    t.last_at = from_millis((*last)->column_int(4));
    t.messages = count;
    auto filed = db.prepare(
        "SELECT coalesce((SELECT c.ticket FROM inbound_messages i"
        "   JOIN complaints c ON c.id = i.complaint_id"
        "   WHERE i.source = ?1 AND i.sender = ?2 AND i.complaint_id IS NOT NULL"
        "   ORDER BY i.id DESC LIMIT 1), ''),"
        " EXISTS (SELECT 1 FROM inbound_messages"
        "   WHERE source = ?1 AND sender = ?2 AND complaint_id IS NULL)");
    if (!filed) return filed.error();
    (*filed)->bind_text(1, t.source);
    (*filed)->bind_text(2, t.sender);
    auto f = (*filed)->step();
    if (!f) return f.error();
    t.complaint_ticket = (*filed)->column_text(0);
    t.has_unfiled = (*filed)->column_int(1) != 0;
    return t;
}

}  // namespace

core::Result<std::vector<ChatThread>> read_chat_threads(Connection& db,
                                                        int limit,
                                                        const ChatScope& scope) {
    // A unit's chats: the senders of the complaints it holds or held, through
    // complaint_units_unit and inbound_messages_complaint (0016_chat_complaints.sql).
    auto select = db.prepare(
        scope ? "SELECT max(m.id) AS last_id, count(*) FROM inbound_messages m"
                " JOIN (SELECT DISTINCT j.source, j.sender FROM complaint_units u"
                "   JOIN inbound_messages j ON j.complaint_id = u.complaint_id"
                "   WHERE u.unit_code = ?2) t ON m.source = t.source AND m.sender = t.sender"
                " GROUP BY m.source, m.sender ORDER BY last_id DESC LIMIT ?1"
              : "SELECT max(id) AS last_id, count(*) FROM inbound_messages GROUP BY source, sender"
                " ORDER BY last_id DESC LIMIT ?1");
    if (!select) return select.error();
    (*select)->bind_int(1, std::clamp(limit, 1, kMaxLimit));
    if (scope) (*select)->bind_text(2, *scope);
    std::vector<std::pair<std::int64_t, std::int64_t>> ids;
    for (;;) {
        auto more = (*select)->step();
        if (!more) return more.error();
        if (!*more) break;
        ids.emplace_back((*select)->column_int(0), (*select)->column_int(1));
    }
    std::vector<ChatThread> out;
    for (auto [id, count] : ids) {
        auto t = thread_at(db, id, count);
        if (!t) return t.error();
        out.push_back(std::move(*t));
    }
    return out;
}

core::Result<std::optional<ChatThread>> read_chat_thread(Connection& db,
                                                         std::string_view source,
                                                         std::string_view sender,
                                                         const ChatScope& scope) {
    auto select = db.prepare(
        scope ? "SELECT max(id), count(*) FROM inbound_messages WHERE source = ?1 AND sender = ?2"
                " AND EXISTS (SELECT 1 FROM inbound_messages j"
                "   JOIN complaint_units u ON u.complaint_id = j.complaint_id"
                "   WHERE j.source = ?1 AND j.sender = ?2 AND u.unit_code = ?3)"
              : "SELECT max(id), count(*) FROM inbound_messages WHERE source = ?1 AND sender = ?2");
    if (!select) return select.error();
    (*select)->bind_text(1, source);
    (*select)->bind_text(2, sender);
    if (scope) (*select)->bind_text(3, *scope);
    auto row = (*select)->step();
    if (!row) return row.error();
    if (!*row || (*select)->column_is_null(0)) return std::optional<ChatThread>{};
    const auto id = (*select)->column_int(0);
    const auto count = (*select)->column_int(1);
    auto t = thread_at(db, id, count);
    if (!t) return t.error();
    return std::optional<ChatThread>{std::move(*t)};
}

core::Result<std::optional<domain::Timestamp>> read_whatsapp_last_inbound(Connection& db,
                                                                          std::string_view phone) {
    auto select = db.prepare("SELECT last_inbound_at FROM whatsapp_contacts WHERE phone = ?1");
    if (!select) return select.error();
    (*select)->bind_text(1, phone);
    auto row = (*select)->step();
    if (!row) return row.error();
    if (!*row) return std::optional<domain::Timestamp>{};
    return std::optional<domain::Timestamp>{from_millis((*select)->column_int(0))};
}

core::Result<std::optional<SavedConversation>> read_conversation(Connection& db,
                                                                 std::string_view channel,
                                                                 std::string_view address) {
    auto select = db.prepare(
        "SELECT state, updated_at FROM conversations WHERE channel = ?1 AND address = ?2");
    if (!select) return select.error();
    (*select)->bind_text(1, channel);
    (*select)->bind_text(2, address);
    auto row = (*select)->step();
    if (!row) return row.error();
    if (!*row) return std::optional<SavedConversation>{};
    return std::optional<SavedConversation>{
        SavedConversation{(*select)->column_text(0), from_millis((*select)->column_int(1))}};
}

core::Result<std::vector<InboundRecord>> read_inbound_messages(Connection& db,
                                                               std::string_view source,
                                                               std::string_view sender,
                                                               int limit) {
    auto select = db.prepare(
        "SELECT * FROM (SELECT id, source, message_id, sender, profile_name, type, text,"
        " received_at, complaint_id FROM inbound_messages WHERE source = ?1 AND sender = ?2"
        " ORDER BY id DESC LIMIT ?3) AS latest ORDER BY id");
    if (!select) return select.error();
    Statement& s = **select;
    s.bind_text(1, source);
    s.bind_text(2, sender);
    s.bind_int(3, std::clamp(limit, 1, kMaxLimit));
    return collect_rows<InboundRecord>(
        s, [](const Statement& row) -> core::Result<InboundRecord> { return read_inbound(row); });
}

core::Result<void> touch_whatsapp_contact_row(Connection& db,
                                              std::string_view phone,
                                              std::string_view profile_name,
                                              domain::Timestamp at) {
    auto upsert = db.prepare(
        "INSERT INTO whatsapp_contacts (phone, profile_name, last_inbound_at) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (phone) DO UPDATE SET"
        " profile_name = CASE WHEN ?2 = '' THEN whatsapp_contacts.profile_name ELSE ?2 END,"
        " last_inbound_at = CASE WHEN whatsapp_contacts.last_inbound_at > ?3"
        " THEN whatsapp_contacts.last_inbound_at ELSE ?3 END");
    if (!upsert) return upsert.error();
    (*upsert)->bind_text(1, phone);
    (*upsert)->bind_text(2, profile_name);
    (*upsert)->bind_int(3, to_millis(at));
    return (*upsert)->run();
}

core::Result<void> save_conversation_row(Connection& db,
                                         std::string_view channel,
                                         std::string_view address,
                                         std::string_view state,
                                         domain::Timestamp at) {
    auto upsert = db.prepare(
        "INSERT INTO conversations (channel, address, state, updated_at) VALUES (?1, ?2, ?3, ?4)"
        " ON CONFLICT (channel, address) DO UPDATE SET state = ?3, updated_at = ?4");
    if (!upsert) return upsert.error();
    Statement& s = **upsert;
    s.bind_text(1, channel);
    s.bind_text(2, address);
    s.bind_text(3, state);
    s.bind_int(4, to_millis(at));
    return s.run();
}

core::Result<void> delete_conversation_row(Connection& db,
                                           std::string_view channel,
                                           std::string_view address) {
    auto del = db.prepare("DELETE FROM conversations WHERE channel = ?1 AND address = ?2");
    if (!del) return del.error();
    (*del)->bind_text(1, channel);
    (*del)->bind_text(2, address);
    return (*del)->run();
}

core::Result<bool> insert_inbound_row(Connection& db, InboundRecord& r) {
    auto insert = db.prepare(
        "INSERT INTO inbound_messages (source, message_id, sender, profile_name, type, text,"
        " received_at, complaint_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        " ON CONFLICT (source, message_id) DO NOTHING RETURNING id");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, r.source);
    s.bind_text(2, r.message_id);
    s.bind_text(3, r.sender);
    s.bind_text(4, r.profile_name);
    s.bind_text(5, r.type);
    s.bind_text(6, r.text);
    s.bind_int(7, to_millis(r.received_at));
    s.bind_int_or_null(8, r.complaint_id);
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return false;
    r.id = s.column_int(0);
    if (auto done = s.run(); !done) return done.error();
    return true;
}

core::Result<void> link_inbound_row(Connection& db,
                                    std::int64_t inbound_id,
                                    std::int64_t complaint_id) {
    auto update = db.prepare("UPDATE inbound_messages SET complaint_id = ?2 WHERE id = ?1");
    if (!update) return update.error();
    (*update)->bind_int(1, inbound_id);
    (*update)->bind_int(2, complaint_id);
    return (*update)->run();
}

core::Result<std::int64_t> enqueue_webhook_row(Connection& db,
                                               std::string_view source,
                                               std::string_view body,
                                               domain::Timestamp now) {
    auto insert = db.prepare(
        "INSERT INTO webhook_queue (source, body, received_at, next_attempt_at)"
        " VALUES (?1, ?2, ?3, ?3) RETURNING id");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, source);
    s.bind_text(2, body);
    s.bind_int(3, to_millis(now));
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return internal_error("INSERT ... RETURNING gave no row");
    const auto id = s.column_int(0);
    if (auto done = s.run(); !done) return done.error();
    return id;
}

core::Result<std::vector<QueuedWebhook>> claim_webhook_rows(Connection& db,
                                                            domain::Timestamp now,
                                                            domain::Timestamp lease_until,
                                                            int limit) {
    // Bodies another server is claiming at the same moment are skipped, not claimed twice.
    const std::string sql =
        std::string(
            "UPDATE webhook_queue SET attempts = attempts + 1, next_attempt_at = ?2"
            " WHERE id IN (SELECT id FROM webhook_queue WHERE state = 'pending'"
            "   AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?3") +
        (db.dialect() == Dialect::postgresql ? " FOR UPDATE SKIP LOCKED" : "") +
        ") RETURNING id, source, body, received_at, attempts";
    auto claim = db.prepare(sql);
    if (!claim) return claim.error();
    Statement& s = **claim;
    s.bind_int(1, to_millis(now));
    s.bind_int(2, to_millis(lease_until));
    s.bind_int(3, std::clamp(limit, 1, kMaxLimit));
    auto rows =
        collect_rows<QueuedWebhook>(s, [](const Statement& row) -> core::Result<QueuedWebhook> {
            return QueuedWebhook{row.column_int(0),
                                 row.column_text(1),
                                 row.column_text(2),
                                 from_millis(row.column_int(3)),
                                 static_cast<int>(row.column_int(4))};
        });
    if (rows) {
        std::sort(
            rows->begin(), rows->end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    }
    return rows;
}

core::Result<void> finish_webhook_row(Connection& db,
                                      std::int64_t id,
                                      bool done,
                                      std::optional<domain::Timestamp> retry_at,
                                      std::string_view error) {
    auto update = db.prepare(
        "UPDATE webhook_queue SET state = ?2, next_attempt_at = coalesce(?3, next_attempt_at),"
        " last_error = ?4 WHERE id = ?1");
    if (!update) return update.error();
    Statement& s = **update;
    s.bind_int(1, id);
    s.bind_text(2, done ? "done" : retry_at ? "pending" : "failed");
    s.bind_int_or_null(3,
                       retry_at ? std::optional<std::int64_t>(to_millis(*retry_at)) : std::nullopt);
    s.bind_text(4, error);
    return s.run();
}

}  // namespace tanggap::store::sql

#include "store/sql/privacy_rows.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/status_sql.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>

namespace tanggap::store::sql {
namespace {

constexpr int kMaxRequests = 500;

// Runs `statement` (a DELETE or UPDATE ... RETURNING) to the end; how many rows it touched.
core::Result<std::int64_t> count_rows(Statement& statement) {
    std::int64_t n = 0;
    for (;;) {
        auto row = statement.step();
        if (!row) return row.error();
        if (!*row) return n;
        ++n;
    }
}

// The spellings of a phone in the tables: complaints and SMS keep "+62...", WhatsApp "62...".
std::string digits_of(const std::string& phone) {
    return phone.starts_with('+') ? phone.substr(1) : phone;
}

}  // namespace

core::Result<std::vector<std::string>> read_person_tickets(Connection& db,
                                                           const domain::PersonKey& key) {
    // Empty parts of the key match nothing (a complaint without a phone is nobody's).
    auto select = db.prepare(
        "SELECT ticket FROM complaints"
        " WHERE (?1 <> '' AND reporter_phone = ?1)"
        "    OR (?2 <> '' AND lower(reporter_email) = ?2)"
        "    OR (?3 <> '' AND (description LIKE '%' || ?3 || '%' OR title LIKE '%' || ?3 || '%'))"
        " ORDER BY id");
    if (!select) return select.error();
    (*select)->bind_text(1, key.phone);
    (*select)->bind_text(2, key.email);
    (*select)->bind_text(3, key.nik);
    std::vector<std::string> tickets;
    for (;;) {
        auto row = (*select)->step();
        if (!row) return row.error();
        if (!*row) return tickets;
        tickets.push_back((*select)->column_text(0));
    }
}

core::Result<std::vector<std::string>> read_retention_tickets(Connection& db,
                                                              const std::string& category_code,
                                                              domain::Timestamp changed_before,
                                                              int limit) {
    // Two spellings so that each reads the complaints_retention index.
    const std::string which =
        category_code.empty() ? "category_code IS NULL AND ?1 = ''" : "category_code = ?1";
    auto select = db.prepare("SELECT ticket FROM complaints WHERE " + which +
                             " AND updated_at < ?2 AND erased_at IS NULL AND status IN " +
                             not_open_statuses() + " ORDER BY updated_at LIMIT ?3");
    if (!select) return select.error();
    (*select)->bind_text(1, category_code);
    (*select)->bind_int(2, to_millis(changed_before));
    (*select)->bind_int(3, std::clamp(limit, 1, 1000));
    std::vector<std::string> tickets;
    for (;;) {
        auto row = (*select)->step();
        if (!row) return row.error();
        if (!*row) return tickets;
        tickets.push_back((*select)->column_text(0));
    }
}

core::Result<std::vector<domain::PrivacyRequest>> read_privacy_requests(
    Connection& db, std::optional<std::int64_t> id, int limit) {
    auto select = db.prepare(
        "SELECT id, kind, subject, reason, actor, received_at, due_at, done_at, outcome"
        " FROM privacy_requests WHERE (?2 = 0 OR id = ?2) ORDER BY id DESC LIMIT ?1");
    if (!select) return select.error();
    (*select)->bind_int(1, std::clamp(limit, 1, kMaxRequests));
    (*select)->bind_int(2, id.value_or(0));
    std::vector<domain::PrivacyRequest> out;
    for (;;) {
        auto row = (*select)->step();
        if (!row) return row.error();
        if (!*row) return out;
        const Statement& s = **select;
        domain::PrivacyRequest r;
        r.id = s.column_int(0);
        const auto kind = domain::parse_privacy_request_kind(s.column_text(1));
        if (!kind) return internal_error("privacy_requests.kind: " + s.column_text(1));
        r.kind = *kind;
        r.subject = s.column_text(2);
        r.reason = s.column_text(3);
        r.actor = s.column_text(4);
        r.received_at = from_millis(s.column_int(5));
        r.due_at = from_millis(s.column_int(6));
        if (auto done = s.column_int_or_null(7)) r.done_at = from_millis(*done);
        r.outcome = s.column_text(8);
        out.push_back(std::move(r));
    }
}

core::Result<void> write_erased_complaint(Connection& db,
                                          const domain::Complaint& c,
                                          domain::Timestamp at) {
    auto update = db.prepare(
        "UPDATE complaints SET title = ?2, description = ?3, address = ?4, lat = ?5, lon = ?6,"
        " reporter_name = ?7, reporter_phone = ?8, reporter_email = ?9,"
        " feedback_comment = CASE WHEN feedback_at IS NULL THEN feedback_comment ELSE ?10 END,"
        " hidden_phrases = '', source_url = ?11, erased_at = ?12"
        " WHERE id = ?1 RETURNING id");
    if (!update) return update.error();
    Statement& s = **update;
    s.bind_int(1, c.id);
    s.bind_text(2, c.title);
    s.bind_text(3, c.description);
    s.bind_text(4, c.location.address);
    s.bind_real_or_null(5, c.location.lat);
    s.bind_real_or_null(6, c.location.lon);
    s.bind_text(7, c.reporter.name);
    s.bind_text(8, c.reporter.phone);
    s.bind_text(9, c.reporter.email);
    s.bind_text(10, c.feedback ? c.feedback->comment : std::string());
    s.bind_text(11, c.source_url);
    s.bind_int(12, to_millis(at));
    auto changed = count_rows(s);
    if (!changed) return changed.error();
    if (*changed == 0) return core::make_error(core::ErrorCode::not_found, "Aduan tidak ditemukan");
    return {};
}

core::Result<PersonTraces> erase_person_rows(Connection& db,
                                             const domain::PersonKey& key,
                                             const std::vector<std::int64_t>& complaint_ids) {
    PersonTraces traces;
    const std::string tombstone(domain::kErased);
    const std::string digits = digits_of(key.phone);
    for (auto id : complaint_ids) {
        // 0017_privacy.sql lets the history's texts become tombstones, and nothing else.
        auto events = db.prepare(
            "UPDATE complaint_events SET"
            " public_text = CASE WHEN public_text = '' THEN '' ELSE ?2 END,"
            " internal_note = CASE WHEN internal_note = '' THEN '' ELSE ?2 END"
            " WHERE complaint_id = ?1 AND (public_text <> '' OR internal_note <> '')"
            " RETURNING seq");
        if (!events) return events.error();
        (*events)->bind_int(1, id);
        (*events)->bind_text(2, tombstone);
        auto n = count_rows(**events);
        if (!n) return n.error();
        traces.events += *n;

        auto photos = db.prepare(
            "DELETE FROM complaint_photos WHERE complaint_id = ?1 AND stage = 'report'"
            " RETURNING photo_id");
        if (!photos) return photos.error();
        (*photos)->bind_int(1, id);
        for (;;) {
            auto row = (*photos)->step();
            if (!row) return row.error();
            if (!*row) break;
            traces.photo_ids.push_back((*photos)->column_text(0));
        }

        auto messages =
            db.prepare("DELETE FROM inbound_messages WHERE complaint_id = ?1 RETURNING id");
        if (!messages) return messages.error();
        (*messages)->bind_int(1, id);
        auto m = count_rows(**messages);
        if (!m) return m.error();
        traces.messages += *m;

        auto outbound = db.prepare(
            "UPDATE outbox SET body = ?2, subject = '', recipient = ?2, template_parameters = '[]',"
            " interactive = '' WHERE complaint_id = ?1 RETURNING id");
        if (!outbound) return outbound.error();
        (*outbound)->bind_int(1, id);
        (*outbound)->bind_text(2, tombstone);
        auto o = count_rows(**outbound);
        if (!o) return o.error();
        traces.outbound += *o;
    }
    for (const auto& address : {key.phone, digits, key.email}) {
        if (address.empty()) continue;
        auto outbound = db.prepare(
            "UPDATE outbox SET body = ?2, subject = '', recipient = ?2, template_parameters = '[]',"
            " interactive = '' WHERE recipient = ?1 RETURNING id");
        if (!outbound) return outbound.error();
        (*outbound)->bind_text(1, address);
        (*outbound)->bind_text(2, tombstone);
        auto o = count_rows(**outbound);
        if (!o) return o.error();
        traces.outbound += *o;
    }
    if (!digits.empty()) {
        auto messages = db.prepare(
            "DELETE FROM inbound_messages WHERE sender = ?1 OR sender = ?2 RETURNING id");
        if (!messages) return messages.error();
        (*messages)->bind_text(1, digits);
        (*messages)->bind_text(2, key.phone);
        auto m = count_rows(**messages);
        if (!m) return m.error();
        traces.messages += *m;

        // A partner's delivery names the sender by digits: those bodies go whole.
        auto webhooks =
            db.prepare("DELETE FROM webhook_queue WHERE body LIKE '%' || ?1 || '%' RETURNING id");
        if (!webhooks) return webhooks.error();
        (*webhooks)->bind_text(1, digits);
        auto w = count_rows(**webhooks);
        if (!w) return w.error();
        traces.webhooks += *w;

        for (const char* sql :
             {"DELETE FROM conversations WHERE address = ?1 OR address = ?2 RETURNING address",
              "DELETE FROM whatsapp_contacts WHERE phone = ?1 OR phone = ?2 RETURNING phone",
              "DELETE FROM opt_outs WHERE address = ?1 OR address = ?2 RETURNING address"}) {
            auto state = db.prepare(sql);
            if (!state) return state.error();
            (*state)->bind_text(1, digits);
            (*state)->bind_text(2, key.phone);
            auto n = count_rows(**state);
            if (!n) return n.error();
            traces.chat_state += *n;
        }
    }
    return traces;
}

core::Result<std::int64_t> write_privacy_request(Connection& db, const domain::PrivacyRequest& r) {
    auto insert = db.prepare(
        "INSERT INTO privacy_requests"
        " (kind, subject, reason, actor, received_at, due_at, done_at, outcome)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, domain::to_string(r.kind));
    s.bind_text(2, r.subject);
    s.bind_text(3, r.reason);
    s.bind_text(4, r.actor);
    s.bind_int(5, to_millis(r.received_at));
    s.bind_int(6, to_millis(r.due_at));
    s.bind_int_or_null(
        7, r.done_at ? std::optional<std::int64_t>(to_millis(*r.done_at)) : std::nullopt);
    s.bind_text(8, r.outcome);
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return internal_error("privacy request not stored");
    const auto id = s.column_int(0);
    if (auto done = s.run(); !done) return done.error();
    return id;
}

core::Result<std::vector<domain::Breach>> read_breaches(Connection& db,
                                                        std::optional<std::int64_t> id,
                                                        int limit) {
    auto select = db.prepare(
        "SELECT id, discovered_at, notify_by, data_exposed, how, measures, received_from,"
        " received_until, unit_code, recorded_by, recorded_at, complaints, people, unreachable,"
        " notified_at, notices FROM breaches WHERE (?1 = 0 OR id = ?1) ORDER BY id DESC LIMIT ?2");
    if (!select) return select.error();
    (*select)->bind_int(1, id.value_or(0));
    (*select)->bind_int(2, std::clamp(limit, 1, kMaxRequests));
    std::vector<domain::Breach> out;
    for (;;) {
        auto row = (*select)->step();
        if (!row) return row.error();
        if (!*row) return out;
        const Statement& s = **select;
        domain::Breach b;
        b.id = s.column_int(0);
        b.incident.discovered_at = from_millis(s.column_int(1));
        b.notify_by = from_millis(s.column_int(2));
        b.incident.data_exposed = s.column_text(3);
        b.incident.how = s.column_text(4);
        b.incident.measures = s.column_text(5);
        b.incident.scope = {
            from_millis(s.column_int(6)), from_millis(s.column_int(7)), s.column_text(8)};
        b.recorded_by = s.column_text(9);
        b.recorded_at = from_millis(s.column_int(10));
        b.complaints = s.column_int(11);
        b.people = s.column_int(12);
        b.unreachable = s.column_int(13);
        if (auto at = s.column_int_or_null(14)) b.notified_at = from_millis(*at);
        b.notices = s.column_int(15);
        out.push_back(std::move(b));
    }
}

core::Result<std::vector<BreachReporter>> read_breach_reporters(Connection& db,
                                                                const domain::BreachScope& scope,
                                                                std::int64_t after_id,
                                                                int limit) {
    auto select = db.prepare(
        "SELECT id, ticket, reporter_name, reporter_phone, reporter_email FROM complaints"
        " WHERE created_at >= ?1 AND created_at < ?2 AND erased_at IS NULL AND id > ?4"
        " AND (?3 = '' OR id IN (SELECT complaint_id FROM complaint_units WHERE unit_code = ?3))"
        " ORDER BY id LIMIT ?5");
    if (!select) return select.error();
    (*select)->bind_int(1, to_millis(scope.received_from));
    (*select)->bind_int(2, to_millis(scope.received_until));
    (*select)->bind_text(3, scope.unit_code);
    (*select)->bind_int(4, after_id);
    (*select)->bind_int(5, std::clamp(limit, 1, 5000));
    std::vector<BreachReporter> out;
    for (;;) {
        auto row = (*select)->step();
        if (!row) return row.error();
        if (!*row) return out;
        const Statement& s = **select;
        out.push_back({s.column_int(0),
                       s.column_text(1),
                       {s.column_text(2), s.column_text(3), s.column_text(4)}});
    }
}

core::Result<std::int64_t> write_breach(Connection& db, const domain::Breach& b) {
    auto insert = db.prepare(
        "INSERT INTO breaches (discovered_at, notify_by, data_exposed, how, measures,"
        " received_from, received_until, unit_code, recorded_by, recorded_at, complaints, people,"
        " unreachable) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
        " RETURNING id");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_int(1, to_millis(b.incident.discovered_at));
    s.bind_int(2, to_millis(b.notify_by));
    s.bind_text(3, b.incident.data_exposed);
    s.bind_text(4, b.incident.how);
    s.bind_text(5, b.incident.measures);
    s.bind_int(6, to_millis(b.incident.scope.received_from));
    s.bind_int(7, to_millis(b.incident.scope.received_until));
    s.bind_text(8, b.incident.scope.unit_code);
    s.bind_text(9, b.recorded_by);
    s.bind_int(10, to_millis(b.recorded_at));
    s.bind_int(11, b.complaints);
    s.bind_int(12, b.people);
    s.bind_int(13, b.unreachable);
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return internal_error("breach not stored");
    const auto id = s.column_int(0);
    if (auto done = s.run(); !done) return done.error();
    return id;
}

core::Result<void> write_breach_notified(Connection& db,
                                         std::int64_t id,
                                         domain::Timestamp at,
                                         std::int64_t notices) {
    auto update =
        db.prepare("UPDATE breaches SET notified_at = ?2, notices = ?3 WHERE id = ?1 RETURNING id");
    if (!update) return update.error();
    (*update)->bind_int(1, id);
    (*update)->bind_int(2, to_millis(at));
    (*update)->bind_int(3, notices);
    auto changed = count_rows(**update);
    if (!changed) return changed.error();
    if (*changed == 0) {
        return core::make_error(core::ErrorCode::not_found, "Insiden tidak ditemukan");
    }
    return {};
}

core::Result<PrunedChannelData> prune_channel_rows(Connection& db,
                                                   domain::Timestamp webhooks_before,
                                                   domain::Timestamp chats_before) {
    PrunedChannelData pruned;
    auto webhooks = db.prepare(
        "DELETE FROM webhook_queue WHERE received_at < ?1 AND state <> 'pending' RETURNING id");
    if (!webhooks) return webhooks.error();
    (*webhooks)->bind_int(1, to_millis(webhooks_before));
    auto w = count_rows(**webhooks);
    if (!w) return w.error();
    pruned.webhooks = *w;

    // A message filed into a complaint still being worked on is part of that work.
    auto messages = db.prepare(
        "DELETE FROM inbound_messages WHERE received_at < ?1 AND NOT EXISTS (SELECT 1 FROM"
        " complaints c WHERE c.id = inbound_messages.complaint_id AND c.status NOT IN " +
        not_open_statuses() + ") RETURNING id");
    if (!messages) return messages.error();
    (*messages)->bind_int(1, to_millis(chats_before));
    auto m = count_rows(**messages);
    if (!m) return m.error();
    pruned.messages = *m;

    auto conversations =
        db.prepare("DELETE FROM conversations WHERE updated_at < ?1 RETURNING address");
    if (!conversations) return conversations.error();
    (*conversations)->bind_int(1, to_millis(chats_before));
    auto c = count_rows(**conversations);
    if (!c) return c.error();
    pruned.conversations = *c;
    return pruned;
}

}  // namespace tanggap::store::sql

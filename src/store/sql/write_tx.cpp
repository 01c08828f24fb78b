#include "store/sql/write_tx.hpp"

#include "domain/photo_blur.hpp"
#include "store/sql/audit_rows.hpp"
#include "store/sql/chat_rows.hpp"
#include "store/sql/complaint_rows.hpp"
#include "store/sql/deadline_rows.hpp"
#include "store/sql/directory_rows.hpp"
#include "store/sql/notification_rows.hpp"
#include "store/sql/outbox_rows.hpp"
#include "store/sql/privacy_rows.hpp"
#include "store/sql/sign_in_rows.hpp"
#include "store/sql/status_sql.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>

namespace tanggap::store::sql {
namespace {

using core::ErrorCode;
using core::make_error;

// 1 while the complaint is open, as the inbox's default view counts it.
const std::string kOpenFlag = "CASE WHEN c.status IN " + not_open_statuses() + " THEN 0 ELSE 1 END";

core::Error complaint_not_found() {
    return make_error(ErrorCode::not_found, "Aduan tidak ditemukan");
}

// A missing owner row shows up as a foreign key failure; callers name what was missing.
core::Error or_not_found(const Statement& statement,
                         core::Error error,
                         const core::Error& not_found) {
    return statement.failed_on_foreign_key() ? not_found : error;
}

// Runs `body` inside its own savepoint, so that it is all or nothing.
template <class Body>
Result<void> atomically(Connection& db, Body body) {
    if (auto r = db.run("SAVEPOINT tx_method"); !r) return r;
    Result<void> outcome = body();
    if (!outcome) {
        if (auto r = db.run("ROLLBACK TO tx_method"); !r) return r;
    }
    if (auto r = db.run("RELEASE tx_method"); !r) return r;
    return outcome;
}

Result<std::int64_t> insert_event_row(Connection& db,
                                      std::int64_t complaint_id,
                                      const domain::ComplaintEvent& event) {
    auto insert = db.prepare(
        "INSERT INTO complaint_events (complaint_id, seq, at, actor, action, from_status,"
        " to_status, unit_from, unit_to, public_text, internal_note) VALUES (?1,"
        " (SELECT coalesce(max(seq), 0) + 1 FROM complaint_events WHERE complaint_id = ?1),"
        " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING seq");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_int(1, complaint_id);
    s.bind_int(2, to_millis(event.at));
    s.bind_text(3, domain::to_string(event.actor));
    s.bind_text(4, event.action);
    s.bind_text(5, domain::to_string(event.from));
    s.bind_text(6, domain::to_string(event.to));
    s.bind_text(7, event.unit_from);
    s.bind_text(8, event.unit_to);
    s.bind_text(9, event.public_text);
    s.bind_text(10, event.internal_note);
    auto row = s.step();
    if (!row) return or_not_found(s, row.error(), complaint_not_found());
    const std::int64_t seq = s.column_int(0);
    if (auto done = s.run(); !done) return done.error();
    if (event.to == domain::Status::selesai) {
        // The first resolution stays: the dashboard's median counts what the citizen waited
        // for the first answer (0012_resolution_time.sql).
        auto resolved = db.prepare(
            "UPDATE complaints SET resolved_at = ?2 WHERE id = ?1 AND resolved_at IS NULL");
        if (!resolved) return resolved.error();
        (*resolved)->bind_int(1, complaint_id);
        (*resolved)->bind_int(2, to_millis(event.at));
        if (auto done = (*resolved)->run(); !done) return done.error();
    }
    return seq;
}

// NULL for a photo from before detection (domain::Photo::blur_regions).
void bind_blur_regions(Statement& s, int index, const domain::Photo& photo) {
    if (photo.blur_regions) {
        s.bind_text(index, domain::format_blur_regions(*photo.blur_regions));
    } else {
        s.bind_null(index);
    }
}

Result<void> insert_photo_row(Connection& db,
                              std::int64_t complaint_id,
                              const domain::Photo& photo) {
    auto insert = db.prepare(
        "INSERT INTO complaint_photos (complaint_id, photo_id, stage, content_type, width,"
        " height, published, blur_regions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_int(1, complaint_id);
    s.bind_text(2, photo.id);
    s.bind_text(3, to_string(photo.stage));
    s.bind_text(4, photo.content_type);
    s.bind_int(5, photo.width);
    s.bind_int(6, photo.height);
    s.bind_bool(7, photo.published);
    bind_blur_regions(s, 8, photo);
    if (auto r = s.run(); !r) return or_not_found(s, r.error(), complaint_not_found());
    return {};
}

}  // namespace

Result<void> SqlWriteTx::add_handling_unit(std::int64_t complaint_id,
                                           const std::string& unit_code,
                                           domain::Timestamp at) {
    if (unit_code.empty()) return {};
    // With a copy of the complaint's inbox order (0011_unit_inbox_order.sql); the complaint
    // row is always written first, in the same transaction.
    auto insert = db_.prepare(
        "INSERT INTO complaint_units (complaint_id, unit_code, added_at, due_key, created_at,"
        " open) SELECT c.id, ?2, ?3, coalesce(c.due_at, 9223372036854775807), c.created_at, " +
        kOpenFlag +
        " FROM complaints c WHERE c.id = ?1"
        " ON CONFLICT (complaint_id, unit_code) DO NOTHING");
    if (!insert) return insert.error();
    (*insert)->bind_int(1, complaint_id);
    (*insert)->bind_text(2, unit_code);
    (*insert)->bind_int(3, to_millis(at));
    if (auto r = (*insert)->run(); !r) {
        return or_not_found(**insert, r.error(), complaint_not_found());
    }
    return {};
}

Result<void> SqlWriteTx::copy_inbox_order_to_units(std::int64_t complaint_id) {
    auto update = db_.prepare(
        "UPDATE complaint_units SET (due_key, open) = (SELECT coalesce(c.due_at,"
        " 9223372036854775807), " +
        kOpenFlag + " FROM complaints c WHERE c.id = ?1) WHERE complaint_id = ?1");
    if (!update) return update.error();
    (*update)->bind_int(1, complaint_id);
    if (auto r = (*update)->run(); !r) return r.error();
    return {};
}

Result<void> SqlWriteTx::insert_complaint_rows(domain::Complaint& complaint,
                                               domain::ComplaintEvent& first_event) {
    auto insert = db_.prepare(std::string(kInsertComplaint) + " RETURNING id");
    if (!insert) return insert.error();
    bind_complaint_insert(**insert, complaint);
    auto row = (*insert)->step();
    if (!row) return row.error();
    const std::int64_t id = (*insert)->column_int(0);
    if (auto done = (*insert)->run(); !done) return done.error();

    for (const auto& photo : complaint.photos) {
        if (auto r = insert_photo_row(db_, id, photo); !r) return r.error();
    }
    auto seq = insert_event_row(db_, id, first_event);
    if (!seq) return seq.error();
    for (const auto& unit : complaint.handling_units) {
        if (auto r = add_handling_unit(id, unit, complaint.created_at); !r) return r.error();
    }
    if (auto r = add_handling_unit(id, complaint.unit_code, complaint.created_at); !r) {
        return r.error();
    }
    complaint.id = id;
    first_event.seq = *seq;
    return {};
}

Result<void> SqlWriteTx::insert_complaint(domain::Complaint& complaint,
                                          domain::ComplaintEvent& first_event) {
    auto r = atomically(db_, [&] { return insert_complaint_rows(complaint, first_event); });
    if (!r) return r;
    auto& units = complaint.handling_units;
    if (!complaint.unit_code.empty() &&
        std::find(units.begin(), units.end(), complaint.unit_code) == units.end()) {
        units.push_back(complaint.unit_code);
    }
    return {};
}

Result<void> SqlWriteTx::update_complaint(const domain::Complaint& complaint) {
    return atomically(db_, [&]() -> Result<void> {
        auto update = db_.prepare(
            "UPDATE complaints SET status = ?2, unit_code = ?3, due_at = ?4, updated_at = ?5,"
            " feedback_solved = ?6, feedback_rating = ?7, feedback_comment = ?8,"
            " feedback_at = ?9, step_started_at = ?10, reminders_sent = ?11,"
            " escalation_level = ?12, next_check_at = ?13, late_reason = ?14,"
            " category_code = ?15, verified_at = ?16, hidden_phrases = ?17, published = ?18"
            " WHERE id = ?1 RETURNING id");
        if (!update) return update.error();
        Statement& s = **update;
        s.bind_int(1, complaint.id);
        s.bind_text(2, domain::to_string(complaint.status));
        s.bind_text(3, complaint.unit_code);
        if (complaint.due_at) {
            s.bind_int(4, to_millis(*complaint.due_at));
        } else {
            s.bind_null(4);
        }
        s.bind_int(5, to_millis(complaint.updated_at));
        bind_feedback(s, 6, complaint.feedback);
        bind_ladder(s, 10, complaint);
        s.bind_text(15, complaint.category_code);
        bind_publication(s, 16, complaint);
        auto row = s.step();
        if (!row) return row.error();
        if (!*row) return complaint_not_found();
        if (auto done = s.run(); !done) return done.error();

        if (auto r = copy_inbox_order_to_units(complaint.id); !r) return r;
        if (auto r = save_photo_publication(complaint); !r) return r;
        for (const auto& unit : complaint.handling_units) {
            if (auto r = add_handling_unit(complaint.id, unit, complaint.updated_at); !r) return r;
        }
        return add_handling_unit(complaint.id, complaint.unit_code, complaint.updated_at);
    });
}

Result<void> SqlWriteTx::save_photo_publication(const domain::Complaint& complaint) {
    // Summary rows carry no photos: then nothing changes. A row is only written when it
    // changes ('?' stands for NULL, which no region line is).
    for (const auto& photo : complaint.photos) {
        auto update = db_.prepare(
            "UPDATE complaint_photos SET published = ?3, blur_regions = ?4"
            " WHERE complaint_id = ?1 AND photo_id = ?2 AND (published <> ?3"
            " OR COALESCE(blur_regions, '?') <> COALESCE(CAST(?4 AS TEXT), '?'))");
        if (!update) return update.error();
        (*update)->bind_int(1, complaint.id);
        (*update)->bind_text(2, photo.id);
        (*update)->bind_bool(3, photo.published);
        bind_blur_regions(**update, 4, photo);
        if (auto r = (*update)->run(); !r) return r.error();
    }
    return {};
}

Result<AuditHead> SqlWriteTx::lock_audit_head() { return read_audit_head(db_, true); }

Result<void> SqlWriteTx::append_audit(const domain::AuditEntry& entry) {
    return atomically(db_, [&] { return write_audit_entry(db_, entry); });
}

Result<void> SqlWriteTx::insert_audit_seal(const domain::AuditSeal& seal) {
    return write_audit_seal(db_, seal);
}

Result<std::int64_t> SqlWriteTx::erase_audit_actor(const std::string& actor) {
    return sql::erase_audit_actor(db_, actor);
}

Result<void> SqlWriteTx::save_erased_complaint(const domain::Complaint& erased,
                                               domain::Timestamp at) {
    return atomically(db_, [&] { return write_erased_complaint(db_, erased, at); });
}

Result<PersonTraces> SqlWriteTx::erase_person_traces(
    const domain::PersonKey& key, const std::vector<std::int64_t>& complaint_ids) {
    PersonTraces traces;
    auto r = atomically(db_, [&]() -> Result<void> {
        auto erased = erase_person_rows(db_, key, complaint_ids);
        if (!erased) return erased.error();
        traces = std::move(*erased);
        return {};
    });
    if (!r) return r.error();
    return traces;
}

Result<std::int64_t> SqlWriteTx::insert_privacy_request(const domain::PrivacyRequest& request) {
    return write_privacy_request(db_, request);
}

Result<std::int64_t> SqlWriteTx::insert_breach(const domain::Breach& breach) {
    return write_breach(db_, breach);
}

Result<void> SqlWriteTx::mark_breach_notified(std::int64_t id,
                                              domain::Timestamp at,
                                              std::int64_t notices) {
    return write_breach_notified(db_, id, at, notices);
}

Result<PrunedChannelData> SqlWriteTx::prune_channel_data(domain::Timestamp webhooks_before,
                                                         domain::Timestamp chats_before) {
    PrunedChannelData pruned;
    auto r = atomically(db_, [&]() -> Result<void> {
        auto done = prune_channel_rows(db_, webhooks_before, chats_before);
        if (!done) return done.error();
        pruned = *done;
        return {};
    });
    if (!r) return r.error();
    return pruned;
}

Result<void> SqlWriteTx::append_event(std::int64_t complaint_id, domain::ComplaintEvent& event) {
    auto seq = insert_event_row(db_, complaint_id, event);
    if (!seq) return seq.error();
    event.seq = *seq;
    return {};
}

Result<void> SqlWriteTx::add_photo(std::int64_t complaint_id, const domain::Photo& photo) {
    return insert_photo_row(db_, complaint_id, photo);
}

Result<std::vector<domain::Complaint>> SqlWriteTx::complaints_due_for_check(domain::Timestamp now,
                                                                            int limit) {
    // Several servers sweep one PostgreSQL database: each takes rows no other sweep holds, and
    // keeps them until its transaction ends.
    static const std::string kSql = "SELECT " + std::string(kComplaintColumns) +
                                    " FROM complaints c WHERE c.next_check_at IS NOT NULL"
                                    " AND c.next_check_at <= ?1 ORDER BY c.next_check_at LIMIT ?2";
    static const std::string kLockingSql = kSql + " FOR UPDATE OF c SKIP LOCKED";
    auto select = db_.prepare(db_.dialect() == Dialect::postgresql ? kLockingSql : kSql);
    if (!select) return select.error();
    (*select)->bind_int(1, to_millis(now));
    (*select)->bind_int(2, std::max(limit, 1));
    return collect_rows<domain::Complaint>(**select, read_complaint);
}

Result<std::vector<domain::Complaint>> SqlWriteTx::complaints_with_deadline(std::int64_t after_id,
                                                                            int limit) {
    // Repeats the partial index's WHERE word for word, or SQLite will not use it.
    static const std::string kSql = "SELECT " + std::string(kComplaintColumns) +
                                    " FROM complaints c WHERE due_at IS NOT NULL"
                                    " AND c.id > ?1 ORDER BY c.id LIMIT ?2";
    auto select = db_.prepare(kSql);
    if (!select) return select.error();
    (*select)->bind_int(1, after_id);
    (*select)->bind_int(2, std::max(limit, 1));
    return collect_rows<domain::Complaint>(**select, read_complaint);
}

Result<void> SqlWriteTx::insert_notification(domain::Notification& notification) {
    return insert_notification_row(db_, notification);
}

Result<bool> SqlWriteTx::insert_outbound(domain::Outbound& message) {
    return insert_outbound_row(db_, message);
}

Result<std::vector<domain::Outbound>> SqlWriteTx::claim_outbound(domain::Timestamp now,
                                                                 domain::Timestamp lease_until,
                                                                 int limit) {
    return claim_outbound_rows(db_, now, lease_until, limit);
}

Result<void> SqlWriteTx::update_outbound(const domain::Outbound& message) {
    return update_outbound_row(db_, message);
}

Result<bool> SqlWriteTx::requeue_outbound(std::int64_t id, domain::Timestamp now) {
    return requeue_outbound_row(db_, id, now);
}

Result<bool> SqlWriteTx::record_delivery(std::string_view provider_message_id,
                                         domain::DeliveryStatus status,
                                         std::string_view error) {
    return record_delivery_row(db_, provider_message_id, status, error);
}

Result<void> SqlWriteTx::set_opt_out(domain::OutboundChannel channel,
                                     std::string_view address,
                                     bool opted_out,
                                     domain::Timestamp now) {
    return set_opt_out_row(db_, channel, address, opted_out, now);
}

Result<void> SqlWriteTx::touch_whatsapp_contact(std::string_view phone,
                                                std::string_view profile_name,
                                                domain::Timestamp at) {
    return touch_whatsapp_contact_row(db_, phone, profile_name, at);
}

Result<void> SqlWriteTx::save_conversation(std::string_view channel,
                                           std::string_view address,
                                           std::string_view state,
                                           domain::Timestamp at) {
    return save_conversation_row(db_, channel, address, state, at);
}

Result<void> SqlWriteTx::delete_conversation(std::string_view channel, std::string_view address) {
    return delete_conversation_row(db_, channel, address);
}

Result<bool> SqlWriteTx::insert_inbound_message(InboundRecord& record) {
    return insert_inbound_row(db_, record);
}

Result<void> SqlWriteTx::link_inbound_to_complaint(std::int64_t inbound_id,
                                                   std::int64_t complaint_id) {
    return link_inbound_row(db_, inbound_id, complaint_id);
}

Result<std::int64_t> SqlWriteTx::enqueue_webhook(std::string_view source,
                                                 std::string_view body,
                                                 domain::Timestamp now) {
    return enqueue_webhook_row(db_, source, body, now);
}

Result<std::vector<QueuedWebhook>> SqlWriteTx::claim_webhooks(domain::Timestamp now,
                                                              domain::Timestamp lease_until,
                                                              int limit) {
    return claim_webhook_rows(db_, now, lease_until, limit);
}

Result<void> SqlWriteTx::finish_webhook(std::int64_t id,
                                        bool done,
                                        std::optional<domain::Timestamp> retry_at,
                                        std::string_view error) {
    return finish_webhook_row(db_, id, done, retry_at, error);
}

Result<void> SqlWriteTx::upsert_unit(const domain::Unit& unit) {
    auto upsert = db_.prepare(kUpsertUnit);
    if (!upsert) return upsert.error();
    bind_unit(**upsert, unit);
    return (*upsert)->run();
}

Result<void> SqlWriteTx::upsert_category(const domain::Category& category) {
    auto upsert = db_.prepare(kUpsertCategory);
    if (!upsert) return upsert.error();
    bind_category(**upsert, category);
    return (*upsert)->run();
}

Result<void> SqlWriteTx::save_deadline_policy(const sla::DeadlinePolicy& policy) {
    return write_deadline_policy(db_, policy);
}

Result<bool> SqlWriteTx::delete_deadline_policy(std::string_view code) {
    return remove_deadline_policy(db_, code);
}

Result<void> SqlWriteTx::save_unit_policy(const sla::UnitPolicy& unit_policy) {
    return write_unit_policy(db_, unit_policy);
}

Result<bool> SqlWriteTx::delete_unit_policy(std::string_view unit_code,
                                            std::string_view category_code) {
    return remove_unit_policy(db_, unit_code, category_code);
}

Result<void> SqlWriteTx::replace_holidays(int year, const std::vector<sla::Holiday>& holidays) {
    return write_year_holidays(db_, year, holidays);
}

Result<void> SqlWriteTx::add_holidays(const std::vector<sla::Holiday>& holidays) {
    return insert_missing_holidays(db_, holidays);
}

Result<void> SqlWriteTx::insert_submission_key(std::string_view key_hash,
                                               const SubmissionKey& key,
                                               domain::Timestamp at) {
    auto insert = db_.prepare(
        "INSERT INTO submission_keys (key_hash, ticket, sealed_token, created_at)"
        " VALUES (?1, ?2, ?3, ?4)");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, key_hash);
    s.bind_text(2, key.ticket);
    s.bind_text(3, key.sealed_token);
    s.bind_int(4, to_millis(at));
    return s.run();
}

Result<std::int64_t> SqlWriteTx::insert_staff(const domain::StaffUser& user,
                                              const std::string& password_hash) {
    auto insert = db_.prepare(
        "INSERT INTO staff_users"
        " (username, display_name, role, unit_code, password_hash, email, phone, active)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, user.username);
    s.bind_text(2, user.display_name);
    s.bind_text(3, domain::to_string(user.role));
    s.bind_text_or_null(4, user.unit_code);
    s.bind_text(5, password_hash);
    s.bind_text(6, user.email);
    s.bind_text(7, user.phone);
    s.bind_bool(8, user.active);
    auto row = s.step();
    if (!row) return row.error();
    const std::int64_t id = s.column_int(0);
    if (auto done = s.run(); !done) return done.error();
    return id;
}

namespace {

// Runs an UPDATE ... RETURNING id; not_found when it touched no row.
Result<void> update_one(Statement& update) {
    auto row = update.step();
    if (!row) return row.error();
    if (!*row) return make_error(ErrorCode::not_found, "Pengguna tidak ditemukan.", "id");
    return update.run();
}

}  // namespace

Result<void> SqlWriteTx::update_staff(const domain::StaffUser& user) {
    auto update = db_.prepare(
        "UPDATE staff_users SET display_name = ?2, role = ?3, unit_code = ?4, email = ?5,"
        " phone = ?6, active = ?7 WHERE id = ?1 RETURNING id");
    if (!update) return update.error();
    Statement& s = **update;
    s.bind_int(1, user.id);
    s.bind_text(2, user.display_name);
    s.bind_text(3, domain::to_string(user.role));
    s.bind_text_or_null(4, user.unit_code);
    s.bind_text(5, user.email);
    s.bind_text(6, user.phone);
    s.bind_bool(7, user.active);
    return update_one(s);
}

Result<void> SqlWriteTx::set_staff_password(std::int64_t user_id,
                                            const std::string& password_hash) {
    auto update =
        db_.prepare("UPDATE staff_users SET password_hash = ?2 WHERE id = ?1 RETURNING id");
    if (!update) return update.error();
    (*update)->bind_int(1, user_id);
    (*update)->bind_text(2, password_hash);
    return update_one(**update);
}

Result<void> SqlWriteTx::delete_staff_sessions(std::int64_t user_id) {
    auto erase = db_.prepare("DELETE FROM staff_sessions WHERE user_id = ?1");
    if (!erase) return erase.error();
    (*erase)->bind_int(1, user_id);
    return (*erase)->run();
}

Result<void> SqlWriteTx::purge_expired_sessions(domain::Timestamp now) {
    auto erase = db_.prepare("DELETE FROM staff_sessions WHERE expires_at <= ?1");
    if (!erase) return erase.error();
    (*erase)->bind_int(1, to_millis(now));
    return (*erase)->run();
}

Result<void> SqlWriteTx::set_staff_totp(std::int64_t user_id, const std::string& secret) {
    return write_staff_totp(db_, user_id, secret);
}

Result<bool> SqlWriteTx::use_totp_step(std::int64_t user_id, std::int64_t step) {
    return claim_totp_step(db_, user_id, step);
}

Result<AttemptCount> SqlWriteTx::count_sign_in_attempt(std::string_view key,
                                                       domain::Timestamp now,
                                                       std::chrono::milliseconds window,
                                                       int limit) {
    return count_attempt(db_, key, now, window, limit);
}

Result<void> SqlWriteTx::uncount_sign_in_attempt(std::string_view key) {
    return uncount_attempt(db_, key);
}

Result<void> SqlWriteTx::forget_sign_in_attempts(std::string_view key) {
    return delete_attempts(db_, key);
}

Result<void> SqlWriteTx::purge_sign_in_attempts(domain::Timestamp before) {
    return purge_attempts(db_, before);
}

Result<void> SqlWriteTx::insert_session(const StaffSession& session) {
    auto insert = db_.prepare(
        "INSERT INTO staff_sessions (id_hash, user_id, csrf_token, created_at, expires_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.bind_text(1, session.id_hash);
    s.bind_int(2, session.user_id);
    s.bind_text(3, session.csrf_token);
    s.bind_int(4, to_millis(session.created_at));
    s.bind_int(5, to_millis(session.expires_at));
    if (auto r = s.run(); !r) {
        return or_not_found(
            s, r.error(), make_error(ErrorCode::not_found, "Pengguna tidak ditemukan.", "user_id"));
    }
    return {};
}

Result<void> SqlWriteTx::delete_session(std::string_view id_hash) {
    auto erase = db_.prepare("DELETE FROM staff_sessions WHERE id_hash = ?1");
    if (!erase) return erase.error();
    (*erase)->bind_text(1, id_hash);
    return (*erase)->run();
}

}  // namespace tanggap::store::sql

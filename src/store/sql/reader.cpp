#include "store/sql/reader.hpp"

#include "domain/photo_blur.hpp"
#include "store/sql/audit_rows.hpp"
#include "store/sql/chat_rows.hpp"
#include "store/sql/complaint_rows.hpp"
#include "store/sql/deadline_rows.hpp"
#include "store/sql/directory_rows.hpp"
#include "store/sql/heatmap_query.hpp"
#include "store/sql/inbox_cursor.hpp"
#include "store/sql/inbox_query.hpp"
#include "store/sql/notification_rows.hpp"
#include "store/sql/outbox_rows.hpp"
#include "store/sql/performance_query.hpp"
#include "store/sql/privacy_rows.hpp"
#include "store/sql/reporter_query.hpp"
#include "store/sql/stats_query.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>
#include <string>
#include <type_traits>

namespace tanggap::store::sql {
namespace {

constexpr std::string_view kStaffColumns =
    "id, username, display_name, role, unit_code, password_hash, email, phone, active,"
    " totp_secret FROM staff_users";

core::Result<StaffCredentials> read_staff(const Statement& row) {
    StaffCredentials staff;
    staff.user.id = row.column_int(0);
    staff.user.username = row.column_text(1);
    staff.user.display_name = row.column_text(2);
    const auto role = row.column_text(3);
    const auto parsed_role = domain::parse_role(role);
    if (!parsed_role) return internal_error("unknown role '" + role + "' in staff_users");
    staff.user.role = *parsed_role;
    staff.user.unit_code = row.column_text(4);
    staff.password_hash = row.column_text(5);
    staff.user.email = row.column_text(6);
    staff.user.phone = row.column_text(7);
    staff.user.active = row.column_int(8) != 0;
    staff.totp_secret = row.column_text(9);
    return staff;
}

core::Result<std::optional<StaffCredentials>> one_staff(Connection& db,
                                                        std::string_view sql,
                                                        auto bind) {
    auto select = db.prepare(sql);
    if (!select) return select.error();
    bind(**select);
    auto rows = collect_rows<StaffCredentials>(**select, read_staff);
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<StaffCredentials>{};
    return std::optional<StaffCredentials>(std::move(rows->front()));
}

core::Result<domain::Photo> read_photo(const Statement& row) {
    domain::Photo photo;
    photo.id = row.column_text(0);
    const auto stage = row.column_text(1);
    const auto parsed_stage = parse_photo_stage(stage);
    if (!parsed_stage) return internal_error("unknown photo stage '" + stage + "'");
    photo.stage = *parsed_stage;
    photo.content_type = row.column_text(2);
    photo.width = static_cast<int>(row.column_int(3));
    photo.height = static_cast<int>(row.column_int(4));
    photo.published = row.column_int(5) != 0;
    if (!row.column_is_null(6)) {
        const auto line = row.column_text(6);
        photo.blur_regions = domain::parse_blur_regions(line);
        if (!photo.blur_regions) return internal_error("unreadable blur regions '" + line + "'");
    }
    return photo;
}

core::Result<std::string> read_unit_code(const Statement& row) { return row.column_text(0); }

}  // namespace

template <class Base>
Result<std::vector<domain::Unit>> SqlReader<Base>::units() {
    auto select = db_.prepare(kSelectUnits);
    if (!select) return select.error();
    return collect_rows<domain::Unit>(**select, read_unit);
}

template <class Base>
Result<std::vector<domain::Category>> SqlReader<Base>::categories() {
    auto select = db_.prepare(kSelectCategories);
    if (!select) return select.error();
    return collect_rows<domain::Category>(**select, read_category);
}

template <class Base>
Result<std::vector<sla::DeadlinePolicy>> SqlReader<Base>::deadline_policies() {
    return read_deadline_policies(db_);
}

template <class Base>
Result<std::vector<sla::UnitPolicy>> SqlReader<Base>::unit_policies() {
    return read_unit_policies(db_);
}

template <class Base>
Result<std::vector<sla::Holiday>> SqlReader<Base>::holidays() {
    return read_holidays(db_);
}

template <class Base>
Result<std::optional<domain::Complaint>> SqlReader<Base>::complaint_by_ticket(
    std::string_view ticket) {
    static const std::string kSql =
        "SELECT " + std::string(kComplaintColumns) + " FROM complaints c WHERE c.ticket = ?1";
    return full_complaint(kSql, ticket);
}

template <class Base>
Result<std::optional<domain::Complaint>> SqlReader<Base>::complaint_by_photo(
    std::string_view photo_id) {
    static const std::string kSql = "SELECT " + std::string(kComplaintColumns) +
                                    " FROM complaint_photos p JOIN complaints c"
                                    " ON c.id = p.complaint_id WHERE p.photo_id = ?1";
    return full_complaint(kSql, photo_id);
}

template <class Base>
Result<std::optional<domain::Complaint>> SqlReader<Base>::full_complaint(const std::string& sql,
                                                                         std::string_view key) {
    // A write job reads a complaint to change it: on PostgreSQL, where other servers write too,
    // the row stays locked until the job's transaction ends, so two actions on one complaint
    // take turns instead of one overwriting the other (SQLite's single writer already does).
    static const std::string kLockSuffix = " FOR UPDATE OF c";
    const bool lock = std::is_same_v<Base, WriteTx> && db_.dialect() == Dialect::postgresql;
    auto select = db_.prepare(lock ? sql + kLockSuffix : sql);
    if (!select) return select.error();
    (*select)->bind_text(1, key);
    auto rows = collect_rows<domain::Complaint>(**select, read_complaint);
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::Complaint>{};
    domain::Complaint complaint = std::move(rows->front());

    auto photos = db_.prepare(
        "SELECT photo_id, stage, content_type, width, height, published, blur_regions"
        " FROM complaint_photos"
        " WHERE complaint_id = ?1 ORDER BY id");
    if (!photos) return photos.error();
    (*photos)->bind_int(1, complaint.id);
    auto photo_rows = collect_rows<domain::Photo>(**photos, read_photo);
    if (!photo_rows) return photo_rows.error();
    complaint.photos = std::move(*photo_rows);

    auto units =
        db_.prepare("SELECT unit_code FROM complaint_units WHERE complaint_id = ?1 ORDER BY id");
    if (!units) return units.error();
    (*units)->bind_int(1, complaint.id);
    auto unit_rows = collect_rows<std::string>(**units, read_unit_code);
    if (!unit_rows) return unit_rows.error();
    complaint.handling_units = std::move(*unit_rows);
    return std::optional<domain::Complaint>(std::move(complaint));
}

template <class Base>
Result<std::vector<domain::ComplaintEvent>> SqlReader<Base>::events(std::int64_t complaint_id) {
    static const std::string kSql = "SELECT " + std::string(kEventColumns) +
                                    " FROM complaint_events WHERE complaint_id = ?1 ORDER BY seq";
    auto select = db_.prepare(kSql);
    if (!select) return select.error();
    (*select)->bind_int(1, complaint_id);
    return collect_rows<domain::ComplaintEvent>(**select, read_event);
}

template <class Base>
Result<InboxPage> SqlReader<Base>::inbox(const InboxQuery& query) {
    std::optional<InboxCursor> after;
    if (!query.cursor.empty()) {
        after = decode_cursor(query.cursor);
        if (!after) {
            return core::make_error(
                core::ErrorCode::invalid_field, "Kursor halaman tidak valid.", "cursor");
        }
    }
    const int limit = std::clamp(query.limit, 1, kInboxMaxLimit);
    auto select = db_.prepare(inbox_sql(db_.dialect(), query, after.has_value()));
    if (!select) return select.error();
    // One row more than asked tells whether another page exists.
    bind_inbox(**select, query, after, limit + 1);

    InboxPage page;
    InboxCursor last;
    for (;;) {
        auto more = (*select)->step();
        if (!more) return more.error();
        if (!*more) break;
        if (static_cast<int>(page.items.size()) == limit) {
            page.next_cursor = encode_cursor(last);
            break;
        }
        auto complaint = read_complaint(**select);
        if (!complaint) return complaint.error();
        last = InboxCursor{(*select)->column_int(kComplaintColumnCount),
                           to_millis(complaint->created_at),
                           complaint->id};
        page.items.push_back(std::move(*complaint));
    }
    return page;
}

template <class Base>
Result<std::map<domain::Status, std::int64_t>> SqlReader<Base>::count_by_status() {
    auto select = db_.prepare("SELECT status, count(*) FROM complaints GROUP BY status");
    if (!select) return select.error();
    std::map<domain::Status, std::int64_t> counts;
    for (auto status : domain::kAllStatuses) counts[status] = 0;
    for (;;) {
        auto more = (*select)->step();
        if (!more) return more.error();
        if (!*more) return counts;
        const auto text = (*select)->column_text(0);
        const auto status = domain::parse_status(text);
        if (!status) return internal_error("unknown status '" + text + "' in complaints");
        counts[*status] = (*select)->column_int(1);
    }
}

template <class Base>
Result<ComplaintStats> SqlReader<Base>::complaint_stats(const StatsQuery& query) {
    return read_complaint_stats(db_, query);
}

template <class Base>
Result<PublicComplaintPage> SqlReader<Base>::public_complaints(const PublicComplaintQuery& query) {
    return read_public_complaints(db_, query);
}

template <class Base>
Result<Heatmap> SqlReader<Base>::complaint_heatmap(const HeatmapQuery& query) {
    return read_complaint_heatmap(db_, query);
}

template <class Base>
Result<std::vector<domain::Complaint>> SqlReader<Base>::complaints_by_reporter_phone(
    std::string_view phone, int limit) {
    return read_complaints_by_reporter_phone(db_, phone, limit);
}

template <class Base>
Result<std::optional<SubmissionKey>> SqlReader<Base>::submission_key(std::string_view key_hash) {
    auto select =
        db_.prepare("SELECT ticket, sealed_token FROM submission_keys WHERE key_hash = ?1");
    if (!select) return select.error();
    (*select)->bind_text(1, key_hash);
    auto rows = collect_rows<SubmissionKey>(**select, [](const Statement& row) {
        return core::Result<SubmissionKey>(SubmissionKey{row.column_text(0), row.column_text(1)});
    });
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<SubmissionKey>{};
    return std::optional<SubmissionKey>(std::move(rows->front()));
}

template <class Base>
Result<std::vector<PerformanceFact>> SqlReader<Base>::performance_facts(
    const PerformanceQuery& query) {
    return read_performance_facts(db_, query);
}

template <class Base>
Result<std::optional<StaffCredentials>> SqlReader<Base>::staff_by_username(
    std::string_view username) {
    static const std::string kSql = "SELECT " + std::string(kStaffColumns) + " WHERE username = ?1";
    return one_staff(db_, kSql, [&](Statement& s) { s.bind_text(1, username); });
}

template <class Base>
Result<std::optional<domain::StaffUser>> SqlReader<Base>::staff_by_id(std::int64_t id) {
    static const std::string kSql = "SELECT " + std::string(kStaffColumns) + " WHERE id = ?1";
    auto staff = one_staff(db_, kSql, [&](Statement& s) { s.bind_int(1, id); });
    if (!staff) return staff.error();
    if (!*staff) return std::optional<domain::StaffUser>{};
    return std::optional<domain::StaffUser>(std::move((*staff)->user));
}

template <class Base>
Result<std::vector<domain::StaffUser>> SqlReader<Base>::staff(const StaffQuery& query) {
    // Parameters are numbered without gaps: PostgreSQL cannot type one that is never used.
    std::string sql = "SELECT " + std::string(kStaffColumns) + " WHERE 1 = 1";
    const int first_role = query.unit_code ? 2 : 1;
    if (query.unit_code) sql += " AND unit_code = ?1";
    if (query.active_only) sql += " AND active = 1";
    if (!query.roles.empty()) {
        sql += " AND role IN (";
        for (std::size_t i = 0; i < query.roles.size(); ++i) {
            sql += (i ? ", ?" : "?") + std::to_string(first_role + static_cast<int>(i));
        }
        sql += ")";
    }
    sql += " ORDER BY username";
    auto select = db_.prepare(sql);
    if (!select) return select.error();
    if (query.unit_code) (*select)->bind_text(1, *query.unit_code);
    for (std::size_t i = 0; i < query.roles.size(); ++i) {
        (*select)->bind_text(first_role + static_cast<int>(i), domain::to_string(query.roles[i]));
    }
    auto rows = collect_rows<StaffCredentials>(**select, read_staff);
    if (!rows) return rows.error();
    std::vector<domain::StaffUser> users;
    users.reserve(rows->size());
    for (auto& row : *rows) users.push_back(std::move(row.user));
    return users;
}

template <class Base>
Result<std::optional<StaffSession>> SqlReader<Base>::session(std::string_view id_hash) {
    auto select = db_.prepare(
        "SELECT id_hash, user_id, csrf_token, created_at, expires_at FROM staff_sessions"
        " WHERE id_hash = ?1");
    if (!select) return select.error();
    (*select)->bind_text(1, id_hash);
    auto more = (*select)->step();
    if (!more) return more.error();
    if (!*more) return std::optional<StaffSession>{};
    const Statement& row = **select;
    return std::optional<StaffSession>(StaffSession{
        row.column_text(0),
        row.column_int(1),
        row.column_text(2),
        from_millis(row.column_int(3)),
        from_millis(row.column_int(4)),
    });
}

template <class Base>
Result<std::vector<domain::Notification>> SqlReader<Base>::notifications(
    const NotificationQuery& query) {
    return read_notifications(db_, query);
}

template <class Base>
Result<std::vector<domain::Outbound>> SqlReader<Base>::outbox(const OutboxQuery& query) {
    return read_outbox(db_, query);
}

template <class Base>
Result<QueueDepths> SqlReader<Base>::queue_depths() {
    return read_queue_depths(db_);
}

template <class Base>
Result<bool> SqlReader<Base>::opted_out(domain::OutboundChannel channel, std::string_view address) {
    return read_opted_out(db_, channel, address);
}

template <class Base>
Result<std::optional<domain::Timestamp>> SqlReader<Base>::whatsapp_last_inbound(
    std::string_view phone) {
    return read_whatsapp_last_inbound(db_, phone);
}

template <class Base>
Result<std::optional<SavedConversation>> SqlReader<Base>::conversation(std::string_view channel,
                                                                       std::string_view address) {
    return read_conversation(db_, channel, address);
}

template <class Base>
Result<std::vector<ChatThread>> SqlReader<Base>::chat_threads(int limit, const ChatScope& scope) {
    return read_chat_threads(db_, limit, scope);
}

template <class Base>
Result<std::optional<ChatThread>> SqlReader<Base>::chat_thread(std::string_view source,
                                                               std::string_view sender,
                                                               const ChatScope& scope) {
    return read_chat_thread(db_, source, sender, scope);
}

template <class Base>
Result<std::vector<InboundRecord>> SqlReader<Base>::inbound_messages(std::string_view source,
                                                                     std::string_view sender,
                                                                     int limit) {
    return read_inbound_messages(db_, source, sender, limit);
}

template <class Base>
Result<std::vector<domain::AuditEntry>> SqlReader<Base>::audit_entries(const AuditQuery& query) {
    return read_audit_entries(db_, query);
}

template <class Base>
Result<std::vector<domain::AuditEntry>> SqlReader<Base>::audit_chain(std::int64_t after_seq,
                                                                     int limit) {
    return read_audit_chain(db_, after_seq, limit);
}

template <class Base>
Result<AuditHead> SqlReader<Base>::audit_head() {
    return read_audit_head(db_, false);
}

template <class Base>
Result<std::vector<domain::AuditSeal>> SqlReader<Base>::audit_seals() {
    return read_audit_seals(db_);
}

template <class Base>
Result<std::vector<domain::Complaint>> SqlReader<Base>::person_complaints(
    const domain::PersonKey& key) {
    auto tickets = read_person_tickets(db_, key);
    if (!tickets) return tickets.error();
    std::vector<domain::Complaint> out;
    for (const auto& ticket : *tickets) {
        auto found = complaint_by_ticket(ticket);
        if (!found) return found.error();
        if (*found) out.push_back(std::move(**found));
    }
    return out;
}

template <class Base>
Result<std::vector<domain::PrivacyRequest>> SqlReader<Base>::privacy_requests(int limit) {
    return read_privacy_requests(db_, std::nullopt, limit);
}

template <class Base>
Result<std::optional<domain::PrivacyRequest>> SqlReader<Base>::privacy_request(std::int64_t id) {
    auto found = read_privacy_requests(db_, id, 1);
    if (!found) return found.error();
    if (found->empty()) return std::optional<domain::PrivacyRequest>();
    return std::optional<domain::PrivacyRequest>(std::move(found->front()));
}

template <class Base>
Result<std::vector<domain::Complaint>> SqlReader<Base>::complaints_past_retention(
    const std::string& category_code, domain::Timestamp changed_before, int limit) {
    auto tickets = read_retention_tickets(db_, category_code, changed_before, limit);
    if (!tickets) return tickets.error();
    std::vector<domain::Complaint> out;
    for (const auto& ticket : *tickets) {
        auto found = complaint_by_ticket(ticket);
        if (!found) return found.error();
        if (*found) out.push_back(std::move(**found));
    }
    return out;
}

template <class Base>
Result<std::vector<domain::Breach>> SqlReader<Base>::breaches(int limit) {
    return read_breaches(db_, std::nullopt, limit);
}

template <class Base>
Result<std::optional<domain::Breach>> SqlReader<Base>::breach(std::int64_t id) {
    if (id <= 0) return std::optional<domain::Breach>{};
    auto found = read_breaches(db_, id, 1);
    if (!found) return found.error();
    if (found->empty()) return std::optional<domain::Breach>{};
    return std::optional<domain::Breach>{std::move(found->front())};
}

template <class Base>
Result<std::vector<BreachReporter>> SqlReader<Base>::breach_reporters(
    const domain::BreachScope& scope, std::int64_t after_id, int limit) {
    return read_breach_reporters(db_, scope, after_id, limit);
}

template class SqlReader<ReadTx>;
template class SqlReader<WriteTx>;

}  // namespace tanggap::store::sql

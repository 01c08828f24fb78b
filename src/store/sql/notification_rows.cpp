#include "store/sql/notification_rows.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>
#include <limits>

namespace tanggap::store::sql {
namespace {

constexpr int kMaxLimit = 200;

core::Result<domain::Notification> read_notification(const Statement& row) {
    domain::Notification n;
    n.id = row.column_int(0);
    n.unit_code = row.column_text(1);
    if (const auto role = row.column_text(2); !role.empty()) {
        n.role = domain::parse_role(role);
        if (!n.role) return internal_error("unknown value '" + role + "' in notifications.role");
    }
    n.complaint_id = row.column_int(3);
    n.ticket = row.column_text(4);
    const auto kind = row.column_text(5);
    auto parsed = domain::parse_notification_kind(kind);
    if (!parsed) return internal_error("unknown value '" + kind + "' in notifications.kind");
    n.kind = *parsed;
    n.level = static_cast<int>(row.column_int(6));
    n.text = row.column_text(7);
    n.created_at = from_millis(row.column_int(8));
    return n;
}

}  // namespace

core::Result<std::vector<domain::Notification>> read_notifications(Connection& db,
                                                                   const NotificationQuery& query) {
    if (query.unit_code.empty() && !query.role) return std::vector<domain::Notification>{};
    const std::string audience = query.role ? "n.role = ?1" : "n.unit_code = ?1";
    auto select = db.prepare(
        "SELECT n.id, coalesce(n.unit_code, ''), coalesce(n.role, ''), n.complaint_id, c.ticket,"
        " n.kind, n.level, n.text, n.created_at FROM notifications n"
        " JOIN complaints c ON c.id = n.complaint_id WHERE " +
        audience + " AND n.id < ?2 ORDER BY n.id DESC LIMIT ?3");
    if (!select) return select.error();
    Statement& s = **select;
    s.bind_text(1, query.role ? domain::to_string(*query.role) : query.unit_code);
    s.bind_int(2, query.before_id.value_or(std::numeric_limits<std::int64_t>::max()));
    s.bind_int(3, std::clamp(query.limit, 1, kMaxLimit));
    std::vector<domain::Notification> out;
    for (;;) {
        auto more = s.step();
        if (!more) return more.error();
        if (!*more) break;
        auto n = read_notification(s);
        if (!n) return n.error();
        out.push_back(std::move(*n));
    }
    return out;
}

core::Result<void> insert_notification_row(Connection& db, domain::Notification& n) {
    auto insert = db.prepare(
        "INSERT INTO notifications (unit_code, role, complaint_id, kind, level, text, created_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    if (!insert) return insert.error();
    Statement& s = **insert;
    if (n.role) {
        s.bind_null(1);
        s.bind_text(2, domain::to_string(*n.role));
    } else {
        s.bind_text(1, n.unit_code);
        s.bind_null(2);
    }
    s.bind_int(3, n.complaint_id);
    s.bind_text(4, domain::to_string(n.kind));
    s.bind_int(5, n.level);
    s.bind_text(6, n.text);
    s.bind_int(7, to_millis(n.created_at));
    auto row = s.step();
    if (!row) {
        if (s.failed_on_foreign_key()) {
            return core::make_error(
                core::ErrorCode::not_found, "Aduan tidak ditemukan", "complaint_id");
        }
        return row.error();
    }
    n.id = s.column_int(0);
    return s.run();
}

}  // namespace tanggap::store::sql

#include "store/sql/inbox_query.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/status_sql.hpp"

namespace tanggap::store::sql {
namespace {

// Spelled exactly as in the indexes of 0001_init.sql, so that they serve the inbox.
constexpr std::string_view kDueKey = "coalesce(c.due_at, 9223372036854775807)";
// The same key, copied into a unit's rows of complaint_units.
constexpr std::string_view kUnitDueKey = "u.due_key";

}  // namespace

std::string inbox_sql(Dialect dialect, const InboxQuery& query, bool after_cursor) {
    // A unit's inbox walks the unit's rows of complaint_units, which carry their complaint's
    // order and openness (0011_unit_inbox_order.sql), and fetches each complaint by its key;
    // everyone else walks the order of complaints itself.
    const bool by_unit = query.scope.unit_code.has_value();
    const std::string_view due_key = by_unit ? kUnitDueKey : kDueKey;
    const std::string_view created_at = by_unit ? "u.created_at" : "c.created_at";
    const std::string_view id = by_unit ? "u.complaint_id" : "c.id";

    std::string sql = "SELECT ";
    sql += kComplaintColumns;
    sql += ", ";
    sql += due_key;
    if (by_unit) {
        // CROSS JOIN keeps complaint_units the outer loop in SQLite, which has no statistics to
        // choose by; PostgreSQL's planner reorders it freely.
        sql += " FROM complaint_units u";
        if (dialect == Dialect::sqlite) {
            sql += query.open_only ? " INDEXED BY complaint_units_open_inbox"
                                   : " INDEXED BY complaint_units_inbox";
        }
        sql += " CROSS JOIN complaints c WHERE c.id = u.complaint_id AND u.unit_code = :scope";
        if (query.open_only) sql += " AND u.open = 1";
    } else {
        sql += " FROM complaints c";
        // Escalation lists are short: read them from their partial index (0003_escalation.sql)
        // rather than walking the whole inbox order, which an unanalysed SQLite database would
        // prefer (PostgreSQL's planner finds it without a hint, and takes none).
        if (query.min_escalation_level > 0 && dialect == Dialect::sqlite) {
            sql += " INDEXED BY complaints_escalated";
        }
        sql += " WHERE 1 = 1";
    }
    switch (query.scope.confidential) {
        case domain::InboxScope::Confidential::none:
            sql += " AND c.confidential = 0";
            break;
        case domain::InboxScope::Confidential::escalated:
            sql += " AND (c.confidential = 0 OR c.escalation_level >= " +
                   std::to_string(domain::kTopEscalationLevel) + ")";
            break;
        case domain::InboxScope::Confidential::all:
            break;
    }
    if (query.status) sql += " AND c.status = :status";
    if (query.open_only) {
        sql += " AND c.status NOT IN ";
        sql += not_open_statuses();
    }
    if (query.unit) sql += " AND c.unit_code = :unit";
    if (query.category) {
        // The category or one of its children ("a" matches "a" and "a.b", never "ab").
        sql +=
            " AND (c.category_code = :category"
            " OR substr(c.category_code, 1, length(:category) + 1) = :category || '.')";
    }
    if (query.channel) sql += " AND c.channel = :channel";
    if (query.from) sql += " AND c.created_at >= :from";
    if (query.to) sql += " AND c.created_at < :to";
    if (query.min_escalation_level > 0) {
        // "> 0" is the partial index's condition, which the query must state to use it.
        sql += " AND c.escalation_level > 0 AND c.escalation_level >= " +
               std::to_string(query.min_escalation_level);
    }
    const std::string order =
        std::string(due_key) + ", " + std::string(created_at) + ", " + std::string(id);
    if (after_cursor) {
        // The plain ">=" lets SQLite seek in the index; the row value decides exactly.
        sql += " AND ";
        sql += due_key;
        sql += " >= :due_key AND (" + order + ") > (:due_key, :created_at, :id)";
    }
    sql += " ORDER BY " + order + " LIMIT :limit";
    return sql;
}

void bind_inbox(Statement& select,
                const InboxQuery& query,
                const std::optional<InboxCursor>& after,
                int fetch) {
    auto bind_text = [&](const char* name, std::string_view value) {
        select.bind_text(select.parameter_index(name), value);
    };
    auto bind_int = [&](const char* name, std::int64_t value) {
        select.bind_int(select.parameter_index(name), value);
    };
    if (query.scope.unit_code) bind_text(":scope", *query.scope.unit_code);
    if (query.status) bind_text(":status", domain::to_string(*query.status));
    if (query.unit) bind_text(":unit", *query.unit);
    if (query.category) bind_text(":category", *query.category);
    if (query.channel) bind_text(":channel", domain::to_string(*query.channel));
    if (query.from) bind_int(":from", to_millis(*query.from));
    if (query.to) bind_int(":to", to_millis(*query.to));
    if (after) {
        bind_int(":due_key", after->due_key);
        bind_int(":created_at", after->created_at);
        bind_int(":id", after->id);
    }
    bind_int(":limit", fetch);
}

}  // namespace tanggap::store::sql

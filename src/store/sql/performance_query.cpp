#include "store/sql/performance_query.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/store_errors.hpp"

#include <string>

namespace tanggap::store::sql {
namespace {

std::optional<domain::Timestamp> time_or_null(const Statement& row, int index) {
    auto ms = row.column_int_or_null(index);
    if (!ms) return std::nullopt;
    return from_millis(*ms);
}

std::string performance_sql(const PerformanceQuery& query) {
    // `f` is the first follow-up event, found through its seq so that its actor comes along.
    std::string sql =
        "SELECT c.id, c.created_at, c.unit_code, coalesce(c.category_code, ''),"
        " coalesce(c.kecamatan_code, ''), c.status, c.due_at,"
        " (SELECT max(e.at) FROM complaint_events e WHERE e.complaint_id = c.id"
        "  AND e.action IN ('verify', 'dispose')"
        "  AND (f.seq IS NULL OR e.seq < f.seq)),"
        " f.at, coalesce(f.actor, ''), coalesce(s.display_name, ''),"
        " (SELECT min(e.at) FROM complaint_events e WHERE e.complaint_id = c.id"
        "  AND e.to_status = 'selesai'),"
        " EXISTS (SELECT 1 FROM complaint_events e WHERE e.complaint_id = c.id"
        "  AND e.to_status = 'dibuka_kembali'),"
        " c.feedback_rating"
        " FROM complaints c"
        " LEFT JOIN complaint_events f ON f.complaint_id = c.id AND f.seq ="
        "  (SELECT min(e.seq) FROM complaint_events e WHERE e.complaint_id = c.id"
        "   AND e.action IN ('start', 'respond', 'resolve'))"
        " LEFT JOIN staff_users s ON s.username = f.actor"
        " WHERE 1 = 1";
    if (query.from) sql += " AND c.created_at >= :from";
    if (query.to) sql += " AND c.created_at < :to";
    if (query.unit) sql += " AND c.unit_code = :unit";
    return sql + " ORDER BY c.id";
}

core::Result<PerformanceFact> read_fact(const Statement& row) {
    PerformanceFact fact;
    fact.complaint_id = row.column_int(0);
    fact.created_at = from_millis(row.column_int(1));
    fact.unit_code = row.column_text(2);
    fact.category_code = row.column_text(3);
    fact.kecamatan_code = row.column_text(4);
    const auto status = row.column_text(5);
    const auto parsed = domain::parse_status(status);
    if (!parsed) return internal_error("unknown status '" + status + "' in complaints");
    fact.status = *parsed;
    fact.due_at = time_or_null(row, 6);
    fact.follow_up_step_at = time_or_null(row, 7);
    fact.first_follow_up_at = time_or_null(row, 8);
    fact.officer = row.column_text(9);
    fact.officer_name = row.column_text(10);
    fact.resolved_at = time_or_null(row, 11);
    fact.reopened = row.column_int(12) != 0;
    if (auto rating = row.column_int_or_null(13)) fact.rating = static_cast<int>(*rating);
    return fact;
}

}  // namespace

core::Result<std::vector<PerformanceFact>> read_performance_facts(Connection& db,
                                                                  const PerformanceQuery& query) {
    auto select = db.prepare(performance_sql(query));
    if (!select) return select.error();
    Statement& s = **select;
    if (query.from) s.bind_int(s.parameter_index(":from"), to_millis(*query.from));
    if (query.to) s.bind_int(s.parameter_index(":to"), to_millis(*query.to));
    if (query.unit) s.bind_text(s.parameter_index(":unit"), *query.unit);
    return collect_rows<PerformanceFact>(s, read_fact);
}

}  // namespace tanggap::store::sql

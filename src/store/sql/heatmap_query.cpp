#include "store/sql/heatmap_query.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>

namespace tanggap::store::sql {

core::Result<Heatmap> read_complaint_heatmap(Connection& db, const HeatmapQuery& query) {
    if (query.cells_per_degree < 1 || query.cells_per_degree > 1000) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Ukuran sel tidak valid", "cells_per_degree");
    }
    std::string where = " WHERE c.lat IS NOT NULL AND c.lon IS NOT NULL AND c.status <> 'ditolak'";
    if (query.from) where += " AND c.created_at >= :from";
    if (query.to) where += " AND c.created_at < :to";
    if (query.category) {
        // The category or one of its children ("a" matches "a" and "a.b", never "ab").
        where +=
            " AND (c.category_code = :category"
            " OR substr(c.category_code, 1, length(:category) + 1) = :category || '.')";
    }
    // Small cells come back as one row with row and column NULL: their sum, never their place.
    const std::string sql =
        "SELECT y, x, total FROM (SELECT CASE WHEN n >= :min THEN y END AS y,"
        " CASE WHEN n >= :min THEN x END AS x, sum(n) AS total"
        " FROM (SELECT CAST(round(CAST(c.lat * :per AS NUMERIC)) AS INTEGER) AS y,"
        " CAST(round(CAST(c.lon * :per AS NUMERIC)) AS INTEGER) AS x, count(*) AS n"
        " FROM complaints c" +
        where +
        " GROUP BY 1, 2) AS cells GROUP BY 1, 2) AS shown"
        " ORDER BY y IS NULL, total DESC, y, x";
    auto select = db.prepare(sql);
    if (!select) return select.error();
    Statement& s = **select;
    s.bind_int(s.parameter_index(":per"), query.cells_per_degree);
    s.bind_int(s.parameter_index(":min"), std::max(query.min_count, 1));
    if (query.from) s.bind_int(s.parameter_index(":from"), to_millis(*query.from));
    if (query.to) s.bind_int(s.parameter_index(":to"), to_millis(*query.to));
    if (query.category) s.bind_text(s.parameter_index(":category"), *query.category);

    Heatmap out;
    for (;;) {
        auto more = s.step();
        if (!more) return more.error();
        if (!*more) break;
        const std::int64_t count = s.column_int(2);
        out.located += count;
        if (s.column_is_null(0)) {
            out.suppressed += count;
        } else {
            out.cells.push_back(HeatmapCell{s.column_int(0), s.column_int(1), count});
        }
    }
    return out;
}

}  // namespace tanggap::store::sql

#include "store/sql/stats_query.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>
#include <array>

namespace tanggap::store::sql {
namespace {

constexpr std::string_view kResolved = "c.status IN ('selesai', 'ditutup')";
// 1 or 0, for sum(): PostgreSQL does not add up booleans.
constexpr std::string_view kResolvedOne =
    "CASE WHEN c.status IN ('selesai', 'ditutup') THEN 1 ELSE 0 END";
constexpr std::string_view kRejectedOne =
    "CASE WHEN c.status IN ('ditolak', 'diarsipkan') THEN 1 ELSE 0 END";
// created_at as text on the local wall clock: "YYYY" (year) or "YYYY-MM". The offset is a
// whole number of minutes from a fixed list, so it is written into the SQL rather than bound.
std::string local_period(Dialect dialect, const StatsQuery& query, bool month) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(query.utc_offset);
    const std::string local = "c.created_at / 1000 + " + std::to_string(seconds.count());
    if (dialect == Dialect::sqlite) {
        return std::string("strftime('") + (month ? "%Y-%m" : "%Y") + "', " + local +
               ", 'unixepoch')";
    }
    return "to_char(to_timestamp(" + local + ") AT TIME ZONE 'UTC', '" +
           (month ? "YYYY-MM" : "YYYY") + "')";
}

// " WHERE ..." for the bounds present in `query` (1 = 1 keeps the AND chain uniform).
std::string where(const StatsQuery& query) {
    std::string sql = " WHERE 1 = 1";
    if (query.from) sql += " AND c.created_at >= :from";
    if (query.to) sql += " AND c.created_at < :to";
    if (query.channel) sql += " AND c.channel = :channel";
    return sql;
}

void bind_bounds(Statement& select, const StatsQuery& query) {
    if (query.from) select.bind_int(select.parameter_index(":from"), to_millis(*query.from));
    if (query.to) select.bind_int(select.parameter_index(":to"), to_millis(*query.to));
    if (query.channel) {
        select.bind_text(select.parameter_index(":channel"), domain::to_string(*query.channel));
    }
}

// "count(*) AS n, sum(<resolved>) AS r": the two figures of every breakdown row.
std::string counts() {
    return "count(*) AS n, coalesce(sum(" + std::string(kResolvedOne) + "), 0) AS r";
}

// The breakdown rows of `sql`: columns key, name, kind, received, resolved.
domain::Result<std::vector<StatsRow>> breakdown(Connection& db,
                                                const std::string& sql,
                                                const StatsQuery& query) {
    auto select = db.prepare(sql);
    if (!select) return select.error();
    bind_bounds(**select, query);
    return collect_rows<StatsRow>(**select, [](const Statement& row) -> domain::Result<StatsRow> {
        return StatsRow{row.column_text(0),
                        row.column_text(1),
                        row.column_text(2),
                        row.column_int(3),
                        row.column_int(4)};
    });
}

// Grouped by a plain expression over complaints, without names.
std::string grouped(std::string_view key, const StatsQuery& query, std::string_view order) {
    return "SELECT " + std::string(key) + " AS k, '', '', " + counts() + " FROM complaints c" +
           where(query) + " GROUP BY k ORDER BY " + std::string(order);
}

// Per unit first (a small result), then the directory's names joined to it.
std::string per_unit(const StatsQuery& query) {
    return "SELECT c.unit_code AS k, " + counts() + " FROM complaints c" + where(query) +
           " GROUP BY c.unit_code";
}

domain::Result<void> totals(Connection& db, const StatsQuery& query, ComplaintStats& out) {
    const std::string sql = "SELECT count(*), coalesce(sum(" + std::string(kResolvedOne) +
                            "), 0), coalesce(sum(" + std::string(kRejectedOne) +
                            "), 0) FROM complaints c" + where(query);
    auto select = db.prepare(sql);
    if (!select) return select.error();
    bind_bounds(**select, query);
    auto more = (*select)->step();
    if (!more) return more.error();
    if (!*more) return internal_error("count(*) returned no row");
    out.total = (*select)->column_int(0);
    out.resolved = (*select)->column_int(1);
    out.rejected_or_archived = (*select)->column_int(2);
    out.in_process = out.total - out.resolved - out.rejected_or_archived;
    return {};
}

// The median in SQL: order the durations and average the middle one or two (LIMIT/OFFSET),
// so only one number leaves the database. The first event into `selesai` counts (a reopened
// complaint is resolved again later; its first answer is what the citizen waited for).
domain::Result<void> median(Connection& db, const StatsQuery& query, ComplaintStats& out) {
    const std::string sql =
        "WITH d AS MATERIALIZED ("
        " SELECT (SELECT e.at FROM complaint_events e WHERE e.complaint_id = c.id"
        " AND e.to_status = 'selesai' ORDER BY e.seq LIMIT 1) - c.created_at AS ms"
        " FROM complaints c" +
        where(query) + " AND " + std::string(kResolved) +
        "), r AS MATERIALIZED (SELECT ms FROM d WHERE ms IS NOT NULL),"
        " n AS (SELECT count(*) AS n FROM r)"
        " SELECT avg(ms) FROM (SELECT ms FROM r ORDER BY ms"
        " LIMIT 2 - (SELECT n FROM n) % 2 OFFSET ((SELECT n FROM n) - 1) / 2) AS middle";
    auto select = db.prepare(sql);
    if (!select) return select.error();
    bind_bounds(**select, query);
    auto more = (*select)->step();
    if (!more) return more.error();
    if (*more) {
        if (auto ms = (*select)->column_real_or_null(0)) {
            out.median_resolution_hours = *ms / 3'600'000.0;
        }
    }
    return {};
}

void append_hex(std::string& out, std::int64_t value) {
    constexpr std::string_view kDigits = "0123456789abcdef";
    const auto bits = static_cast<std::uint64_t>(value);
    for (int shift = 60; shift >= 0; shift -= 4) out += kDigits[(bits >> shift) & 0xf];
}

std::optional<std::int64_t> parse_hex(std::string_view text) {
    std::uint64_t bits = 0;
    for (char ch : text) {
        int digit = -1;
        if (ch >= '0' && ch <= '9') digit = ch - '0';
        if (ch >= 'a' && ch <= 'f') digit = ch - 'a' + 10;
        if (digit < 0) return std::nullopt;
        bits = (bits << 4) | static_cast<std::uint64_t>(digit);
    }
    return static_cast<std::int64_t>(bits);
}

constexpr std::string_view kCursorPrefix = "p1";

}  // namespace

domain::Result<ComplaintStats> read_complaint_stats(Connection& db, const StatsQuery& query) {
    ComplaintStats out;
    if (auto r = totals(db, query, out); !r) return r.error();
    if (auto r = median(db, query, out); !r) return r.error();

    const std::string year = local_period(db.dialect(), query, false);
    const std::string month = local_period(db.dialect(), query, true);
    const std::string by_size = "n DESC, k";
    const std::array<std::pair<std::vector<StatsRow>*, std::string>, 6> queries{{
        {&out.by_year, grouped(year, query, "k")},
        {&out.by_month, grouped(month, query, "k")},
        {&out.by_unit_kind,
         "SELECT coalesce(u.kind, '') AS k, '', '', sum(g.n) AS n, sum(g.r) FROM (" +
             per_unit(query) +
             ") g LEFT JOIN units u ON u.code = g.k GROUP BY coalesce(u.kind, '') ORDER BY k"},
        {&out.by_unit,
         "SELECT g.k, coalesce(u.name, ''), coalesce(u.kind, ''), g.n, g.r FROM (" +
             per_unit(query) + ") g LEFT JOIN units u ON u.code = g.k ORDER BY g.n DESC, g.k"},
        {&out.by_category,
         "SELECT g.k, coalesce(k.name, ''), '', g.n, g.r FROM (SELECT coalesce(c.category_code,"
         " '') AS k, " +
             counts() + " FROM complaints c" + where(query) +
             " GROUP BY c.category_code) g LEFT JOIN categories k ON k.code = g.k"
             " ORDER BY g.n DESC, g.k"},
        {&out.by_channel, grouped("c.channel", query, by_size)},
    }};
    for (const auto& [rows, sql] : queries) {
        auto result = breakdown(db, sql, query);
        if (!result) return result.error();
        *rows = std::move(*result);
    }
    return out;
}

domain::Result<PublicComplaintPage> read_public_complaints(Connection& db,
                                                           const PublicComplaintQuery& query) {
    std::optional<PublicCursor> after;
    if (!query.cursor.empty()) {
        after = decode_public_cursor(query.cursor);
        if (!after) {
            return domain::make_error(
                domain::ErrorCode::invalid_field, "Kursor halaman tidak valid.", "cursor");
        }
    }
    std::string sql =
        "SELECT c.id, c.ticket, c.title, c.status, c.kind, c.category_code, c.unit_code,"
        " c.created_at, c.lat, c.lon, c.kecamatan_code, c.desa_code FROM complaints c"
        " WHERE c.confidential = 0";
    if (query.category) {
        // The category or one of its children ("a" matches "a" and "a.b", never "ab").
        sql +=
            " AND (c.category_code = :category"
            " OR substr(c.category_code, 1, length(:category) + 1) = :category || '.')";
    }
    if (query.kecamatan) sql += " AND c.kecamatan_code = :kecamatan";
    if (query.status) sql += " AND c.status = :status";
    if (after) {
        // The plain "<=" lets SQLite seek in the index; the row value decides exactly.
        sql += " AND c.created_at <= :created_at AND (c.created_at, c.id) < (:created_at, :id)";
    }
    sql += " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit";

    auto select = db.prepare(sql);
    if (!select) return select.error();
    Statement& s = **select;
    if (query.category) s.bind_text(s.parameter_index(":category"), *query.category);
    if (query.kecamatan) s.bind_text(s.parameter_index(":kecamatan"), *query.kecamatan);
    if (query.status) s.bind_text(s.parameter_index(":status"), domain::to_string(*query.status));
    if (after) {
        s.bind_int(s.parameter_index(":created_at"), after->created_at);
        s.bind_int(s.parameter_index(":id"), after->id);
    }
    const int limit = std::clamp(query.limit, 1, kPublicListMaxLimit);
    // One row more than asked tells whether another page exists.
    s.bind_int(s.parameter_index(":limit"), limit + 1);

    PublicComplaintPage page;
    PublicCursor last;
    for (;;) {
        auto more = s.step();
        if (!more) return more.error();
        if (!*more) break;
        if (static_cast<int>(page.items.size()) == limit) {
            page.next_cursor = encode_public_cursor(last);
            break;
        }
        PublicComplaintSummary item;
        item.ticket = s.column_text(1);
        item.title = s.column_text(2);
        const auto status = s.column_text(3);
        const auto parsed_status = domain::parse_status(status);
        if (!parsed_status) return internal_error("unknown status '" + status + "'");
        item.status = *parsed_status;
        const auto kind = s.column_text(4);
        const auto parsed_kind = domain::parse_complaint_kind(kind);
        if (!parsed_kind) return internal_error("unknown complaint kind '" + kind + "'");
        item.kind = *parsed_kind;
        item.category_code = s.column_text(5);
        item.unit_code = s.column_text(6);
        item.created_at = from_millis(s.column_int(7));
        item.lat = s.column_real_or_null(8);
        item.lon = s.column_real_or_null(9);
        item.kecamatan_code = s.column_text(10);
        item.desa_code = s.column_text(11);
        last = PublicCursor{s.column_int(7), s.column_int(0)};
        page.items.push_back(std::move(item));
    }
    return page;
}

std::string encode_public_cursor(const PublicCursor& cursor) {
    std::string out(kCursorPrefix);
    append_hex(out, cursor.created_at);
    append_hex(out, cursor.id);
    return out;
}

std::optional<PublicCursor> decode_public_cursor(std::string_view text) {
    if (text.size() != kCursorPrefix.size() + 32 || !text.starts_with(kCursorPrefix)) {
        return std::nullopt;
    }
    const auto created_at = parse_hex(text.substr(2, 16));
    const auto id = parse_hex(text.substr(18, 16));
    if (!created_at || !id || *id <= 0) return std::nullopt;
    return PublicCursor{*created_at, *id};
}

}  // namespace tanggap::store::sql

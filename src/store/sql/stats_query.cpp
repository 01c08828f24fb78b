#include "store/sql/stats_query.hpp"

#include "domain/redaction.hpp"
#include "store/sql/complaint_rows.hpp"
#include "store/sql/status_sql.hpp"
#include "store/sql/store_errors.hpp"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace tanggap::store::sql {
namespace {

const std::string kResolved = "c.status IN " + status_list(domain::is_resolved);
// 1 or 0, for sum(): PostgreSQL does not add up booleans.
const std::string kResolvedOne = "CASE WHEN " + kResolved + " THEN 1 ELSE 0 END";
const std::string kRejectedOne =
    "CASE WHEN c.status IN " + status_list(domain::is_dismissed) + " THEN 1 ELSE 0 END";
// created_at as text "YYYY-MM" on the local wall clock. The offset is a whole number of minutes
// from a fixed list, so it is written into the SQL rather than bound.
std::string local_month(Dialect dialect, const StatsQuery& query) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(query.utc_offset);
    const std::string local = "c.created_at / 1000 + " + std::to_string(seconds.count());
    if (dialect == Dialect::sqlite) return "strftime('%Y-%m', " + local + ", 'unixepoch')";
    return "to_char(to_timestamp(" + local + ") AT TIME ZONE 'UTC', 'YYYY-MM')";
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

// The figures of one month, unit, category and channel: every breakdown and the totals add
// these up, so the complaints are read once however many breakdowns there are.
struct Cell {
    std::string month;  // "YYYY-MM" on the local calendar; its year is the first four
    std::string unit;
    std::string category;  // "" for none
    std::string channel;
    std::int64_t received = 0;
    std::int64_t resolved = 0;
    std::int64_t rejected = 0;
};

core::Result<std::vector<Cell>> read_cells(Connection& db, const StatsQuery& query) {
    const std::string sql = "SELECT " + local_month(db.dialect(), query) +
                            ", c.unit_code, coalesce(c.category_code, ''), c.channel, count(*),"
                            " sum(" +
                            std::string(kResolvedOne) + "), sum(" + std::string(kRejectedOne) +
                            ") FROM complaints c" + where(query) + " GROUP BY 1, 2, 3, 4";
    auto select = db.prepare(sql);
    if (!select) return select.error();
    bind_bounds(**select, query);
    return collect_rows<Cell>(**select, [](const Statement& row) -> core::Result<Cell> {
        return Cell{row.column_text(0),
                    row.column_text(1),
                    row.column_text(2),
                    row.column_text(3),
                    row.column_int(4),
                    row.column_int(5),
                    row.column_int(6)};
    });
}

// Names (and kinds) from the directory by code; a few hundred rows, read whole.
struct Named {
    std::string name;
    std::string kind;
};
core::Result<std::map<std::string, Named>> read_names(Connection& db, const std::string& sql) {
    auto select = db.prepare(sql);
    if (!select) return select.error();
    auto rows = collect_rows<std::pair<std::string, Named>>(
        **select, [](const Statement& row) -> core::Result<std::pair<std::string, Named>> {
            return std::pair{row.column_text(0), Named{row.column_text(1), row.column_text(2)}};
        });
    if (!rows) return rows.error();
    return std::map<std::string, Named>(rows->begin(), rows->end());
}

// Rows keyed and summed; a std::map keeps them ascending by key.
using Breakdown = std::map<std::string, StatsRow>;

void add(Breakdown& rows, const std::string& key, const Cell& cell) {
    auto& row = rows[key];
    row.key = key;
    row.received += cell.received;
    row.resolved += cell.resolved;
}

std::vector<StatsRow> ascending(const Breakdown& rows) {
    std::vector<StatsRow> out;
    for (const auto& [key, row] : rows) out.push_back(row);
    return out;
}

// Received descending, then key ascending (the map's order, kept by a stable sort).
std::vector<StatsRow> largest_first(const Breakdown& rows) {
    auto out = ascending(rows);
    std::stable_sort(out.begin(), out.end(), [](const StatsRow& a, const StatsRow& b) {
        return a.received > b.received;
    });
    return out;
}

// The median in SQL: order the durations and average the middle one or two (LIMIT/OFFSET),
// so only one number leaves the database. resolved_at is the first event into `selesai` (a
// reopened complaint is resolved again later; its first answer is what the citizen waited
// for), kept on the complaint by SqlWriteTx so no event is read here.
core::Result<void> median(Connection& db, const StatsQuery& query, ComplaintStats& out) {
    const std::string sql =
        "WITH r AS MATERIALIZED (SELECT c.resolved_at - c.created_at AS ms FROM complaints c" +
        // SQLite, without statistics, would rather seek by status and read every row.
        std::string(db.dialect() == Dialect::sqlite ? " INDEXED BY complaints_resolution" : "") +
        where(query) + " AND " + std::string(kResolved) +
        " AND c.resolved_at IS NOT NULL),"
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

core::Result<ComplaintStats> read_complaint_stats(Connection& db, const StatsQuery& query) {
    auto cells = read_cells(db, query);
    if (!cells) return cells.error();
    auto units = read_names(db, "SELECT code, name, kind FROM units");
    if (!units) return units.error();
    auto categories = read_names(db, "SELECT code, name, '' FROM categories");
    if (!categories) return categories.error();

    ComplaintStats out;
    Breakdown years, months, unit_kinds, by_unit, by_category, channels;
    for (const auto& cell : *cells) {
        out.total += cell.received;
        out.resolved += cell.resolved;
        out.rejected_or_archived += cell.rejected;
        add(years, cell.month.substr(0, 4), cell);
        add(months, cell.month, cell);
        const auto unit = units->find(cell.unit);
        add(unit_kinds, unit == units->end() ? "" : unit->second.kind, cell);
        add(by_unit, cell.unit, cell);
        add(by_category, cell.category, cell);
        add(channels, cell.channel, cell);
    }
    out.in_process = out.total - out.resolved - out.rejected_or_archived;
    for (auto& [code, row] : by_unit) {
        if (const auto unit = units->find(code); unit != units->end()) {
            row.name = unit->second.name;
            row.kind = unit->second.kind;
        }
    }
    for (auto& [code, row] : by_category) {
        if (const auto category = categories->find(code); category != categories->end()) {
            row.name = category->second.name;
        }
    }
    out.by_year = ascending(years);
    out.by_month = ascending(months);
    out.by_unit_kind = ascending(unit_kinds);
    out.by_unit = largest_first(by_unit);
    out.by_category = largest_first(by_category);
    out.by_channel = largest_first(channels);
    if (auto r = median(db, query, out); !r) return r.error();
    return out;
}

core::Result<PublicComplaintPage> read_public_complaints(Connection& db,
                                                         const PublicComplaintQuery& query) {
    std::optional<PublicCursor> after;
    if (!query.cursor.empty()) {
        after = decode_public_cursor(query.cursor);
        if (!after) {
            return core::make_error(
                core::ErrorCode::invalid_field, "Kursor halaman tidak valid.", "cursor");
        }
    }
    std::string sql =
        "SELECT c.id, c.ticket, c.title, c.status, c.kind, c.category_code, c.unit_code,"
        " c.created_at, c.lat, c.lon, c.kecamatan_code, c.desa_code, c.hidden_phrases"
        " FROM complaints c WHERE c.published = 1";
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
        item.title = domain::redact(s.column_text(2), split_phrases(s.column_text(12)));
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

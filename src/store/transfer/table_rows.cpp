#include "store/transfer/table_rows.hpp"

#include "store/sql/connection.hpp"

#include <algorithm>

namespace tanggap::store::transfer {
namespace {

using core::Result;

// PostgreSQL takes at most 65535 parameters in one statement.
constexpr std::size_t kMaxParameters = 30000;
constexpr std::size_t kMaxRowsPerInsert = 500;

Value read_value(const sql::Statement& row, int index, ColumnType type) {
    if (row.column_is_null(index)) return std::monostate{};
    switch (type) {
        case ColumnType::integer:
            return row.column_int(index);
        case ColumnType::real:
            return row.column_real(index);
        case ColumnType::text:
            return row.column_text(index);
    }
    return std::monostate{};
}

// Typed NULLs, so PostgreSQL knows each parameter's type even when a whole column is NULL.
void bind_value(sql::Statement& statement, int index, ColumnType type, const Value& value) {
    const bool null = std::holds_alternative<std::monostate>(value);
    switch (type) {
        case ColumnType::integer:
            if (null) {
                statement.bind_int_or_null(index, std::nullopt);
            } else {
                statement.bind_int(index, std::get<std::int64_t>(value));
            }
            return;
        case ColumnType::real:
            if (null) {
                statement.bind_real_or_null(index, std::nullopt);
            } else {
                statement.bind_real(index, std::get<double>(value));
            }
            return;
        case ColumnType::text:
            if (null) {
                statement.bind_text_or_null(index, "");
            } else {
                statement.bind_text(index, std::get<std::string>(value));
            }
            return;
    }
}

std::string column_list(const TableLayout& layout) {
    std::string list;
    for (const auto& column : layout.columns) {
        if (!list.empty()) list += ", ";
        list += quoted(column.name);
    }
    return list;
}

std::string key_list(const TableLayout& layout) {
    std::string list;
    for (int index : layout.key) {
        if (!list.empty()) list += ", ";
        list += quoted(layout.columns[static_cast<std::size_t>(index)].name);
    }
    return list;
}

// SELECT of one page; after the first page, of the rows whose key follows `?1..?k`.
std::string page_sql(const TableLayout& layout, bool after_key, int page_rows) {
    std::string sql = "SELECT " + column_list(layout) + " FROM " + quoted(layout.name);
    if (after_key) {
        sql += " WHERE (" + key_list(layout) + ") > (";
        for (std::size_t i = 1; i <= layout.key.size(); ++i) {
            if (i > 1) sql += ", ";
            sql += "?" + std::to_string(i);
        }
        sql += ")";
    }
    return sql + " ORDER BY " + key_list(layout) + " LIMIT " + std::to_string(page_rows);
}

std::string insert_sql(const TableLayout& layout, std::size_t rows) {
    std::string sql =
        "INSERT INTO " + quoted(layout.name) + " (" + column_list(layout) + ") VALUES ";
    int parameter = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        sql += r == 0 ? "(" : ", (";
        for (std::size_t c = 0; c < layout.columns.size(); ++c) {
            if (c > 0) sql += ", ";
            sql += "?" + std::to_string(++parameter);
        }
        sql += ")";
    }
    return sql;
}

}  // namespace

std::string quoted(const std::string& identifier) {
    std::string out = "\"";
    for (char c : identifier) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

Result<void> for_each_page(sql::Connection& db,
                           const TableLayout& layout,
                           const std::function<Result<void>(const std::vector<Row>&)>& on_page,
                           int page_rows) {
    const std::string first_sql = page_sql(layout, false, page_rows);
    const std::string next_sql = page_sql(layout, true, page_rows);
    std::optional<Row> last;
    for (;;) {
        auto statement = db.prepare(last ? next_sql : first_sql);
        if (!statement) return statement.error();
        if (last) {
            for (std::size_t i = 0; i < layout.key.size(); ++i) {
                const auto column = static_cast<std::size_t>(layout.key[i]);
                bind_value(**statement,
                           static_cast<int>(i + 1),
                           layout.columns[column].type,
                           (*last)[column]);
            }
        }
        auto rows =
            sql::collect_rows<Row>(**statement, [&](const sql::Statement& s) -> Result<Row> {
                Row row;
                row.reserve(layout.columns.size());
                for (std::size_t c = 0; c < layout.columns.size(); ++c) {
                    row.push_back(read_value(s, static_cast<int>(c), layout.columns[c].type));
                }
                return row;
            });
        if (!rows) return rows.error();
        if (rows->empty()) return {};
        if (auto done = on_page(*rows); !done) return done.error();
        if (rows->size() < static_cast<std::size_t>(page_rows)) return {};
        last = std::move(rows->back());
    }
}

Result<void> insert_rows(sql::Connection& db,
                         const TableLayout& layout,
                         const std::vector<Row>& rows) {
    const std::size_t width = std::max<std::size_t>(1, layout.columns.size());
    const std::size_t per_statement =
        std::clamp<std::size_t>(kMaxParameters / width, 1, kMaxRowsPerInsert);
    for (std::size_t start = 0; start < rows.size(); start += per_statement) {
        const std::size_t count = std::min(per_statement, rows.size() - start);
        auto statement = db.prepare(insert_sql(layout, count));
        if (!statement) return statement.error();
        int parameter = 0;
        for (std::size_t r = start; r < start + count; ++r) {
            for (std::size_t c = 0; c < layout.columns.size(); ++c) {
                bind_value(**statement, ++parameter, layout.columns[c].type, rows[r][c]);
            }
        }
        if (auto done = (*statement)->run(); !done) return done.error();
    }
    return {};
}

}  // namespace tanggap::store::transfer

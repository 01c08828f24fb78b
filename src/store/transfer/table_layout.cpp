#include "store/transfer/table_layout.hpp"

#include "store/sql/connection.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace tanggap::store::transfer {
namespace {

using core::ErrorCode;
using core::make_error;
using core::Result;

constexpr std::string_view kTablesSql =
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
    "AND c.relname <> 'schema_migrations' ORDER BY c.relname";

constexpr std::string_view kColumnsSql =
    "SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns "
    "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position";

constexpr std::string_view kPrimaryKeysSql =
    "SELECT c.relname, a.attname FROM pg_constraint k "
    "JOIN pg_class c ON c.oid = k.conrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key_column(attnum, ord) "
    "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key_column.attnum "
    "WHERE k.contype = 'p' AND n.nspname = current_schema() ORDER BY c.relname, key_column.ord";

constexpr std::string_view kReferencesSql =
    "SELECT c.relname, p.relname FROM pg_constraint k "
    "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE k.contype = 'f' AND n.nspname = current_schema()";

// Each row of `sql` (no parameters) as its text columns.
Result<std::vector<std::vector<std::string>>> text_rows(sql::Connection& db,
                                                        std::string_view sql,
                                                        int width) {
    auto statement = db.prepare(sql);
    if (!statement) return statement.error();
    return sql::collect_rows<std::vector<std::string>>(
        **statement, [width](const sql::Statement& row) -> Result<std::vector<std::string>> {
            std::vector<std::string> values;
            for (int i = 0; i < width; ++i) values.push_back(row.column_text(i));
            return values;
        });
}

Result<ColumnType> column_type(const std::string& table,
                               const std::string& column,
                               const std::string& data_type) {
    if (data_type == "bigint" || data_type == "integer" || data_type == "smallint") {
        return ColumnType::integer;
    }
    if (data_type == "double precision" || data_type == "real") return ColumnType::real;
    if (data_type == "text" || data_type == "character varying") return ColumnType::text;
    return make_error(ErrorCode::internal,
                      "column " + table + "." + column + " is of type " + data_type +
                          ", which a data move does not know");
}

// Parents before children (Kahn's algorithm, ties by name so the order is stable).
Result<std::vector<TableLayout>> in_reference_order(
    std::map<std::string, TableLayout> tables,
    const std::vector<std::vector<std::string>>& references) {
    std::map<std::string, std::set<std::string>> parents;
    for (const auto& ref : references) {
        if (ref[0] != ref[1] && tables.contains(ref[0]) && tables.contains(ref[1])) {
            parents[ref[0]].insert(ref[1]);
        }
    }
    std::vector<TableLayout> ordered;
    std::set<std::string> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (auto& [name, layout] : tables) {
            if (placed.contains(name)) continue;
            const auto& needs = parents[name];
            if (!std::all_of(needs.begin(), needs.end(), [&](const std::string& parent) {
                    return placed.contains(parent);
                })) {
                continue;
            }
            placed.insert(name);
            ordered.push_back(std::move(layout));
            progress = true;
        }
        if (!progress) {
            return make_error(ErrorCode::internal,
                              "the tables' foreign keys form a cycle: no order to copy them in");
        }
    }
    return ordered;
}

}  // namespace

Result<std::vector<TableLayout>> read_postgres_layouts(sql::Connection& db) {
    auto table_names = text_rows(db, kTablesSql, 1);
    if (!table_names) return table_names.error();
    std::map<std::string, TableLayout> tables;
    for (const auto& row : *table_names) tables[row[0]].name = row[0];

    auto columns = text_rows(db, kColumnsSql, 4);
    if (!columns) return columns.error();
    for (const auto& row : *columns) {
        auto table = tables.find(row[0]);
        if (table == tables.end()) continue;
        auto type = column_type(row[0], row[1], row[2]);
        if (!type) return type.error();
        table->second.columns.push_back({row[1], *type});
        if (row[3] == "YES") table->second.identity = row[1];
    }

    auto keys = text_rows(db, kPrimaryKeysSql, 2);
    if (!keys) return keys.error();
    for (const auto& row : *keys) {
        auto table = tables.find(row[0]);
        if (table == tables.end()) continue;
        const auto& cols = table->second.columns;
        const auto at = std::find_if(
            cols.begin(), cols.end(), [&](const Column& c) { return c.name == row[1]; });
        table->second.key.push_back(static_cast<int>(at - cols.begin()));
    }
    for (const auto& [name, layout] : tables) {
        if (layout.key.empty()) {
            return make_error(ErrorCode::internal,
                              "table " + name + " has no primary key to order its rows by");
        }
    }

    auto references = text_rows(db, kReferencesSql, 2);
    if (!references) return references.error();
    return in_reference_order(std::move(tables), *references);
}

Result<void> check_sqlite_matches(sql::Connection& db, const std::vector<TableLayout>& layouts) {
    auto names = text_rows(db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
                           1);
    if (!names) return names.error();
    std::set<std::string> source;
    for (const auto& row : *names) source.insert(row[0]);
    std::set<std::string> target;
    for (const auto& layout : layouts) target.insert(layout.name);
    for (const auto& name : source) {
        if (!target.contains(name)) {
            return make_error(ErrorCode::invalid_field,
                              "table " + name + " is in the embedded store but not in PostgreSQL",
                              "from");
        }
    }
    for (const auto& layout : layouts) {
        if (!source.contains(layout.name)) {
            return make_error(ErrorCode::invalid_field,
                              "table " + layout.name + " is missing from the embedded store",
                              "from");
        }
        auto statement = db.prepare("SELECT name FROM pragma_table_info(?1)");
        if (!statement) return statement.error();
        (*statement)->bind_text(1, layout.name);
        auto columns = sql::collect_rows<std::string>(
            **statement,
            [](const sql::Statement& row) -> Result<std::string> { return row.column_text(0); });
        if (!columns) return columns.error();
        for (const auto& column : layout.columns) {
            if (std::find(columns->begin(), columns->end(), column.name) == columns->end()) {
                return make_error(ErrorCode::invalid_field,
                                  "column " + layout.name + "." + column.name +
                                      " is missing from the embedded store",
                                  "from");
            }
        }
    }
    return {};
}

}  // namespace tanggap::store::transfer

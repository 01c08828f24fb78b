#include "store/transfer/move_to_postgres.hpp"

#include "store/postgres/pg_connection.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/sql/connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/transfer/table_layout.hpp"
#include "store/transfer/table_rows.hpp"

#include <filesystem>
#include <memory>

namespace tanggap::store::transfer {
namespace {

using core::ErrorCode;
using core::make_error;
using core::Result;

// The two ends of a move, each inside one transaction: the source in a read snapshot, the
// target in the transaction that is committed only when the copy checks out.
struct Ends {
    sqlite::Connection source;
    std::unique_ptr<postgres::Connection> target;
    std::vector<TableLayout> layouts;
    int schema_version = 0;

    void abandon() {
        if (target->in_transaction()) (void)target->exec("ROLLBACK");
        if (source.in_transaction()) (void)source.exec("ROLLBACK");
    }
};

void say(const MoveOptions& options, const std::string& line) {
    if (options.progress) options.progress(line);
}

Result<std::int64_t> single_int(sql::Connection& db, const std::string& sql) {
    auto statement = db.prepare(sql);
    if (!statement) return statement.error();
    auto row = (*statement)->step();
    if (!row) return row.error();
    return *row ? (*statement)->column_int(0) : 0;
}

// Opens both ends, begins their transactions and reads the target's tables.
Result<Ends> open_ends(const MoveOptions& options) {
    if (!postgres::is_postgres_uri(options.postgres_uri)) {
        return make_error(ErrorCode::invalid_field,
                          "expected a postgresql:// URI, got '" + options.postgres_uri + "'",
                          "to");
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.sqlite_path, ec)) {
        return make_error(
            ErrorCode::invalid_field, "no embedded store at " + options.sqlite_path, "from");
    }
    auto source =
        sqlite::Connection::open(options.sqlite_path, sqlite::Connection::Mode::read_only);
    if (!source) return source.error();
    auto target = postgres::Connection::open(options.postgres_uri);
    if (!target) return target.error();
    Ends ends{std::move(*source), std::move(*target), {}, 0};

    if (auto begun = ends.source.exec("BEGIN"); !begun) return begun.error();
    if (auto begun = ends.target->exec("BEGIN"); !begun) return begun.error();
    auto layouts = read_postgres_layouts(*ends.target);
    if (!layouts) return layouts.error();
    ends.layouts = std::move(*layouts);

    const std::string version_sql = "SELECT coalesce(max(version), 0) FROM schema_migrations";
    auto source_version = single_int(ends.source, version_sql);
    if (!source_version) return source_version.error();
    auto target_version = single_int(*ends.target, version_sql);
    if (!target_version) return target_version.error();
    if (*source_version != *target_version) {
        return make_error(ErrorCode::invalid_field,
                          "the embedded store is at schema version " +
                              std::to_string(*source_version) + ", PostgreSQL at " +
                              std::to_string(*target_version) +
                              (*source_version < *target_version
                                   ? ": run `tanggap migrate --data DIR` on it first"
                                   : ": it was written by a newer Tanggap"),
                          "from");
    }
    ends.schema_version = static_cast<int>(*source_version);
    if (auto same = check_sqlite_matches(ends.source, ends.layouts); !same) return same.error();
    return ends;
}

// Keeps servers from writing into the target until the move commits (and two moves apart).
Result<void> lock_and_check_empty(Ends& ends) {
    std::string names;
    for (const auto& layout : ends.layouts) {
        names += (names.empty() ? "" : ", ") + quoted(layout.name);
    }
    if (auto locked = ends.target->exec("LOCK TABLE " + names + " IN SHARE ROW EXCLUSIVE MODE");
        !locked) {
        return locked.error();
    }
    for (const auto& layout : ends.layouts) {
        auto rows = single_int(*ends.target, "SELECT count(*) FROM " + quoted(layout.name));
        if (!rows) return rows.error();
        if (*rows > 0) {
            return make_error(ErrorCode::conflict,
                              "the PostgreSQL database already holds data (" + layout.name + ": " +
                                  std::to_string(*rows) +
                                  " rows); migrate-data moves into an empty database "
                                  "(createdb a new one)",
                              "to");
        }
    }
    return {};
}

Result<void> copy_tables(Ends& ends, const MoveOptions& options) {
    for (const auto& layout : ends.layouts) {
        std::int64_t copied = 0;
        auto done =
            for_each_page(ends.source, layout, [&](const std::vector<Row>& rows) -> Result<void> {
                copied += static_cast<std::int64_t>(rows.size());
                return insert_rows(*ends.target, layout, rows);
            });
        if (!done) return done.error();
        say(options, "copied " + layout.name + ": " + std::to_string(copied) + " rows");
    }
    return {};
}

// New rows on PostgreSQL must not reuse a copied id.
Result<void> move_identity_sequences(Ends& ends) {
    for (const auto& layout : ends.layouts) {
        if (layout.identity.empty()) continue;
        auto moved = ends.target->exec("SELECT setval(pg_get_serial_sequence('" +
                                       quoted(layout.name) + "', '" + layout.identity +
                                       "'), coalesce(max(" + quoted(layout.identity) +
                                       "), 0) + 1, false) " + "FROM " + quoted(layout.name));
        if (!moved) return moved.error();
    }
    return {};
}

// Every table's digest on both ends; with `require_equal`, the first difference is an error.
Result<std::vector<MovedTable>> compare_tables(Ends& ends,
                                               const MoveOptions& options,
                                               bool require_equal) {
    std::vector<MovedTable> tables;
    for (const auto& layout : ends.layouts) {
        auto source = digest_table(ends.source, layout);
        if (!source) return source.error();
        // Counted apart from the paged read, which both digests share.
        auto counted = single_int(ends.source, "SELECT count(*) FROM " + quoted(layout.name));
        if (!counted) return counted.error();
        if (*counted != source->rows) {
            return make_error(ErrorCode::internal,
                              "table " + layout.name + ": read " + std::to_string(source->rows) +
                                  " of its " + std::to_string(*counted) + " rows");
        }
        auto target = digest_table(*ends.target, layout);
        if (!target) return target.error();
        MovedTable table{layout.name, *source, *target};
        const bool same = table.source == table.target;
        say(options,
            (same ? "verified " : "DIFFERS ") + layout.name + ": " + std::to_string(source->rows) +
                " rows, sha256 " + source->sha256 +
                (same ? ""
                      : "; PostgreSQL: " + std::to_string(target->rows) + " rows, sha256 " +
                            target->sha256));
        if (require_equal && !same) {
            return make_error(ErrorCode::internal,
                              "table " + layout.name + " differs after copying (" +
                                  std::to_string(source->rows) + " rows in the embedded store, " +
                                  std::to_string(target->rows) + " in PostgreSQL)");
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

Result<std::vector<std::string>> photo_ids(sql::Connection& db,
                                           const std::vector<TableLayout>& layouts) {
    std::vector<std::string> ids;
    for (const auto& layout : layouts) {
        if (layout.name != "complaint_photos") continue;
        auto statement = db.prepare("SELECT photo_id FROM complaint_photos ORDER BY id");
        if (!statement) return statement.error();
        return sql::collect_rows<std::string>(
            **statement,
            [](const sql::Statement& row) -> Result<std::string> { return row.column_text(0); });
    }
    return ids;
}

Result<MoveReport> report_of(Ends& ends, std::vector<MovedTable> tables) {
    MoveReport report{ends.schema_version, std::move(tables), {}};
    auto photos = photo_ids(ends.source, ends.layouts);
    if (!photos) return photos.error();
    report.photo_ids = std::move(*photos);
    return report;
}

template <class Step>
Result<MoveReport> within_ends(const MoveOptions& options, Step step) {
    auto ends = open_ends(options);
    if (!ends) return ends.error();
    auto report = step(*ends);
    if (!report) ends->abandon();
    return report;
}

}  // namespace

Result<MoveReport> move_embedded_store(const MoveOptions& options) {
    if (postgres::is_postgres_uri(options.postgres_uri)) {
        auto migrated = postgres::migrate(options.postgres_uri);
        if (!migrated) return migrated.error();
    }
    return within_ends(options, [&](Ends& ends) -> Result<MoveReport> {
        if (auto empty = lock_and_check_empty(ends); !empty) return empty.error();
        if (auto copied = copy_tables(ends, options); !copied) return copied.error();
        if (auto moved = move_identity_sequences(ends); !moved) return moved.error();
        auto tables = compare_tables(ends, options, true);
        if (!tables) return tables.error();
        auto report = report_of(ends, std::move(*tables));
        if (!report) return report.error();
        if (auto committed = ends.target->exec("COMMIT"); !committed) return committed.error();
        (void)ends.source.exec("COMMIT");
        return report;
    });
}

Result<MoveReport> compare_stores(const MoveOptions& options) {
    return within_ends(options, [&](Ends& ends) -> Result<MoveReport> {
        auto tables = compare_tables(ends, options, false);
        if (!tables) return tables.error();
        auto report = report_of(ends, std::move(*tables));
        ends.abandon();  // both were only read
        return report;
    });
}

}  // namespace tanggap::store::transfer

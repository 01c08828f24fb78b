#include "app/commands.hpp"
#include "media/photo_store.hpp"
#include "store/transfer/move_to_postgres.hpp"

#include <iostream>

namespace tanggap::app {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";

// "sqlite:./var" or "./var": the data directory of the embedded installation.
std::string data_dir_of(std::string_view from) {
    if (from.starts_with(kSqlitePrefix)) from.remove_prefix(kSqlitePrefix.size());
    return std::string(from.empty() ? "." : from);
}

// The photo files live beside the database; a move keeps them where they are, so say which
// referenced ones are not there (a move cannot bring them back, but the operator should know).
void report_photos(const std::string& data_dir, const std::vector<std::string>& photo_ids) {
    media::PhotoStore photos(data_dir);
    std::size_t missing = 0;
    for (const auto& id : photo_ids) {
        if (!photos.path_of(id, media::Variant::full) ||
            !photos.path_of(id, media::Variant::thumbnail)) {
            if (++missing <= 10)
                std::cout << "photo missing from " << data_dir << "/media: " << id << "\n";
        }
    }
    std::cout << "photos: " << photo_ids.size() << " referenced, " << missing << " missing; "
              << "start the PostgreSQL servers with --data " << data_dir
              << " (or a shared copy of its media folder)\n";
}

}  // namespace

int run_migrate_data(const MigrateDataOptions& options) {
    const std::string data_dir = data_dir_of(options.from);
    store::transfer::MoveOptions move{database_path(data_dir),
                                      options.to,
                                      [](std::string_view line) { std::cout << line << "\n"; }};
    auto report = options.verify_only ? store::transfer::compare_stores(move)
                                      : store::transfer::move_embedded_store(move);
    if (!report) {
        const auto& error = report.error();
        std::cerr << "tanggap migrate-data: "
                  << (error.field.empty() ? "" : "--" + error.field + ": ") << error.message
                  << "\n";
        return error.code == core::ErrorCode::invalid_field ? 2 : 1;
    }
    std::int64_t rows = 0;
    std::size_t differing = 0;
    for (const auto& table : report->tables) {
        rows += table.source.rows;
        if (!(table.source == table.target)) ++differing;
    }
    std::cout << (options.verify_only ? "compared " : "moved ") << report->tables.size()
              << " tables, " << rows << " rows, schema version " << report->schema_version;
    if (differing > 0) {
        std::cout << "; " << differing << " tables differ\n";
        return 1;
    }
    std::cout << "; every table's row count and checksum agree\n";
    report_photos(data_dir, report->photo_ids);
    return 0;
}

}  // namespace tanggap::app

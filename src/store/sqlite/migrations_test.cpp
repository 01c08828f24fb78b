#include "store/sql/migrations.hpp"

#include "store/sqlite/embedded_migrations.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace tanggap::store::sqlite {
namespace {

using namespace tanggap::store::sql;

using core::ErrorCode;

std::set<std::string> tables(Connection& db) {
    auto select = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    EXPECT_TRUE(select);
    std::set<std::string> names;
    while (select && (*select)->step().value()) names.insert((*select)->column_text(0));
    return names;
}

std::int64_t count(Connection& db, const std::string& sql) {
    auto select = db.prepare(sql);
    EXPECT_TRUE(select);
    if (!select || !(*select)->step().value()) return -1;
    return (*select)->column_int(0);
}

TEST(Migrations, EmbeddedOnesAreNumberedFromOneAndNotEmpty) {
    const auto migrations = embedded_migrations();
    ASSERT_FALSE(migrations.empty());
    EXPECT_EQ(migrations.front().name, "0001_init");
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, static_cast<int>(i + 1));
        // At least one statement (an ALTER-only migration counts).
        EXPECT_NE(migrations[i].sql.find(';'), std::string_view::npos) << migrations[i].name;
    }
}

TEST(Migrations, AppliedOnceThenNothingToDo) {
    util::TempDir dir;
    const auto path = dir.file("sub/dir/tanggap.db");  // directories are created
    const int known = static_cast<int>(embedded_migrations().size());
    auto first = migrate(path);
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(*first, known);
    auto second = migrate(path);
    ASSERT_TRUE(second);
    EXPECT_EQ(*second, 0);

    auto store = open_sqlite_store({path});
    ASSERT_TRUE(store);
    (*store)->close();

    auto db = Connection::open(path, Connection::Mode::read_only);
    ASSERT_TRUE(db);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM schema_migrations"), known);
    EXPECT_EQ(count(*db, "SELECT max(version) FROM schema_migrations"), known);
    const auto names = tables(*db);
    for (const char* table : {"units",
                              "categories",
                              "complaints",
                              "complaint_events",
                              "complaint_photos",
                              "complaint_units",
                              "staff_users",
                              "staff_sessions",
                              "schema_migrations"}) {
        EXPECT_TRUE(names.contains(table)) << table;
    }
}

TEST(Migrations, EachRunsInItsOwnTransaction) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    const Migration good[] = {{1, "0001_a", "CREATE TABLE a (x INTEGER);"}};
    const Migration broken[] = {
        {1, "0001_a", "CREATE TABLE a (x INTEGER);"},
        {2, "0002_b", "CREATE TABLE b (x INTEGER); CREATE TABLE a (y INTEGER);"},
    };
    auto applied = apply_migrations(*db, good);
    ASSERT_TRUE(applied);
    EXPECT_EQ(*applied, 1);

    auto failed = apply_migrations(*db, broken);
    ASSERT_FALSE(failed);
    EXPECT_FALSE(tables(*db).contains("b"));  // 0002 rolled back as a whole
    EXPECT_EQ(count(*db, "SELECT max(version) FROM schema_migrations"), 1);
    EXPECT_FALSE(db->in_transaction());
}

TEST(Migrations, AUnitsInboxOrderIsCopiedIntoTheRowsAlreadyThere) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    const auto all = embedded_migrations();
    ASSERT_GE(all.size(), 11u);
    ASSERT_TRUE(apply_migrations(*db, all.first(10)));  // before 0011_unit_inbox_order
    for (const char* row :
         {"(1, 'A', 'diproses', 5000, 1000)", "(2, 'B', 'selesai', NULL, 2000)"}) {
        ASSERT_TRUE(db->exec(
            "INSERT INTO complaints (id, ticket, status, due_at, created_at, kind, channel, title,"
            " description, anonymous, confidential, unit_code, tracking_token_hash, updated_at)"
            " SELECT *, 'keluhan', 'web', 't', 'd', 0, 0, 'dpupr', 'h', 0 FROM (VALUES " +
            std::string(row) + ")"));
    }
    ASSERT_TRUE(
        db->exec("INSERT INTO complaint_units (complaint_id, unit_code, added_at)"
                 " VALUES (1, 'dpupr', 0), (1, 'dinsos', 0), (2, 'dpupr', 0)"));
    ASSERT_TRUE(apply_migrations(*db, all));
    EXPECT_EQ(count(*db,
                    "SELECT count(*) FROM complaint_units WHERE complaint_id = 1 AND due_key = 5000"
                    " AND created_at = 1000 AND open = 1"),
              2);
    EXPECT_EQ(count(*db,
                    "SELECT count(*) FROM complaint_units WHERE complaint_id = 2 AND due_key ="
                    " 9223372036854775807 AND created_at = 2000 AND open = 0"),
              1);
}

TEST(Migrations, AComplaintsFirstResolutionIsCopiedFromItsHistory) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    const auto all = embedded_migrations();
    ASSERT_GE(all.size(), 12u);
    ASSERT_TRUE(apply_migrations(*db, all.first(11)));  // before 0012_resolution_time
    ASSERT_TRUE(db->exec(
        "INSERT INTO complaints (id, ticket, status, created_at, kind, channel, title,"
        " description, anonymous, confidential, unit_code, tracking_token_hash, updated_at)"
        " VALUES (1, 'A', 'selesai', 0, 'keluhan', 'web', 't', 'd', 0, 0, 'u', 'h', 0),"
        " (2, 'B', 'diproses', 0, 'keluhan', 'web', 't', 'd', 0, 0, 'u', 'h', 0)"));
    // A resolved, reopened and resolved again; B never resolved.
    ASSERT_TRUE(
        db->exec("INSERT INTO complaint_events (complaint_id, seq, at, actor, action, from_status,"
                 " to_status) VALUES (1, 1, 0, '', 'submit', '', 'diterima'),"
                 " (1, 2, 700, '', 'resolve', 'diproses', 'selesai'),"
                 " (1, 3, 800, '', 'reopen', 'selesai', 'diproses'),"
                 " (1, 4, 900, '', 'resolve', 'diproses', 'selesai'),"
                 " (2, 1, 0, '', 'submit', '', 'diterima')"));
    ASSERT_TRUE(apply_migrations(*db, all));
    EXPECT_EQ(count(*db, "SELECT resolved_at FROM complaints WHERE id = 1"), 700);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM complaints WHERE id = 2 AND resolved_at IS NULL"),
              1);
}

TEST(Migrations, OutOfSequenceListIsABug) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    const Migration gap[] = {{1, "0001_a", "SELECT 1;"}, {3, "0003_c", "SELECT 1;"}};
    auto applied = apply_migrations(*db, gap);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().code, ErrorCode::internal);
}

TEST(Migrations, NewerSchemaIsRefused) {
    util::TempDir dir;
    const auto path = dir.file("t.db");
    ASSERT_TRUE(migrate(path));
    {
        auto db = Connection::open(path, Connection::Mode::read_write);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"));
    }
    auto migrated = migrate(path);
    ASSERT_FALSE(migrated);
    EXPECT_EQ(migrated.error().code, ErrorCode::unavailable);
    EXPECT_NE(migrated.error().message.find("999"), std::string::npos);
    auto store = open_sqlite_store({path});
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::unavailable);
}

}  // namespace
}  // namespace tanggap::store::sqlite

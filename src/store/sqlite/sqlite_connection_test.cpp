#include "store/sqlite/sqlite_connection.hpp"

#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>

namespace tanggap::store::sqlite {
namespace {

using core::ErrorCode;

std::string pragma(Connection& db, const char* name) {
    auto value = db.query_text(std::string("PRAGMA ") + name);
    EXPECT_TRUE(value);
    return value ? *value : std::string();
}

TEST(Connection, ReadWriteOpensInWalWithFullSyncForeignKeysAndBusyTimeout) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    EXPECT_EQ(pragma(*db, "journal_mode"), "wal");
    EXPECT_EQ(pragma(*db, "synchronous"), "2");  // FULL
    EXPECT_EQ(pragma(*db, "foreign_keys"), "1");
    EXPECT_EQ(pragma(*db, "busy_timeout"), std::to_string(kBusyTimeout.count()));
}

TEST(Connection, ReadOnlyHasTheSamePragmasAndRefusesWrites) {
    util::TempDir dir;
    auto writer = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->exec("CREATE TABLE t (x INTEGER)"));

    auto reader = Connection::open(dir.file("t.db"), Connection::Mode::read_only);
    ASSERT_TRUE(reader);
    EXPECT_EQ(pragma(*reader, "journal_mode"), "wal");  // WAL is a property of the file
    EXPECT_EQ(pragma(*reader, "synchronous"), "2");
    EXPECT_EQ(pragma(*reader, "foreign_keys"), "1");
    auto refused = reader->exec("INSERT INTO t VALUES (1)");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::unavailable);
}

TEST(Connection, OpeningAMissingFileReadOnlyIsUnavailable) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("missing.db"), Connection::Mode::read_only);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::unavailable);
}

TEST(Connection, BindsAndReadsValuesExactly) {
    using namespace std::string_literals;
    const std::string kText = "Desa \xea\xa6\x97 \xf0\x9f\x98\x9f nul\0byte"s;
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    auto select = db->prepare("SELECT ?1, ?2, ?3, ?4, ?5, ?6");
    ASSERT_TRUE(select);
    sql::Statement& s = **select;
    s.bind_int(1, std::numeric_limits<std::int64_t>::min());
    s.bind_real(2, -6.327512345678901);
    s.bind_text(3, kText);
    s.bind_null(4);
    s.bind_text_or_null(5, "");
    s.bind_real_or_null(6, std::nullopt);
    auto row = s.step();
    ASSERT_TRUE(row && *row);
    EXPECT_EQ(s.column_int(0), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(s.column_real(1), -6.327512345678901);
    EXPECT_EQ(s.column_text(2), kText);
    EXPECT_TRUE(s.column_is_null(3));
    EXPECT_TRUE(s.column_is_null(4));
    EXPECT_FALSE(s.column_real_or_null(5).has_value());
}

TEST(Connection, LeasedStatementsComeBackResetAndUnbound) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    {
        auto select = db->prepare("SELECT ?1");
        ASSERT_TRUE(select);
        (*select)->bind_int(1, 7);
        ASSERT_TRUE((*select)->step());
        EXPECT_EQ((*select)->column_int(0), 7);
    }  // left mid-result: the lease resets it
    auto again = db->prepare("SELECT ?1");
    ASSERT_TRUE(again);
    auto row = (*again)->step();
    ASSERT_TRUE(row && *row);
    EXPECT_TRUE((*again)->column_is_null(0));
}

TEST(Connection, BadSqlIsInternalAndWrongParameterIsABug) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    auto bad = db->prepare("SELEC 1");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::internal);
    auto select = db->prepare("SELECT :a");
    ASSERT_TRUE(select);
    EXPECT_THROW((*select)->parameter_index(":b"), std::logic_error);
    EXPECT_THROW((*select)->bind_int(2, 1), std::logic_error);
}

TEST(Connection, TracksTransactions) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    EXPECT_FALSE(db->in_transaction());
    ASSERT_TRUE(db->run("BEGIN IMMEDIATE"));
    EXPECT_TRUE(db->in_transaction());
    ASSERT_TRUE(db->run("COMMIT"));
    EXPECT_FALSE(db->in_transaction());
}

}  // namespace
}  // namespace tanggap::store::sqlite

#include "store/sqlite/sqlite_error.hpp"

#include "store/sqlite/embedded_migrations.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace tanggap::store::sqlite {
namespace {

using core::ErrorCode;

class SqliteErrorMapping : public ::testing::Test {
  protected:
    void SetUp() override {
        auto db = Connection::open(dir_.file("t.db"), Connection::Mode::read_write);
        ASSERT_TRUE(db);
        db_.emplace(std::move(*db));
        ASSERT_TRUE(apply_migrations(*db_, embedded_migrations()));
    }
    util::TempDir dir_;
    std::optional<Connection> db_;
};

constexpr const char* kComplaint =
    "INSERT INTO complaints (ticket, kind, channel, title, description, anonymous, confidential,"
    " unit_code, status, tracking_token_hash, created_at, updated_at) VALUES"
    " ('2611-AAAAAA', 'pengaduan', 'web', 't', 'd', 0, 0, 'dpupr', 'diterima', 'h', 1, 1)";

TEST_F(SqliteErrorMapping, DuplicateTicketIsConflictOnTicket) {
    ASSERT_TRUE(db_->exec(kComplaint));
    auto again = db_->exec(kComplaint);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().field, "ticket");
}

TEST_F(SqliteErrorMapping, DuplicateUsernameIsConflictOnUsername) {
    const char* insert =
        "INSERT INTO staff_users (username, role, password_hash) VALUES ('budi', 'officer', 'h')";
    ASSERT_TRUE(db_->exec(insert));
    auto again = db_->exec(insert);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().field, "username");
}

TEST_F(SqliteErrorMapping, MissingOwnerIsInvalidField) {
    auto orphan = db_->exec(
        "INSERT INTO complaint_photos (complaint_id, photo_id, stage, content_type, width, height)"
        " VALUES (99, 'p', 'report', 'image/jpeg', 1, 1)");
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::invalid_field);
}

TEST_F(SqliteErrorMapping, CheckViolationIsInternal) {
    auto bad = db_->exec(
        "INSERT INTO complaints (ticket, kind, channel, title, description, anonymous,"
        " confidential, unit_code, status, tracking_token_hash, created_at, updated_at) VALUES"
        " ('2611-BBBBBB', 'pengaduan', 'web', 't', 'd', 2, 0, 'u', 'diterima', 'h', 1, 1)");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::internal);
}

TEST(SqliteError, InfrastructureFailuresAreUnavailable) {
    for (int code : {SQLITE_BUSY,
                     SQLITE_BUSY_SNAPSHOT,
                     SQLITE_LOCKED,
                     SQLITE_IOERR_FSYNC,
                     SQLITE_IOERR_WRITE,
                     SQLITE_FULL,
                     SQLITE_CANTOPEN,
                     SQLITE_CORRUPT,
                     SQLITE_NOTADB,
                     SQLITE_READONLY,
                     SQLITE_NOMEM}) {
        const auto error = map_sqlite_error(code, "test");
        EXPECT_EQ(error.code, ErrorCode::unavailable) << sqlite3_errstr(code);
        EXPECT_TRUE(error.field.empty());
        EXPECT_EQ(error.message.find("test"), std::string::npos) << "detail stays in the log";
    }
}

TEST(SqliteError, BugsAreInternal) {
    for (int code : {SQLITE_ERROR,
                     SQLITE_MISUSE,
                     SQLITE_RANGE,
                     SQLITE_MISMATCH,
                     SQLITE_CONSTRAINT_CHECK,
                     SQLITE_CONSTRAINT_NOTNULL,
                     SQLITE_CONSTRAINT_TRIGGER}) {
        EXPECT_EQ(map_sqlite_error(code, "test").code, ErrorCode::internal) << sqlite3_errstr(code);
    }
}

TEST(SqliteError, UnknownUniqueKeyIsConflictWithoutField) {
    const auto error =
        map_sqlite_error(SQLITE_CONSTRAINT_UNIQUE, "UNIQUE constraint failed: other.column");
    EXPECT_EQ(error.code, ErrorCode::conflict);
    EXPECT_TRUE(error.field.empty());
}

}  // namespace
}  // namespace tanggap::store::sqlite

// The outbox worker's claim reads the partial index on what is due, whatever the outbox holds.
#include "store/sql/outbox_rows.hpp"

#include "store/sql/migrations.hpp"
#include "store/sqlite/embedded_migrations.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tanggap::store::sqlite {
namespace {

using namespace tanggap::store::sql;

std::string plan(Connection& db, const std::string& sql) {
    auto explain = db.prepare("EXPLAIN QUERY PLAN " + sql);
    EXPECT_TRUE(explain);
    if (!explain) return {};
    std::string lines;
    while ((*explain)->step().value()) lines += (*explain)->column_text(3) + "\n";
    return lines;
}

TEST(OutboxClaimPlan, ExpiringLeasesAndClaimingReadOnlyWhatIsDue) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    ASSERT_TRUE(apply_migrations(*db, embedded_migrations()));
    for (const std::string& sql :
         {std::string(kExpireLeasesSql), claim_outbox_sql(Dialect::sqlite)}) {
        const auto p = plan(*db, sql);
        EXPECT_NE(p.find("USING INDEX outbox_due"), std::string::npos) << p;
        EXPECT_EQ(p.find("SCAN"), std::string::npos) << p;
        EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
    }
}

}  // namespace
}  // namespace tanggap::store::sqlite

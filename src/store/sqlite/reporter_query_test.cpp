#include "store/sql/reporter_query.hpp"

#include "store/sql/migrations.hpp"
#include "store/sqlite/embedded_migrations.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace tanggap::store::sqlite {
namespace {

using namespace tanggap::store::sql;

TEST(ReporterPhoneQueryPlan, SeeksThePartialPhoneIndexWithoutSorting) {
    util::TempDir dir;
    auto db = Connection::open(dir.file("t.db"), Connection::Mode::read_write);
    ASSERT_TRUE(db);
    ASSERT_TRUE(apply_migrations(*db, embedded_migrations()));
    auto explain = db->prepare("EXPLAIN QUERY PLAN " + kByReporterPhoneSql);
    ASSERT_TRUE(explain);
    std::string plan;
    while ((*explain)->step().value()) plan += (*explain)->column_text(3) + "\n";
    EXPECT_NE(plan.find("SEARCH c USING INDEX complaints_reporter_phone (reporter_phone=?)"),
              std::string::npos)
        << plan;
    EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
}

}  // namespace
}  // namespace tanggap::store::sqlite

#include "store/sql/status_sql.hpp"

#include <gtest/gtest.h>

namespace tanggap::store::sql {
namespace {

// The lists come from domain::kAllStatuses and the domain's predicates. The open one is also
// what migration 0011 used to fill complaint_units.open for the rows it found, so a change of
// domain::is_open must come with a migration that fills the column again.
TEST(StatusSql, ListsAreWrittenFromTheDomainsRules) {
    EXPECT_EQ(not_open_statuses(), "('selesai', 'ditutup', 'ditolak', 'diarsipkan')");
    EXPECT_EQ(status_list(domain::is_resolved), "('selesai', 'ditutup')");
    EXPECT_EQ(status_list(domain::is_dismissed), "('ditolak', 'diarsipkan')");
    EXPECT_EQ(status_literal(domain::Status::dibuka_kembali), "'dibuka_kembali'");
}

TEST(StatusSql, EveryStatusIsOpenOrNotOpenNeverBoth) {
    const auto open = status_list(domain::is_open);
    for (const auto status : domain::kAllStatuses) {
        const auto literal = status_literal(status);
        EXPECT_NE(open.find(literal) == std::string::npos,
                  not_open_statuses().find(literal) == std::string::npos)
            << literal;
    }
}

}  // namespace
}  // namespace tanggap::store::sql

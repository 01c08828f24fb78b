#include "store/sql/inbox_query.hpp"

#include "store/sql/migrations.hpp"
#include "store/sqlite/embedded_migrations.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tanggap::store::sqlite {
namespace {

using namespace tanggap::store::sql;

class InboxQueryPlan : public ::testing::Test {
  protected:
    void SetUp() override {
        auto db = Connection::open(dir_.file("t.db"), Connection::Mode::read_write);
        ASSERT_TRUE(db);
        db_.emplace(std::move(*db));
        ASSERT_TRUE(apply_migrations(*db_, embedded_migrations()));
    }

    // SQLite's plan for the query, one line per step.
    std::string plan(const InboxQuery& query, bool after_cursor) {
        auto explain =
            db_->prepare("EXPLAIN QUERY PLAN " + inbox_sql(Dialect::sqlite, query, after_cursor));
        EXPECT_TRUE(explain);
        if (!explain) return {};
        std::string lines;
        while ((*explain)->step().value()) lines += (*explain)->column_text(3) + "\n";
        return lines;
    }

    util::TempDir dir_;
    std::optional<Connection> db_;
};

InboxQuery everything() {
    InboxQuery q;
    q.scope = domain::InboxScope{std::nullopt, domain::InboxScope::Confidential::all};
    return q;
}

TEST_F(InboxQueryPlan, FirstPageWalksTheOrderIndexWithoutSorting) {
    const auto p = plan(everything(), false);
    EXPECT_NE(p.find("complaints_inbox_order"), std::string::npos) << p;
    EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
}

TEST_F(InboxQueryPlan, LaterPagesSeekInTheOrderIndex) {
    const auto p = plan(everything(), true);
    EXPECT_NE(p.find("SEARCH c USING INDEX complaints_inbox_order"), std::string::npos) << p;
}

TEST_F(InboxQueryPlan, UnitScopeWalksTheUnitsOwnOrderWithoutSorting) {
    auto q = everything();
    q.scope.unit_code = "dpupr";
    q.open_only = true;
    auto p = plan(q, false);
    EXPECT_NE(p.find("INDEX complaint_units_open_inbox (unit_code=?)"), std::string::npos) << p;
    EXPECT_NE(p.find("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"), std::string::npos) << p;
    EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;

    q.open_only = false;
    q.status = domain::Status::selesai;
    p = plan(q, true);
    EXPECT_NE(p.find("INDEX complaint_units_inbox (unit_code=? AND due_key>?)"), std::string::npos)
        << p;
    EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
}

TEST_F(InboxQueryPlan, EscalationListsReadOnlyEscalatedComplaints) {
    auto q = everything();
    q.scope.confidential = domain::InboxScope::Confidential::none;  // the Bupati's list
    q.min_escalation_level = 2;
    const auto p = plan(q, false);
    EXPECT_NE(p.find("complaints_escalated"), std::string::npos) << p;
}

TEST_F(InboxQueryPlan, EveryCombinationOfFiltersPreparesBindsAndRuns) {
    for (int mask = 0; mask < (1 << 9); ++mask) {
        InboxQuery q = everything();
        if (mask & 1) q.scope.unit_code = "dpupr";
        if (mask & 2) q.scope.confidential = domain::InboxScope::Confidential::none;
        if (mask & 4) q.status = domain::Status::diterima;
        if (mask & 8) q.unit = "dinsos";
        if (mask & 16) q.category = "infrastruktur";
        if (mask & 32) q.channel = domain::Channel::whatsapp;
        if (mask & 64) {
            q.from = domain::Timestamp{};
            q.to = domain::Timestamp{} + std::chrono::hours(1);
        }
        const bool after = (mask & 128) != 0;
        if (mask & 256) q.min_escalation_level = 1 + mask % 2;
        auto select = db_->prepare(inbox_sql(Dialect::sqlite, q, after));
        ASSERT_TRUE(select) << mask;
        const auto cursor = after ? std::optional<InboxCursor>(InboxCursor{kNoDueAt, 0, 1})
                                  : std::optional<InboxCursor>();
        bind_inbox(**select, q, cursor, 10);
        auto row = (*select)->step();
        ASSERT_TRUE(row) << mask;
        EXPECT_FALSE(*row) << mask;  // empty store
    }
}

}  // namespace
}  // namespace tanggap::store::sqlite

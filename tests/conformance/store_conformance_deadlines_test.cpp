// The deadline settings the super admin edits: policies with their steps, a unit's own policy,
// the holidays by year; and the walk over complaints with a running step.
#include "store_conformance.hpp"

#include <chrono>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using core::ErrorCode;

const sla::DeadlinePolicy kFast{"cepat",
                                {{sla::Step::follow_up, 30, sla::LimitUnit::calendar_minutes},
                                 {sla::Step::verification, 2, sla::LimitUnit::working_hours}}};

template <class T>
T read_ok(Store& store, std::function<Result<T>(ReadTx&)> job) {
    auto value = read_sync<T>(store, std::move(job));
    EXPECT_TRUE(value) << (value ? "" : value.error().message);
    return value ? std::move(*value) : T{};
}

std::vector<sla::DeadlinePolicy> policies(Store& store) {
    return read_ok<std::vector<sla::DeadlinePolicy>>(
        store, [](ReadTx& tx) { return tx.deadline_policies(); });
}

std::vector<sla::Holiday> holidays(Store& store) {
    return read_ok<std::vector<sla::Holiday>>(store, [](ReadTx& tx) { return tx.holidays(); });
}

TEST_P(StoreConformance, DeadlinePoliciesRoundTripWithTheirStepsInStepOrder) {
    EXPECT_TRUE(policies(*store_).empty());
    write_ok([](WriteTx& tx) { return tx.save_deadline_policy(kFast); });
    write_ok([](WriteTx& tx) { return tx.save_deadline_policy({"tanpa_batas", {}}); });
    auto stored = policies(*store_);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].code, "cepat");
    // verification comes before follow_up whatever order they were saved in.
    EXPECT_EQ(stored[0].steps, (std::vector<sla::StepLimit>{kFast.steps[1], kFast.steps[0]}));
    EXPECT_EQ(stored[1], (sla::DeadlinePolicy{"tanpa_batas", {}}));

    // Saving again replaces every step; it survives a reopen.
    const sla::DeadlinePolicy slower{"cepat",
                                     {{sla::Step::resolution, 7, sla::LimitUnit::calendar_days}}};
    write_ok([&](WriteTx& tx) { return tx.save_deadline_policy(slower); });
    store_->close();
    store_ = reopen();
    EXPECT_EQ(policies(*store_)[0], slower);
}

TEST_P(StoreConformance, AUnitPolicyNeedsItsUnitCategoryAndPolicyAndHoldsThePolicy) {
    write_ok([](WriteTx& tx) -> Result<void> {
        if (auto r = tx.upsert_unit(make_unit("puskesmas-losarang", domain::UnitKind::puskesmas));
            !r)
            return r;
        if (auto r = tx.upsert_category(make_category("kesehatan", "")); !r) return r;
        return tx.save_deadline_policy(kFast);
    });
    for (auto [unit, category, policy, field] :
         {std::tuple{"tidak-ada", "kesehatan", "cepat", "unit"},
          std::tuple{"puskesmas-losarang", "tidak-ada", "cepat", "category"},
          std::tuple{"puskesmas-losarang", "kesehatan", "tidak_ada", "policy"}}) {
        auto refused = write_sync(*store_, [&](WriteTx& tx) {
            return tx.save_unit_policy({unit, category, policy});
        });
        ASSERT_FALSE(refused) << field;
        EXPECT_EQ(refused.error().code, ErrorCode::invalid_field);
        EXPECT_EQ(refused.error().field, field);
    }
    const sla::UnitPolicy own{"puskesmas-losarang", "kesehatan", "cepat"};
    write_ok([&](WriteTx& tx) { return tx.save_unit_policy(own); });
    EXPECT_EQ(read_ok<std::vector<sla::UnitPolicy>>(*store_,
                                                    [](ReadTx& tx) { return tx.unit_policies(); }),
              std::vector<sla::UnitPolicy>{own});

    // A policy a unit still uses is not deleted; once the unit's policy goes, it is.
    auto in_use = write_sync(*store_, [](WriteTx& tx) -> Result<void> {
        auto r = tx.delete_deadline_policy("cepat");
        if (!r) return r.error();
        return {};
    });
    ASSERT_FALSE(in_use);
    EXPECT_EQ(in_use.error().code, ErrorCode::conflict);
    bool removed = false;
    bool removed_again = true;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto first = tx.delete_unit_policy("puskesmas-losarang", "kesehatan");
        if (!first) return first.error();
        auto second = tx.delete_unit_policy("puskesmas-losarang", "kesehatan");
        if (!second) return second.error();
        auto policy = tx.delete_deadline_policy("cepat");
        if (!policy) return policy.error();
        removed = *first && *policy;
        removed_again = *second;
        return {};
    });
    EXPECT_TRUE(removed);
    EXPECT_FALSE(removed_again);
    EXPECT_TRUE(policies(*store_).empty());
}

TEST_P(StoreConformance, HolidaysAreReplacedAYearAtATimeAndImportsOnlyAdd) {
    const sla::Holiday new_year{2026y / 1 / 1, sla::HolidayKind::libur_nasional, "Tahun Baru"};
    const sla::Holiday cuti{2026y / 12 / 24, sla::HolidayKind::cuti_bersama, "Cuti Natal"};
    const sla::Holiday next_year{2027y / 1 / 1, sla::HolidayKind::libur_nasional, "Tahun Baru"};
    // Two holidays on one date are both kept (they do coincide).
    const sla::Holiday same_day{2027y / 1 / 1, sla::HolidayKind::cuti_bersama, "Cuti tambahan"};
    write_ok([&](WriteTx& tx) { return tx.add_holidays({cuti, new_year, next_year, new_year}); });
    EXPECT_EQ(holidays(*store_), (std::vector<sla::Holiday>{new_year, cuti, next_year}));

    // Replacing 2027 leaves 2026 alone.
    write_ok([&](WriteTx& tx) { return tx.replace_holidays(2027, {same_day, next_year}); });
    EXPECT_EQ(holidays(*store_), (std::vector<sla::Holiday>{new_year, cuti, same_day, next_year}));
    // Replacing 2026 with nothing empties that year only.
    write_ok([&](WriteTx& tx) { return tx.replace_holidays(2026, {}); });
    EXPECT_EQ(holidays(*store_), (std::vector<sla::Holiday>{same_day, next_year}));
    // An import adds what is missing and removes nothing.
    write_ok([&](WriteTx& tx) { return tx.add_holidays({next_year, cuti}); });
    EXPECT_EQ(holidays(*store_), (std::vector<sla::Holiday>{cuti, same_day, next_year}));
}

TEST_P(StoreConformance, ComplaintsWithADeadlineComeByIdInPages) {
    std::vector<std::int64_t> running;
    for (int i = 0; i < 7; ++i) {
        domain::Complaint c = make_complaint("2611-DL000" + std::to_string(i));
        if (i % 3 != 2) c.due_at = c.created_at + days(3);  // 2 and 5 have no running step
        const auto id = insert(c);
        if (c.due_at) running.push_back(id);
    }
    std::vector<std::int64_t> walked;
    std::int64_t after = 0;
    for (int pages = 0; pages < 10; ++pages) {
        std::vector<domain::Complaint> page;
        write_ok([&](WriteTx& tx) -> Result<void> {
            auto rows = tx.complaints_with_deadline(after, 2);
            if (!rows) return rows.error();
            page = std::move(*rows);
            return {};
        });
        EXPECT_LE(page.size(), 2u);
        for (const auto& c : page) {
            walked.push_back(c.id);
            EXPECT_TRUE(c.due_at.has_value());
            after = c.id;
        }
        if (page.size() < 2) break;
    }
    EXPECT_EQ(walked, running);
}

}  // namespace
}  // namespace tanggap::store::conformance

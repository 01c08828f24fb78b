// The performance report's facts: one row per complaint of the period with the times of the
// few events that matter (the follow-up step's start, the first follow-up and its actor, the
// first selesai, any reopen), the current unit filter, and the feedback rating.
#include "store_conformance.hpp"

#include <chrono>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using domain::Status;

std::vector<PerformanceFact> facts(Store& store, const PerformanceQuery& query) {
    auto result = read_sync<std::vector<PerformanceFact>>(
        store, [&](ReadTx& tx) { return tx.performance_facts(query); });
    if (!result) {
        ADD_FAILURE() << "performance_facts: " << result.error().message;
        return {};
    }
    return *result;
}

TEST_P(StoreConformance, PerformanceFactsCarryTheFirstFollowUpResolutionAndReopen) {
    domain::StaffUser officer;
    officer.username = "petugas1";
    officer.display_name = "Petugas Satu";
    officer.unit_code = "dpupr";
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto id = tx.insert_staff(officer, "hash");
        if (!id) return id.error();
        return {};
    });

    const auto t0 = day(2026, 5, 8, 2);
    auto handled = make_complaint("P1");
    handled.created_at = t0;
    handled.status = Status::dibuka_kembali;
    handled.feedback = domain::Feedback{false, 2, "Belum beres", t0 + 13h};
    insert(handled);
    write_ok([&](WriteTx& tx) -> Result<void> {
        const std::vector<domain::ComplaintEvent> events{
            make_event("verify", Status::diterima, Status::diverifikasi, t0 + 1h),
            make_event("dispose", Status::diverifikasi, Status::didisposisikan, t0 + 2h),
            make_event("note", Status::didisposisikan, Status::didisposisikan, t0 + 3h),
            make_event("start", Status::didisposisikan, Status::ditindaklanjuti, t0 + 5h),
            make_event("dispose", Status::ditindaklanjuti, Status::didisposisikan, t0 + 6h),
            make_event("resolve", Status::didisposisikan, Status::selesai, t0 + 10h),
            make_event("reopen", Status::selesai, Status::dibuka_kembali, t0 + 12h),
            make_event("resolve", Status::dibuka_kembali, Status::selesai, t0 + 20h),
        };
        for (auto e : events) {
            if (auto r = tx.append_event(handled.id, e); !r) return r;
        }
        return tx.update_complaint(handled);
    });

    auto waiting = make_complaint("P2");
    waiting.created_at = t0 + 1h;
    waiting.unit_code = "dinsos";
    waiting.category_code.clear();
    waiting.location = {};
    waiting.due_at = t0 + 100h;
    insert(waiting);

    auto earlier = make_complaint("P0");
    earlier.created_at = t0 - 1h;
    insert(earlier);

    const auto all = facts(*store_, PerformanceQuery{t0, t0 + 24h, std::nullopt});
    ASSERT_EQ(all.size(), 2u);
    const auto& h = all[0];
    EXPECT_EQ(h.complaint_id, handled.id);
    EXPECT_EQ(h.created_at, t0);
    EXPECT_EQ(h.unit_code, "dpupr");
    EXPECT_EQ(h.category_code, "infrastruktur.jalan_rusak");
    EXPECT_EQ(h.kecamatan_code, "32.12.13");
    EXPECT_EQ(h.status, Status::dibuka_kembali);
    EXPECT_EQ(h.follow_up_step_at, t0 + 2h);  // the last disposition, not the note after it
    EXPECT_EQ(h.first_follow_up_at, t0 + 5h);
    EXPECT_EQ(h.officer, "petugas1");
    EXPECT_EQ(h.officer_name, "Petugas Satu");
    EXPECT_EQ(h.resolved_at, t0 + 10h);  // the first answer
    EXPECT_TRUE(h.reopened);
    EXPECT_EQ(h.rating, 2);

    const auto& w = all[1];
    EXPECT_EQ(w.complaint_id, waiting.id);
    EXPECT_EQ(w.unit_code, "dinsos");
    EXPECT_EQ(w.category_code, "");
    EXPECT_EQ(w.kecamatan_code, "");
    EXPECT_EQ(w.status, Status::diterima);
    EXPECT_EQ(w.due_at, t0 + 100h);
    EXPECT_EQ(w.follow_up_step_at, std::nullopt);
    EXPECT_EQ(w.first_follow_up_at, std::nullopt);
    EXPECT_EQ(w.officer, "");
    EXPECT_EQ(w.resolved_at, std::nullopt);
    EXPECT_FALSE(w.reopened);
    EXPECT_EQ(w.rating, std::nullopt);

    const auto dinsos = facts(*store_, PerformanceQuery{std::nullopt, std::nullopt, "dinsos"});
    ASSERT_EQ(dinsos.size(), 1u);
    EXPECT_EQ(dinsos[0].complaint_id, waiting.id);
    EXPECT_EQ(facts(*store_, PerformanceQuery{}).size(), 3u);
}

}  // namespace
}  // namespace tanggap::store::conformance

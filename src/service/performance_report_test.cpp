// The performance report over hand-made facts: percentiles, the within-deadline rule on the
// shipped 2026 calendar (weekends, a holiday and cuti bersama), grouping, ranking, totals.
#include "service/performance_report.hpp"

#include "service/test_time.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using domain::Status;
using store::PerformanceFact;

using testing_support::wib;

domain::DirectoryIndex directory() {
    domain::Unit dinsos;
    dinsos.code = "dinsos";
    dinsos.name = "Dinas Sosial";
    dinsos.kind = domain::UnitKind::perangkat_daerah;
    domain::Unit losarang;
    losarang.code = "32.12.20";
    losarang.name = "Kecamatan Losarang";
    losarang.kind = domain::UnitKind::kecamatan;
    losarang.area_code = "32.12.20";
    domain::Category bansos;
    bansos.code = "sosial.bansos";
    bansos.name = "Bantuan sosial";
    domain::Category fire;
    fire.code = "darurat.kebakaran";
    fire.name = "Kebakaran";
    fire.emergency = true;
    return domain::DirectoryIndex({dinsos, losarang}, {bansos, fire});
}

const domain::Timestamp kCreated = wib(2026y / 5 / 8, 9h);    // Friday
const domain::Timestamp kDisposed = wib(2026y / 5 / 8, 10h);  // Friday 10:00
const domain::Timestamp kNow = wib(2026y / 6 / 30, 12h);

// A complaint received and disposed to dinsos, followed up `after` the disposition.
PerformanceFact followed_up(domain::Timestamp at, std::string officer = "dinsos.petugas") {
    PerformanceFact f;
    f.created_at = kCreated;
    f.unit_code = "dinsos";
    f.category_code = "sosial.bansos";
    f.status = Status::ditindaklanjuti;
    f.follow_up_step_at = kDisposed;
    f.first_follow_up_at = at;
    f.officer = std::move(officer);
    return f;
}

PerformanceFact waiting(std::string unit, Status status = Status::didisposisikan) {
    PerformanceFact f;
    f.created_at = kCreated;
    f.unit_code = std::move(unit);
    f.status = status;
    f.follow_up_step_at = kDisposed;
    return f;
}

PerformanceReport report(const std::vector<PerformanceFact>& facts,
                         PerformanceGroup group = PerformanceGroup::unit) {
    static const auto dir = directory();
    return build_performance_report(facts, group, dir, standard_deadline_clock(), kNow);
}

bool timely(const PerformanceFact& fact) {
    static const auto dir = directory();
    return followed_up_within_deadline(fact, dir, standard_deadline_clock());
}

TEST(Percentile, MedianOfAnOddCountIsTheMiddleValue) { EXPECT_EQ(percentile({5, 1, 3}, 0.5), 3.0); }

TEST(Percentile, MedianOfAnEvenCountIsTheMeanOfTheMiddleTwo) {
    EXPECT_EQ(percentile({4, 1, 3, 2}, 0.5), 2.5);
}

TEST(Percentile, P90IsLinearBetweenTheClosestRanks) {
    // 1..10: position 0.9 * 9 = 8.1, between 9 and 10.
    EXPECT_DOUBLE_EQ(*percentile({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 0.9), 9.1);
    // 0, 10, 20, 30, 40: position 3.6, between 30 and 40.
    EXPECT_DOUBLE_EQ(*percentile({40, 0, 30, 10, 20}, 0.9), 36.0);
}

TEST(Percentile, OneValueIsEveryPercentileAndNoValuesIsNothing) {
    EXPECT_EQ(percentile({7}, 0.9), 7.0);
    EXPECT_EQ(percentile({}, 0.5), std::nullopt);
}

TEST(WithinDeadline, FiveWorkingDaysSkipTheWeekendTheHolidayAndCutiBersama) {
    // Disposed Fri 8 May 10:00. Thu 14 May is Kenaikan Yesus Kristus and Fri 15 May cuti
    // bersama: the 5 working days are Mon 11, Tue 12, Wed 13, Mon 18, Tue 19 -> due Tue 19
    // May 10:00 (a plain Monday-to-Friday count would end on Fri 15 May).
    EXPECT_TRUE(timely(followed_up(wib(2026y / 5 / 18, 15h))));
    EXPECT_TRUE(timely(followed_up(wib(2026y / 5 / 19, 10h))));  // at the due time itself
    EXPECT_FALSE(timely(followed_up(wib(2026y / 5 / 19, 10h) + 1ms)));
    EXPECT_FALSE(timely(followed_up(wib(2026y / 5 / 20, 9h))));
}

TEST(WithinDeadline, ClockStartsAtCreationWhenTheComplaintWasNeverVerifiedOrDisposed) {
    auto fact = followed_up(wib(2026y / 5 / 19, 9h));
    fact.follow_up_step_at.reset();  // created Fri 09:00 -> due Tue 19 May 09:00
    EXPECT_TRUE(timely(fact));
    fact.first_follow_up_at = wib(2026y / 5 / 19, 9h) + 1min;
    EXPECT_FALSE(timely(fact));
}

TEST(WithinDeadline, EmergencyCategoriesCountMinutesOnTheAlwaysOpenCalendar) {
    auto fact = followed_up(kDisposed + 30min);
    fact.category_code = "darurat.kebakaran";  // darurat: follow_up 30 calendar minutes
    EXPECT_TRUE(timely(fact));
    fact.first_follow_up_at = kDisposed + 31min;
    EXPECT_FALSE(timely(fact));
}

TEST(WithinDeadline, NoFollowUpIsNeverWithinDeadline) { EXPECT_FALSE(timely(waiting("dinsos"))); }

TEST(PerformanceReport, EmptyPeriodHasNoRowsAndZeroTotals) {
    const auto r = report({});
    EXPECT_TRUE(r.rows.empty());
    EXPECT_TRUE(r.unit_ranking.empty());
    EXPECT_EQ(r.totals.received, 0);
    EXPECT_EQ(r.totals.within_deadline_pct, std::nullopt);
    EXPECT_EQ(r.totals.first_response_median_hours, std::nullopt);
    EXPECT_EQ(r.totals.rating_mean, std::nullopt);
    EXPECT_EQ(r.totals.reopened_pct, std::nullopt);
}

TEST(PerformanceReport, RowFiguresOfOneUnit) {
    auto a = followed_up(kCreated + 2h);  // first response after 2 h
    a.status = Status::ditutup;
    a.resolved_at = kCreated + 10h;
    a.rating = 5;
    auto b = followed_up(kCreated + 4h);
    b.status = Status::dibuka_kembali;
    b.resolved_at = kCreated + 20h;
    b.reopened = true;
    b.rating = 2;
    auto c = followed_up(wib(2026y / 5 / 22, 9h));  // late
    auto d = waiting("dinsos");                     // due long passed, still waiting
    d.due_at = wib(2026y / 5 / 19, 10h);
    auto spam = waiting("dinsos", Status::ditolak);  // never a case: not assessed
    const auto r = report({a, b, c, d, spam});

    ASSERT_EQ(r.rows.size(), 1u);
    const auto& row = r.rows[0];
    EXPECT_EQ(row.key, "dinsos");
    EXPECT_EQ(row.name, "Dinas Sosial");
    EXPECT_EQ(row.rank, 1);
    EXPECT_EQ(row.received, 5);
    EXPECT_EQ(row.assessed, 4);
    EXPECT_EQ(row.within_deadline, 2);
    EXPECT_DOUBLE_EQ(*row.within_deadline_pct, 50.0);
    // First responses 2 h, 4 h and 14 days (336 h): median 4, p90 at position 1.8.
    EXPECT_DOUBLE_EQ(*row.first_response_median_hours, 4.0);
    EXPECT_DOUBLE_EQ(*row.first_response_p90_hours, 4.0 + 0.8 * (336.0 - 4.0));
    EXPECT_DOUBLE_EQ(*row.resolution_median_hours, 15.0);
    EXPECT_DOUBLE_EQ(*row.resolution_p90_hours, 19.0);
    EXPECT_EQ(row.reopened, 1);
    EXPECT_DOUBLE_EQ(*row.reopened_pct, 50.0);  // of the two resolved
    EXPECT_DOUBLE_EQ(*row.rating_mean, 3.5);
    EXPECT_EQ(row.ratings, 2);
    EXPECT_EQ(row.overdue_now, 1);
}

TEST(PerformanceReport, OverdueNowLeavesOutClosedAndWaitingForTheReporter) {
    std::vector<PerformanceFact> facts;
    for (auto s : {Status::didisposisikan,
                   Status::ditindaklanjuti,
                   Status::ditunda,
                   Status::selesai,
                   Status::ditolak}) {
        auto f = waiting("dinsos", s);
        f.due_at = kNow - 1h;
        facts.push_back(f);
    }
    auto not_yet = waiting("dinsos");
    not_yet.due_at = kNow;  // due now is not overdue yet
    facts.push_back(not_yet);
    EXPECT_EQ(report(facts).totals.overdue_now, 2);
}

TEST(PerformanceReport, RowsAreRankedByShareWithinDeadlineWithTiesSharingARank) {
    auto on_time = followed_up(kDisposed + 1h);
    auto late = followed_up(wib(2026y / 6 / 1, 9h));
    auto in_unit = [](PerformanceFact f, std::string unit) {
        f.unit_code = std::move(unit);
        return f;
    };
    const auto r = report({
        in_unit(late, "dinsos"),
        in_unit(on_time, "32.12.20"),
        in_unit(on_time, "dpupr"),
        in_unit(late, "dpupr"),
        in_unit(on_time, "bpbd"),
        in_unit(late, "bpbd"),
        waiting("pdam"),
    });
    ASSERT_EQ(r.rows.size(), 5u);
    EXPECT_EQ(r.rows[0].key, "32.12.20");
    EXPECT_EQ(r.rows[0].name, "Kecamatan Losarang");
    EXPECT_EQ(r.rows[0].rank, 1);
    // 50 % each: the same rank, ordered by key.
    EXPECT_EQ(r.rows[1].key, "bpbd");
    EXPECT_EQ(r.rows[2].key, "dpupr");
    EXPECT_EQ(r.rows[1].rank, 2);
    EXPECT_EQ(r.rows[2].rank, 2);
    EXPECT_EQ(r.rows[2].name, "dpupr");  // not in the directory: the code
    EXPECT_EQ(r.rows[3].key, "dinsos");
    EXPECT_EQ(r.rows[3].rank, 4);
    EXPECT_EQ(r.rows[4].key, "pdam");  // 0 %
    EXPECT_EQ(r.totals.received, 7);
    EXPECT_EQ(r.totals.within_deadline, 3);
    EXPECT_EQ(r.unit_ranking.size(), r.rows.size());
}

TEST(PerformanceReport, GroupsByOfficerCategoryAndKecamatanWithNames) {
    auto a = followed_up(kDisposed + 1h, "dinsos.petugas");
    a.officer_name = "Petugas Dinsos";
    a.kecamatan_code = "32.12.20";
    auto b = followed_up(kDisposed + 2h, "superadmin");
    b.category_code = "";
    auto c = waiting("32.12.20");
    c.category_code = "darurat.kebakaran";
    c.kecamatan_code = "32.12.99";
    const std::vector facts{a, b, c};

    const auto by_officer = report(facts, PerformanceGroup::officer);
    ASSERT_EQ(by_officer.rows.size(), 3u);
    EXPECT_EQ(by_officer.rows[0].key, "dinsos.petugas");
    EXPECT_EQ(by_officer.rows[0].name, "Petugas Dinsos");
    EXPECT_EQ(by_officer.rows[1].key, "superadmin");
    EXPECT_EQ(by_officer.rows[1].name, "superadmin");
    EXPECT_EQ(by_officer.rows[2].key, "");
    EXPECT_EQ(by_officer.rows[2].name, "Belum ditindaklanjuti");
    // The unit ranking comes with every group.
    ASSERT_EQ(by_officer.unit_ranking.size(), 2u);
    EXPECT_EQ(by_officer.unit_ranking[0].key, "dinsos");
    EXPECT_EQ(by_officer.unit_ranking[0].received, 2);

    const auto by_category = report(facts, PerformanceGroup::category);
    ASSERT_EQ(by_category.rows.size(), 3u);
    // Both at 100 % with one complaint: by key, and "" sorts first.
    EXPECT_EQ(by_category.rows[0].name, "Tanpa kategori");
    EXPECT_EQ(by_category.rows[1].name, "Bantuan sosial");
    EXPECT_EQ(by_category.rows[2].name, "Kebakaran");

    const auto by_kecamatan = report(facts, PerformanceGroup::kecamatan);
    ASSERT_EQ(by_kecamatan.rows.size(), 3u);
    EXPECT_EQ(by_kecamatan.rows[0].name, "Tanpa kecamatan");
    EXPECT_EQ(by_kecamatan.rows[1].key, "32.12.20");
    EXPECT_EQ(by_kecamatan.rows[1].name, "Kecamatan Losarang");
    EXPECT_EQ(by_kecamatan.rows[2].name, "32.12.99");
}

TEST(PerformanceGroup, ParsesTheFourWireNames) {
    for (auto g : {PerformanceGroup::unit,
                   PerformanceGroup::officer,
                   PerformanceGroup::category,
                   PerformanceGroup::kecamatan}) {
        EXPECT_EQ(parse_performance_group(to_string(g)), g);
    }
    EXPECT_EQ(parse_performance_group("channel"), std::nullopt);
}

}  // namespace
}  // namespace tanggap::service

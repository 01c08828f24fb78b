// The deadline clock: which step each status stands for, which policy and calendar a category
// gets, and the due times on known office days, weekends and the 2026 holidays.
#include "service/deadline_clock.hpp"

#include "service/shipped_holidays.hpp"
#include "service/test_time.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using domain::Status;
using sla::Step;

using testing_support::wib;

domain::Category category(std::string code, bool emergency, std::string policy = {}) {
    domain::Category c;
    c.code = std::move(code);
    c.emergency = emergency;
    c.deadline_policy = std::move(policy);
    return c;
}

domain::Complaint complaint(Status status, domain::Timestamp created_at) {
    domain::Complaint c;
    c.status = status;
    c.created_at = created_at;
    return c;
}

TEST(StepRule, EveryStatusMapsToItsStepAndClockStart) {
    using R = StepRule;
    EXPECT_EQ(step_rule(Status::diterima), (R{Step::verification, ClockStart::created}));
    EXPECT_EQ(step_rule(Status::diverifikasi), (R{Step::follow_up, ClockStart::transition}));
    EXPECT_EQ(step_rule(Status::didisposisikan), (R{Step::follow_up, ClockStart::transition}));
    EXPECT_EQ(step_rule(Status::dibuka_kembali), (R{Step::follow_up, ClockStart::transition}));
    EXPECT_EQ(step_rule(Status::ditindaklanjuti), (R{Step::resolution, ClockStart::created}));
    EXPECT_EQ(step_rule(Status::ditunda), (R{Step::info_wait, ClockStart::transition}));
    EXPECT_EQ(step_rule(Status::bukan_wewenang), (R{Step::verification, ClockStart::transition}));
    for (auto done : {Status::selesai, Status::ditutup, Status::ditolak, Status::diarsipkan}) {
        EXPECT_EQ(step_rule(done), std::nullopt) << domain::to_string(done);
    }
    // Every status is decided (a new status must be added above).
    int with_step = 0;
    for (auto s : domain::kAllStatuses) with_step += step_rule(s).has_value() ? 1 : 0;
    EXPECT_EQ(with_step, 7);
}

TEST(DeadlineClock, PolicyIsTheCategoryCodeIfKnownElseDaruratForEmergenciesElseSp4n) {
    const auto& clock = standard_deadline_clock();
    EXPECT_EQ(clock.policy_for(nullptr).code, "sp4n_lapor");
    const auto teknis = category("air", false, "teknis_24");
    EXPECT_EQ(clock.policy_for(&teknis).code, "teknis_24");
    const auto unknown = category("sosial.bansos", false, "prioritas_48_jam");
    EXPECT_EQ(clock.policy_for(&unknown).code, "sp4n_lapor");
    const auto fire = category("kebakaran", true, "darurat_24_jam");
    EXPECT_EQ(clock.policy_for(&fire).code, "darurat");
    const auto fire_teknis = category("kebakaran", true, "teknis_72");
    EXPECT_EQ(clock.policy_for(&fire_teknis).code, "teknis_72");

    EXPECT_EQ(&clock.calendar_for(&fire), &clock.always_open());
    EXPECT_EQ(&clock.calendar_for(&unknown), &clock.office());
    EXPECT_EQ(&clock.calendar_for(nullptr), &clock.office());
}

TEST(DeadlineClock, MissingFallbackPolicyIsAStartupBug) {
    std::vector<sla::DeadlinePolicy> only_sp4n{*sla::find_builtin_policy("sp4n_lapor")};
    EXPECT_THROW(
        DeadlineClock(shipped_office_calendar(), sla::WorkCalendar::always_open(), only_sp4n),
        std::invalid_argument);
}

TEST(ShippedOfficeCalendar, ClosesOnHolidaysCutiBersamaAndWeekends) {
    ASSERT_TRUE(shipped_holidays_csv().starts_with("date,kind,name"));
    const auto office = shipped_office_calendar();
    EXPECT_EQ(office.spec().utc_offset, minutes{7 * 60});
    EXPECT_FALSE(office.is_working_day(local_days{2026y / 1 / 1}));   // Tahun Baru
    EXPECT_FALSE(office.is_working_day(local_days{2026y / 3 / 20}));  // cuti bersama
    EXPECT_FALSE(office.is_working_day(local_days{2026y / 3 / 7}));   // Saturday
    EXPECT_TRUE(office.is_working_day(local_days{2026y / 3 / 6}));    // Friday
    EXPECT_TRUE(office.is_working_time(wib(2026y / 3 / 6, 15h + 59min)));
    EXPECT_FALSE(office.is_working_time(wib(2026y / 3 / 6, 16h)));
}

TEST(DeadlineClock, VerificationIsThreeWorkingDaysFromReceipt) {
    const auto& clock = standard_deadline_clock();
    const auto bansos = category("sosial.bansos", false, "prioritas_48_jam");
    const auto later = wib(2026y / 6 / 1, 9h);  // the transition time plays no part
    // Monday 10:15 -> Thursday 10:15.
    EXPECT_EQ(
        clock.due_at(complaint(Status::diterima, wib(2026y / 3 / 2, 10h + 15min)), &bansos, later),
        wib(2026y / 3 / 5, 10h + 15min));
    // Friday 10:00 -> Wednesday 10:00, over the weekend.
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, wib(2026y / 3 / 6, 10h)), &bansos, later),
              wib(2026y / 3 / 11, 10h));
    // Friday 13 March 10:00 -> Mon 16, Tue 17, then Nyepi and Idul Fitri close the office from
    // the 18th to the 24th: Wednesday 25 March 10:00.
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, wib(2026y / 3 / 13, 10h)), &bansos, later),
              wib(2026y / 3 / 25, 10h));
    // Received on Nyepi: the clock starts on the next working day (25th), due at the close of
    // the third (Friday 27th).
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, wib(2026y / 3 / 19, 10h)), &bansos, later),
              wib(2026y / 3 / 27, 16h));
    // Saturday evening: Mon, Tue, Wed, at closing time.
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, wib(2026y / 3 / 7, 20h)), &bansos, later),
              wib(2026y / 3 / 11, 16h));
}

TEST(DeadlineClock, StepsFromTheTransitionCountFromIt) {
    const auto& clock = standard_deadline_clock();
    const auto created = wib(2026y / 3 / 2, 9h);
    const auto moved = wib(2026y / 3 / 6, 14h);  // Friday 14:00
    // follow_up: 5 working days from the transition, Mon 9 .. Fri 13.
    for (auto s : {Status::diverifikasi, Status::didisposisikan, Status::dibuka_kembali}) {
        EXPECT_EQ(clock.due_at(complaint(s, created), nullptr, moved), wib(2026y / 3 / 13, 14h))
            << domain::to_string(s);
    }
    // bukan_wewenang: the super admin verifies again, 3 working days from the transition.
    EXPECT_EQ(clock.due_at(complaint(Status::bukan_wewenang, created), nullptr, moved),
              wib(2026y / 3 / 11, 14h));
    // info_wait: 30 calendar days from asking the reporter.
    EXPECT_EQ(clock.due_at(complaint(Status::ditunda, created), nullptr, moved), moved + days{30});
    // resolution: 60 calendar days from the report, whenever work started.
    EXPECT_EQ(clock.due_at(complaint(Status::ditindaklanjuti, created), nullptr, moved),
              created + days{60});
    for (auto s : {Status::selesai, Status::ditutup, Status::ditolak, Status::diarsipkan}) {
        EXPECT_EQ(clock.due_at(complaint(s, created), nullptr, moved), std::nullopt)
            << domain::to_string(s);
    }
}

TEST(DeadlineClock, UnitsThatNeverCloseCountWorkingDaysAroundTheClock) {
    const auto& clock = standard_deadline_clock();
    domain::Unit rsud;
    rsud.code = "rsud-indramayu";
    rsud.always_open = true;
    const auto hospital = category("kesehatan.rumah_sakit", false);
    const auto friday = wib(2026y / 3 / 6, 14h);
    // follow_up, 5 working days: every day is one (Sat 7 .. Wed 11), Nyepi week or not.
    EXPECT_EQ(clock.due_at(complaint(Status::didisposisikan, friday), {&hospital, &rsud}, friday),
              wib(2026y / 3 / 11, 14h));
    // The same complaint with an office unit waits for the office: Mon 9 .. Fri 13.
    domain::Unit dinkes;
    dinkes.code = "dinkes";
    EXPECT_EQ(clock.due_at(complaint(Status::didisposisikan, friday), {&hospital, &dinkes}, friday),
              wib(2026y / 3 / 13, 14h));
}

TEST(DeadlineClock, EmergenciesRunInMinutesAroundTheClock) {
    const auto& clock = standard_deadline_clock();
    const auto fire = category("kebakaran", true, "darurat_24_jam");
    const auto saturday_night = wib(2026y / 3 / 7, 23h + 55min);
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, saturday_night), &fire, saturday_night),
              saturday_night + minutes{10});
    EXPECT_EQ(
        clock.due_at(
            complaint(Status::didisposisikan, saturday_night), &fire, saturday_night + minutes{5}),
        saturday_night + minutes{35});
    // On Nyepi too.
    const auto nyepi = wib(2026y / 3 / 19, 3h);
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, nyepi), &fire, nyepi), nyepi + minutes{10});
}

TEST(DeadlineClock, ExtraHolidaysCloseLaterYears) {
    const auto new_year_eve = wib(2026y / 12 / 31, 10h);
    const auto c = complaint(Status::diterima, new_year_eve);
    // Without the 2027 list 1 January is a working Friday: Fri 1, Mon 4, Tue 5.
    EXPECT_EQ(standard_deadline_clock().due_at(c, nullptr, new_year_eve), wib(2027y / 1 / 5, 10h));
    auto holidays =
        sla::parse_holidays("date,kind,name\n2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n");
    ASSERT_TRUE(holidays);
    const auto with_2027 = make_standard_deadline_clock(*holidays);
    EXPECT_EQ(with_2027.due_at(c, nullptr, new_year_eve), wib(2027y / 1 / 6, 10h));
}

TEST(DeadlineClock, AUnitsOwnPolicyForACategoryWinsOverTheCategorys) {
    auto settings = shipped_deadline_settings();
    settings.unit_policies = {{"puskesmas-losarang", "kesehatan", "teknis_24"}};
    const auto clock = make_deadline_clock(settings, util::kWibZone.offset);
    const auto health = category("kesehatan", false, "teknis_72");
    domain::Unit losarang;
    losarang.code = "puskesmas-losarang";
    domain::Unit gantar;
    gantar.code = "puskesmas-gantar";
    EXPECT_EQ(clock.policy_for({&health, &losarang}).code, "teknis_24");
    EXPECT_EQ(clock.policy_for({&health, &gantar}).code, "teknis_72");  // the category's
    const auto roads = category("jalan", false);
    EXPECT_EQ(clock.policy_for({&roads, &losarang}).code, "sp4n_lapor");  // another category
    // The unit's policy counts: follow-up within 24 hours of the disposition.
    const auto moved = wib(2026y / 3 / 6, 14h);
    EXPECT_EQ(clock.due_at(complaint(Status::didisposisikan, moved), {&health, &losarang}, moved),
              moved + hours(24));
}

TEST(DeadlineClock, AUnitPolicyNamingAnUnknownPolicyIsRefused) {
    auto settings = shipped_deadline_settings();
    settings.unit_policies = {{"puskesmas-losarang", "kesehatan", "tidak_ada"}};
    EXPECT_THROW(make_deadline_clock(settings, util::kWibZone.offset), std::invalid_argument);
}

TEST(DeadlineClock, OfficeHoursAreThoseOfTheInstallationsZone) {
    // Makassar (WITA): 08:00-16:00 local is 00:00-08:00 UTC.
    const auto clock = make_deadline_clock(shipped_deadline_settings(), util::kWitaZone.offset);
    EXPECT_EQ(clock.office().spec().utc_offset, hours(8));
    EXPECT_EQ(clock.always_open().spec().utc_offset, hours(8));
    const auto monday_utc = [](hours h) { return domain::Timestamp{sys_days{2026y / 3 / 2} + h}; };
    EXPECT_TRUE(clock.office().is_working_time(monday_utc(hours(0))));   // 08:00 WITA
    EXPECT_FALSE(clock.office().is_working_time(monday_utc(hours(8))));  // 16:00 WITA
    EXPECT_TRUE(
        standard_deadline_clock().office().is_working_time(monday_utc(hours(8))));  // 15:00 WIB
    // Received Monday 07:00 WITA, before opening: due at the close of the third working day,
    // Wednesday 16:00 WITA (08:00 UTC).
    const auto before_opening = monday_utc(hours(-1));
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, before_opening), nullptr, before_opening),
              domain::Timestamp{sys_days{2026y / 3 / 4} + hours(8)});
}

TEST(DeadlineClock, AHolidayInTheSettingsClosesTheOffice) {
    auto settings = shipped_deadline_settings();
    settings.holidays.push_back(
        {2026y / 3 / 3, sla::HolidayKind::cuti_bersama, "Libur daerah (uji)"});
    const auto clock = make_deadline_clock(settings, util::kWibZone.offset);
    EXPECT_FALSE(clock.office().is_working_day(local_days{2026y / 3 / 3}));
    // Monday 10:15 + 3 working days skips Tuesday: Friday 10:15.
    const auto monday = wib(2026y / 3 / 2, 10h + 15min);
    EXPECT_EQ(clock.due_at(complaint(Status::diterima, monday), nullptr, monday),
              wib(2026y / 3 / 6, 10h + 15min));
}

}  // namespace
}  // namespace tanggap::service

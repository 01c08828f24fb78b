// The deadline settings in the store: seeded once, loaded as a clock, and an edit that recounts
// the running steps of open complaints in its own transaction.
#include "service/deadline_settings.hpp"

#include "service/test_time.hpp"
#include "service_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using testing_support::ServiceFixture;
using testing_support::wib;

class DeadlineSettingsTest : public ServiceFixture {
  protected:
    void seed(const std::vector<sla::Holiday>& imported = {}) {
        auto r = store::write_sync(
            *store_, [&](store::WriteTx& tx) { return seed_deadline_settings(tx, imported); });
        ASSERT_TRUE(r) << r.error().message;
    }
    DeadlineSettings settings() {
        auto s = store::read_sync<DeadlineSettings>(
            *store_, [](store::ReadTx& tx) { return load_deadline_settings(tx); });
        EXPECT_TRUE(s) << s.error().message;
        return s ? *s : DeadlineSettings{};
    }
    Result<SettingsChange> change(const std::function<Result<void>(store::WriteTx&)>& edit,
                                  domain::Timestamp now) {
        return store::write_sync_value<SettingsChange>(*store_, [&](store::WriteTx& tx) {
            return change_deadline_settings(
                tx, directory_, holder_, util::kWibZone.offset, now, edit);
        });
    }

    DeadlineClockHolder holder_{std::make_shared<const DeadlineClock>(standard_deadline_clock())};
};

TEST_F(DeadlineSettingsTest, ANewStoreGetsTheShippedSettingsOnceAndImportsOnlyAdd) {
    seed();
    const auto shipped = shipped_deadline_settings();
    EXPECT_EQ(settings().policies.size(), shipped.policies.size());
    EXPECT_EQ(settings().holidays.size(), shipped.holidays.size());

    // The super admin removes 2026's list; a restart's seed does not bring it back, and an
    // imported file adds its own dates.
    ASSERT_TRUE(store::write_sync(
        *store_, [](store::WriteTx& tx) { return tx.replace_holidays(2026, {}); }));
    const sla::Holiday next{2027y / 1 / 1, sla::HolidayKind::libur_nasional, "Tahun Baru"};
    seed({next});
    EXPECT_EQ(settings().holidays, std::vector<sla::Holiday>{next});
    EXPECT_EQ(settings().policies.size(), shipped.policies.size());
}

TEST_F(DeadlineSettingsTest, AFasterPolicyMovesTheRunningStepsAndNotTheFinishedOnes) {
    seed();
    // Monday 10:15: verification due Thursday 10:15 under SP4N-LAPOR!.
    const auto open = submit(wib(2026y / 3 / 2, 10h + 15min));
    const auto closed = submit(wib(2026y / 3 / 2, 11h));
    domain::ActionRequest reject;
    reject.action = domain::Action::reject;
    reject.message = "Bukan aduan";
    reject.reason = domain::RejectReason::spam;
    act(closed.ticket, reject, wib(2026y / 3 / 2, 12h));
    ASSERT_EQ(stored(open.ticket).due_at, wib(2026y / 3 / 5, 10h + 15min));

    // sp4n_lapor's verification becomes one working day.
    auto faster = *sla::find_builtin_policy("sp4n_lapor");
    faster.steps[0] = {sla::Step::verification, 1, sla::LimitUnit::working_days};
    auto changed = change([&](store::WriteTx& tx) { return tx.save_deadline_policy(faster); },
                          wib(2026y / 3 / 2, 13h));
    ASSERT_TRUE(changed) << changed.error().message;
    EXPECT_EQ(changed->recounted, 1);
    EXPECT_GT(changed->version, 0u);
    EXPECT_EQ(changed->clock->policy_for(nullptr), faster);
    const auto moved = stored(open.ticket);
    EXPECT_EQ(moved.due_at, wib(2026y / 3 / 3, 10h + 15min));
    EXPECT_EQ(moved.escalation_level, 0);
    ASSERT_TRUE(moved.next_check_at);
    EXPECT_LT(*moved.next_check_at, *moved.due_at);  // the reminders follow the new due time
    EXPECT_FALSE(stored(closed.ticket).due_at);

    // Saving the same settings again moves nothing.
    auto again = change([&](store::WriteTx& tx) { return tx.save_deadline_policy(faster); },
                        wib(2026y / 3 / 2, 14h));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->recounted, 0);
    EXPECT_GT(again->version, changed->version);
}

TEST_F(DeadlineSettingsTest, ANewHolidayPushesTheDueTimePastIt) {
    seed();
    const auto open = submit(wib(2026y / 3 / 2, 10h + 15min));  // due Thursday 5 March
    auto changed = change(
        [](store::WriteTx& tx) {
            return tx.add_holidays({{2026y / 3 / 4, sla::HolidayKind::cuti_bersama, "Uji"}});
        },
        wib(2026y / 3 / 2, 13h));
    ASSERT_TRUE(changed) << changed.error().message;
    EXPECT_EQ(changed->recounted, 1);
    EXPECT_EQ(stored(open.ticket).due_at, wib(2026y / 3 / 6, 10h + 15min));
}

TEST_F(DeadlineSettingsTest, AFailedEditChangesNothing) {
    seed();
    const auto open = submit(wib(2026y / 3 / 2, 10h + 15min));
    const auto before = stored(open.ticket).due_at;
    auto refused = change(
        [](store::WriteTx& tx) -> Result<void> {
            if (auto r = tx.replace_holidays(2026, {}); !r) return r;
            return tx.save_unit_policy({"dinsos", "sosial.bansos", "tidak_ada"});
        },
        wib(2026y / 3 / 2, 13h));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "policy");
    EXPECT_EQ(settings().holidays.size(), shipped_deadline_settings().holidays.size());
    EXPECT_EQ(stored(open.ticket).due_at, before);
}

TEST(DeadlineSettingsRules, AYearsHolidaysMustFallInItAndHaveNames) {
    const std::vector<sla::Holiday> ok{
        {2027y / 1 / 1, sla::HolidayKind::libur_nasional, "Tahun Baru"}};
    EXPECT_TRUE(validate_year_holidays(2027, ok));
    auto wrong_year = validate_year_holidays(2026, ok);
    ASSERT_FALSE(wrong_year);
    EXPECT_EQ(wrong_year.error().field, "items[0].date");
    const std::vector<sla::Holiday> nameless{
        ok[0], {2027y / 5 / 1, sla::HolidayKind::libur_nasional, " "}};
    auto no_name = validate_year_holidays(2027, nameless);
    ASSERT_FALSE(no_name);
    EXPECT_EQ(no_name.error().field, "items[1].name");
}

TEST(DeadlineSettingsRules, AHolidayNameMustBeValidUtf8WithoutControlCharacters) {
    auto named = [](std::string name) {
        return std::vector<sla::Holiday>{
            {2027y / 1 / 1, sla::HolidayKind::libur_nasional, std::move(name)}};
    };
    EXPECT_TRUE(validate_year_holidays(2027, named("Tahun Baru Imlek 2578 Kongzili")));
    for (const std::string& bad : {std::string("Libur \xff\xfe"),
                                   std::string("Libur \xc0\xaf"),
                                   std::string("Libur \xed\xa0\x80"),
                                   std::string("Libur\x01"),
                                   std::string("Libur\nbaris"),
                                   std::string(kHolidayNameMax + 1, 'a')}) {
        auto refused = validate_year_holidays(2027, named(bad));
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error().code, core::ErrorCode::invalid_field);
        EXPECT_EQ(refused.error().field, "items[0].name");
    }
}

TEST(DeadlineSettingsRules, RequiredAndUsedPoliciesAreNotDeleted) {
    domain::Category roads;
    roads.code = "jalan";
    roads.name = "Jalan Rusak";
    roads.deadline_policy = "teknis_72";
    const domain::DirectoryIndex directory({}, {roads});
    for (auto code : {"sp4n_lapor", "darurat", "teknis_72"}) {
        auto refused = check_policy_deletable(code, directory);
        ASSERT_FALSE(refused) << code;
        EXPECT_EQ(refused.error().code, core::ErrorCode::conflict);
    }
    EXPECT_NE(check_policy_deletable("teknis_72", directory).error().message.find("Jalan Rusak"),
              std::string::npos);
    EXPECT_TRUE(check_policy_deletable("teknis_24", directory));
}

}  // namespace
}  // namespace tanggap::service

// The deadline sweep on a real SQLite store, time driven by hand (no sleeping).
#include "service/deadline_sweep.hpp"

#include "service/ladder_notices.hpp"
#include "service_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using domain::NotificationKind;
using domain::Status;
using testing_support::action;
using testing_support::wib;

// Submitted Monday 2 March 2026 10:00 WIB: verification (3 working days) is due Thursday 5 March
// 10:00, 72 hours later. Reminders at 50% (Tuesday 22:00) and 80% (Wednesday 19:36); Diskominfo
// once Thursday 10:00 has passed; the Bupati once as long again has passed (Sunday 8 March 10:00).
const auto kSubmitted = wib(2026y / 3 / 2, 10h);
const auto kDue = wib(2026y / 3 / 5, 10h);

class DeadlineSweep : public testing_support::ServiceFixture {
  protected:
    SweepReport sweep(domain::Timestamp now, int batch = 500) {
        SweepReport report;
        auto written = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = sweep_deadlines(tx, clock_, {}, now, batch);
            if (!r) return r.error();
            report = *r;
            return {};
        });
        EXPECT_TRUE(written) << (written ? "" : written.error().message);
        return report;
    }

    std::vector<domain::Notification> notifications(store::NotificationQuery q) {
        auto found = store::read_sync<std::vector<domain::Notification>>(
            *store_, [&](store::ReadTx& tx) { return tx.notifications(q); });
        EXPECT_TRUE(found);
        return found ? *found : std::vector<domain::Notification>{};
    }
    std::vector<domain::Notification> for_unit() { return notifications({"dinsos", {}, {}, 50}); }
    std::vector<domain::Notification> for_role(domain::Role role) {
        return notifications({"", role, {}, 50});
    }

    std::vector<domain::ComplaintEvent> escalations(const std::string& ticket) {
        auto record = store::read_sync<std::optional<ComplaintRecord>>(
            *store_, [&](store::ReadTx& tx) { return load_complaint(tx, ticket); });
        std::vector<domain::ComplaintEvent> out;
        if (!record || !*record) return out;
        for (const auto& e : (*record)->events) {
            if (e.action == "escalate") out.push_back(e);
        }
        return out;
    }

    domain::StaffUser super_admin() {
        domain::StaffUser admin;
        admin.id = 2;
        admin.username = "kominfo.admin";
        admin.role = domain::Role::super_admin;
        return admin;
    }
};

TEST_F(DeadlineSweep, RemindersFireOnceThenTheComplaintClimbsToDiskominfoAndTheBupati) {
    const auto ticket = submit(kSubmitted).ticket;
    EXPECT_EQ(stored(ticket).next_check_at, wib(2026y / 3 / 3, 22h));

    EXPECT_EQ(sweep(wib(2026y / 3 / 3, 21h)).examined, 0) << "nothing is due yet";
    auto first = sweep(wib(2026y / 3 / 3, 22h));
    EXPECT_EQ(first.examined, 1);
    EXPECT_EQ(first.reminders, 1);
    EXPECT_EQ(sweep(wib(2026y / 3 / 3, 23h)).examined, 0) << "the reminder is not repeated";
    EXPECT_EQ(sweep(wib(2026y / 3 / 4, 20h)).reminders, 1);
    auto reminders = for_unit();
    ASSERT_EQ(reminders.size(), 2U);
    EXPECT_EQ(reminders[0].kind, NotificationKind::reminder);
    EXPECT_EQ(reminders[0].level, 2) << "newest first";
    EXPECT_NE(reminders[0].text.find("2026-03-05 10:00 WIB"), std::string::npos)
        << reminders[0].text;

    EXPECT_EQ(sweep(kDue).examined, 0) << "at the due time itself it is not yet overdue";
    auto late = sweep(kDue + minutes(90));
    EXPECT_EQ(late.escalations, 1);
    EXPECT_EQ(stored(ticket).escalation_level, 1);
    auto events = escalations(ticket);
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].actor, domain::EventActor::system());
    EXPECT_NE(events[0].internal_note.find("1 jam 30 menit"), std::string::npos)
        << events[0].internal_note;
    EXPECT_NE(events[0].internal_note.find("Diskominfo"), std::string::npos);
    EXPECT_TRUE(events[0].public_text.empty()) << "escalation is internal";
    ASSERT_EQ(for_role(domain::Role::super_admin).size(), 1U);
    EXPECT_TRUE(for_role(domain::Role::leadership).empty());

    restart();  // a restart in between neither loses nor repeats anything
    EXPECT_EQ(sweep(wib(2026y / 3 / 8, 9h)).escalations, 0);
    auto top = sweep(wib(2026y / 3 / 8, 11h));
    EXPECT_EQ(top.escalations, 1);
    EXPECT_EQ(stored(ticket).escalation_level, 2);
    EXPECT_EQ(stored(ticket).next_check_at, std::nullopt) << "the top of the ladder";
    ASSERT_EQ(escalations(ticket).size(), 2U);
    EXPECT_NE(escalations(ticket)[1].internal_note.find("Bupati"), std::string::npos);
    EXPECT_NE(escalations(ticket)[1].internal_note.find("terlewat 3 hari 1 jam"), std::string::npos)
        << "how late the step is, from its due time: " << escalations(ticket)[1].internal_note;
    auto bupati = for_role(domain::Role::leadership);
    ASSERT_EQ(bupati.size(), 1U);
    EXPECT_EQ(bupati[0].ticket, ticket);
    EXPECT_EQ(bupati[0].level, 2);

    EXPECT_EQ(sweep(wib(2026y / 6 / 1, 9h)).examined, 0);
    EXPECT_EQ(for_unit().size(), 4U) << "2 reminders and the unit's copy of 2 escalations";
}

TEST_F(DeadlineSweep, AFailedTransactionSendsNothingAndTheNextSweepSendsItOnce) {
    const auto ticket = submit(kSubmitted).ticket;
    auto failed = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
        auto r = sweep_deadlines(tx, clock_, {}, kDue + hours(1), 500);
        EXPECT_TRUE(r && r->escalations == 1);
        return core::make_error(core::ErrorCode::unavailable, "the process died here");
    });
    EXPECT_FALSE(failed);
    EXPECT_EQ(stored(ticket).escalation_level, 0);
    EXPECT_TRUE(for_role(domain::Role::super_admin).empty());
    EXPECT_TRUE(escalations(ticket).empty());

    EXPECT_EQ(sweep(kDue + hours(1)).escalations, 1);
    EXPECT_EQ(sweep(kDue + hours(1)).escalations, 0);
    EXPECT_EQ(escalations(ticket).size(), 1U);
    EXPECT_EQ(for_role(domain::Role::super_admin).size(), 1U);
}

TEST_F(DeadlineSweep, ASweepAfterDowntimeClimbsEveryRungAndSkipsStaleReminders) {
    const auto ticket = submit(kSubmitted).ticket;
    auto report = sweep(wib(2026y / 3 / 20, 9h));
    EXPECT_EQ(report.reminders, 0);
    EXPECT_EQ(report.escalations, 2);
    EXPECT_EQ(stored(ticket).escalation_level, 2);
    EXPECT_EQ(for_unit().size(), 2U) << "no reminder for a deadline long gone";
}

TEST_F(DeadlineSweep, TheUnitActingStartsTheNextStepAtTheFootOfTheLadder) {
    const auto ticket = submit(kSubmitted).ticket;
    sweep(kDue + hours(1));
    ASSERT_EQ(stored(ticket).escalation_level, 1);

    const auto verified_at = kDue + hours(2);
    auto c = act(ticket, action(domain::Action::verify), verified_at);
    EXPECT_EQ(c.escalation_level, 0);
    EXPECT_EQ(c.reminders_sent, 0);
    EXPECT_EQ(c.step_started_at, verified_at);
    ASSERT_TRUE(c.next_check_at && c.due_at);
    EXPECT_GT(*c.next_check_at, verified_at);
    EXPECT_LT(*c.next_check_at, *c.due_at) << "the first reminder of the new step";

    store::InboxQuery escalated;
    escalated.scope = domain::InboxScope{std::nullopt, domain::InboxScope::Confidential::all};
    escalated.min_escalation_level = 1;
    auto page = store::read_sync<store::InboxPage>(
        *store_, [&](store::ReadTx& tx) { return tx.inbox(escalated); });
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->items.empty());
}

TEST_F(DeadlineSweep, TheUnitsReasonForBeingLateTravelsUpTheLadder) {
    const auto ticket = submit(kSubmitted).ticket;
    domain::ActionRequest explain;
    explain.action = domain::Action::explain_delay;
    explain.note = "Menunggu pencairan anggaran";
    auto c = act(ticket, explain, wib(2026y / 3 / 4, 9h));
    EXPECT_EQ(c.late_reason, "Menunggu pencairan anggaran");
    EXPECT_EQ(c.due_at, kDue) << "a reason does not move the deadline";

    sweep(kDue + hours(1));
    auto events = escalations(ticket);
    ASSERT_EQ(events.size(), 1U);
    EXPECT_NE(events[0].internal_note.find("Menunggu pencairan anggaran"), std::string::npos);
    auto admin = for_role(domain::Role::super_admin);
    ASSERT_EQ(admin.size(), 1U);
    EXPECT_NE(admin[0].text.find("Menunggu pencairan anggaran"), std::string::npos);
}

TEST_F(DeadlineSweep, ASuperAdminEscalatesByHandAndTheSweepCarriesOnFromThere) {
    const auto ticket = submit(kSubmitted).ticket;
    domain::ActionRequest up;
    up.action = domain::Action::escalate;
    up.note = "Sudah tiga kali diadukan";
    auto written = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
        auto r = act_on_complaint(
            tx, directory_, ticket, super_admin(), up, wib(2026y / 3 / 3, 9h), clock_, {});
        if (!r) return r.error();
        EXPECT_EQ(r->complaint.escalation_level, 1);
        return {};
    });
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_EQ(for_role(domain::Role::super_admin).size(), 1U);
    EXPECT_EQ(stored(ticket).next_check_at, wib(2026y / 3 / 8, 10h) + milliseconds(1));

    EXPECT_EQ(sweep(kDue + hours(1)).examined, 0) << "level 1 is reached already";
    EXPECT_EQ(sweep(wib(2026y / 3 / 8, 11h)).escalations, 1);
    EXPECT_EQ(stored(ticket).escalation_level, 2);
}

TEST_F(DeadlineSweep, AComplaintWaitingForTheReporterIsArchivedAfterThirtyDays) {
    const auto ticket = submit(kSubmitted).ticket;
    const auto asked = wib(2026y / 3 / 3, 9h);
    act(ticket, action(domain::Action::defer, "Mohon kirim foto lokasi."), asked);
    EXPECT_EQ(sweep(asked + days(30)).archived, 0);
    auto report = sweep(asked + days(30) + minutes(1));
    EXPECT_EQ(report.archived, 1);
    EXPECT_EQ(report.escalations, 0);
    auto c = stored(ticket);
    EXPECT_EQ(c.status, Status::diarsipkan);
    EXPECT_EQ(c.due_at, std::nullopt);
    EXPECT_EQ(c.next_check_at, std::nullopt);
    auto record = store::read_sync<std::optional<ComplaintRecord>>(
        *store_, [&](store::ReadTx& tx) { return load_complaint(tx, ticket); });
    ASSERT_TRUE(record && *record);
    const auto& last = (*record)->events.back();
    EXPECT_EQ(last.action, "archive");
    EXPECT_EQ(last.actor, domain::EventActor::system());
    EXPECT_EQ(last.to, Status::diarsipkan);
    EXPECT_FALSE(last.public_text.empty()) << "the reporter is told why";
    EXPECT_EQ(for_unit().front().kind, NotificationKind::archive);
}

TEST_F(DeadlineSweep, ABatchTakesTheEarliestAndSaysWhenMoreAreWaiting) {
    submit(kSubmitted);
    submit(kSubmitted + minutes(1));
    submit(kSubmitted + minutes(2));
    auto first = sweep(kDue + hours(1), 2);
    EXPECT_EQ(first.examined, 2);
    EXPECT_TRUE(first.more);
    auto second = sweep(kDue + hours(1), 2);
    EXPECT_EQ(second.examined, 1);
    EXPECT_FALSE(second.more);
    EXPECT_EQ(for_role(domain::Role::super_admin).size(), 3U);
}

TEST(LadderWords, AConfidentialComplaintIsNotNamedByItsTitle) {
    domain::Complaint c;
    c.ticket = "2603-ABCDEF";
    c.title = "Pungutan liar di kantor desa";
    c.unit_code = "dinsos";
    c.due_at = wib(2026y / 3 / 5, 10h);
    c.confidential = true;
    for (const auto& n : escalation_notices(c, 2, "Dinas Sosial", wib(2026y / 3 / 9, 10h))) {
        EXPECT_EQ(n.text.find("Pungutan"), std::string::npos) << n.text;
        EXPECT_NE(n.text.find("2603-ABCDEF"), std::string::npos) << n.text;
        EXPECT_NE(n.text.find("di Dinas Sosial"), std::string::npos) << "a name, never the code";
        EXPECT_EQ(n.text.find("dinsos"), std::string::npos) << n.text;
    }
    EXPECT_EQ(reminder_notice(c, 1, c.due_at.value()).text.find("Pungutan"), std::string::npos);
    c.confidential = false;
    EXPECT_NE(reminder_notice(c, 1, c.due_at.value()).text.find("Pungutan"), std::string::npos);
}

TEST(LadderWords, OverdueTimeToTheMinute) {
    EXPECT_EQ(describe_overdue(minutes(25)), "25 menit");
    EXPECT_EQ(describe_overdue(hours(27) + minutes(5)), "1 hari 3 jam");
    EXPECT_EQ(describe_overdue(hours(48)), "2 hari");
    EXPECT_EQ(describe_overdue(seconds(20)), "kurang dari 1 menit");
}

}  // namespace
}  // namespace tanggap::service

// The service keeps complaints.due_at in step with the status, on a real SQLite store.
#include "service/complaint_service.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using domain::Status;
using testing_support::action;
using testing_support::ServiceFixture;
using testing_support::wib;

using ComplaintServiceDeadlines = ServiceFixture;

TEST_F(ComplaintServiceDeadlines, EachStepGetsItsDueTimeAndTheStoreKeepsIt) {
    // Submitted Friday 13 March 2026 10:00 WIB: verification due Wednesday 25 March 10:00
    // (Mon 16, Tue 17, then the office is closed 18-24 March).
    const auto submitted_at = wib(2026y / 3 / 13, 10h);
    auto receipt = submit(submitted_at);
    ASSERT_FALSE(receipt.ticket.empty());
    EXPECT_EQ(stored(receipt.ticket).due_at, wib(2026y / 3 / 25, 10h));

    // Verified Monday 16 March 09:00: follow_up, 5 working days from then (Tue 17, Wed 25,
    // Thu 26, Fri 27, Mon 30).
    auto c = act(receipt.ticket, action(domain::Action::verify), wib(2026y / 3 / 16, 9h));
    EXPECT_EQ(c.status, Status::diverifikasi);
    EXPECT_EQ(c.due_at, wib(2026y / 3 / 30, 9h));
    EXPECT_EQ(stored(receipt.ticket).due_at, c.due_at);

    // A note does not move the deadline.
    c = act(receipt.ticket, action(domain::Action::note), wib(2026y / 3 / 17, 9h));
    EXPECT_EQ(stored(receipt.ticket).due_at, wib(2026y / 3 / 30, 9h));

    // Work starts: resolution, 60 days from the report.
    c = act(receipt.ticket, action(domain::Action::start), wib(2026y / 3 / 17, 10h));
    EXPECT_EQ(c.status, Status::ditindaklanjuti);
    EXPECT_EQ(stored(receipt.ticket).due_at, submitted_at + days{60});

    // Asking the reporter: info_wait, 30 days from asking.
    const auto asked = wib(2026y / 3 / 18, 11h);
    c = act(receipt.ticket, action(domain::Action::defer, "Mohon lengkapi NIK."), asked);
    EXPECT_EQ(c.status, Status::ditunda);
    EXPECT_EQ(stored(receipt.ticket).due_at, asked + days{30});

    // Answered and verified again on Thursday 26 March 14:00: follow_up from then.
    c = act(receipt.ticket, action(domain::Action::verify), wib(2026y / 3 / 26, 14h));
    EXPECT_EQ(c.status, Status::diverifikasi);
    EXPECT_EQ(stored(receipt.ticket).due_at, wib(2026y / 4 / 2, 14h));  // Fri, Mon, Tue, Wed, Thu

    // Resolved: nothing more is due from the unit.
    c = act(receipt.ticket, action(domain::Action::start), wib(2026y / 3 / 27, 8h));
    c = act(receipt.ticket,
            action(domain::Action::resolve, "Bantuan sudah disalurkan."),
            wib(2026y / 3 / 27, 9h));
    EXPECT_EQ(c.status, Status::selesai);
    EXPECT_EQ(stored(receipt.ticket).due_at, std::nullopt);

    // The reporter reopens on Saturday 28 March: follow_up counts from the next working day.
    domain::Feedback reopen{false, 2, "Belum cair juga.", wib(2026y / 3 / 28, 19h)};
    auto written = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
        auto r =
            give_feedback(tx, directory_, receipt.ticket, receipt.tracking_token, reopen, clock_);
        if (!r) return r.error();
        EXPECT_EQ(r->complaint.status, Status::dibuka_kembali);
        return {};
    });
    ASSERT_TRUE(written) << written.error().message;
    // Mon 30, Tue 31, Wed 1, Thu 2, Fri 3 April is Wafat Yesus Kristus: Mon 6 April, 16:00.
    EXPECT_EQ(stored(receipt.ticket).due_at, wib(2026y / 4 / 6, 16h));
}

TEST_F(ComplaintServiceDeadlines, NotItsDutyGivesTheSuperAdminAVerificationDeadline) {
    auto receipt = submit(wib(2026y / 3 / 2, 10h));
    const auto moved = wib(2026y / 3 / 3, 11h);
    auto c = act(
        receipt.ticket, action(domain::Action::not_authority, "Bukan tugas Dinas Sosial."), moved);
    EXPECT_EQ(c.status, Status::bukan_wewenang);
    EXPECT_EQ(stored(receipt.ticket).due_at, wib(2026y / 3 / 6, 11h));
}

TEST_F(ComplaintServiceDeadlines, RejectedComplaintsHaveNoDeadline) {
    auto receipt = submit(wib(2026y / 3 / 2, 10h));
    auto reject = action(domain::Action::reject);
    reject.reason = domain::RejectReason::spam;
    auto c = act(receipt.ticket, reject, wib(2026y / 3 / 2, 11h));
    EXPECT_EQ(c.status, Status::ditolak);
    EXPECT_EQ(stored(receipt.ticket).due_at, std::nullopt);
}

TEST_F(ComplaintServiceDeadlines, WaitingForTheReporterPausesTheResolutionClock) {
    const auto submitted_at = wib(2026y / 3 / 2, 10h);
    auto receipt = submit(submitted_at);
    act(receipt.ticket, action(domain::Action::verify), wib(2026y / 3 / 2, 11h));
    act(receipt.ticket, action(domain::Action::start), wib(2026y / 3 / 3, 9h));
    EXPECT_EQ(stored(receipt.ticket).due_at, submitted_at + days{60});

    // Asked on 10 March, answered on 20 March: ten days the reporter held it.
    act(receipt.ticket,
        action(domain::Action::defer, "Mohon kirim nomor KK."),
        wib(2026y / 3 / 10, 9h));
    auto c = act(receipt.ticket, action(domain::Action::start), wib(2026y / 3 / 20, 9h));
    EXPECT_EQ(c.status, Status::ditindaklanjuti);
    EXPECT_EQ(c.due_at, submitted_at + days{70});
    EXPECT_EQ(stored(receipt.ticket).due_at, submitted_at + days{70});

    // A second wait adds to the first.
    act(receipt.ticket,
        action(domain::Action::defer, "Mohon kirim foto rumah."),
        wib(2026y / 4 / 1, 9h));
    c = act(receipt.ticket, action(domain::Action::start), wib(2026y / 4 / 3, 21h));
    EXPECT_EQ(c.due_at, submitted_at + days{72} + hours{12});
}

TEST_F(ComplaintServiceDeadlines, ACorrectedCategoryRecountsTheStepUnderItsPolicy) {
    domain::Category fire;
    fire.code = "kebakaran";
    fire.name = "Kebakaran";
    fire.responsible_unit = "dinsos";
    fire.emergency = true;  // the darurat policy: verification in 10 minutes, around the clock
    ASSERT_TRUE(
        store::write_sync(*store_, [&](store::WriteTx& tx) { return tx.upsert_category(fire); }));
    directory_ = domain::DirectoryIndex(directory_.units(),
                                        {*directory_.find_category("sosial.bansos"), fire});

    // Filed Monday 2 March 2026 10:00 WIB as social aid: verification due Thursday 10:00.
    const auto submitted_at = wib(2026y / 3 / 2, 10h);
    const auto ticket = submit(submitted_at).ticket;
    EXPECT_EQ(stored(ticket).due_at, wib(2026y / 3 / 5, 10h));

    auto recategorize = action(domain::Action::recategorize);
    recategorize.category = "kebakaran";
    auto c = act(ticket, recategorize, submitted_at + 5min);
    EXPECT_EQ(c.status, Status::diterima);
    EXPECT_EQ(c.category_code, "kebakaran");
    EXPECT_EQ(c.due_at, submitted_at + 10min) << "counted from the step's start, not the change";
    ASSERT_TRUE(c.next_check_at);
    EXPECT_LE(*c.next_check_at, submitted_at + 10min);
    EXPECT_EQ(stored(ticket).category_code, "kebakaran");
    EXPECT_EQ(stored(ticket).due_at, submitted_at + 10min);

    recategorize.category = "tidak.ada";
    auto unknown = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
        auto r = act_on_complaint(
            tx, directory_, ticket, officer_, recategorize, submitted_at + 6min, clock_, outreach_);
        if (!r) return r.error();
        return {};
    });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, "category");
}

TEST_F(ComplaintServiceDeadlines, TheSameIdempotencyKeyFilesOneComplaint) {
    auto file = [&](std::string key) {
        SubmitRequest request;
        request.submission.title = "Bansos belum cair";
        request.submission.description = "Sudah tiga bulan bantuan PKH belum cair.";
        request.submission.category_code = "sosial.bansos";
        request.now = wib(2026y / 3 / 2, 9h);
        request.idempotency_key = std::move(key);
        SubmitReceipt receipt;
        EXPECT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = submit_complaint(tx, directory_, request, clock_, outreach_);
            if (!r) return r.error();
            receipt = *r;
            return {};
        }));
        return receipt;
    };
    const auto first = file("3f0c9a52-7d1e-4b8a-9c61-2f4e8d7a1b00");
    EXPECT_FALSE(first.replayed);
    const auto again = file("3f0c9a52-7d1e-4b8a-9c61-2f4e8d7a1b00");
    EXPECT_TRUE(again.replayed);
    EXPECT_EQ(again.ticket, first.ticket);
    EXPECT_EQ(again.tracking_token, first.tracking_token) << "the token the first answer lost";
    EXPECT_EQ(again.created_at, first.created_at);
    const auto other = file("7b1d2e3f-0000-4000-8000-000000000001");
    EXPECT_FALSE(other.replayed);
    EXPECT_NE(other.ticket, first.ticket);
    const auto none = file("");
    EXPECT_NE(none.ticket, first.ticket);

    auto count = store::read_sync<std::map<Status, std::int64_t>>(
        *store_, [](store::ReadTx& tx) { return tx.count_by_status(); });
    ASSERT_TRUE(count);
    EXPECT_EQ(count->at(Status::diterima), 3) << "three complaints, not four";
}

TEST(ReporterWaits, FromEachDeferralToTheNextEventOutOfIt) {
    auto event = [](Status to, domain::Timestamp at) {
        domain::ComplaintEvent e;
        e.to = to;
        e.at = at;
        return e;
    };
    const auto t = wib(2026y / 3 / 2, 10h);
    std::vector<domain::ComplaintEvent> events{event(Status::diterima, t),
                                               event(Status::ditunda, t + hours{1}),
                                               event(Status::ditunda, t + hours{2}),  // a note
                                               event(Status::diverifikasi, t + hours{5}),
                                               event(Status::ditunda, t + hours{9})};
    auto waits = reporter_waits(events, t + hours{10});
    ASSERT_EQ(waits.size(), 2U);
    EXPECT_EQ(waits[0].from, t + hours{1});
    EXPECT_EQ(waits[0].until, t + hours{5});
    EXPECT_EQ(waits[1].from, t + hours{9});
    EXPECT_EQ(waits[1].until, t + hours{10}) << "still waiting: until now";
}

}  // namespace
}  // namespace tanggap::service

// The service keeps complaints.due_at in step with the status, on a real SQLite store.
#include "service/complaint_service.hpp"

#include "store/sqlite/sqlite_store.hpp"
#include "util/crypto.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using domain::Status;

domain::Timestamp wib(year_month_day day, minutes time_of_day) {
    return domain::Timestamp{sys_days{day} + time_of_day - hours{7}};
}

class ComplaintServiceDeadlines : public ::testing::Test {
  protected:
    void SetUp() override {
        util::init_crypto();
        auto opened = store::sqlite::open_sqlite_store({dir_.file("tanggap.db")});
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(*opened);

        domain::Unit dinsos;
        dinsos.code = "dinsos";
        dinsos.name = "Dinas Sosial";
        dinsos.categories = {"sosial.bansos"};
        domain::Unit kominfo;
        kominfo.code = "diskominfo";
        kominfo.name = "Diskominfo";
        kominfo.super_admin = true;
        domain::Category bansos;
        bansos.code = "sosial.bansos";
        bansos.name = "Bantuan Sosial";
        bansos.responsible_unit = "dinsos";
        bansos.deadline_policy = "prioritas_48_jam";  // not a known policy: sp4n_lapor
        ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            if (auto r = tx.upsert_unit(dinsos); !r) return r;
            if (auto r = tx.upsert_unit(kominfo); !r) return r;
            return tx.upsert_category(bansos);
        }));
        directory_ = domain::DirectoryIndex({dinsos, kominfo}, {bansos});
        officer_.id = 1;
        officer_.username = "dinsos.petugas";
        officer_.role = domain::Role::officer;
        officer_.unit_code = "dinsos";
    }
    void TearDown() override {
        if (store_) store_->close();
    }

    SubmitReceipt submit(domain::Timestamp now) {
        SubmitRequest request;
        request.submission.title = "Bansos belum cair";
        request.submission.description = "Sudah tiga bulan bantuan PKH belum cair.";
        request.submission.category_code = "sosial.bansos";
        request.now = now;
        SubmitReceipt receipt;
        auto written = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = submit_complaint(tx, directory_, request, clock_);
            if (!r) return r.error();
            receipt = *r;
            return {};
        });
        EXPECT_TRUE(written) << (written ? "" : written.error().message);
        return receipt;
    }

    domain::Complaint act(const std::string& ticket,
                          domain::ActionRequest action,
                          domain::Timestamp now) {
        domain::Complaint out;
        auto written = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = act_on_complaint(tx, directory_, ticket, officer_, action, now, clock_);
            if (!r) return r.error();
            out = r->complaint;
            return {};
        });
        EXPECT_TRUE(written) << (written ? "" : written.error().message);
        return out;
    }

    domain::Complaint stored(const std::string& ticket) {
        auto found = store::read_sync<std::optional<domain::Complaint>>(
            *store_, [&](store::ReadTx& tx) { return tx.complaint_by_ticket(ticket); });
        EXPECT_TRUE(found && *found);
        return found && *found ? **found : domain::Complaint{};
    }

    util::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    domain::DirectoryIndex directory_;
    domain::StaffUser officer_;
    const DeadlineClock& clock_ = standard_deadline_clock();
};

domain::ActionRequest action(domain::Action a, std::string message = {}) {
    domain::ActionRequest r;
    r.action = a;
    r.message = std::move(message);
    r.note = a == domain::Action::note ? "catatan" : "";
    return r;
}

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
        auto r = give_feedback(tx, receipt.ticket, receipt.tracking_token, reopen, clock_);
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

}  // namespace
}  // namespace tanggap::service

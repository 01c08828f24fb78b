// Retention as the regency's rules want it: a closed complaint's reporter goes once its
// category's months have passed since it closed, never earlier and never while it is open;
// each erasure is in the audit log; old chats and partner deliveries go on their own clocks.

#include "service/retention.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::service {
namespace {

using namespace testing_support;
using namespace std::chrono;

class Retention : public ServiceFixture {
  protected:
    std::string rejected(domain::Timestamp at) {
        auto receipt = submit(at, {"Siti Rahma", "+6281322223333", "siti.r@example.id"});
        auto reject = action(domain::Action::reject);
        reject.reason = domain::RejectReason::spam;
        EXPECT_EQ(act(receipt.ticket, reject, at + hours(1)).status, domain::Status::ditolak);
        return receipt.ticket;
    }

    RetentionRound round(domain::Timestamp now, int batch = 100) {
        RetentionRound out;
        EXPECT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = apply_retention(tx, settings_, now, batch);
            if (!r) return r.error();
            out = std::move(*r);
            return {};
        }));
        return out;
    }

    void keep_bansos(std::optional<int> months) {
        auto bansos = *directory_.find_category("sosial.bansos");
        bansos.retention_months = months;
        ASSERT_TRUE(store::write_sync(
            *store_, [&](store::WriteTx& tx) { return tx.upsert_category(bansos); }));
    }

    domain::RetentionSettings settings_{60, 30, 365};
    const domain::Timestamp now_ = wib(2026y / 12 / 7, 10h);
};

TEST_F(Retention, AClosedComplaintLosesItsReporterOnceItsCategorysMonthsHavePassed) {
    const auto old = rejected(wib(2021y / 11 / 1, 9h));
    const auto young = rejected(wib(2022y / 1 / 3, 9h));
    const auto open = submit(wib(2020y / 1 / 6, 9h), {"Budi", "+6285711112222", ""}).ticket;

    keep_bansos(120);
    EXPECT_TRUE(round(now_).tickets.empty()) << "bansos keeps ten years";
    keep_bansos(std::nullopt);
    auto first = round(now_);
    EXPECT_EQ(first.tickets, std::vector<std::string>{old});
    EXPECT_FALSE(first.more);
    EXPECT_GT(first.traces.events, 0) << "the history's texts are tombstones";

    const auto erased = stored(old);
    EXPECT_EQ(erased.status, domain::Status::ditolak) << "the figures stay";
    EXPECT_EQ(erased.category_code, "sosial.bansos");
    EXPECT_EQ(erased.reporter.phone, "");
    EXPECT_EQ(erased.reporter.name.find("Siti"), std::string::npos);
    EXPECT_EQ(erased.description.find("PKH"), std::string::npos);
    EXPECT_EQ(stored(young).reporter.phone, "+6281322223333");
    EXPECT_EQ(stored(open).reporter.phone, "+6285711112222") << "an open complaint is kept";

    EXPECT_TRUE(round(now_).tickets.empty()) << "each complaint is erased once";

    store::AuditQuery q;
    q.action = std::string(domain::audit_action::retention);
    auto entries = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [&](store::ReadTx& tx) { return tx.audit_entries(q); });
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1U);
    EXPECT_EQ((*entries)[0].ticket, old);
    EXPECT_EQ((*entries)[0].actor, "sistem");
}

TEST_F(Retention, AFullBatchSaysMoreIsWaiting) {
    const auto first = rejected(wib(2020y / 1 / 6, 9h));
    const auto second = rejected(wib(2020y / 2 / 3, 9h));
    auto r = round(now_, 1);
    EXPECT_EQ(r.tickets, std::vector<std::string>{first}) << "the oldest first";
    EXPECT_TRUE(r.more);
    r = round(now_, 1);
    EXPECT_EQ(r.tickets, std::vector<std::string>{second});
}

TEST_F(Retention, OldPartnerDeliveriesGoOnTheirOwnClock) {
    ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
        for (auto at : {now_ - days(31), now_ - days(29)}) {
            if (auto r = tx.enqueue_webhook("whatsapp", "{}", at); !r) return r.error();
        }
        auto claimed = tx.claim_webhooks(now_, now_ + minutes(1), 10);
        if (!claimed) return claimed.error();
        for (const auto& w : *claimed) {
            if (auto r = tx.finish_webhook(w.id, true, std::nullopt, ""); !r) return r;
        }
        return {};
    }));
    EXPECT_EQ(round(now_).pruned.webhooks, 1);
    EXPECT_EQ(round(now_).pruned.webhooks, 0);
}

}  // namespace
}  // namespace tanggap::service

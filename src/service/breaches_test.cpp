// The breach register as Pasal 46 asks: an incident finds the people its complaints' reporters
// are (each once, however many complaints), says who no channel reaches, and sends each
// reachable person one notice with the three texts, once; both steps are audited.

#include "service/breaches.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace tanggap::service {
namespace {

using namespace testing_support;
using namespace std::chrono;

class Breaches : public ServiceFixture {
  protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        submit(wib(2026y / 11 / 2, 9h), {"Siti", "0813-2222-3333", "siti@example.id"});
        submit(wib(2026y / 11 / 3, 9h), {"Siti", "+62 813 2222 3333", ""});
        submit(wib(2026y / 11 / 4, 9h), {"Budi", "0857-1111-2222", ""});
        submit(wib(2026y / 11 / 5, 9h), {"", "", ""});
        submit(wib(2026y / 12 / 1, 9h), {"Ani", "0812-0000-1111", ""});  // after the period
        outreach_.email = true;
        outreach_.sms = true;
    }

    domain::BreachInput incident(std::string unit = "") {
        domain::BreachInput in;
        in.discovered_at = now_ - hours(3);
        in.data_exposed = "Nama dan nomor HP pelapor";
        in.how = "Ekspor CSV dikirim ke grup yang salah pada 6 Desember";
        in.measures = "Pesan ditarik, anggota grup diminta menghapus berkas";
        in.scope = {wib(2026y / 11 / 1, 0h), wib(2026y / 12 / 1, 0h), std::move(unit)};
        return in;
    }

    template <class T, class Job>
    core::Result<T> write(Job job) {
        std::optional<core::Result<T>> out;
        auto done = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            out = job(tx);
            if (!*out) return out->error();
            return {};
        });
        if (!done && !out) return done.error();
        return *out;
    }

    const domain::Timestamp now_ = wib(2026y / 12 / 7, 10h);
};

TEST_F(Breaches, AnIncidentCountsItsComplaintsAndEachPersonOnce) {
    auto b = write<domain::Breach>([&](store::WriteTx& tx) {
        return record_breach(tx, incident(), outreach_, "privasi", now_);
    });
    ASSERT_TRUE(b) << b.error().message;
    EXPECT_GT(b->id, 0);
    EXPECT_EQ(b->complaints, 4);
    EXPECT_EQ(b->people, 2) << "Siti twice in two spellings, Budi; the anonymous one is nobody";
    EXPECT_EQ(b->unreachable, 0);
    EXPECT_EQ(b->notify_by, now_ - hours(3) + hours(72));

    outreach_.sms = false;
    auto email_only = write<domain::Breach>([&](store::WriteTx& tx) {
        return record_breach(tx, incident(), outreach_, "privasi", now_);
    });
    ASSERT_TRUE(email_only);
    EXPECT_EQ(email_only->unreachable, 1) << "Budi left a phone only";

    auto other_unit = write<domain::Breach>([&](store::WriteTx& tx) {
        return record_breach(tx, incident("diskominfo"), outreach_, "privasi", now_);
    });
    ASSERT_TRUE(other_unit);
    EXPECT_EQ(other_unit->complaints, 0) << "Diskominfo held none of them";

    auto listed = store::read_sync<std::vector<domain::Breach>>(
        *store_, [](store::ReadTx& tx) { return tx.breaches(10); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 3U);
    EXPECT_EQ((*listed)[2].incident.how, incident().how);
}

TEST_F(Breaches, EachReachablePersonGetsOneNoticeOnce) {
    auto b = write<domain::Breach>([&](store::WriteTx& tx) {
        return record_breach(tx, incident(), outreach_, "privasi", now_);
    });
    ASSERT_TRUE(b);
    auto notified = write<domain::Breach>([&](store::WriteTx& tx) {
        return notify_breach(tx, b->id, outreach_, "privasi", now_ + hours(1));
    });
    ASSERT_TRUE(notified) << notified.error().message;
    EXPECT_EQ(notified->notices, 2);
    EXPECT_FALSE(domain::is_late(*notified, now_ + hours(200)));

    auto outbox = store::read_sync<std::vector<domain::Outbound>>(*store_, [](store::ReadTx& tx) {
        store::OutboxQuery q;
        q.limit = 200;
        return tx.outbox(q);
    });
    ASSERT_TRUE(outbox);
    std::vector<std::string> recipients;
    for (const auto& m : *outbox) {
        if (m.purpose != domain::OutboundPurpose::breach_notice) continue;
        recipients.push_back(m.recipient);
        EXPECT_NE(m.body.find(incident().measures), std::string::npos);
    }
    std::sort(recipients.begin(), recipients.end());
    EXPECT_EQ(recipients, (std::vector<std::string>{"6285711112222", "siti@example.id"}));

    auto again = write<domain::Breach>([&](store::WriteTx& tx) {
        return notify_breach(tx, b->id, outreach_, "privasi", now_ + hours(2));
    });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, core::ErrorCode::conflict);
    auto unknown = write<domain::Breach>(
        [&](store::WriteTx& tx) { return notify_breach(tx, 999, outreach_, "privasi", now_); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::not_found);

    store::AuditQuery q;
    q.actor = "privasi";
    auto entries = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [&](store::ReadTx& tx) { return tx.audit_entries(q); });
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2U);
    EXPECT_EQ((*entries)[0].action, "privacy.breach_notify");
    EXPECT_EQ((*entries)[1].action, "privacy.breach");
}

TEST_F(Breaches, TheLettersNameEachPersonOnceWithTheirTicketsAndWhoNeedsThePost) {
    outreach_.sms = false;  // Budi left a phone only: his letter goes by post
    auto b = write<domain::Breach>([&](store::WriteTx& tx) {
        return record_breach(tx, incident(), outreach_, "privasi", now_);
    });
    ASSERT_TRUE(b);
    auto letters = write<BreachLetters>(
        [&](store::WriteTx& tx) { return breach_letters(tx, b->id, outreach_, "privasi", now_); });
    ASSERT_TRUE(letters) << letters.error().message;
    ASSERT_EQ(letters->people.size(), 2U) << "Siti in two spellings is one; the anonymous none";
    EXPECT_EQ(static_cast<std::int64_t>(letters->people.size()), b->people);
    EXPECT_EQ(letters->people[0].reporter.name, "Siti");
    EXPECT_EQ(letters->people[0].tickets.size(), 2U);
    EXPECT_TRUE(letters->people[0].reachable);
    EXPECT_EQ(letters->people[1].reporter.name, "Budi");
    EXPECT_FALSE(letters->people[1].reachable);
    EXPECT_EQ(letters->breach.id, b->id);

    auto unknown = write<BreachLetters>(
        [&](store::WriteTx& tx) { return breach_letters(tx, 999, outreach_, "privasi", now_); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::not_found);

    store::AuditQuery q;
    q.action = "privacy.breach_letters";
    auto entries = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [&](store::ReadTx& tx) { return tx.audit_entries(q); });
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1U);
    EXPECT_EQ((*entries)[0].detail, "insiden #" + std::to_string(b->id) + ": surat PDF, 2 orang");
}

}  // namespace
}  // namespace tanggap::service

// What the reporter is told lands in the outbox with the event that causes it.
#include "service/citizen_notices.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using domain::OutboundChannel;
using domain::OutboundPurpose;
using testing_support::action;
using testing_support::ServiceFixture;
using testing_support::wib;

class CitizenNotices : public ServiceFixture {
  protected:
    std::vector<domain::Outbound> outbox() {
        auto rows = store::read_sync<std::vector<domain::Outbound>>(
            *store_, [](store::ReadTx& tx) { return tx.outbox({}); });
        EXPECT_TRUE(rows) << rows.error().message;
        auto out = rows ? *rows : std::vector<domain::Outbound>{};
        std::reverse(out.begin(), out.end());  // oldest first
        return out;
    }
    void opt_out(OutboundChannel channel, const std::string& address) {
        ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) {
            return tx.set_opt_out(channel, address, true, wib(2026y / 3 / 1, 9h));
        }));
    }
    domain::Reporter reporter(std::string phone, std::string email = {}) {
        return domain::Reporter{"Siti", std::move(phone), std::move(email)};
    }
};

TEST_F(CitizenNotices, NothingIsQueuedWhenNoChannelIsConfigured) {
    auto ticket =
        submit(wib(2026y / 3 / 2, 9h), reporter("+6281234567890", "siti@example.id")).ticket;
    act(ticket, action(domain::Action::verify), wib(2026y / 3 / 2, 10h));
    EXPECT_TRUE(outbox().empty());
}

TEST_F(CitizenNotices, AReceiptAndEachChangeOfStatusGoByEmailButNotANote) {
    outreach_.email = true;
    outreach_.tracking_base_url = "https://tanggap.example/lacak/";
    auto ticket = submit(wib(2026y / 3 / 2, 9h), reporter("", "siti@example.id")).ticket;
    act(ticket, action(domain::Action::verify), wib(2026y / 3 / 2, 10h));
    act(ticket, action(domain::Action::note), wib(2026y / 3 / 2, 11h));

    auto sent = outbox();
    ASSERT_EQ(sent.size(), 2U);
    EXPECT_EQ(sent[0].purpose, OutboundPurpose::receipt);
    EXPECT_EQ(sent[0].recipient, "siti@example.id");
    EXPECT_NE(sent[0].body.find(ticket), std::string::npos);
    EXPECT_EQ(sent[1].purpose, OutboundPurpose::status_notice);
    EXPECT_EQ(sent[1].channel, OutboundChannel::email);
    EXPECT_EQ(sent[1].subject, "Pengaduan " + ticket + ": Diverifikasi");
    EXPECT_NE(sent[1].body.find("https://tanggap.example/lacak/" + ticket), std::string::npos);
    EXPECT_EQ(sent[1].idempotency_key, "notice:" + ticket + ":2");
    EXPECT_EQ(sent[1].ticket, ticket);
}

TEST_F(CitizenNotices, AWhatsAppReporterIsAnsweredOnWhatsAppWithATemplateReady) {
    outreach_.whatsapp = outreach_.sms = true;
    outreach_.status_template = "status_pengaduan";
    auto ticket =
        submit(wib(2026y / 3 / 2, 9h), reporter("+6281234567890"), domain::Channel::whatsapp)
            .ticket;
    auto request = action(domain::Action::verify, "Aduan Anda sudah kami periksa.");
    act(ticket, request, wib(2026y / 3 / 2, 10h));

    auto sent = outbox();
    ASSERT_EQ(sent.size(), 1U) << "the conversation gives the ticket, no receipt";
    EXPECT_EQ(sent[0].channel, OutboundChannel::whatsapp);
    EXPECT_EQ(sent[0].recipient, "6281234567890");
    EXPECT_EQ(sent[0].template_name, "status_pengaduan");
    EXPECT_EQ(sent[0].template_parameters,
              (std::vector<std::string>{ticket, "Diverifikasi", "Aduan Anda sudah kami periksa."}));
}

TEST_F(CitizenNotices, AWebReporterWithOnlyAPhoneGetsAnSmsUnlessTheyOptedOut) {
    outreach_.sms = true;
    auto first = submit(wib(2026y / 3 / 2, 9h), reporter("0812-3456-7890")).ticket;
    opt_out(OutboundChannel::sms, "6281200000000");
    auto second = submit(wib(2026y / 3 / 2, 9h), reporter("+6281200000000")).ticket;
    act(second, action(domain::Action::verify), wib(2026y / 3 / 2, 10h));

    auto sent = outbox();
    ASSERT_EQ(sent.size(), 1U);
    EXPECT_EQ(sent[0].channel, OutboundChannel::sms);
    EXPECT_EQ(sent[0].recipient, "6281234567890");
    EXPECT_EQ(sent[0].ticket, first);
}

TEST_F(CitizenNotices, TheReporterTurnsNoticesOffWithTheTrackingTokenAndOnAgain) {
    outreach_.email = outreach_.sms = true;
    auto receipt = submit(wib(2026y / 3 / 2, 9h), reporter("081234567890", "siti@example.id"));
    auto set = [&](std::string token, bool enabled) {
        return store::write_sync_value<int>(*store_, [&](store::WriteTx& tx) {
            return set_reporter_notices(tx, receipt.ticket, token, enabled, wib(2026y / 3 / 2, 9h));
        });
    };
    // Not yet verified, so not public: without its token it does not exist.
    auto wrong = set("bukan-token", false);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, core::ErrorCode::not_found);
    auto off = set(receipt.tracking_token, false);
    ASSERT_TRUE(off) << off.error().message;
    EXPECT_EQ(*off, 3) << "WhatsApp and SMS on the phone, and the e-mail address";
    act(receipt.ticket, action(domain::Action::verify), wib(2026y / 3 / 2, 10h));
    EXPECT_EQ(outbox().size(), 1U) << "only the receipt, queued before";
    wrong = set("bukan-token", true);  // published now: a wrong token is refused as such
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, core::ErrorCode::forbidden);
    ASSERT_TRUE(set(receipt.tracking_token, true));
    act(receipt.ticket,
        action(domain::Action::start, "Sedang kami periksa."),
        wib(2026y / 3 / 2, 11h));
    EXPECT_EQ(outbox().size(), 2U);
}

}  // namespace
}  // namespace tanggap::service

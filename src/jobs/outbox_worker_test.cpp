// The outbox worker on a real SQLite store with a scripted sender; time driven by hand.
#include "jobs/outbox_worker.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

#include <deque>
#include <mutex>

namespace tanggap::jobs {
namespace {

using namespace std::chrono;
using channels::SendOutcome;
using domain::OutboundChannel;
using domain::OutboundState;
using service::testing_support::wib;

// Answers from a script (sent when it runs out) and remembers every message it was given.
class ScriptedSender final : public channels::Sender {
  public:
    SendOutcome send(const channels::OutboundMessage& message) override {
        std::lock_guard lock(mutex_);
        received.push_back(message);
        if (script.empty())
            return {SendOutcome::Kind::sent, "wamid." + message.idempotency_key, ""};
        auto next = script.front();
        script.pop_front();
        return next;
    }
    std::deque<SendOutcome> script;
    std::vector<channels::OutboundMessage> received;

  private:
    std::mutex mutex_;
};

const SendOutcome kRetry{SendOutcome::Kind::retry, "", "HTTP 500"};

class OutboxWorkerTest : public service::testing_support::ServiceFixture {
  protected:
    domain::Outbound queue(std::string key,
                           OutboundChannel channel = OutboundChannel::sms,
                           std::string recipient = "6281234567890",
                           std::string template_name = {}) {
        domain::Outbound m;
        m.idempotency_key = std::move(key);
        m.channel = channel;
        m.recipient = std::move(recipient);
        m.purpose = domain::OutboundPurpose::status_notice;
        m.body = "Status: Diverifikasi";
        m.template_name = std::move(template_name);
        m.template_parameters = {"A", "B"};
        m.next_attempt_at = m.created_at = kStart;
        auto stored = store::write_sync_value<bool>(
            *store_, [&](store::WriteTx& tx) { return tx.insert_outbound(m); });
        EXPECT_TRUE(stored && *stored);
        return m;
    }
    DeliveryRound deliver(domain::Timestamp at) {
        auto round = deliver_due(*store_, senders_, options_, [at] { return at; });
        EXPECT_TRUE(round) << round.error().message;
        return round ? *round : DeliveryRound{};
    }
    domain::Outbound row(std::int64_t id) {
        auto rows = store::read_sync<std::vector<domain::Outbound>>(
            *store_, [](store::ReadTx& tx) { return tx.outbox({}); });
        for (const auto& m : rows ? *rows : std::vector<domain::Outbound>{}) {
            if (m.id == id) return m;
        }
        ADD_FAILURE() << "no outbox row " << id;
        return {};
    }

    static inline const domain::Timestamp kStart = wib(2026y / 3 / 2, 9h);
    ScriptedSender sender_;
    Senders senders_{{OutboundChannel::sms, &sender_}, {OutboundChannel::whatsapp, &sender_}};
    OutboxOptions options_;
};

TEST_F(OutboxWorkerTest, SendsWhatIsDueOnceAndRecordsTheProvidersId) {
    auto m = queue("notice:1");
    EXPECT_EQ(deliver(kStart - seconds(1)).claimed, 0) << "not due yet";
    auto round = deliver(kStart);
    EXPECT_EQ(round.sent, 1);
    EXPECT_EQ(deliver(kStart + hours(1)).claimed, 0) << "sent once";
    ASSERT_EQ(sender_.received.size(), 1U);
    EXPECT_EQ(sender_.received[0].idempotency_key, "notice:1");
    auto saved = row(m.id);
    EXPECT_EQ(saved.state, OutboundState::sent);
    EXPECT_EQ(saved.provider_message_id, "wamid.notice:1");
    EXPECT_EQ(saved.delivery, domain::DeliveryStatus::sent);
    EXPECT_EQ(saved.sent_at, kStart);
    EXPECT_EQ(saved.attempts, 1);
}

TEST_F(OutboxWorkerTest, ATransientFailureIsRetriedAfterABackoffThatDoubles) {
    auto m = queue("notice:1");
    sender_.script = {kRetry, kRetry};
    EXPECT_EQ(deliver(kStart).retried, 1);
    EXPECT_EQ(row(m.id).next_attempt_at, kStart + seconds(30));
    EXPECT_EQ(row(m.id).last_error, "HTTP 500");
    EXPECT_EQ(deliver(kStart + seconds(29)).claimed, 0);
    EXPECT_EQ(deliver(kStart + seconds(30)).retried, 1);
    EXPECT_EQ(row(m.id).next_attempt_at, kStart + seconds(30) + minutes(1));
    EXPECT_EQ(deliver(kStart + minutes(2)).sent, 1);
    EXPECT_EQ(row(m.id).attempts, 3);
    EXPECT_EQ(row(m.id).last_error, "");
}

TEST_F(OutboxWorkerTest, AfterTheLastAttemptTheMessageIsDeadUntilTheSuperAdminRequeuesIt) {
    auto m = queue("notice:1");
    for (int i = 0; i < domain::kMaxOutboundAttempts; ++i) sender_.script.push_back(kRetry);
    auto at = kStart;
    for (int i = 0; i < domain::kMaxOutboundAttempts; ++i) {
        ASSERT_EQ(deliver(at).claimed, 1) << "attempt " << i + 1;
        at += hours(2);
    }
    EXPECT_EQ(row(m.id).state, OutboundState::dead);
    EXPECT_EQ(deliver(at + hours(24)).claimed, 0);

    auto requeued = store::write_sync_value<bool>(
        *store_, [&](store::WriteTx& tx) { return tx.requeue_outbound(m.id, at); });
    ASSERT_TRUE(requeued && *requeued);
    EXPECT_EQ(deliver(at).sent, 1);
    EXPECT_EQ(row(m.id).state, OutboundState::sent);
}

TEST_F(OutboxWorkerTest, ARefusalIsDeadAtOnceAndAMissingChannelToo) {
    auto refused = queue("notice:1");
    auto no_sender = queue("notice:2", OutboundChannel::email, "siti@example.id");
    sender_.script = {{SendOutcome::Kind::permanent, "", "(#131026) Message undeliverable"}};
    EXPECT_EQ(deliver(kStart).dead, 2);
    EXPECT_EQ(row(refused.id).last_error, "(#131026) Message undeliverable");
    EXPECT_EQ(row(no_sender.id).last_error, "Kanal email tidak dikonfigurasi");
}

TEST_F(OutboxWorkerTest, MessagesToOneRecipientGoInOrderEvenWhenTheFirstIsRetried) {
    auto first = queue("notice:1");
    auto second = queue("notice:2");
    auto other = queue("notice:3", OutboundChannel::sms, "6289999999999");
    sender_.script = {kRetry};
    auto round = deliver(kStart);
    EXPECT_EQ(round.claimed, 2) << "the first to each recipient";
    EXPECT_EQ(row(second.id).state, OutboundState::pending);
    EXPECT_EQ(row(other.id).state, OutboundState::sent);
    EXPECT_EQ(deliver(kStart + seconds(30)).sent, 1);
    EXPECT_EQ(deliver(kStart + seconds(30)).sent, 1);
    ASSERT_EQ(sender_.received.size(), 4U);
    EXPECT_EQ(sender_.received[2].idempotency_key, "notice:1");
    EXPECT_EQ(sender_.received[3].idempotency_key, "notice:2");
    EXPECT_LT(*row(first.id).sent_at, *row(second.id).sent_at + milliseconds(1));
}

TEST_F(OutboxWorkerTest, WhatsAppGoesFreeFormInsideTheWindowAndAsTheTemplateAfterIt) {
    ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) {
        return tx.touch_whatsapp_contact("6281111111111", "Siti", kStart - hours(23));
    }));
    queue("in-window", OutboundChannel::whatsapp, "6281111111111", "status_pengaduan");
    queue("out-of-window", OutboundChannel::whatsapp, "6282222222222", "status_pengaduan");
    auto no_template = queue("chat-reply", OutboundChannel::whatsapp, "6283333333333");
    EXPECT_EQ(deliver(kStart).sent, 2);
    ASSERT_EQ(sender_.received.size(), 2U);
    EXPECT_FALSE(sender_.received[0].template_message);
    ASSERT_TRUE(sender_.received[1].template_message);
    EXPECT_EQ(sender_.received[1].template_message->name, "status_pengaduan");
    EXPECT_EQ(sender_.received[1].template_message->parameters,
              (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(row(no_template.id).state, OutboundState::dead);
    EXPECT_NE(row(no_template.id).last_error.find("24 jam"), std::string::npos);
}

TEST_F(OutboxWorkerTest, AClaimWhoseWorkerDiedIsTakenAgainWhenItsLeaseEnds) {
    auto m = queue("notice:1");
    auto claimed = store::write_sync_value<std::vector<domain::Outbound>>(
        *store_,
        [&](store::WriteTx& tx) { return tx.claim_outbound(kStart, kStart + options_.lease, 10); });
    ASSERT_TRUE(claimed);
    ASSERT_EQ(claimed->size(), 1U);  // ... and the worker holding it is killed here
    EXPECT_EQ(deliver(kStart + seconds(10)).claimed, 0) << "the lease still holds";
    EXPECT_EQ(deliver(kStart + options_.lease).sent, 1);
    EXPECT_EQ(row(m.id).attempts, 2);
    EXPECT_EQ(sender_.received.at(0).idempotency_key, "notice:1");
}

TEST_F(OutboxWorkerTest, DeliveryStatusesOnlyMoveForward) {
    auto m = queue("notice:1");
    deliver(kStart);
    auto record = [&](domain::DeliveryStatus status) {
        auto found = store::write_sync_value<bool>(*store_, [&](store::WriteTx& tx) {
            return tx.record_delivery("wamid.notice:1", status, "");
        });
        EXPECT_TRUE(found && *found);
    };
    record(domain::DeliveryStatus::read);
    record(domain::DeliveryStatus::delivered);  // arrives late
    EXPECT_EQ(row(m.id).delivery, domain::DeliveryStatus::read);
    auto unknown = store::write_sync_value<bool>(*store_, [&](store::WriteTx& tx) {
        return tx.record_delivery("wamid.nobody", domain::DeliveryStatus::read, "");
    });
    ASSERT_TRUE(unknown);
    EXPECT_FALSE(*unknown);
}

TEST_F(OutboxWorkerTest, TheWorkerThreadDeliversWhenWoken) {
    queue("notice:1");
    ScriptedSender sender;
    {
        OutboxWorker worker(
            *store_, {{OutboundChannel::sms, &sender}}, options_, [] { return kStart; });
        queue("notice:2", OutboundChannel::sms, "6280000000001");
        worker.wake();
        for (int i = 0; i < 3000 && sender.received.size() < 2; ++i) {
            std::this_thread::sleep_for(milliseconds(10));
        }
    }
    EXPECT_EQ(sender.received.size(), 2U);
}

}  // namespace
}  // namespace tanggap::jobs

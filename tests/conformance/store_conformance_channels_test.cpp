// The channels' tables through the store interface: the outbox (idempotency, the claim's order
// per recipient and its lease, delivery statuses, dead letters), received messages (once per
// id), chats, conversations, opt-outs and the webhook queue.
#include "store_conformance.hpp"

#include <chrono>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using domain::OutboundChannel;
using domain::OutboundState;

const domain::Timestamp kT = day(2026, 11, 2, 0);

domain::Outbound message(std::string key, std::string recipient = "6281200000001") {
    domain::Outbound m;
    m.idempotency_key = std::move(key);
    m.channel = OutboundChannel::whatsapp;
    m.recipient = std::move(recipient);
    m.purpose = domain::OutboundPurpose::conversation;
    m.body = "Halo";
    m.template_parameters = {"a", "b c"};
    m.next_attempt_at = m.created_at = kT;
    return m;
}

std::vector<std::string> keys_of(const std::vector<domain::Outbound>& rows) {
    std::vector<std::string> out;
    for (const auto& m : rows) out.push_back(m.idempotency_key);
    return out;
}

}  // namespace

TEST_P(StoreConformance, OutboxStoresAMessageOncePerIdempotencyKey) {
    write_ok([](WriteTx& tx) -> Result<void> {
        auto first = message("k1");
        auto stored = tx.insert_outbound(first);
        if (!stored) return stored.error();
        EXPECT_TRUE(*stored);
        EXPECT_GT(first.id, 0);
        auto again = message("k1");
        again.body = "lain";
        auto repeated = tx.insert_outbound(again);
        if (!repeated) return repeated.error();
        EXPECT_FALSE(*repeated);
        return {};
    });
    auto rows =
        read_sync<std::vector<domain::Outbound>>(*store_, [](ReadTx& tx) { return tx.outbox({}); });
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1U);
    EXPECT_EQ((*rows)[0].body, "Halo");
    EXPECT_EQ((*rows)[0].template_parameters, (std::vector<std::string>{"a", "b c"}));
    EXPECT_EQ((*rows)[0].state, OutboundState::pending);
}

TEST_P(StoreConformance, OutboxClaimsTheFirstDueMessageOfEachRecipientUntilItsLeaseEnds) {
    write_ok([](WriteTx& tx) -> Result<void> {
        for (auto m : {message("a1"), message("a2"), message("b1", "6281200000002")}) {
            if (auto r = tx.insert_outbound(m); !r) return r.error();
        }
        if (auto r = tx.touch_whatsapp_contact("6281200000001", "Siti", kT - hours(1)); !r) {
            return r.error();
        }
        return {};
    });
    std::vector<domain::Outbound> claimed;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto r = tx.claim_outbound(kT, kT + minutes(2), 10);
        if (!r) return r.error();
        claimed = *r;
        return {};
    });
    ASSERT_EQ(claimed.size(), 2U);
    EXPECT_EQ(claimed[0].idempotency_key, "a1");
    EXPECT_EQ(claimed[0].attempts, 1);
    EXPECT_EQ(claimed[0].state, OutboundState::sending);
    EXPECT_EQ(claimed[0].last_inbound_at, kT - hours(1));
    EXPECT_EQ(claimed[1].idempotency_key, "b1");
    EXPECT_EQ(claimed[1].last_inbound_at, std::nullopt);

    write_ok([&](WriteTx& tx) -> Result<void> {
        auto none = tx.claim_outbound(kT + minutes(1), kT + minutes(3), 10);
        if (!none) return none.error();
        EXPECT_TRUE(none->empty()) << "a2 waits for a1; a1 and b1 are leased";
        auto sent = claimed[0];
        sent.state = OutboundState::sent;
        sent.provider_message_id = "wamid.1";
        sent.sent_at = kT + seconds(1);
        sent.lease_until.reset();
        if (auto r = tx.update_outbound(sent); !r) return r.error();
        auto next = tx.claim_outbound(kT + minutes(1), kT + minutes(3), 10);
        if (!next) return next.error();
        EXPECT_EQ(keys_of(*next), (std::vector<std::string>{"a2"}));
        auto expired = tx.claim_outbound(kT + minutes(2), kT + minutes(4), 10);
        if (!expired) return expired.error();
        EXPECT_EQ(keys_of(*expired), (std::vector<std::string>{"b1"}))
            << "b1's worker died: its lease ended";
        EXPECT_EQ(expired->front().attempts, 2);
        return {};
    });
}

TEST_P(StoreConformance, DeliveryStatusesMoveForwardAndDeadLettersCanBeQueuedAgain) {
    std::int64_t id = 0;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto m = message("k1");
        if (auto r = tx.insert_outbound(m); !r) return r.error();
        id = m.id;
        m.state = OutboundState::sent;
        m.provider_message_id = "wamid.9";
        if (auto r = tx.update_outbound(m); !r) return r.error();
        for (auto s : {domain::DeliveryStatus::read, domain::DeliveryStatus::delivered}) {
            auto found = tx.record_delivery("wamid.9", s, "");
            if (!found) return found.error();
            EXPECT_TRUE(*found);
        }
        auto unknown = tx.record_delivery("wamid.x", domain::DeliveryStatus::read, "");
        if (!unknown) return unknown.error();
        EXPECT_FALSE(*unknown);
        auto not_dead = tx.requeue_outbound(id, kT);
        if (!not_dead) return not_dead.error();
        EXPECT_FALSE(*not_dead);
        m.state = OutboundState::dead;
        m.last_error = "HTTP 400";
        if (auto r = tx.update_outbound(m); !r) return r.error();
        auto requeued = tx.requeue_outbound(id, kT + hours(1));
        if (!requeued) return requeued.error();
        EXPECT_TRUE(*requeued);
        return {};
    });
    auto rows = read_sync<std::vector<domain::Outbound>>(*store_, [](ReadTx& tx) {
        OutboxQuery q;
        q.state = OutboundState::pending;
        return tx.outbox(q);
    });
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1U);
    EXPECT_EQ((*rows)[0].delivery, domain::DeliveryStatus::read);
    EXPECT_EQ((*rows)[0].attempts, 0);
    EXPECT_EQ((*rows)[0].next_attempt_at, kT + hours(1));
}

TEST_P(StoreConformance, ReceivedMessagesAreKeptOncePerIdAndFormChats) {
    write_ok([](WriteTx& tx) -> Result<void> {
        for (auto [source, id, sender, text] :
             {std::tuple{"whatsapp", "w1", "628111", "halo"},
              std::tuple{"page", "m1", "psid-1", "lampu mati"},
              std::tuple{"whatsapp", "w1", "628111", "halo"},
              std::tuple{"whatsapp", "w2", "628111", "jalan rusak"}}) {
            InboundRecord r{0, source, id, sender, "Siti", "text", text, kT, std::nullopt};
            auto stored = tx.insert_inbound_message(r);
            if (!stored) return stored.error();
        }
        return {};
    });
    auto chats = read_sync<std::vector<ChatThread>>(
        *store_, [](ReadTx& tx) { return tx.chat_threads(10, std::nullopt); });
    ASSERT_TRUE(chats);
    ASSERT_EQ(chats->size(), 2U);
    EXPECT_EQ((*chats)[0].source, "whatsapp") << "latest message first";
    EXPECT_EQ((*chats)[0].messages, 2);
    EXPECT_EQ((*chats)[0].last_text, "jalan rusak");
    EXPECT_TRUE((*chats)[0].has_unfiled);
    EXPECT_EQ((*chats)[1].sender, "psid-1");
    auto transcript = read_sync<std::vector<InboundRecord>>(
        *store_, [](ReadTx& tx) { return tx.inbound_messages("whatsapp", "628111", 10); });
    ASSERT_TRUE(transcript);
    ASSERT_EQ(transcript->size(), 2U);
    EXPECT_EQ((*transcript)[0].text, "halo");
}

// A unit's staff see the chats of the complaints their unit holds or held, and no other.
TEST_P(StoreConformance, AUnitSeesTheChatsOfItsComplaintsOnly) {
    auto roads = make_complaint("IDM-CHAT-1");
    roads.unit_code = "dpupr";
    insert(roads);
    std::int64_t filed_id = 0;
    write_ok([&](WriteTx& tx) -> Result<void> {
        for (auto [id, sender, text] : {std::tuple{"w1", "628111", "jalan rusak"},
                                        std::tuple{"w2", "628222", "lampu mati"},
                                        std::tuple{"w3", "628111", "kapan diperbaiki?"}}) {
            InboundRecord r{0, "whatsapp", id, sender, "Siti", "text", text, kT, std::nullopt};
            auto stored = tx.insert_inbound_message(r);
            if (!stored) return stored.error();
            if (std::string_view(id) == "w1") filed_id = r.id;
        }
        return tx.link_inbound_to_complaint(filed_id, roads.id);
    });
    auto threads = [&](const ChatScope& scope) {
        auto found = read_sync<std::vector<ChatThread>>(
            *store_, [&](ReadTx& tx) { return tx.chat_threads(10, scope); });
        std::vector<std::string> senders;
        if (found) {
            for (const auto& t : *found) senders.push_back(t.sender);
        }
        return senders;
    };
    EXPECT_EQ(threads(std::nullopt), (std::vector<std::string>{"628111", "628222"}));
    EXPECT_EQ(threads(std::string("dpupr")), (std::vector<std::string>{"628111"}));
    EXPECT_TRUE(threads(std::string("dinsos")).empty());

    auto one = [&](std::string_view sender, const ChatScope& scope) {
        auto found = read_sync<std::optional<ChatThread>>(
            *store_, [&](ReadTx& tx) { return tx.chat_thread("whatsapp", sender, scope); });
        return found && found->has_value();
    };
    EXPECT_TRUE(one("628111", std::string("dpupr")));
    EXPECT_EQ(
        read_sync<std::optional<ChatThread>>(
            *store_, [&](ReadTx& tx) { return tx.chat_thread("whatsapp", "628111", "dpupr"); })
            ->value()
            .messages,
        2);  // the whole chat, also what came after filing
    EXPECT_FALSE(one("628222", std::string("dpupr")));
    EXPECT_FALSE(one("628111", std::string("dinsos")));
    EXPECT_TRUE(one("628222", std::nullopt));
}

TEST_P(StoreConformance, ConversationsOptOutsAndTheWebhookQueueKeepTheirState) {
    write_ok([](WriteTx& tx) -> Result<void> {
        if (auto r = tx.save_conversation("whatsapp", "628111", "{\"stage\":\"menu\"}", kT); !r) {
            return r;
        }
        if (auto r = tx.set_opt_out(OutboundChannel::sms, "628111", true, kT); !r) return r;
        auto a = tx.enqueue_webhook("whatsapp", "{\"a\":1}", kT);
        auto b = tx.enqueue_webhook("whatsapp", "{\"b\":2}", kT + seconds(1));
        if (!a || !b) return core::make_error(core::ErrorCode::internal, "enqueue");
        return {};
    });
    std::vector<QueuedWebhook> claimed;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto r = tx.claim_webhooks(kT + seconds(5), kT + minutes(2), 10);
        if (!r) return r.error();
        claimed = *r;
        auto again = tx.claim_webhooks(kT + seconds(6), kT + minutes(2), 10);
        if (!again) return again.error();
        EXPECT_TRUE(again->empty()) << "leased";
        if (auto d = tx.finish_webhook(claimed[0].id, true, std::nullopt, ""); !d) return d;
        return tx.finish_webhook(claimed[1].id, false, kT + minutes(1), "media not ready");
    });
    ASSERT_EQ(claimed.size(), 2U);
    EXPECT_EQ(claimed[0].body, "{\"a\":1}");
    EXPECT_EQ(claimed[0].attempts, 1);
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto r = tx.claim_webhooks(kT + minutes(1), kT + minutes(3), 10);
        if (!r) return r.error();
        EXPECT_EQ(r->size(), 1U);
        if (!r->empty()) {
            EXPECT_EQ(r->front().attempts, 2);
        }
        return {};
    });
    auto conversation = read_sync<std::optional<SavedConversation>>(
        *store_, [](ReadTx& tx) { return tx.conversation("whatsapp", "628111"); });
    ASSERT_TRUE(conversation && *conversation);
    EXPECT_EQ((*conversation)->state, "{\"stage\":\"menu\"}");
    auto sms_off = read_sync<bool>(
        *store_, [](ReadTx& tx) { return tx.opted_out(OutboundChannel::sms, "628111"); });
    auto wa_off = read_sync<bool>(
        *store_, [](ReadTx& tx) { return tx.opted_out(OutboundChannel::whatsapp, "628111"); });
    ASSERT_TRUE(sms_off && wa_off);
    EXPECT_TRUE(*sms_off);
    EXPECT_FALSE(*wa_off);
}

// The work left: due and claimed messages, and webhooks not yet finished (a claimed one still
// counts: its worker may die). Sent, dead and processed ones do not.
TEST_P(StoreConformance, QueueDepthsCountOnlyTheWorkLeft) {
    const auto depths = [&] {
        auto d = read_sync<QueueDepths>(*store_, [](ReadTx& tx) { return tx.queue_depths(); });
        EXPECT_TRUE(d);
        return d ? *d : QueueDepths{-1, -1, -1};
    };
    const auto same = [](const QueueDepths& d,
                         std::int64_t pending,
                         std::int64_t sending,
                         std::int64_t webhooks) {
        return d.outbox_pending == pending && d.outbox_sending == sending &&
               d.webhooks_waiting == webhooks;
    };
    EXPECT_TRUE(same(depths(), 0, 0, 0));
    write_ok([](WriteTx& tx) -> Result<void> {
        for (auto m : {message("a1"), message("a2"), message("b1", "6281200000002")}) {
            if (auto r = tx.insert_outbound(m); !r) return r.error();
        }
        if (auto r = tx.enqueue_webhook("whatsapp", "{}", kT); !r) return r.error();
        return {};
    });
    EXPECT_TRUE(same(depths(), 3, 0, 1));
    std::vector<domain::Outbound> claimed;
    std::vector<QueuedWebhook> bodies;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto r = tx.claim_outbound(kT, kT + minutes(2), 10);
        if (!r) return r.error();
        claimed = *r;
        auto w = tx.claim_webhooks(kT, kT + minutes(2), 10);
        if (!w) return w.error();
        bodies = *w;
        return {};
    });
    ASSERT_EQ(claimed.size(), 2U);
    ASSERT_EQ(bodies.size(), 1U);
    EXPECT_TRUE(same(depths(), 1, 2, 1));
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto sent = claimed[0];
        sent.state = OutboundState::sent;
        sent.lease_until.reset();
        if (auto r = tx.update_outbound(sent); !r) return r;
        auto dead = claimed[1];
        dead.state = OutboundState::dead;
        dead.lease_until.reset();
        if (auto r = tx.update_outbound(dead); !r) return r;
        return tx.finish_webhook(bodies[0].id, true, std::nullopt, "");
    });
    EXPECT_TRUE(same(depths(), 1, 0, 0));
}

}  // namespace tanggap::store::conformance

// A person's data through the store interface (privacy_store.hpp): found by phone, e-mail or a
// NIK in the text; erased everywhere it lives while every counted figure stays; the register.
#include "store_conformance.hpp"

#include <chrono>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;

const domain::Timestamp kT = day(2026, 11, 2, 0);

domain::PersonKey siti() {
    domain::PersonKey key;
    key.phone = "+6281234567890";
    key.email = "siti@example.id";
    return key;
}

std::vector<std::string> tickets(const std::vector<domain::Complaint>& complaints) {
    std::vector<std::string> out;
    for (const auto& c : complaints) out.push_back(c.ticket);
    return out;
}

}  // namespace

TEST_P(StoreConformance, APersonsComplaintsAreFoundByPhoneEmailOrNik) {
    auto by_phone = make_complaint("IDM-PDP-1");
    by_phone.reporter = {"Siti", "+6281234567890", ""};
    auto by_email = make_complaint("IDM-PDP-2");
    by_email.reporter = {"Siti", "", "Siti@Example.id"};
    auto by_nik = make_complaint("IDM-PDP-3");
    by_nik.description = "Atas nama NIK 3212041203850004, bantuan belum cair.";
    auto other = make_complaint("IDM-PDP-4");
    other.reporter = {"Budi", "+6281111111111", "budi@example.id"};
    for (auto* c : {&by_phone, &by_email, &by_nik, &other}) insert(*c);

    auto find = [&](const domain::PersonKey& key) {
        auto found = read_sync<std::vector<domain::Complaint>>(
            *store_, [&](ReadTx& tx) { return tx.person_complaints(key); });
        EXPECT_TRUE(found);
        return found ? tickets(*found) : std::vector<std::string>{};
    };
    EXPECT_EQ(find(siti()), (std::vector<std::string>{"IDM-PDP-1", "IDM-PDP-2"}));
    domain::PersonKey nik;
    nik.nik = "3212041203850004";
    EXPECT_EQ(find(nik), (std::vector<std::string>{"IDM-PDP-3"}));
    EXPECT_TRUE(find(domain::PersonKey{}).empty()) << "an empty key is nobody";
}

TEST_P(StoreConformance, ErasingAPersonLeavesTombstonesAndKeepsTheFigures) {
    auto c = make_published_complaint("IDM-PDP-9");
    c.reporter = {"Siti", "+6281234567890", "siti@example.id"};
    c.photos.push_back(domain::Photo{
        std::string(32, 'a'), domain::PhotoStage::report, "image/jpeg", 640, 480, true, {}});
    c.photos.push_back(domain::Photo{
        std::string(32, 'b'), domain::PhotoStage::proof, "image/jpeg", 640, 480, false, {}});
    insert(c);
    const auto before = inbox_tickets(InboxQuery{});
    write_ok([&](WriteTx& tx) -> Result<void> {
        InboundRecord in{
            0, "whatsapp", "w1", "6281234567890", "Siti", "text", "NIK saya ...", kT, std::nullopt};
        if (auto stored = tx.insert_inbound_message(in); !stored) return stored.error();
        domain::Outbound out;
        out.idempotency_key = "receipt-9";
        out.channel = domain::OutboundChannel::whatsapp;
        out.recipient = "6281234567890";
        out.purpose = domain::OutboundPurpose::receipt;
        out.body = "Halo Siti, aduan Anda IDM-PDP-9 diterima";
        out.next_attempt_at = out.created_at = kT;
        if (auto r = tx.insert_outbound(out); !r) return r.error();
        if (auto r = tx.enqueue_webhook("whatsapp", "{\"from\":\"6281234567890\"}", kT); !r) {
            return r.error();
        }
        if (auto r = tx.enqueue_webhook("whatsapp", "{\"from\":\"6289999999999\"}", kT); !r) {
            return r.error();
        }
        return tx.save_conversation("whatsapp", "6281234567890", "{\"stage\":\"menu\"}", kT);
    });

    PersonTraces traces;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto found = tx.person_complaints(siti());
        if (!found) return found.error();
        EXPECT_EQ(found->size(), 1U);
        for (const auto& p : *found) {
            if (auto r = tx.save_erased_complaint(domain::without_person(p), kT); !r) return r;
        }
        auto erased = tx.erase_person_traces(siti(), {c.id});
        if (!erased) return erased.error();
        traces = *erased;
        return {};
    });
    EXPECT_EQ(traces.photo_ids, (std::vector<std::string>{std::string(32, 'a')}))
        << "the report photo goes; the unit's proof stays";
    EXPECT_EQ(traces.messages, 1);
    EXPECT_EQ(traces.outbound, 1);
    EXPECT_EQ(traces.webhooks, 1);
    EXPECT_EQ(traces.chat_state, 1);
    EXPECT_GE(traces.events, 1);

    const auto after = by_ticket("IDM-PDP-9");
    EXPECT_EQ(after.reporter.name, "");
    EXPECT_EQ(after.reporter.phone, "");
    EXPECT_EQ(after.title, domain::kErased);
    EXPECT_EQ(after.description, domain::kErased);
    EXPECT_EQ(after.location.address, "");
    EXPECT_EQ(after.photos.size(), 1U);
    // The figures stay: the complaint is still there, where it was, in the same state.
    EXPECT_EQ(after.unit_code, c.unit_code);
    EXPECT_EQ(after.status, c.status);
    EXPECT_EQ(after.category_code, c.category_code);
    EXPECT_EQ(after.created_at, c.created_at);
    EXPECT_EQ(after.location.kecamatan_code, c.location.kecamatan_code);
    EXPECT_EQ(inbox_tickets(InboxQuery{}), before);
    auto history = read_sync<std::vector<domain::ComplaintEvent>>(
        *store_, [&](ReadTx& tx) { return tx.events(c.id); });
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1U);
    EXPECT_EQ((*history)[0].public_text, domain::kErased);
    EXPECT_EQ((*history)[0].action, "submit") << "the step stays";
    auto chats = read_sync<std::vector<ChatThread>>(
        *store_, [](ReadTx& tx) { return tx.chat_threads(10, std::nullopt); });
    ASSERT_TRUE(chats);
    EXPECT_TRUE(chats->empty());
    auto sent = read_sync<std::vector<domain::Outbound>>(*store_, [](ReadTx& tx) {
        OutboxQuery q;
        return tx.outbox(q);
    });
    ASSERT_TRUE(sent);
    ASSERT_EQ(sent->size(), 1U);
    EXPECT_EQ((*sent)[0].body, domain::kErased);
    EXPECT_EQ((*sent)[0].recipient, domain::kErased);
    EXPECT_FALSE(read_sync<std::vector<domain::Complaint>>(*store_, [](ReadTx& tx) {
                     return tx.person_complaints(siti());
                 })->size());
}

TEST_P(StoreConformance, PrivacyRequestsAreRegisteredNewestFirst) {
    domain::PersonKey key = siti();
    auto first = domain::new_privacy_request(
        domain::PrivacyRequestKind::export_data, key, "", "privasi", kT);
    first.done_at = kT + hours(1);
    first.outcome = "1 aduan";
    auto second = domain::new_privacy_request(
        domain::PrivacyRequestKind::erase, key, "permintaan", "privasi", kT + hours(2));
    write_ok([&](WriteTx& tx) -> Result<void> {
        for (auto* r : {&first, &second}) {
            auto id = tx.insert_privacy_request(*r);
            if (!id) return id.error();
            r->id = *id;
        }
        return {};
    });
    auto listed = read_sync<std::vector<domain::PrivacyRequest>>(
        *store_, [](ReadTx& tx) { return tx.privacy_requests(10); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2U);
    EXPECT_EQ((*listed)[0].id, second.id);
    EXPECT_EQ((*listed)[0].kind, domain::PrivacyRequestKind::erase);
    EXPECT_FALSE((*listed)[0].done_at.has_value());
    EXPECT_EQ((*listed)[1].done_at, first.done_at);
    EXPECT_EQ((*listed)[1].due_at, kT + hours(72));
    EXPECT_EQ((*listed)[1].subject, domain::masked(key));
    EXPECT_EQ((*listed)[1].outcome, "1 aduan");

    // One request by its id (an export's letter is made from it); none of an unknown id.
    auto one = read_sync<std::optional<domain::PrivacyRequest>>(
        *store_, [id = first.id](ReadTx& tx) { return tx.privacy_request(id); });
    ASSERT_TRUE(one);
    ASSERT_TRUE(one->has_value());
    EXPECT_EQ((*one)->id, first.id);
    EXPECT_EQ((*one)->kind, domain::PrivacyRequestKind::export_data);
    EXPECT_EQ((*one)->subject, domain::masked(key));
    auto none = read_sync<std::optional<domain::PrivacyRequest>>(
        *store_, [](ReadTx& tx) { return tx.privacy_request(999999); });
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
}

TEST_P(StoreConformance, RetentionFindsClosedComplaintsOfACategoryOnceAndOldestFirst) {
    auto make = [&](const std::string& ticket,
                    const std::string& category,
                    domain::Status status,
                    domain::Timestamp changed) {
        auto c = make_complaint(ticket);
        c.category_code = category;
        c.status = status;
        c.updated_at = changed;
        insert(c);
        return c;
    };
    const std::string jalan = "infrastruktur.jalan_rusak";
    const auto cutoff = day(2021, 12, 1);
    auto old_closed = make("IDM-RET-1", jalan, domain::Status::ditutup, day(2021, 6, 1));
    auto older_rejected = make("IDM-RET-2", jalan, domain::Status::ditolak, day(2021, 1, 1));
    make("IDM-RET-3", jalan, domain::Status::ditindaklanjuti, day(2021, 1, 1));  // still open
    make("IDM-RET-4", jalan, domain::Status::selesai, day(2022, 1, 1));          // too young
    make("IDM-RET-5", "", domain::Status::diarsipkan, day(2021, 1, 1));          // no category

    auto past = [&](const std::string& category) {
        auto found = read_sync<std::vector<domain::Complaint>>(*store_, [&](ReadTx& tx) {
            return tx.complaints_past_retention(category, cutoff, 10);
        });
        EXPECT_TRUE(found);
        return found ? tickets(*found) : std::vector<std::string>{};
    };
    EXPECT_EQ(past(jalan), (std::vector<std::string>{"IDM-RET-2", "IDM-RET-1"}));
    EXPECT_EQ(past(""), (std::vector<std::string>{"IDM-RET-5"}));
    EXPECT_TRUE(past("kesehatan").empty());

    write_ok([&](WriteTx& tx) -> Result<void> {
        return tx.save_erased_complaint(domain::without_person(older_rejected), kT);
    });
    EXPECT_EQ(past(jalan), (std::vector<std::string>{"IDM-RET-1"})) << "erased once";
    EXPECT_EQ(by_ticket("IDM-RET-2").status, domain::Status::ditolak);
}

TEST_P(StoreConformance, ChannelDataIsPrunedByAgeExceptWhatAnOpenComplaintHolds) {
    auto open = make_published_complaint("IDM-RET-7");
    insert(open);
    const auto old = kT - days(400);
    write_ok([&](WriteTx& tx) -> Result<void> {
        for (const char* id : {"m-old", "m-old-open", "m-new"}) {
            InboundRecord in{0,
                             "whatsapp",
                             id,
                             "6281234567890",
                             "Siti",
                             "text",
                             "halo",
                             std::string_view(id) == "m-new" ? kT : old,
                             std::nullopt};
            auto stored = tx.insert_inbound_message(in);
            if (!stored) return stored.error();
            if (std::string_view(id) == "m-old-open") {
                if (auto r = tx.link_inbound_to_complaint(in.id, open.id); !r) return r;
            }
        }
        if (auto r = tx.enqueue_webhook("whatsapp", "{\"old\":1}", old); !r) return r.error();
        if (auto r = tx.enqueue_webhook("whatsapp", "{\"pending\":1}", old); !r) {
            return r.error();
        }
        auto claimed = tx.claim_webhooks(old, old + minutes(1), 1);
        if (!claimed) return claimed.error();
        if (claimed->size() != 1U) return core::make_error(core::ErrorCode::internal, "claim");
        if (auto r = tx.finish_webhook((*claimed)[0].id, true, std::nullopt, ""); !r) return r;
        if (auto r = tx.save_conversation("whatsapp", "6281234567890", "{}", old); !r) return r;
        return tx.save_conversation("whatsapp", "6281111111111", "{}", kT);
    });

    PrunedChannelData pruned;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto r = tx.prune_channel_data(kT - days(30), kT - days(365));
        if (!r) return r.error();
        pruned = *r;
        return {};
    });
    EXPECT_EQ(pruned.webhooks, 1) << "the pending body waits for its processing";
    EXPECT_EQ(pruned.messages, 1) << "the new message and the open complaint's stay";
    EXPECT_EQ(pruned.conversations, 1);
    auto left = read_sync<std::vector<InboundRecord>>(
        *store_, [](ReadTx& tx) { return tx.inbound_messages("whatsapp", "6281234567890", 10); });
    ASSERT_TRUE(left);
    EXPECT_EQ(left->size(), 2U);
}

TEST_P(StoreConformance, ABreachFindsTheReportersOfItsScopeAndIsRegistered) {
    auto siti = make_complaint("IDM-BRC-1");
    siti.reporter = {"Siti", "+6281234567890", "siti@example.id"};
    auto budi = make_complaint("IDM-BRC-2");
    budi.reporter = {"Budi", "+6281111111111", ""};
    auto elsewhere = make_complaint("IDM-BRC-3");
    elsewhere.unit_code = "dinsos";
    auto erased = make_complaint("IDM-BRC-4");
    auto later = make_complaint("IDM-BRC-5");
    later.created_at = day(2026, 12, 2);
    for (auto* c : {&siti, &budi, &elsewhere, &erased, &later}) insert(*c);
    write_ok(
        [&](WriteTx& tx) { return tx.save_erased_complaint(domain::without_person(erased), kT); });

    const domain::BreachScope scope{day(2026, 11, 1), day(2026, 12, 1), "dpupr"};
    auto page = [&](std::int64_t after, int limit) {
        auto found = read_sync<std::vector<BreachReporter>>(
            *store_, [&](ReadTx& tx) { return tx.breach_reporters(scope, after, limit); });
        EXPECT_TRUE(found);
        std::vector<std::string> out;
        for (const auto& r : found ? *found : std::vector<BreachReporter>{})
            out.push_back(r.ticket);
        return out;
    };
    EXPECT_EQ(page(0, 10), (std::vector<std::string>{"IDM-BRC-1", "IDM-BRC-2"}));
    EXPECT_EQ(page(siti.id, 10), (std::vector<std::string>{"IDM-BRC-2"})) << "paged by id";
    EXPECT_EQ(page(0, 1), (std::vector<std::string>{"IDM-BRC-1"}));

    domain::BreachInput in;
    in.discovered_at = kT;
    in.data_exposed = "Nama";
    in.how = "Salah kirim";
    in.measures = "Ditarik";
    in.scope = scope;
    auto breach = domain::new_breach(in, "privasi", kT + hours(1));
    ASSERT_TRUE(breach);
    breach->complaints = 2;
    breach->people = 2;
    breach->unreachable = 1;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto id = tx.insert_breach(*breach);
        if (!id) return id.error();
        breach->id = *id;
        return tx.mark_breach_notified(*id, kT + hours(2), 1);
    });
    auto stored = read_sync<std::optional<domain::Breach>>(
        *store_, [&](ReadTx& tx) { return tx.breach(breach->id); });
    ASSERT_TRUE(stored && *stored);
    const auto& b = **stored;
    EXPECT_EQ(b.incident.how, "Salah kirim");
    EXPECT_EQ(b.incident.scope.unit_code, "dpupr");
    EXPECT_EQ(b.incident.scope.received_until, day(2026, 12, 1));
    EXPECT_EQ(b.notify_by, kT + hours(72));
    EXPECT_EQ(b.unreachable, 1);
    EXPECT_EQ(b.notified_at, kT + hours(2));
    EXPECT_EQ(b.notices, 1);
    EXPECT_FALSE(read_sync<std::optional<domain::Breach>>(*store_, [](ReadTx& tx) {
                     return tx.breach(424242);
                 })->has_value());
    auto unknown =
        write_sync(*store_, [](WriteTx& tx) { return tx.mark_breach_notified(424242, kT, 0); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::not_found);
}

}  // namespace tanggap::store::conformance

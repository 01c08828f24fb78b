// The inbox: scope, confidentiality, filters, order and keyset pagination.
#include "store_conformance.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using domain::Channel;
using domain::Status;
using Tickets = std::vector<std::string>;

const domain::Timestamp kT = day(2026, 11, 1, 0);

struct Seed {
    const char* ticket;
    const char* unit;
    Status status;
    const char* category;
    Channel channel;
    int created_h;
    int due_h;  // -1: no due time
    bool confidential;
};

// Most urgent first: due time (undated last), then oldest, then first stored (A before H).
const Seed kSeeds[] = {
    {"A", "dpupr", Status::diterima, "infrastruktur.jalan_rusak", Channel::web, 1, 48, false},
    {"B",
     "dpupr",
     Status::ditindaklanjuti,
     "infrastruktur.drainase",
     Channel::whatsapp,
     2,
     24,
     false},
    {"C", "dinsos", Status::diterima, "sosial.bansos", Channel::call_center, 3, -1, false},
    {"D", "dpupr", Status::diterima, "sosial.bansos", Channel::web, 4, 24, false},
    {"E", "dinkes", Status::diterima, "kesehatan", Channel::web, 5, 72, true},
    {"F", "dpupr", Status::selesai, "infrastruktur", Channel::web, 6, -1, false},
    {"G", "dlh", Status::diterima, "infrastrukturlain", Channel::web, 7, 12, false},
    {"H", "dpupr", Status::diterima, "infrastruktur.jalan_rusak", Channel::mobile, 1, 48, false},
    {"I", "dpupr", Status::diterima, "infrastruktur.jalan_rusak", Channel::web, 8, -1, true},
};
const Tickets kAllInOrder{"G", "B", "D", "A", "H", "E", "C", "F", "I"};

InboxQuery everything() {
    InboxQuery q;
    q.scope = domain::InboxScope{std::nullopt, domain::InboxScope::Confidential::all};
    return q;
}

InboxQuery unit_scope(const std::string& unit, bool confidential = true) {
    InboxQuery q;
    q.scope = domain::InboxScope{unit,
                                 confidential ? domain::InboxScope::Confidential::all
                                              : domain::InboxScope::Confidential::none};
    return q;
}

}  // namespace

std::map<std::string, domain::Complaint> StoreConformance::seed_inbox() {
    std::map<std::string, domain::Complaint> stored;
    for (const auto& s : kSeeds) {
        domain::Complaint c = make_complaint(s.ticket);
        c.unit_code = s.unit;
        c.status = s.status;
        c.category_code = s.category;
        c.channel = s.channel;
        c.created_at = kT + hours(s.created_h);
        c.updated_at = c.created_at;
        if (s.due_h >= 0) c.due_at = kT + hours(s.due_h);
        c.confidential = s.confidential;
        insert(c);
        stored[s.ticket] = c;
    }
    // D goes from dpupr to dinsos; dpupr keeps seeing it.
    auto& d = stored["D"];
    d.unit_code = "dinsos";
    d.status = Status::didisposisikan;
    d.updated_at = d.created_at + hours(1);
    write_ok([&](WriteTx& tx) { return tx.update_complaint(d); });
    d.handling_units = {"dpupr", "dinsos"};
    return stored;
}

std::vector<std::string> StoreConformance::walk_inbox(InboxQuery query) {
    std::vector<std::string> all;
    std::set<std::string> seen;
    for (int pages = 0; pages < 100; ++pages) {
        InboxPage page = inbox(query);
        EXPECT_LE(static_cast<int>(page.items.size()), std::max(query.limit, 1));
        for (const auto& c : page.items) {
            EXPECT_TRUE(seen.insert(c.ticket).second) << "duplicate " << c.ticket;
            all.push_back(c.ticket);
        }
        if (!page.next_cursor) return all;
        EXPECT_FALSE(page.items.empty());
        query.cursor = *page.next_cursor;
    }
    ADD_FAILURE() << "pagination does not end";
    return all;
}

namespace {

TEST_P(StoreConformance, InboxSuperAdminSeesEverythingMostUrgentFirst) {
    seed_inbox();
    InboxPage page = inbox(everything());
    EXPECT_EQ(tickets_of(page.items), kAllInOrder);
    EXPECT_FALSE(page.next_cursor.has_value());
}

TEST_P(StoreConformance, InboxItemsCarryTheComplaintsFields) {
    const auto stored = seed_inbox();
    for (const auto& item : inbox(everything()).items) {
        const auto& expected = stored.at(item.ticket);
        domain::Complaint compared = item;
        // Photos and handling units may be left out of inbox items.
        compared.photos = expected.photos;
        compared.handling_units = expected.handling_units;
        SCOPED_TRACE(item.ticket);
        expect_same(compared, expected);
    }
}

TEST_P(StoreConformance, InboxUnitScopeSeesCurrentAndPreviouslyHandled) {
    seed_inbox();
    EXPECT_EQ(inbox_tickets(unit_scope("dpupr")), (Tickets{"B", "D", "A", "H", "F", "I"}));
    EXPECT_EQ(inbox_tickets(unit_scope("dinsos")), (Tickets{"D", "C"}));
    EXPECT_EQ(inbox_tickets(unit_scope("dlh")), (Tickets{"G"}));
    EXPECT_EQ(inbox_tickets(unit_scope("tidak-ada")), Tickets{});
}

TEST_P(StoreConformance, InboxUnitScopeFollowsItsComplaintsDueTimesAndClosing) {
    auto stored = seed_inbox();
    auto open_in = [](const std::string& unit) {
        auto q = unit_scope(unit);
        q.open_only = true;
        return q;
    };
    EXPECT_EQ(inbox_tickets(open_in("dpupr")), (Tickets{"B", "D", "A", "H", "I"}));

    auto& a = stored["A"];  // due sooner: first
    a.due_at = kT + hours(1);
    write_ok([&](WriteTx& tx) { return tx.update_complaint(a); });
    auto& b = stored["B"];  // answered: out of the open view, undated in the full one
    b.status = Status::selesai;
    b.due_at.reset();
    write_ok([&](WriteTx& tx) { return tx.update_complaint(b); });
    auto& d = stored["D"];  // now with dinsos; both units see its new due time
    d.due_at = kT + hours(100);
    write_ok([&](WriteTx& tx) { return tx.update_complaint(d); });

    EXPECT_EQ(inbox_tickets(open_in("dpupr")), (Tickets{"A", "H", "D", "I"}));
    EXPECT_EQ(inbox_tickets(unit_scope("dpupr")), (Tickets{"A", "H", "D", "B", "F", "I"}));
    EXPECT_EQ(inbox_tickets(open_in("dinsos")), (Tickets{"D", "C"}));
    auto paged = open_in("dpupr");
    paged.limit = 1;
    EXPECT_EQ(walk_inbox(paged), (Tickets{"A", "H", "D", "I"}));
}

TEST_P(StoreConformance, InboxConfidentialOnlyWhenTheScopeIncludesIt) {
    seed_inbox();
    auto public_scope = everything();
    public_scope.scope.confidential = domain::InboxScope::Confidential::none;
    EXPECT_EQ(inbox_tickets(public_scope), (Tickets{"G", "B", "D", "A", "H", "C", "F"}));
    EXPECT_EQ(inbox_tickets(unit_scope("dpupr", false)), (Tickets{"B", "D", "A", "H", "F"}));
    EXPECT_EQ(inbox_tickets(unit_scope("dinkes", true)), (Tickets{"E"}));
}

TEST_P(StoreConformance, InboxFiltersByStatusUnitChannelAndTime) {
    seed_inbox();
    auto q = everything();
    q.status = Status::diterima;
    EXPECT_EQ(inbox_tickets(q), (Tickets{"G", "A", "H", "E", "C", "I"}));

    q = everything();
    q.unit = "dpupr";  // the current unit only
    EXPECT_EQ(inbox_tickets(q), (Tickets{"B", "A", "H", "F", "I"}));

    q = everything();
    q.open_only = true;  // F is selesai: answered, no longer work in hand
    EXPECT_EQ(inbox_tickets(q), (Tickets{"G", "B", "D", "A", "H", "E", "C", "I"}));

    q = everything();
    q.channel = Channel::whatsapp;
    EXPECT_EQ(inbox_tickets(q), (Tickets{"B"}));

    q = everything();
    q.from = kT + hours(3);  // inclusive
    q.to = kT + hours(6);    // exclusive
    EXPECT_EQ(inbox_tickets(q), (Tickets{"D", "E", "C"}));

    q = everything();
    q.status = Status::diterima;
    q.category = "infrastruktur";
    q.channel = Channel::web;
    EXPECT_EQ(inbox_tickets(q), (Tickets{"A", "I"}));
}

TEST_P(StoreConformance, InboxUnitFilterNarrowsTheScopeNeverWidens) {
    seed_inbox();
    auto q = unit_scope("dpupr");
    q.unit = "dinsos";
    EXPECT_EQ(inbox_tickets(q), (Tickets{"D"}));
    q = unit_scope("dlh");
    q.unit = "dpupr";
    EXPECT_EQ(inbox_tickets(q), Tickets{});
}

TEST_P(StoreConformance, InboxCategoryMatchesItselfAndItsChildren) {
    seed_inbox();
    auto q = everything();
    q.category = "infrastruktur";
    EXPECT_EQ(inbox_tickets(q), (Tickets{"B", "A", "H", "F", "I"}));  // not "infrastrukturlain"
    q.category = "infrastruktur.jalan_rusak";
    EXPECT_EQ(inbox_tickets(q), (Tickets{"A", "H", "I"}));
    q.category = "sosial";
    EXPECT_EQ(inbox_tickets(q), (Tickets{"D", "C"}));
    q.category = "infra";
    EXPECT_EQ(inbox_tickets(q), Tickets{});
}

TEST_P(StoreConformance, InboxPagesCoverEverythingOnceInOrder) {
    seed_inbox();
    for (int limit = 1; limit <= 10; ++limit) {
        auto q = everything();
        q.limit = limit;
        EXPECT_EQ(walk_inbox(q), kAllInOrder) << "limit " << limit;
    }
    auto q = unit_scope("dpupr");
    q.limit = 2;
    EXPECT_EQ(walk_inbox(q), (Tickets{"B", "D", "A", "H", "F", "I"}));
}

TEST_P(StoreConformance, InboxNextCursorOnlyWhenMoreRowsExist) {
    seed_inbox();
    auto q = everything();
    q.limit = 3;
    InboxPage first = inbox(q);
    ASSERT_TRUE(first.next_cursor.has_value());
    EXPECT_EQ(tickets_of(first.items), (Tickets{"G", "B", "D"}));
    q.cursor = *first.next_cursor;
    InboxPage second = inbox(q);
    ASSERT_TRUE(second.next_cursor.has_value());
    EXPECT_EQ(tickets_of(second.items), (Tickets{"A", "H", "E"}));
    q.cursor = *second.next_cursor;
    InboxPage third = inbox(q);
    EXPECT_EQ(tickets_of(third.items), (Tickets{"C", "F", "I"}));
    EXPECT_FALSE(third.next_cursor.has_value());  // exactly full, nothing after
}

TEST_P(StoreConformance, InboxCursorOutlivesWritesAfterIt) {
    seed_inbox();
    auto q = everything();
    q.limit = 4;
    InboxPage first = inbox(q);
    ASSERT_TRUE(first.next_cursor.has_value());
    // A new, more urgent complaint sorts before the cursor and does not shift later pages.
    domain::Complaint urgent = make_complaint("URGENT");
    urgent.created_at = kT;
    urgent.due_at = kT + hours(1);
    insert(urgent);
    q.cursor = *first.next_cursor;
    q.limit = 10;
    EXPECT_EQ(inbox_tickets(q), (Tickets{"H", "E", "C", "F", "I"}));
}

TEST_P(StoreConformance, InboxBadCursorIsInvalidField) {
    seed_inbox();
    for (const char* cursor : {"garbage",
                               "i1",
                               "i1zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
                               "%%%",
                               "' OR 1=1 --"}) {
        auto q = everything();
        q.cursor = cursor;
        auto page = read_sync<InboxPage>(*store_, [&](ReadTx& tx) { return tx.inbox(q); });
        ASSERT_FALSE(page) << cursor;
        EXPECT_EQ(page.error().code, core::ErrorCode::invalid_field) << cursor;
        EXPECT_EQ(page.error().field, "cursor") << cursor;
    }
}

TEST_P(StoreConformance, InboxLimitIsClampedToOneTo200) {
    write_ok([&](WriteTx& tx) -> Result<void> {
        for (int i = 0; i < 205; ++i) {
            domain::Complaint c = make_complaint("LIM-" + std::to_string(i));
            c.created_at += seconds(i);
            auto event = submit_event(c);
            if (auto r = tx.insert_complaint(c, event); !r) return r;
        }
        return {};
    });
    InboxQuery q;
    q.scope = domain::InboxScope{std::nullopt, domain::InboxScope::Confidential::all};
    for (int limit : {0, -5}) {
        q.limit = limit;
        InboxPage page = inbox(q);
        EXPECT_EQ(page.items.size(), 1u) << limit;
        EXPECT_TRUE(page.next_cursor.has_value()) << limit;
    }
    q.limit = 1000;
    InboxPage page = inbox(q);
    EXPECT_EQ(page.items.size(), 200u);
    ASSERT_TRUE(page.next_cursor.has_value());
    EXPECT_EQ(page.items.front().ticket, "LIM-0");
    q.cursor = *page.next_cursor;
    InboxPage rest = inbox(q);
    EXPECT_EQ(tickets_of(rest.items),
              (Tickets{"LIM-200", "LIM-201", "LIM-202", "LIM-203", "LIM-204"}));
    EXPECT_FALSE(rest.next_cursor.has_value());
}

}  // namespace

}  // namespace tanggap::store::conformance

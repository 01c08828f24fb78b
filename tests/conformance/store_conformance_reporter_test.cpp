// A caller's earlier complaints: matched by the normalized phone, newest first, limited.
#include "store_conformance.hpp"

#include <chrono>

namespace tanggap::store::conformance {

using namespace std::chrono;

namespace {

using Tickets = std::vector<std::string>;

const domain::Timestamp kT = day(2026, 11, 1, 0);
constexpr const char* kCaller = "+6281234567890";

}  // namespace

// P1..P4 from kCaller (P3 confidential, P2 passed on from dpupr to dinsos), O1 from another
// phone whose digits start the same, N1 without a phone.
std::map<std::string, domain::Complaint> StoreConformance::seed_reporters() {
    struct Seed {
        const char* ticket;
        const char* phone;
        int created_h;
        bool confidential;
    };
    const Seed seeds[] = {
        {"P1", kCaller, 1, false},
        {"O1", "+62812345678901", 2, false},
        {"P2", kCaller, 3, false},
        {"N1", "", 4, false},
        {"P3", kCaller, 5, true},
        {"P4", kCaller, 5, false},  // same time as P3, stored later: the higher id
    };
    std::map<std::string, domain::Complaint> stored;
    for (const auto& s : seeds) {
        domain::Complaint c = make_complaint(s.ticket);
        c.reporter = {"Warga", s.phone, ""};
        c.created_at = kT + hours(s.created_h);
        c.updated_at = c.created_at;
        c.confidential = s.confidential;
        insert(c);
        stored[s.ticket] = c;
    }
    auto& p2 = stored["P2"];
    p2.unit_code = "dinsos";
    p2.status = domain::Status::didisposisikan;
    write_ok([&](WriteTx& tx) { return tx.update_complaint(p2); });
    p2.handling_units = {"dpupr", "dinsos"};
    return stored;
}

std::vector<domain::Complaint> StoreConformance::by_phone(std::string_view phone, int limit) {
    auto found = read_sync<std::vector<domain::Complaint>>(
        *store_, [&](ReadTx& tx) { return tx.complaints_by_reporter_phone(phone, limit); });
    if (!found) {
        ADD_FAILURE() << "complaints_by_reporter_phone: " << found.error().message;
        return {};
    }
    return std::move(*found);
}

namespace {

TEST_P(StoreConformance, ReporterPhoneMatchesOnlyThatPhoneNewestFirst) {
    seed_reporters();
    EXPECT_EQ(tickets_of(by_phone(kCaller, 50)), (Tickets{"P4", "P3", "P2", "P1"}));
    EXPECT_EQ(tickets_of(by_phone("+62812345678901", 50)), (Tickets{"O1"}));
    EXPECT_EQ(tickets_of(by_phone("+6281234567", 50)), Tickets{});  // no prefix match
    EXPECT_EQ(tickets_of(by_phone("", 50)), Tickets{});             // no phone is no caller
}

TEST_P(StoreConformance, ReporterPhoneLimitKeepsTheNewest) {
    seed_reporters();
    EXPECT_EQ(tickets_of(by_phone(kCaller, 2)), (Tickets{"P4", "P3"}));
    EXPECT_EQ(tickets_of(by_phone(kCaller, 0)), (Tickets{"P4"}));  // clamped to at least one
}

TEST_P(StoreConformance, ReporterPhoneRowsCarryTheComplaintAndItsHandlingUnits) {
    const auto stored = seed_reporters();
    const auto found = by_phone(kCaller, 50);
    ASSERT_EQ(found.size(), 4u);
    for (const auto& item : found) {
        SCOPED_TRACE(item.ticket);
        domain::Complaint expected = stored.at(item.ticket);
        if (expected.handling_units.empty()) expected.handling_units = {"dpupr"};
        domain::Complaint compared = item;
        compared.photos = expected.photos;  // photos may be left out
        expect_same(compared, expected);
    }
}

}  // namespace
}  // namespace tanggap::store::conformance

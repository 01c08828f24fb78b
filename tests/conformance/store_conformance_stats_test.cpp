// The public dashboard's figures and the public complaint list: exact counts on a small seeded
// history, the WIB calendar, confidential complaints counted but never listed, only published
// complaints listed and with their redacted titles, pagination.
#include "store_conformance.hpp"

#include <chrono>
#include <set>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using domain::Channel;
using domain::Status;
using Tickets = std::vector<std::string>;

struct Seed {
    const char* ticket;
    const char* unit;
    const char* category;  // "" for none
    Channel channel;
    domain::Timestamp created_at;  // UTC
    Status status;
    bool confidential;
    const char* kecamatan;
    // Hours after created_at of each event into `selesai` (the first one counts).
    std::vector<int> selesai_after_h;
};

// S3 is created on 31 Dec 2021 at 18:00 UTC, which is 1 Jan 2022 01:00 in WIB.
const std::vector<Seed>& seeds() {
    static const std::vector<Seed> kSeeds{
        {"S1",
         "dinsos",
         "sosial.bansos",
         Channel::web,
         day(2021, 3, 10, 2),
         Status::ditutup,
         false,
         "32.12.13",
         {10}},
        {"S2",
         "dinsos",
         "sosial.bansos",
         Channel::whatsapp,
         day(2021, 3, 20, 2),
         Status::selesai,
         false,
         "32.12.13",
         {20}},
        {"S3",
         "32.12.20",
         "pelayanan_publik",
         Channel::call_center,
         day(2021, 12, 31, 18),
         Status::diterima,
         true,
         "32.12.20",
         {}},
        {"S4",
         "pkm-gantar",
         "kesehatan",
         Channel::web,
         day(2022, 1, 5, 3),
         Status::ditolak,
         false,
         "32.12.25",
         {}},
        {"S5",
         "dinsos",
         "sosial",
         Channel::web,
         day(2022, 2, 1, 3),
         Status::diarsipkan,
         false,
         "32.12.13",
         {}},
        // Resolved, reopened, resolved again: the first answer (40 h) counts.
        {"S6",
         "pkm-gantar",
         "kesehatan",
         Channel::web,
         day(2022, 2, 2, 3),
         Status::ditutup,
         false,
         "32.12.25",
         {40, 100}},
        {"S7",
         "hilang",
         "",
         Channel::web,
         day(2022, 3, 1, 3),
         Status::ditindaklanjuti,
         false,
         "32.12.13",
         {}},
        // Closed without ever being `selesai`: resolved, but no resolution time.
        {"S8",
         "dinsos",
         "sosial.bansos",
         Channel::web,
         day(2022, 3, 2, 3),
         Status::ditutup,
         true,
         "32.12.13",
         {}},
    };
    return kSeeds;
}

StatsQuery year(int y) {
    // 1 January 00:00 WIB is 31 December 17:00 UTC.
    return StatsQuery{day(y - 1, 12, 31, 17), day(y, 12, 31, 17), std::nullopt};
}

struct Row {
    std::string key;
    std::string name;
    std::string kind;
    std::int64_t received;
    std::int64_t resolved;
    bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Row& r) {
    return out << "{" << r.key << ", " << r.name << ", " << r.kind << ", " << r.received << ", "
               << r.resolved << "}";
}

std::vector<Row> rows(const std::vector<StatsRow>& in) {
    std::vector<Row> out;
    for (const auto& r : in) out.push_back(Row{r.key, r.name, r.kind, r.received, r.resolved});
    return out;
}

Tickets tickets(const std::vector<PublicComplaintSummary>& items) {
    Tickets out;
    for (const auto& item : items) out.push_back(item.ticket);
    return out;
}

}  // namespace

void StoreConformance::seed_stats() {
    write_ok([](WriteTx& tx) -> Result<void> {
        for (const auto& unit : {make_unit("dinsos", domain::UnitKind::perangkat_daerah),
                                 make_unit("32.12.20", domain::UnitKind::kecamatan),
                                 make_unit("pkm-gantar", domain::UnitKind::puskesmas)}) {
            if (auto r = tx.upsert_unit(unit); !r) return r;
        }
        for (const auto& category : {make_category("sosial", ""),
                                     make_category("sosial.bansos", "sosial"),
                                     make_category("kesehatan", ""),
                                     make_category("pelayanan_publik", "")}) {
            if (auto r = tx.upsert_category(category); !r) return r;
        }
        return {};
    });
    for (const auto& s : seeds()) {
        domain::Complaint c = make_complaint(s.ticket);
        c.unit_code = s.unit;
        c.category_code = s.category;
        c.channel = s.channel;
        c.created_at = s.created_at;
        c.updated_at = s.created_at;
        c.status = s.status;
        c.confidential = s.confidential;
        c.location.kecamatan_code = s.kecamatan;
        c.reporter = {"Siti Aminah", "081234567890", "siti@example.id"};
        // Everything but S3 was looked at by an officer; S4 and S5 were then turned away.
        if (s.status != Status::diterima) c.verified_at = s.created_at + hours(1);
        insert(c);
        Status from = Status::diterima;
        for (int h : s.selesai_after_h) {
            if (from == Status::selesai) {
                auto reopen =
                    make_event("reopen", from, Status::dibuka_kembali, s.created_at + hours(h - 1));
                write_ok([&](WriteTx& tx) { return tx.append_event(c.id, reopen); });
                from = Status::dibuka_kembali;
            }
            auto resolve = make_event("resolve", from, Status::selesai, s.created_at + hours(h));
            write_ok([&](WriteTx& tx) { return tx.append_event(c.id, resolve); });
            from = Status::selesai;
        }
    }
}

ComplaintStats StoreConformance::stats(const StatsQuery& query) {
    auto result =
        read_sync<ComplaintStats>(*store_, [&](ReadTx& tx) { return tx.complaint_stats(query); });
    if (!result) {
        ADD_FAILURE() << "complaint_stats: " << result.error().message;
        return {};
    }
    return std::move(*result);
}

PublicComplaintPage StoreConformance::public_page(const PublicComplaintQuery& query) {
    auto page = read_sync<PublicComplaintPage>(
        *store_, [&](ReadTx& tx) { return tx.public_complaints(query); });
    if (!page) {
        ADD_FAILURE() << "public_complaints: " << page.error().message;
        return {};
    }
    return std::move(*page);
}

std::vector<std::string> StoreConformance::walk_public(PublicComplaintQuery query) {
    std::vector<std::string> all;
    std::set<std::string> seen;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = public_page(query);
        EXPECT_LE(static_cast<int>(page.items.size()), std::max(query.limit, 1));
        for (const auto& item : page.items) {
            EXPECT_TRUE(seen.insert(item.ticket).second) << "duplicate " << item.ticket;
            all.push_back(item.ticket);
        }
        if (!page.next_cursor) return all;
        EXPECT_FALSE(page.items.empty());
        query.cursor = *page.next_cursor;
    }
    ADD_FAILURE() << "pagination does not end";
    return all;
}

namespace {

TEST_P(StoreConformance, StatsOfAnEmptyStoreAreZeroWithoutAMedian) {
    const auto s = stats({});
    EXPECT_EQ(s.total, 0);
    EXPECT_EQ(s.resolved, 0);
    EXPECT_EQ(s.in_process, 0);
    EXPECT_EQ(s.rejected_or_archived, 0);
    EXPECT_FALSE(s.median_resolution_hours.has_value());
    EXPECT_TRUE(s.by_year.empty());
    EXPECT_TRUE(s.by_month.empty());
    EXPECT_TRUE(s.by_unit_kind.empty());
    EXPECT_TRUE(s.by_unit.empty());
    EXPECT_TRUE(s.by_category.empty());
    EXPECT_TRUE(s.by_channel.empty());
}

TEST_P(StoreConformance, StatsCountEveryComplaintConfidentialIncluded) {
    seed_stats();
    const auto s = stats({});
    EXPECT_EQ(s.total, 8);
    EXPECT_EQ(s.resolved, 4);              // S1 S2 S6 S8
    EXPECT_EQ(s.in_process, 2);            // S3 S7
    EXPECT_EQ(s.rejected_or_archived, 2);  // S4 S5
    ASSERT_TRUE(s.median_resolution_hours.has_value());
    EXPECT_DOUBLE_EQ(*s.median_resolution_hours, 20.0);  // of 10, 20, 40

    EXPECT_EQ(rows(s.by_year), (std::vector<Row>{{"2021", "", "", 2, 2}, {"2022", "", "", 6, 2}}));
    EXPECT_EQ(rows(s.by_month),
              (std::vector<Row>{{"2021-03", "", "", 2, 2},
                                {"2022-01", "", "", 2, 0},
                                {"2022-02", "", "", 2, 1},
                                {"2022-03", "", "", 2, 1}}));
    // By the unit holding the complaint now; a unit missing from the directory has kind "".
    EXPECT_EQ(rows(s.by_unit_kind),
              (std::vector<Row>{{"", "", "", 1, 0},
                                {"kecamatan", "", "", 1, 0},
                                {"perangkat_daerah", "", "", 4, 3},
                                {"puskesmas", "", "", 2, 1}}));
    EXPECT_EQ(rows(s.by_unit),
              (std::vector<Row>{{"dinsos", "Unit dinsos", "perangkat_daerah", 4, 3},
                                {"pkm-gantar", "Unit pkm-gantar", "puskesmas", 2, 1},
                                {"32.12.20", "Unit 32.12.20", "kecamatan", 1, 0},
                                {"hilang", "", "", 1, 0}}));
    // Codes as stored: a parent and its child are separate rows; no category is "".
    EXPECT_EQ(rows(s.by_category),
              (std::vector<Row>{{"sosial.bansos", "Kategori sosial.bansos", "", 3, 3},
                                {"kesehatan", "Kategori kesehatan", "", 2, 1},
                                {"", "", "", 1, 0},
                                {"pelayanan_publik", "Kategori pelayanan_publik", "", 1, 0},
                                {"sosial", "Kategori sosial", "", 1, 0}}));
    EXPECT_EQ(
        rows(s.by_channel),
        (std::vector<Row>{
            {"web", "", "", 6, 3}, {"call_center", "", "", 1, 0}, {"whatsapp", "", "", 1, 1}}));
}

TEST_P(StoreConformance, StatsCountByTheWibCalendarYear) {
    seed_stats();
    const auto y2021 = stats(year(2021));
    EXPECT_EQ(y2021.total, 2);  // S3 is 2022 in WIB although 2021 in UTC
    EXPECT_EQ(y2021.resolved, 2);
    ASSERT_TRUE(y2021.median_resolution_hours.has_value());
    EXPECT_DOUBLE_EQ(*y2021.median_resolution_hours, 15.0);  // of 10 and 20
    EXPECT_EQ(rows(y2021.by_year), (std::vector<Row>{{"2021", "", "", 2, 2}}));

    const auto y2022 = stats(year(2022));
    EXPECT_EQ(y2022.total, 6);
    EXPECT_EQ(y2022.resolved, 2);
    EXPECT_EQ(y2022.in_process, 2);
    EXPECT_EQ(y2022.rejected_or_archived, 2);
    ASSERT_TRUE(y2022.median_resolution_hours.has_value());
    EXPECT_DOUBLE_EQ(*y2022.median_resolution_hours, 40.0);  // S8 has no resolution time
    EXPECT_EQ(rows(y2022.by_month).front(), (Row{"2022-01", "", "", 2, 0}));

    EXPECT_EQ(stats(year(2023)).total, 0);
    EXPECT_FALSE(stats(year(2023)).median_resolution_hours.has_value());
}

// One complaint at 15:30 UTC on 31 December: 22:30 WIB and 23:30 WITA, still December 2021, but
// 00:30 WIT on 1 January 2022. Months and years are taken on the installation's wall clock.
TEST_P(StoreConformance, StatsCountMonthsAndYearsInTheInstallationsZone) {
    domain::Complaint c = make_complaint("Z1");
    c.created_at = day(2021, 12, 31, 15) + minutes(30);
    c.updated_at = c.created_at;
    insert(c);
    struct ZoneCase {
        util::LocalZone zone;
        const char* month;
        const char* year;
    };
    for (const auto& zc : {ZoneCase{util::kWibZone, "2021-12", "2021"},
                           ZoneCase{util::kWitaZone, "2021-12", "2021"},
                           ZoneCase{util::kWitZone, "2022-01", "2022"}}) {
        StatsQuery query;
        query.utc_offset = zc.zone.offset;
        const auto s = stats(query);
        EXPECT_EQ(rows(s.by_month), (std::vector<Row>{{zc.month, "", "", 1, 0}})) << zc.zone.name;
        EXPECT_EQ(rows(s.by_year), (std::vector<Row>{{zc.year, "", "", 1, 0}})) << zc.zone.name;
    }
}

TEST_P(StoreConformance, StatsRangeIncludesFromAndExcludesTo) {
    seed_stats();
    const auto s1 = seeds()[0].created_at;
    const auto s2 = seeds()[1].created_at;
    EXPECT_EQ(stats(StatsQuery{s1, s2, std::nullopt}).total, 1);
    EXPECT_EQ(stats(StatsQuery{s1, s2 + milliseconds(1), std::nullopt}).total, 2);
    EXPECT_EQ(stats(StatsQuery{s1 + milliseconds(1), std::nullopt, std::nullopt}).total, 7);
    EXPECT_EQ(stats(StatsQuery{std::nullopt, s2, std::nullopt}).total, 1);
}

TEST_P(StoreConformance, StatsMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo) {
    seed_stats();
    // A fourth resolution time (50 h) makes the middle 20 and 40.
    domain::Complaint c = make_complaint("S9");
    c.created_at = day(2022, 6, 1, 3);
    c.updated_at = c.created_at;
    c.status = Status::selesai;
    insert(c);
    auto resolve = make_event(
        "resolve", Status::ditindaklanjuti, Status::selesai, c.created_at + hours(50) + minutes(6));
    write_ok([&](WriteTx& tx) { return tx.append_event(c.id, resolve); });
    const auto s = stats({});
    ASSERT_TRUE(s.median_resolution_hours.has_value());
    EXPECT_DOUBLE_EQ(*s.median_resolution_hours, 30.0);
    const auto only = stats(StatsQuery{c.created_at, std::nullopt, std::nullopt});
    ASSERT_TRUE(only.median_resolution_hours.has_value());
    EXPECT_DOUBLE_EQ(*only.median_resolution_hours, 50.1);
}

TEST_P(StoreConformance, PublicListShowsPublishedComplaintsNewestFirst) {
    seed_stats();
    const auto page = public_page({});
    // Not S3 (never verified, confidential), S4 (ditolak), S5 (diarsipkan), S8 (confidential).
    EXPECT_EQ(tickets(page.items), (Tickets{"S7", "S6", "S2", "S1"}));
    EXPECT_FALSE(page.next_cursor.has_value());

    const auto& s6 = page.items[1];
    EXPECT_EQ(s6.title, "Jalan rusak");
    EXPECT_EQ(s6.status, Status::ditutup);
    EXPECT_EQ(s6.kind, domain::ComplaintKind::pengaduan);
    EXPECT_EQ(s6.category_code, "kesehatan");
    EXPECT_EQ(s6.unit_code, "pkm-gantar");
    EXPECT_EQ(s6.created_at, day(2022, 2, 2, 3));
    EXPECT_EQ(s6.lat, -6.3275);
    EXPECT_EQ(s6.lon, 108.3249);
    EXPECT_EQ(s6.kecamatan_code, "32.12.25");
    EXPECT_EQ(s6.desa_code, "32.12.13.2005");
    EXPECT_EQ(page.items[0].category_code, "");
}

TEST_P(StoreConformance, PublicListFiltersByCategoryKecamatanAndStatus) {
    seed_stats();
    auto by = [&](auto set) {
        PublicComplaintQuery q;
        set(q);
        return tickets(public_page(q).items);
    };
    // A parent category takes its children; the confidential S8 and archived S5 stay out.
    EXPECT_EQ(by([](auto& q) { q.category = "sosial"; }), (Tickets{"S2", "S1"}));
    EXPECT_EQ(by([](auto& q) { q.category = "sosial.bansos"; }), (Tickets{"S2", "S1"}));
    EXPECT_EQ(by([](auto& q) { q.category = "sos"; }), Tickets{});
    EXPECT_EQ(by([](auto& q) { q.kecamatan = "32.12.25"; }), (Tickets{"S6"}));  // S4 ditolak
    EXPECT_EQ(by([](auto& q) { q.kecamatan = "32.12.20"; }), Tickets{});  // S3 is confidential
    EXPECT_EQ(by([](auto& q) { q.status = Status::ditutup; }), (Tickets{"S6", "S1"}));
    EXPECT_EQ(by([](auto& q) {
                  q.category = "kesehatan";
                  q.kecamatan = "32.12.25";
                  q.status = Status::ditutup;
              }),
              (Tickets{"S6"}));
    EXPECT_EQ(by([](auto& q) { q.status = Status::ditolak; }), Tickets{});
}

TEST_P(StoreConformance, PublicListPagesWithAKeysetCursor) {
    seed_stats();
    PublicComplaintQuery q;
    q.limit = 3;
    const auto first = public_page(q);
    EXPECT_EQ(tickets(first.items), (Tickets{"S7", "S6", "S2"}));
    ASSERT_TRUE(first.next_cursor.has_value());
    q.cursor = *first.next_cursor;
    const auto second = public_page(q);
    EXPECT_EQ(tickets(second.items), (Tickets{"S1"}));
    EXPECT_FALSE(second.next_cursor.has_value());

    PublicComplaintQuery one;
    one.limit = 1;
    EXPECT_EQ(walk_public(one), (Tickets{"S7", "S6", "S2", "S1"}));
    one.category = "sosial";
    EXPECT_EQ(walk_public(one), (Tickets{"S2", "S1"}));
    // A complaint published after a page was read does not disturb the next pages.
    q.cursor = *first.next_cursor;
    domain::Complaint late = make_published_complaint("S10");
    late.created_at = day(2023, 1, 1);
    insert(late);
    EXPECT_EQ(tickets(public_page(q).items), (Tickets{"S1"}));
}

TEST_P(StoreConformance, PublicListBreaksTiesOfTheSameInstantById) {
    for (const char* ticket : {"T1", "T2", "T3", "T4", "T5"}) {
        domain::Complaint c = make_published_complaint(ticket);  // all at the same instant
        insert(c);
    }
    PublicComplaintQuery q;
    q.limit = 2;
    EXPECT_EQ(walk_public(q), (Tickets{"T5", "T4", "T3", "T2", "T1"}));
}

TEST_P(StoreConformance, PublicListClampsTheLimitAndRefusesForeignCursors) {
    for (int i = 0; i < 105; ++i) {
        domain::Complaint c = make_published_complaint("L" + std::to_string(i));
        c.created_at += seconds(i);
        insert(c);
    }
    PublicComplaintQuery q;
    q.limit = 1000;
    EXPECT_EQ(public_page(q).items.size(), 100u);
    q.limit = 0;
    EXPECT_EQ(public_page(q).items.size(), 1u);

    for (const char* bad :
         {"x", "p1", "p1zz", "i10000000000000000000000000000000000000000000001"}) {
        PublicComplaintQuery query;
        query.cursor = bad;
        auto page = read_sync<PublicComplaintPage>(
            *store_, [&](ReadTx& tx) { return tx.public_complaints(query); });
        ASSERT_FALSE(page) << bad;
        EXPECT_EQ(page.error().code, core::ErrorCode::invalid_field);
        EXPECT_EQ(page.error().field, "cursor");
    }
}

TEST_P(StoreConformance, PublicListFollowsVerificationDismissalAndConfidentiality) {
    domain::Complaint unverified = make_complaint("P1");
    insert(unverified);
    domain::Complaint verified = make_published_complaint("P2");
    verified.title = "PKH Budi, HP 081234567890";
    verified.hidden_phrases = {"budi"};
    insert(verified);
    domain::Complaint secret = make_published_complaint("P3");
    secret.confidential = true;
    insert(secret);
    EXPECT_EQ(tickets(public_page({}).items), (Tickets{"P2"}));
    // The title the public reads is the redacted copy, the officer's phrases masked too.
    EXPECT_EQ(public_page({}).items[0].title, "PKH ****, HP 0812******90");

    // Verified later: listed from then on. Rejected: gone again.
    unverified.status = Status::diverifikasi;
    unverified.verified_at = unverified.created_at + hours(2);
    write_ok([&](WriteTx& tx) { return tx.update_complaint(unverified); });
    EXPECT_EQ(tickets(public_page({}).items), (Tickets{"P2", "P1"}));
    verified.status = Status::ditolak;
    write_ok([&](WriteTx& tx) { return tx.update_complaint(verified); });
    EXPECT_EQ(tickets(public_page({}).items), (Tickets{"P1"}));
}

TEST_P(StoreConformance, PublicationRoundTripsWithItsPhotos) {
    domain::Complaint c = make_published_complaint("R1");
    c.hidden_phrases = {"Budi Santoso", "Gang Mawar 3"};
    c.photos = {
        domain::Photo{"ph-report-1", domain::PhotoStage::report, "image/jpeg", 4, 3, false, {}},
        domain::Photo{"ph-report-2", domain::PhotoStage::report, "image/jpeg", 4, 3, true, {}}};
    insert(c);
    expect_same(by_ticket("R1"), c);

    // The officer approves the first photo, withdraws the second and drops a phrase.
    c.photos[0].published = true;
    c.photos[1].published = false;
    c.hidden_phrases = {"Budi Santoso"};
    write_ok([&](WriteTx& tx) { return tx.update_complaint(c); });
    expect_same(by_ticket("R1"), c);
}

}  // namespace
}  // namespace tanggap::store::conformance

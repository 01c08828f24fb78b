#include "domain/ticket.hpp"

#include "util/local_zone.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>

namespace tanggap::domain {
namespace {

using namespace std::chrono;
using Bytes = std::array<std::uint8_t, kTicketRandomChars>;

Timestamp utc(year_month_day day, hours h, minutes m = 0min) { return sys_days{day} + h + m; }

const Timestamp kNov25 = utc(2026y / 11 / 25, 9h);
constexpr minutes kWib = util::kWibZone.offset;

TEST(Ticket, IsTheWibMonthADashAndSixCrockfordCharacters) {
    EXPECT_EQ(format_ticket(kNov25, Bytes{0, 1, 2, 3, 4, 5}, kWib), "2611-012345");
    EXPECT_EQ(format_ticket(kNov25, Bytes{10, 17, 18, 20, 26, 31}, kWib), "2611-AHJMTZ");
    // One random byte per character, folded onto the 32 letters.
    EXPECT_EQ(format_ticket(kNov25, Bytes{32, 33, 255, 224, 66, 95}, kWib), "2611-01Z02Z");
    EXPECT_EQ(format_ticket(utc(2021y / 1 / 10, 3h), Bytes{}, kWib), "2101-000000");
}

TEST(Ticket, NeverUsesLettersThatAreReadAloudAmbiguously) {
    for (int b = 0; b < 256; ++b) {
        auto byte = static_cast<std::uint8_t>(b);
        std::string ticket = format_ticket(kNov25, Bytes{byte, byte, byte, byte, byte, byte}, kWib);
        for (char c : ticket.substr(5)) {
            EXPECT_EQ(std::string("ILOU").find(c), std::string::npos) << b;
            EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) << b;
        }
        EXPECT_TRUE(is_ticket_shaped(ticket)) << ticket;
    }
}

struct MonthCase {
    const char* what;
    Timestamp at;
    const char* prefix;
};

TEST(Ticket, MonthIsTakenInWib) {
    const MonthCase cases[] = {
        {"16:59 UTC on 30 Nov is 23:59 WIB, still November",
         utc(2026y / 11 / 30, 16h, 59min),
         "2611"},
        {"17:00 UTC on 30 Nov is midnight WIB, December", utc(2026y / 11 / 30, 17h), "2612"},
        {"17:30 UTC on 30 Nov is already December in WIB",
         utc(2026y / 11 / 30, 17h, 30min),
         "2612"},
        {"17:00 UTC on 31 Dec is New Year in WIB", utc(2026y / 12 / 31, 17h), "2701"},
        {"16:59 UTC on 31 Dec is still the old year", utc(2026y / 12 / 31, 16h, 59min), "2612"},
        {"00:00 UTC on 1 Dec is 07:00 WIB", utc(2026y / 12 / 1, 0h), "2612"},
    };
    for (const auto& mc : cases) {
        EXPECT_EQ(format_ticket(mc.at, Bytes{}, kWib).substr(0, 4), mc.prefix) << mc.what;
    }
    // The last millisecond of November in WIB.
    EXPECT_EQ(format_ticket(utc(2026y / 11 / 30, 17h) - 1ms, Bytes{}, kWib).substr(0, 4), "2611");
}

struct ZoneCase {
    util::LocalZone zone;
    Timestamp at;
    const char* prefix;
};

TEST(Ticket, MonthIsTheInstallationZones) {
    // 15:30 UTC on 30 Nov: 22:30 WIB, 23:30 WITA, 00:30 WIT on 1 Dec.
    // 16:30 UTC on 30 Nov: 23:30 WIB, 00:30 WITA and 01:30 WIT on 1 Dec.
    const ZoneCase cases[] = {
        {util::kWibZone, utc(2026y / 11 / 30, 15h, 30min), "2611"},
        {util::kWitaZone, utc(2026y / 11 / 30, 15h, 30min), "2611"},
        {util::kWitZone, utc(2026y / 11 / 30, 15h, 30min), "2612"},
        {util::kWibZone, utc(2026y / 11 / 30, 16h, 30min), "2611"},
        {util::kWitaZone, utc(2026y / 11 / 30, 16h, 30min), "2612"},
        {util::kWitZone, utc(2026y / 11 / 30, 16h, 30min), "2612"},
        {util::kWitaZone, utc(2026y / 12 / 31, 16h), "2701"},
        {util::kWitZone, utc(2026y / 12 / 31, 14h, 59min), "2612"},
    };
    for (const auto& zc : cases) {
        EXPECT_EQ(format_ticket(zc.at, Bytes{}, zc.zone.offset).substr(0, 4), zc.prefix)
            << zc.zone.name;
    }
}

TEST(Ticket, DistinctRandomInputGivesDistinctTickets) {
    std::set<std::string> tickets;
    std::size_t made = 0;
    // Every single-character change of a base, with each of the 32 characters per position.
    for (std::size_t pos = 0; pos < kTicketRandomChars; ++pos) {
        for (std::uint8_t v = 0; v < 32; ++v) {
            Bytes bytes{7, 7, 7, 7, 7, 7};
            if (v == 7) continue;
            bytes[pos] = v;
            tickets.insert(format_ticket(kNov25, bytes, kWib));
            ++made;
        }
    }
    tickets.insert(format_ticket(kNov25, Bytes{7, 7, 7, 7, 7, 7}, kWib));
    ++made;
    EXPECT_EQ(tickets.size(), made);
    EXPECT_EQ(made, 6u * 31u + 1u);
}

TEST(Ticket, IsTicketShapedAcceptsTickets) {
    for (const char* good : {"2611-012345", "2612-ABCDEF", "2101-ZZZZZZ", "9912-VWXYZ0"}) {
        EXPECT_TRUE(is_ticket_shaped(good)) << good;
    }
}

TEST(Ticket, IsTicketShapedRejectsEverythingElse) {
    for (const char* bad : {
             "",
             "2611-ABCDE",    // too short
             "2611-ABCDEFG",  // too long
             "2611ABCDEF",    // no dash
             "2611_ABCDEF",   // wrong separator
             "26-11ABCDEF",   // dash misplaced
             "26A1-ABCDEF",   // letter in the month
             "2611-abcdef",   // lower case: callers upper-case first
             "2611-ABCDEI",   // I
             "2611-ABCDEL",   // L
             "2611-ABCDEO",   // O
             "2611-ABCDEU",   // U
             "2611-ABC EF",   // space
             "2611-ABC/EF",   // punctuation
             "../../etc/pa",  // not even close
         }) {
        EXPECT_FALSE(is_ticket_shaped(bad)) << bad;
    }
}

}  // namespace
}  // namespace tanggap::domain

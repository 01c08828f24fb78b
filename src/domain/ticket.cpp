#include "domain/ticket.hpp"

#include <chrono>

namespace tanggap::domain {
namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

bool is_crockford(char c) {
    for (const char* p = kCrockford; *p; ++p) {
        if (*p == c) return true;
    }
    return false;
}

}  // namespace

std::string format_ticket(Timestamp at,
                          const std::array<std::uint8_t, kTicketRandomChars>& random,
                          std::chrono::minutes utc_offset) {
    using namespace std::chrono;
    auto local_day = floor<days>(at + utc_offset);
    year_month_day ymd{local_day};
    int yy = static_cast<int>(ymd.year()) % 100;
    unsigned mm = static_cast<unsigned>(ymd.month());
    std::string ticket;
    ticket += static_cast<char>('0' + yy / 10);
    ticket += static_cast<char>('0' + yy % 10);
    ticket += static_cast<char>('0' + mm / 10);
    ticket += static_cast<char>('0' + mm % 10);
    ticket += '-';
    for (auto byte : random) ticket += kCrockford[byte % 32];
    return ticket;
}

bool is_ticket_shaped(const std::string& text) {
    if (text.size() != 5 + kTicketRandomChars || text[4] != '-') return false;
    for (std::size_t i = 0; i < 4; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    for (std::size_t i = 5; i < text.size(); ++i) {
        if (!is_crockford(text[i])) return false;
    }
    return true;
}

}  // namespace tanggap::domain

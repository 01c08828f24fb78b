#pragma once
// Ticket numbers (public, read over the phone) and tracking tokens (secret, the reporter's).

#include "domain/time.hpp"

#include <array>
#include <cstdint>
#include <string>

namespace tanggap::domain {

inline constexpr std::size_t kTicketRandomChars = 6;

// "YYMM-XXXXXX": the month in WIB, then 6 Crockford base32 characters (no I, L, O, U, so an
// operator can read it aloud without ambiguity). Random, so tickets cannot be enumerated;
// the caller retries on the rare collision. `random` supplies one byte per character.
std::string format_ticket(Timestamp at, const std::array<std::uint8_t, kTicketRandomChars>& random);

// Whether text has the shape of a ticket (upper-cased input expected).
bool is_ticket_shaped(const std::string& text);

}  // namespace tanggap::domain

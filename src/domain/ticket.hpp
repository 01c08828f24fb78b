#pragma once
// Ticket numbers (public, read over the phone) and tracking tokens (secret, the reporter's).

#include "domain/time.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <string>

namespace tanggap::domain {

inline constexpr std::size_t kTicketRandomChars = 6;

// "YYMM-XXXXXX": the local month, then 6 Crockford base32 characters (no I, L, O, U, so an
// operator can read it aloud without ambiguity). Random, so tickets cannot be enumerated;
// the caller retries on the rare collision. `random` supplies one byte per character.
// `utc_offset`: the installation's zone (util::local_zone()), so the month is the one the
// citizen lives in; no default, so no caller can forget it.
std::string format_ticket(Timestamp at,
                          const std::array<std::uint8_t, kTicketRandomChars>& random,
                          std::chrono::minutes utc_offset);

// Whether text has the shape of a ticket (upper-cased input expected).
bool is_ticket_shaped(const std::string& text);

}  // namespace tanggap::domain

#pragma once
// The breach register (UU 27/2022 Pasal 46): when personal data held here failed to be
// protected, the regency tells the people affected and the supervising institution in writing
// within 3 x 24 hours, saying which data was exposed, when and how, and what it does about it.
// An incident is recorded with those three texts and the complaints it reached (received in a
// period, optionally those one unit held); the people are found from them.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/outbound.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace tanggap::domain {

// Pasal 46(1): notice within 3 x 24 hours of discovery, counted in clock hours.
inline constexpr std::chrono::hours kBreachNoticeTime{72};
inline constexpr std::size_t kBreachTextMax = 4000;  // characters of each of the three texts

// The complaints an incident reached: received in [received_from, received_until), and when
// `unit_code` is set, only those that unit held at some time.
struct BreachScope {
    Timestamp received_from;
    Timestamp received_until;
    std::string unit_code;
};

struct BreachInput {
    Timestamp discovered_at;
    std::string data_exposed;  // Pasal 46(2)a: which personal data
    std::string how;           // 46(2)b: when and how it was exposed
    std::string measures;      // 46(2)c: what is done to handle it and recover
    BreachScope scope;
};

struct Breach {
    std::int64_t id = 0;
    BreachInput incident;
    Timestamp notify_by;  // discovered_at + kBreachNoticeTime
    std::string recorded_by;
    Timestamp recorded_at;
    // Found when recorded: the complaints in scope not yet erased, the distinct people among
    // their reporters (by phone or e-mail), and those of the people no channel reaches.
    std::int64_t complaints = 0;
    std::int64_t people = 0;
    std::int64_t unreachable = 0;
    std::optional<Timestamp> notified_at;  // when the notices were queued
    std::int64_t notices = 0;
};

// Checks the input at `now`: the three texts present and at most kBreachTextMax (fields
// "data_exposed", "how", "measures"), discovery not in the future ("discovered_at"), the period
// not empty ("received_until"). invalid_field naming the field.
core::Result<Breach> new_breach(BreachInput input, std::string recorded_by, Timestamp now);

// Late: notified after the deadline, or not yet notified and the deadline passed.
bool is_late(const Breach& breach, Timestamp now);

// Who a reporter is for counting people: their phone (+62...) or, without one, their e-mail
// (lower case); "" when they left neither.
std::string person_of(const Reporter& reporter);

// Where a breach notice reaches a reporter: e-mail, else SMS. Not WhatsApp: outside the
// 24-hour window only approved templates may go, and a notice under Pasal 46 is free text.
std::optional<Address> breach_address(const Reporter& reporter, const Outreach& outreach);

// The notice to one reporter about their complaint `ticket`: the three texts of Pasal 46(2).
Outbound breach_notice(const Breach& breach,
                       const Address& address,
                       std::string_view ticket,
                       Timestamp now);

}  // namespace tanggap::domain

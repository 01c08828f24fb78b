#pragma once
// People's rights over the data Tanggap holds about them (UU 27/2022 Pasal 5-15, 32-33, 44):
// who a request is about, the register of requests with their 3 x 24-hour clock, and what is
// left of a complaint once its reporter is erased.

#include "core/error.hpp"
#include "domain/complaint.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::domain {

// The word written in place of erased text.
inline constexpr std::string_view kErased = "[dihapus]";

// A NIK (Nomor Induk Kependudukan) is this many digits.
inline constexpr std::size_t kNikDigits = 16;
// The request's reason (the legal ground, or the person's words), in characters.
inline constexpr std::size_t kPrivacyReasonMax = 500;

// The reason as typed: valid UTF-8 of at most kPrivacyReasonMax characters. Errors:
// invalid_field "reason". (Whether a reason is required is the request's kind's rule.)
core::Result<void> check_privacy_reason(std::string_view reason);

// Who a request is about: any of a phone number, an e-mail address and a NIK.
struct PersonKey {
    std::string phone;  // +62..., as domain::normalize_phone writes it; "" when not given
    std::string email;  // lower-case; ""
    std::string nik;    // 16 digits; ""
    bool empty() const { return phone.empty() && email.empty() && nik.empty(); }
};

// Reads a person from what an officer typed: a phone in any common spelling, an e-mail
// address, a NIK of 16 digits. Errors: invalid_field naming "phone", "email" or "nik", or
// "phone" when all three are empty.
core::Result<PersonKey> read_person_key(std::string_view phone,
                                        std::string_view email,
                                        std::string_view nik);

// The key as the register shows it, masked as the public copy masks such values
// (0812******90, s***@***.id, 3212********0004): the register proves a request was answered
// without keeping a second copy of who asked.
std::string masked(const PersonKey& key);

enum class PrivacyRequestKind { export_data, erase };
std::string_view to_string(PrivacyRequestKind kind);  // "export", "erase"
std::optional<PrivacyRequestKind> parse_privacy_request_kind(std::string_view text);

// Pasal 32-33 and 44: a request is answered within 3 x 24 hours, counted in clock hours.
inline constexpr std::chrono::hours kPrivacyAnswerTime{72};

struct PrivacyRequest {
    std::int64_t id = 0;
    PrivacyRequestKind kind = PrivacyRequestKind::export_data;
    std::string subject;  // masked(key)
    std::string reason;   // the legal ground or the person's words; required to erase
    std::string actor;    // the privacy officer, or "cli:<user>" from the command line
    Timestamp received_at;
    Timestamp due_at;  // received_at + kPrivacyAnswerTime
    std::optional<Timestamp> done_at;
    std::string outcome;  // in words: what was found or erased
};

// A request received at `at`, not yet answered.
PrivacyRequest new_privacy_request(PrivacyRequestKind kind,
                                   const PersonKey& key,
                                   std::string reason,
                                   std::string actor,
                                   Timestamp at);

// What is left of a complaint once its reporter is erased: every figure the dashboards count
// (unit, category, channel, status, place codes, times, deadlines, escalation, the rating)
// stays; everything the person wrote or is known by goes: name, phone, e-mail, title,
// description, address, the feedback's comment, the officer's masked phrases and the link
// to a public post. The point moves to the centre of its heat-map cell.
Complaint without_person(Complaint complaint);

}  // namespace tanggap::domain

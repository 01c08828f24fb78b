#pragma once
// Redaction: the copy of a citizen's words that the public may read. Personal data that people
// type into complaints ("NIK saya 3212041203850004, HP 0812 3456 7890") is masked
// automatically; an officer may mask more phrases (a name, a house) before publishing.
// UU 27/2022 (Pelindungan Data Pribadi) makes the regency answer for what it publishes.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

enum class PersonalData {
    id_number,  // NIK or KK: 16 digits, also written in groups with spaces, dots or dashes
    phone,      // 08..., +62..., 62..., (0234) 27..., with spaces, dots or dashes
    email,
    plate,   // a vehicle plate: "E 1234 AB", "B1234XYZ"
    phrase,  // a phrase the officer chose to mask
};

// A byte range [begin, end) of the text and what it holds.
struct RedactedSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    PersonalData kind = PersonalData::phrase;
    bool operator==(const RedactedSpan&) const = default;
};

// The personal data the recognisers find in `text`, in order, never overlapping.
std::vector<RedactedSpan> find_personal_data(std::string_view text);

// Where each of `phrases` occurs in `text` (ASCII letters compared without case), in order,
// merged where they overlap. Empty phrases match nothing.
std::vector<RedactedSpan> find_phrases(std::string_view text, std::span<const std::string> phrases);

// `text` with every span found above masked: identity and phone numbers keep their first four
// and last four (NIK) or two (phone) digits ("3212********0004"), e-mail addresses their first
// letter and top-level domain, plates their region code; phrases become asterisks. Separators
// and the length in characters stay, so the reader still sees that something was there.
// Valid UTF-8 in, valid UTF-8 out.
std::string redact(std::string_view text, std::span<const std::string> phrases = {});

}  // namespace tanggap::domain

#pragma once
// A new complaint as submitted (by a citizen, or by an operator on a caller's behalf), and the
// rules it must meet before anything is stored.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/directory_index.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tanggap::domain {

inline constexpr std::size_t kDescriptionMin = 10;
inline constexpr std::size_t kDescriptionMax = 5000;
inline constexpr std::size_t kTitleMax = 200;
inline constexpr std::size_t kMaxPhotos = 5;
inline constexpr std::size_t kSourceUrlMax = 2048;
inline constexpr std::size_t kReporterNameMax = 100;
inline constexpr std::size_t kAddressMax = 500;

struct Submission {
    ComplaintKind kind = ComplaintKind::pengaduan;
    Channel channel = Channel::web;
    std::string title;
    std::string description;
    std::string category_code;
    Location location;
    Reporter reporter;
    bool anonymous = false;
    bool confidential = false;
    // Operator intake only: the link of the public post or comment the complaint came from.
    std::string source_url;
};

// Checks and normalises a submission: trims text, derives a missing title from the
// description, writes phones as +62..., checks region codes against the directory.
// Errors: invalid_field, naming the field by its JSON path (e.g. "location.lat").
core::Result<Submission> validate_submission(Submission submission,
                                             const DirectoryIndex& directory);

// "0812-3456 789", "62812..." and "+62812..." all become "+62812..."; nullopt if not a phone.
std::optional<std::string> normalize_phone(std::string_view text);

// Links the server serves beside a number, so no client repeats normalize_phone: "tel:+62..."
// and "https://wa.me/62..." (country code and number, digits only); nullopt when the text is not
// a phone number.
std::optional<std::string> tel_uri(std::string_view text);
std::optional<std::string> whatsapp_uri(std::string_view text);

// A plausible e-mail address (something@domain.tld, at most 254 bytes).
inline constexpr std::size_t kEmailMax = 254;  // RFC 5321's longest path, in bytes
bool is_email_address(std::string_view text);

// Length in Unicode code points of valid UTF-8 (nullopt for invalid UTF-8).
std::optional<std::size_t> utf8_length(std::string_view text);

}  // namespace tanggap::domain

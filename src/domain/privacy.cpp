#include "domain/privacy.hpp"

#include "domain/names.hpp"
#include "domain/redaction.hpp"
#include "domain/submission.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace tanggap::domain {
namespace {

constexpr NameTable<PrivacyRequestKind, 2> kKindNames{{
    {PrivacyRequestKind::export_data, "export"},
    {PrivacyRequestKind::erase, "erase"},
}};

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return out;
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

}  // namespace

core::Result<void> check_privacy_reason(std::string_view reason) {
    const auto length = utf8_length(reason);
    if (!length || *length > kPrivacyReasonMax) {
        return core::make_error(
            core::ErrorCode::invalid_field,
            "Alasan paling banyak " + std::to_string(kPrivacyReasonMax) + " karakter",
            "reason");
    }
    return {};
}

core::Result<PersonKey> read_person_key(std::string_view phone,
                                        std::string_view email,
                                        std::string_view nik) {
    PersonKey key;
    if (const auto p = trimmed(phone); !p.empty()) {
        auto normal = normalize_phone(p);
        if (!normal) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Nomor telepon tidak sah (mis. 0812-3456-7890)",
                                    "phone");
        }
        key.phone = *normal;
    }
    if (const auto e = trimmed(email); !e.empty()) {
        if (!is_email_address(e)) {
            return core::make_error(
                core::ErrorCode::invalid_field, "Alamat e-mail tidak sah", "email");
        }
        key.email = lower(e);
    }
    if (const auto n = trimmed(nik); !n.empty()) {
        const bool digits =
            n.size() == kNikDigits &&
            std::all_of(n.begin(), n.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
        if (!digits) {
            return core::make_error(
                core::ErrorCode::invalid_field, "NIK terdiri atas 16 angka", "nik");
        }
        key.nik = n;
    }
    if (key.empty()) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Isi nomor telepon, e-mail atau NIK orang yang meminta",
                                "phone");
    }
    return key;
}

std::string masked(const PersonKey& key) {
    std::string out;
    for (const auto* part : {&key.phone, &key.email, &key.nik}) {
        if (part->empty()) continue;
        if (!out.empty()) out += ", ";
        out += redact(*part);
    }
    return out;
}

std::string_view to_string(PrivacyRequestKind kind) { return name_of(kKindNames, kind); }

std::optional<PrivacyRequestKind> parse_privacy_request_kind(std::string_view text) {
    return parse_name(kKindNames, text);
}

PrivacyRequest new_privacy_request(PrivacyRequestKind kind,
                                   const PersonKey& key,
                                   std::string reason,
                                   std::string actor,
                                   Timestamp at) {
    PrivacyRequest r;
    r.kind = kind;
    r.subject = masked(key);
    r.reason = std::move(reason);
    r.actor = std::move(actor);
    r.received_at = at;
    r.due_at = at + kPrivacyAnswerTime;
    return r;
}

Complaint without_person(Complaint c) {
    c.reporter = Reporter{};
    c.title = std::string(kErased);
    c.description = std::string(kErased);
    c.location.address.clear();
    // The point moves to the centre of its heat-map cell: the house is gone, the map's count
    // stays where it was.
    auto cell_centre = [](std::optional<double>& degrees) {
        if (degrees) {
            *degrees = std::round(*degrees * kHeatMapCellsPerDegree) / kHeatMapCellsPerDegree;
        }
    };
    cell_centre(c.location.lat);
    cell_centre(c.location.lon);
    if (c.feedback) c.feedback->comment.clear();
    c.hidden_phrases.clear();
    c.source_url.clear();
    return c;
}

}  // namespace tanggap::domain

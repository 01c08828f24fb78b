#include "domain/submission.hpp"

#include "domain/routing.hpp"
#include "util/text.hpp"

#include <cctype>
#include <regex>

namespace tanggap::domain {
namespace {

// Cuts at a code point boundary at most `max_points` long, adding an ellipsis when cut.
std::string utf8_prefix(const std::string& text, std::size_t max_points) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (points == max_points) return text.substr(0, i) + "…";
            ++points;
        }
    }
    return text;
}

core::Error invalid(std::string message, std::string field) {
    return core::make_error(core::ErrorCode::invalid_field, std::move(message), std::move(field));
}

std::optional<core::Error> check_text(const std::string& text,
                                      std::size_t min,
                                      std::size_t max,
                                      const char* field,
                                      const char* label) {
    auto length = utf8_length(text);
    if (!length) return invalid(std::string(label) + " bukan teks UTF-8 yang sah", field);
    if (*length < min || *length > max) {
        return invalid(std::string(label) + " harus " + std::to_string(min) + " sampai " +
                           std::to_string(max) + " karakter",
                       field);
    }
    return std::nullopt;
}

std::optional<core::Error> check_location(Location& loc, const DirectoryIndex& dir) {
    if (loc.lat.has_value() != loc.lon.has_value()) {
        return invalid("Isi lintang dan bujur bersama-sama",
                       loc.lat ? "location.lon" : "location.lat");
    }
    if (loc.lat && (*loc.lat < -90 || *loc.lat > 90)) {
        return invalid("Lintang harus antara -90 dan 90", "location.lat");
    }
    if (loc.lon && (*loc.lon < -180 || *loc.lon > 180)) {
        return invalid("Bujur harus antara -180 dan 180", "location.lon");
    }
    loc.address = std::string(util::trim(loc.address));
    if (auto e = check_text(loc.address, 0, kAddressMax, "location.address", "Alamat")) return e;
    static const std::regex kKecamatan(R"(\d{2}\.\d{2}\.\d{2})");
    static const std::regex kDesa(R"(\d{2}\.\d{2}\.\d{2}\.\d{4})");
    if (!loc.kecamatan_code.empty()) {
        if (!std::regex_match(loc.kecamatan_code, kKecamatan) ||
            !dir.find_unit(loc.kecamatan_code)) {
            return invalid("Kode kecamatan tidak dikenal", "location.kecamatan_code");
        }
    }
    if (!loc.desa_code.empty()) {
        if (!std::regex_match(loc.desa_code, kDesa) || !dir.find_unit(loc.desa_code)) {
            return invalid("Kode desa/kelurahan tidak dikenal", "location.desa_code");
        }
        auto kecamatan = kecamatan_of_desa(loc.desa_code);
        if (loc.kecamatan_code.empty()) {
            loc.kecamatan_code = kecamatan;
        } else if (loc.kecamatan_code != kecamatan) {
            return invalid("Desa tidak berada di kecamatan itu", "location.desa_code");
        }
    }
    return std::nullopt;
}

std::optional<core::Error> check_reporter(Reporter& r) {
    r.name = std::string(util::trim(r.name));
    r.email = std::string(util::trim(r.email));
    if (auto e = check_text(r.name, 0, kReporterNameMax, "reporter.name", "Nama")) return e;
    if (!r.phone.empty()) {
        auto phone = normalize_phone(r.phone);
        if (!phone) return invalid("Nomor telepon tidak sah", "reporter.phone");
        r.phone = *phone;
    }
    if (!r.email.empty() && !is_email_address(r.email)) {
        return invalid("Alamat e-mail tidak sah", "reporter.email");
    }
    return std::nullopt;
}

}  // namespace

bool is_email_address(std::string_view text) {
    static const std::regex kEmail(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
    return text.size() <= kEmailMax && std::regex_match(text.begin(), text.end(), kEmail);
}

std::optional<std::size_t> utf8_length(std::string_view text) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++points) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = c < 0x80                 ? 1
                          : c >= 0xC2 && c <= 0xDF ? 2
                          : c >= 0xE0 && c <= 0xEF ? 3
                          : c >= 0xF0 && c <= 0xF4 ? 4
                                                   : 0;
        if (len == 0 || i + len > text.size()) return std::nullopt;
        // RFC 3629: narrowing the second byte refuses overlong forms, UTF-16 surrogates and
        // code points above U+10FFFF, which other parsers (and JSON output) reject.
        unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        for (std::size_t k = 1; k < len; ++k) {
            auto b = static_cast<unsigned char>(text[i + k]);
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return std::nullopt;
        }
        i += len;
    }
    return points;
}

std::optional<std::string> normalize_phone(std::string_view text) {
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
        } else if (c == '+' && i == 0) {
            continue;
        } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
            return std::nullopt;
        }
    }
    // International prefix "00", a trunk "0" kept after the country code ("+62 0812"), or a
    // local "08..." number all mean the same subscriber. Each rule once and in this order, so
    // that a normalised number normalises to itself (tests/fuzz/fuzz_personal_data found
    // "00001068871776" becoming "+6201068871776", then "+621068871776").
    if (digits.starts_with("00")) {
        digits = digits.substr(2);
    } else if (digits.starts_with("0")) {
        digits = "62" + digits.substr(1);
    }
    while (digits.starts_with("620")) digits = "62" + digits.substr(3);
    if (!digits.starts_with("62") || digits.size() < 9 || digits.size() > 15) return std::nullopt;
    return "+" + digits;
}

std::optional<std::string> tel_uri(std::string_view text) {
    auto phone = normalize_phone(text);
    if (!phone) return std::nullopt;
    return "tel:" + *phone;
}

std::optional<std::string> whatsapp_uri(std::string_view text) {
    auto phone = normalize_phone(text);
    if (!phone) return std::nullopt;
    return "https://wa.me/" + phone->substr(1);
}

core::Result<Submission> validate_submission(Submission s, const DirectoryIndex& directory) {
    s.description = std::string(util::trim(s.description));
    s.title = std::string(util::trim(s.title));
    s.category_code = std::string(util::trim(s.category_code));
    if (auto e =
            check_text(s.description, kDescriptionMin, kDescriptionMax, "description", "Uraian")) {
        return *e;
    }
    if (s.title.empty()) s.title = utf8_prefix(s.description, 80);
    if (auto e = check_text(s.title, 1, kTitleMax, "title", "Judul")) return *e;
    s.source_url = std::string(util::trim(s.source_url));
    if (!s.source_url.empty()) {
        const bool web =
            s.source_url.starts_with("https://") || s.source_url.starts_with("http://");
        const bool clean = s.source_url.find_first_of(" \t\r\n\"<>") == std::string::npos;
        if (!web || !clean || s.source_url.size() > kSourceUrlMax) {
            return invalid("Tautan sumber harus alamat http(s) yang utuh", "source_url");
        }
    }
    if (s.category_code.empty() && s.location.empty()) {
        return invalid("Pilih kategori atau isi lokasi", "category");
    }
    if (!s.category_code.empty() && !directory.find_category(s.category_code)) {
        return invalid("Kategori tidak dikenal", "category");
    }
    if (auto e = check_location(s.location, directory)) return *e;
    if (auto e = check_reporter(s.reporter)) return *e;
    return s;
}

}  // namespace tanggap::domain

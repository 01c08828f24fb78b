#include "i18n/language.hpp"

#include <array>
#include <cctype>
#include <optional>

namespace tanggap::i18n {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

// A weight in thousandths: "0", "0.5", "1.000" (RFC 9110 section 12.4.2); nothing if malformed.
std::optional<int> parse_weight(std::string_view text) {
    if (text.empty() || (text[0] != '0' && text[0] != '1')) return std::nullopt;
    int value = (text[0] - '0') * 1000;
    if (text.size() == 1) return value;
    if (text[1] != '.' || text.size() > 5) return std::nullopt;
    int scale = 100;
    for (char c : text.substr(2)) {
        if (c < '0' || c > '9' || (value == 1000 && c != '0')) return std::nullopt;
        value += (c - '0') * scale;
        scale /= 10;
    }
    return value;
}

struct Preference {
    int weight = -1;        // -1: not named
    std::size_t place = 0;  // the range's position in the header, for ties
    bool exact = false;     // named by its primary tag alone ("en"), not "en-US"
};

}  // namespace

std::string_view to_string(Language language) {
    return language == Language::english ? "en" : "id";
}

Language language_from_accept_language(std::string_view header) {
    constexpr std::array<std::pair<std::string_view, Language>, 2> kTags{
        {{"id", Language::indonesian}, {"en", Language::english}}};
    std::array<Preference, 2> named{};
    Preference any;
    std::size_t place = 0;
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view element = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const auto semicolon = element.find(';');
        const std::string_view range = trim(element.substr(0, semicolon));
        if (range.empty()) continue;
        int weight = 1000;
        if (semicolon != std::string_view::npos) {
            const std::string_view param = trim(element.substr(semicolon + 1));
            const auto equals = param.find('=');
            if (equals == std::string_view::npos || !iequals(trim(param.substr(0, equals)), "q")) {
                continue;
            }
            auto parsed = parse_weight(trim(param.substr(equals + 1)));
            if (!parsed) continue;
            weight = *parsed;
        }
        ++place;
        if (range == "*") {
            if (any.weight < 0) any = {weight, place, true};
            continue;
        }
        const std::string_view primary = range.substr(0, range.find('-'));
        for (std::size_t i = 0; i < kTags.size(); ++i) {
            if (!iequals(primary, kTags[i].first)) continue;
            const bool exact = primary.size() == range.size();
            auto& p = named[i];
            // The primary tag alone decides ("en;q=0" excludes English whatever "en-US" says);
            // among regional ranges the highest weight counts.
            if (p.weight < 0 || (exact && !p.exact) || (exact == p.exact && weight > p.weight)) {
                p = {weight, p.weight < 0 ? place : p.place, exact};
            }
        }
    }
    Language best = Language::indonesian;
    int best_weight = 0;
    std::size_t best_place = 0;
    for (std::size_t i = 0; i < kTags.size(); ++i) {
        const Preference p = named[i].weight >= 0 ? named[i] : any;
        if (p.weight <= 0) continue;
        if (p.weight > best_weight || (p.weight == best_weight && p.place < best_place)) {
            best = kTags[i].second;
            best_weight = p.weight;
            best_place = p.place;
        }
    }
    return best;
}

}  // namespace tanggap::i18n

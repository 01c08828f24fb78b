#include "domain/redaction.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace tanggap::domain {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
bool is_alnum(char c) { return is_digit(c) || is_letter(c); }
char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// --- numbers: NIK/KK and phones --------------------------------------------------------------

// A run of digits: text[begin, end).
struct DigitGroup {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Groups of digits joined by one separator each ("0812-3456 7890", "32.12.04"), or by ") "
// after an area code in parentheses.
std::vector<std::vector<DigitGroup>> digit_chains(std::string_view text) {
    std::vector<std::vector<DigitGroup>> chains;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        std::vector<DigitGroup> chain;
        for (;;) {
            DigitGroup g{i, i};
            while (g.end < text.size() && is_digit(text[g.end])) ++g.end;
            chain.push_back(g);
            std::size_t next = g.end;
            if (next < text.size() && text[next] == ')') ++next;
            if (next < text.size() &&
                (text[next] == ' ' || text[next] == '.' || text[next] == '-')) {
                ++next;
            }
            if (next == g.end || next >= text.size() || !is_digit(text[next])) {
                i = g.end;
                break;
            }
            i = next;
        }
        chains.push_back(std::move(chain));
    }
    return chains;
}

std::optional<PersonalData> classify_number(std::string_view digits,
                                            bool plus,
                                            std::size_t first_group_size,
                                            std::size_t groups) {
    const auto n = digits.size();
    if (plus) {
        if (digits.starts_with("62") && n >= 10 && n <= 15) return PersonalData::phone;
        return std::nullopt;
    }
    if (n == 16) return PersonalData::id_number;
    if (digits.starts_with("628") && n >= 11 && n <= 14) return PersonalData::phone;
    if (digits.starts_with("08") && n >= 10 && n <= 13) return PersonalData::phone;
    // A landline: an area code of 3 or 4 digits (0234 Indramayu, 021 Jakarta), then the number.
    // Dates ("05-06-2024") start with a group of two and stay.
    const bool area_code = groups == 1 || (first_group_size >= 3 && first_group_size <= 4);
    if (digits.size() >= 9 && digits.size() <= 12 && digits[0] == '0' && digits[1] >= '2' &&
        area_code) {
        return PersonalData::phone;
    }
    return std::nullopt;
}

void find_numbers(std::string_view text, std::vector<RedactedSpan>& out) {
    constexpr std::size_t kMaxGroups = 7;
    for (const auto& chain : digit_chains(text)) {
        std::size_t i = 0;
        while (i < chain.size()) {
            bool found = false;
            const std::size_t last = std::min(chain.size(), i + kMaxGroups) - 1;
            for (std::size_t j = last + 1; j-- > i;) {
                std::string digits;
                for (std::size_t k = i; k <= j; ++k) {
                    digits.append(text.substr(chain[k].begin, chain[k].end - chain[k].begin));
                }
                std::size_t begin = chain[i].begin;
                const bool plus = begin > 0 && text[begin - 1] == '+';
                if (plus) --begin;
                if (begin > 0 && text[begin - 1] == '(') --begin;
                const auto kind =
                    classify_number(digits, plus, chain[i].end - chain[i].begin, j - i + 1);
                if (kind) {
                    out.push_back(RedactedSpan{begin, chain[j].end, *kind});
                    i = j + 1;
                    found = true;
                    break;
                }
            }
            if (!found) ++i;
        }
    }
}

// --- e-mail addresses ------------------------------------------------------------------------

bool is_local_char(char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

void find_emails(std::string_view text, std::vector<RedactedSpan>& out) {
    for (std::size_t at = text.find('@'); at != std::string_view::npos;
         at = text.find('@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && is_local_char(text[begin - 1])) --begin;
        std::size_t end = at + 1;
        while (end < text.size() && is_domain_char(text[end])) ++end;
        while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
        if (begin == at) continue;
        const auto domain = text.substr(at + 1, end - at - 1);
        const auto dot = domain.rfind('.');
        if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) continue;
        const auto tld = domain.substr(dot + 1);
        if (!std::all_of(tld.begin(), tld.end(), is_letter)) continue;
        out.push_back(RedactedSpan{begin, end, PersonalData::email});
    }
}

// --- vehicle plates --------------------------------------------------------------------------

// Region codes of Indonesian plates (Korlantas): the letters a plate starts with.
constexpr std::array<std::string_view, 58> kPlateRegions{
    "A",  "B",  "D",  "E",  "F",  "G",  "H",  "K",  "L",  "M",  "N",  "P",  "R",  "S",  "T",
    "W",  "Z",  "AA", "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL",
    "BM", "BN", "BP", "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR",
    "DT", "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB", "DS", "BR", "KL"};

bool is_plate_region(std::string_view letters) {
    std::string upper(letters);
    for (auto& c : upper) {
        if (!is_upper(c)) c = static_cast<char>(c - 'a' + 'A');
    }
    return std::find(kPlateRegions.begin(), kPlateRegions.end(), upper) != kPlateRegions.end();
}

// How many letters start at `i`, counting up to max + 1 so that a longer word shows; clears
// `all_upper` when one of them is lower case.
std::size_t letters_at(std::string_view text, std::size_t i, std::size_t max, bool& all_upper) {
    std::size_t n = 0;
    while (i + n < text.size() && n < max + 1 && is_letter(text[i + n])) {
        all_upper = all_upper && is_upper(text[i + n]);
        ++n;
    }
    return n;
}

void find_plates(std::string_view text, std::vector<RedactedSpan>& out) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_letter(text[i]) || (i > 0 && is_alnum(text[i - 1]))) continue;
        bool upper = true;
        const auto region = letters_at(text, i, 2, upper);
        if (region < 1 || region > 2 || !is_plate_region(text.substr(i, region))) continue;
        std::size_t p = i + region;
        if (p < text.size() && text[p] == ' ') ++p;
        std::size_t digits = 0;
        while (p + digits < text.size() && is_digit(text[p + digits])) ++digits;
        if (digits < 1 || digits > 4) continue;
        p += digits;
        if (p < text.size() && text[p] == ' ') ++p;
        const auto suffix = letters_at(text, p, 3, upper);
        if (suffix < 1 || suffix > 3) continue;
        const auto end = p + suffix;
        if (end < text.size() && is_alnum(text[end])) continue;
        // Written in lower case, a short number is more likely words ("b 12 kg") than a plate.
        if (!upper && digits < 3) continue;
        out.push_back(RedactedSpan{i, end, PersonalData::plate});
        i = end;
    }
}

// --- masking ---------------------------------------------------------------------------------

bool overlaps(const RedactedSpan& a, const RedactedSpan& b) {
    return a.begin < b.end && b.begin < a.end;
}

// Marks the bytes of `span` to mask in `mask`, by the kind's rule.
void mark(std::string_view text, const RedactedSpan& span, std::vector<bool>& mask) {
    auto mark_digits = [&](std::size_t keep_first, std::size_t keep_last) {
        std::vector<std::size_t> digits;
        for (auto k = span.begin; k < span.end; ++k) {
            if (is_digit(text[k])) digits.push_back(k);
        }
        for (std::size_t d = 0; d < digits.size(); ++d) {
            if (d >= keep_first && d + keep_last < digits.size()) mask[digits[d]] = true;
        }
    };
    switch (span.kind) {
        case PersonalData::id_number:
            mark_digits(4, 4);
            break;
        case PersonalData::phone:
            mark_digits(4, 2);
            break;
        case PersonalData::email: {
            const auto at = text.find('@', span.begin);
            const auto dot = text.rfind('.', span.end - 1);
            for (auto k = span.begin + 1; k < span.end; ++k) {
                if (k != at && k < dot) mask[k] = true;
            }
            break;
        }
        case PersonalData::plate: {
            auto k = span.begin;
            while (k < span.end && is_letter(text[k])) ++k;  // the region stays
            for (; k < span.end; ++k) {
                if (text[k] != ' ') mask[k] = true;
            }
            break;
        }
        case PersonalData::phrase:
            for (auto k = span.begin; k < span.end; ++k) {
                if (text[k] != ' ') mask[k] = true;
            }
            break;
    }
}

}  // namespace

std::vector<RedactedSpan> find_personal_data(std::string_view text) {
    std::vector<RedactedSpan> found;
    // E-mail addresses first: their digits are not phone numbers of their own.
    find_emails(text, found);
    std::vector<RedactedSpan> more;
    find_numbers(text, more);
    find_plates(text, more);
    for (const auto& span : more) {
        const bool inside = std::any_of(
            found.begin(), found.end(), [&](const RedactedSpan& s) { return overlaps(s, span); });
        if (!inside) found.push_back(span);
    }
    std::sort(found.begin(), found.end(), [](const RedactedSpan& a, const RedactedSpan& b) {
        return a.begin < b.begin;
    });
    // Numbers and plates can meet ("E 1234 AB 0812..."): the earlier span wins.
    std::vector<RedactedSpan> out;
    for (const auto& span : found) {
        if (out.empty() || !overlaps(out.back(), span)) out.push_back(span);
    }
    return out;
}

std::vector<RedactedSpan> find_phrases(std::string_view text,
                                       std::span<const std::string> phrases) {
    std::string folded(text);
    for (auto& c : folded) c = lower(c);
    std::vector<RedactedSpan> found;
    for (const auto& phrase : phrases) {
        if (phrase.empty()) continue;
        std::string needle(phrase);
        for (auto& c : needle) c = lower(c);
        for (auto at = folded.find(needle); at != std::string::npos;
             at = folded.find(needle, at + 1)) {
            found.push_back(RedactedSpan{at, at + needle.size(), PersonalData::phrase});
        }
    }
    std::sort(found.begin(), found.end(), [](const RedactedSpan& a, const RedactedSpan& b) {
        return a.begin < b.begin;
    });
    std::vector<RedactedSpan> merged;
    for (const auto& span : found) {
        if (!merged.empty() && span.begin <= merged.back().end) {
            merged.back().end = std::max(merged.back().end, span.end);
        } else {
            merged.push_back(span);
        }
    }
    return merged;
}

std::string redact(std::string_view text, std::span<const std::string> phrases) {
    std::vector<bool> mask(text.size(), false);
    for (const auto& span : find_personal_data(text)) mark(text, span, mask);
    for (const auto& span : find_phrases(text, phrases)) mark(text, span, mask);
    std::string out;
    out.reserve(text.size());
    for (std::size_t k = 0; k < text.size(); ++k) {
        const auto byte = static_cast<unsigned char>(text[k]);
        if (!mask[k]) {
            out.push_back(text[k]);
        } else if ((byte & 0xC0) != 0x80) {
            out.push_back('*');  // one asterisk per character: continuation bytes go with it
        }
    }
    return out;
}

}  // namespace tanggap::domain

#include "i18n/translate.hpp"

#include <algorithm>

namespace tanggap::i18n {
namespace {

constexpr std::string_view kHole = "{}";

// Matches `pattern` (from its current "{}" on) against `text`, shortest parts first.
bool match_from(std::string_view pattern,
                std::string_view text,
                std::vector<std::string_view>& parts) {
    const auto hole = pattern.find(kHole);
    if (hole == std::string_view::npos) return pattern == text;
    if (text.substr(0, hole) != pattern.substr(0, hole)) return false;
    text.remove_prefix(hole);
    pattern.remove_prefix(hole + kHole.size());
    const auto next_hole = pattern.find(kHole);
    const std::string_view next = pattern.substr(0, next_hole);
    if (next.empty()) {
        // A hole at the end takes the rest; two holes side by side cannot be told apart.
        if (next_hole != std::string_view::npos || text.empty()) return false;
        parts.push_back(text);
        return true;
    }
    for (auto at = text.find(next, 1); at != std::string_view::npos; at = text.find(next, at + 1)) {
        parts.push_back(text.substr(0, at));
        if (match_from(pattern, text.substr(at), parts)) return true;
        parts.pop_back();
    }
    return false;
}

std::size_t fixed_length(std::string_view pattern) {
    std::size_t holes = 0;
    for (auto at = pattern.find(kHole); at != std::string_view::npos;
         at = pattern.find(kHole, at + kHole.size())) {
        ++holes;
    }
    return pattern.size() - holes * kHole.size();
}

const std::vector<const Entry*>& patterns() {
    static const std::vector<const Entry*> kPatterns = [] {
        std::vector<const Entry*> out;
        for (const auto& entry : catalogue()) {
            // A pattern of holes alone would match anything (catalogue_test refuses one).
            if (entry.indonesian.find(kHole) != std::string_view::npos &&
                fixed_length(entry.indonesian) > 0) {
                out.push_back(&entry);
            }
        }
        // The most fixed text first, so the first match is the most specific one.
        std::stable_sort(out.begin(), out.end(), [](const Entry* a, const Entry* b) {
            return fixed_length(a->indonesian) > fixed_length(b->indonesian);
        });
        return out;
    }();
    return kPatterns;
}

}  // namespace

std::optional<std::vector<std::string_view>> match_pattern(std::string_view pattern,
                                                           std::string_view text) {
    std::vector<std::string_view> parts;
    if (!match_from(pattern, text, parts)) return std::nullopt;
    return parts;
}

constexpr std::size_t kTranslatableMax = 2048;

std::string translate(std::string_view text, Language language) {
    if (language == Language::indonesian) return std::string(text);
    // No message of the catalogue is this long: a longer text carries what someone sent back to
    // them, and matching it against every pattern would cost time that grows with its square.
    if (text.size() > kTranslatableMax) return std::string(text);
    const auto entries = catalogue();
    const auto exact = std::lower_bound(
        entries.begin(), entries.end(), text, [](const Entry& entry, std::string_view key) {
            return entry.indonesian < key;
        });
    if (exact != entries.end() && exact->indonesian == text) return std::string(exact->english);
    for (const Entry* entry : patterns()) {
        auto parts = match_pattern(entry->indonesian, text);
        if (!parts) continue;
        std::string out;
        std::string_view english = entry->english;
        for (const auto part : *parts) {
            const auto hole = english.find(kHole);
            if (hole == std::string_view::npos) break;
            out.append(english.substr(0, hole)).append(translate(part, language));
            english.remove_prefix(hole + kHole.size());
        }
        out.append(english);
        return out;
    }
    return std::string(text);
}

}  // namespace tanggap::i18n

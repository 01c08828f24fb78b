#include "channels/whatsapp/place_match.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace tanggap::channels::whatsapp {
namespace {

using domain::Unit;
using domain::UnitKind;

// U+00C0..U+00FF to ASCII (0: not a letter we fold).
constexpr char kLatin1[] =
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyty";

std::string strip_leading(std::string folded, std::initializer_list<std::string_view> words) {
    for (auto word : words) {
        if (folded.size() > word.size() && folded.starts_with(word) && folded[word.size()] == ' ') {
            return folded.substr(word.size() + 1);
        }
    }
    return folded;
}

std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

template <class Pred>
PlaceMatch match(const domain::DirectoryIndex& directory, const std::string& query, Pred in_scope) {
    PlaceMatch result;
    if (query.empty()) return result;
    std::vector<std::pair<std::size_t, const Unit*>> scored;
    for (const auto& unit : directory.units()) {
        if (!in_scope(unit)) continue;
        auto name = fold(place_name(unit));
        if (name == query) {
            if (result.exact != nullptr) {  // two places of one name: let the citizen choose
                result.close = {result.exact};
                result.exact = nullptr;
            }
            if (result.close.empty()) {
                result.exact = &unit;
            } else {
                result.close.push_back(&unit);
            }
            continue;
        }
        auto d = distance(name, query);
        bool contains = query.size() >= 3 && name.find(query) != std::string::npos;
        if (contains || d <= 2 + name.size() / 8) scored.emplace_back(contains ? 0 : d, &unit);
    }
    if (result.exact != nullptr || !result.close.empty()) return result;
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
        return a.first < b.first;
    });
    for (const auto& [score, unit] : scored) result.close.push_back(unit);
    return result;
}

}  // namespace

std::string fold(std::string_view text) {
    std::string out;
    auto put = [&](char c) {
        if (c == ' ') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            put(std::isalnum(c) ? static_cast<char>(std::tolower(c)) : ' ');
        } else if (c == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            char base = next >= 0x80 && next <= 0xBF ? kLatin1[next - 0x80] : '\0';
            put(base != '\0' ? base : ' ');
            ++i;
        } else {
            put(' ');
            while (i + 1 < text.size() &&
                   (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
                ++i;
            }
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string place_name(const Unit& unit) {
    for (std::string_view prefix : {"Kecamatan ", "Kelurahan ", "Desa "}) {
        if (unit.name.starts_with(prefix)) return unit.name.substr(prefix.size());
    }
    return unit.name;
}

PlaceMatch match_kecamatan(const domain::DirectoryIndex& directory, std::string_view text) {
    auto query = strip_leading(fold(text), {"kecamatan", "kec"});
    return match(directory, query, [](const Unit& u) { return u.kind == UnitKind::kecamatan; });
}

PlaceMatch match_desa(const domain::DirectoryIndex& directory,
                      std::string_view kecamatan_code,
                      std::string_view text) {
    auto query = strip_leading(fold(text), {"desa", "ds", "kelurahan", "kel"});
    std::string prefix = std::string(kecamatan_code) + ".";
    return match(directory, query, [&](const Unit& u) {
        return (u.kind == UnitKind::desa || u.kind == UnitKind::kelurahan) &&
               u.code.starts_with(prefix);
    });
}

}  // namespace tanggap::channels::whatsapp

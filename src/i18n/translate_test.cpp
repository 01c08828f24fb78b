#include "i18n/translate.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace tanggap::i18n {
namespace {

using ::testing::ElementsAre;

std::size_t holes(std::string_view text) {
    std::size_t n = 0;
    for (auto at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2)) ++n;
    return n;
}

std::string filled(std::string_view pattern, const std::vector<std::string>& parts) {
    std::string out;
    std::size_t i = 0;
    for (auto at = pattern.find("{}"); at != std::string_view::npos; at = pattern.find("{}")) {
        out.append(pattern.substr(0, at)).append(parts[i++]);
        pattern.remove_prefix(at + 2);
    }
    return out.append(pattern);
}

TEST(Translate, ExactKeys) {
    EXPECT_EQ(translate("Aduan tidak ditemukan", Language::english), "Complaint not found");
    EXPECT_EQ(translate("Aduan tidak ditemukan", Language::indonesian), "Aduan tidak ditemukan");
}

TEST(Translate, PatternsRecoverTheirParts) {
    EXPECT_EQ(translate("JSON tidak sah: syntax error", Language::english),
              "Invalid JSON: syntax error");
    EXPECT_EQ(translate("Nama paling banyak 120 karakter", Language::english),
              "A name is at most 120 characters");
    EXPECT_EQ(translate("limit harus bilangan bulat 1 sampai 100", Language::english),
              "limit must be a whole number from 1 to 100");
    EXPECT_EQ(translate("Tindakan resolve tidak berlaku untuk aduan berstatus diterima",
                        Language::english),
              "Action resolve does not apply to a complaint in status diterima");
}

TEST(Translate, PartsThatAreMessagesAreTranslatedToo) {
    EXPECT_EQ(translate("Format multipart tidak valid: bagian tanpa nama", Language::english),
              "Invalid multipart format: a part without a name");
    EXPECT_EQ(translate("Akun Anda tidak dapat mengelola pengguna", Language::english),
              "Your account cannot manage users");
    EXPECT_EQ(translate("Batas waktu harus antara 1 dan 30 hari kerja.", Language::english),
              "The time limit must be between 1 and 30 working days.");
}

TEST(Translate, TheMostSpecificPatternWins) {
    // "Baris {}: {}" matches too, with less fixed text.
    EXPECT_EQ(translate("Baris 3: judul kolom harus \"date,kind,name\".", Language::english),
              "Line 3: the column headings must be \"date,kind,name\".");
    EXPECT_EQ(translate("Baris 3: nama hari libur kosong.", Language::english),
              "Line 3: empty holiday name.");
}

TEST(Translate, UnknownTextComesBackUnchanged) {
    EXPECT_EQ(translate("Pesan yang tidak ada di katalog", Language::english),
              "Pesan yang tidak ada di katalog");
    EXPECT_EQ(translate("", Language::english), "");
    // A pattern's part is never empty.
    EXPECT_EQ(translate("JSON tidak sah: ", Language::english), "JSON tidak sah: ");
}

TEST(Translate, ALongEchoComesBackUnchangedAtOnce) {
    // Longer than any catalogued message: text a client sent, never matched against patterns
    // (whose cost would grow with the square of its length).
    const std::string echoed = "JSON tidak sah: " + std::string(4000, 'x');
    EXPECT_EQ(translate(echoed, Language::english), echoed);
    EXPECT_EQ(translate("JSON tidak sah: " + std::string(100, 'x'), Language::english),
              "Invalid JSON: " + std::string(100, 'x'));
}

TEST(MatchPattern, PartsAreShortestFirstAndNeverEmpty) {
    EXPECT_THAT(*match_pattern("Baris {}: {}", "Baris 3: a: b"), ElementsAre("3", "a: b"));
    EXPECT_THAT(*match_pattern("{} harus {} sampai {} karakter", "x harus 1 sampai 2 karakter"),
                ElementsAre("x", "1", "2"));
    EXPECT_THAT(*match_pattern("{}x{}", "10x20x30"), ElementsAre("10", "20x30"));
    EXPECT_FALSE(match_pattern("Baris {}: {}", "Baris : x"));
    EXPECT_FALSE(match_pattern("Tidak ditemukan: {}", "Tidak ditemukan: "));
    EXPECT_FALSE(match_pattern("Tidak ditemukan: {}", "Tidak ditemukan"));
    EXPECT_FALSE(match_pattern("A {} B", "A x C"));
    EXPECT_TRUE(match_pattern("Aduan tidak ditemukan", "Aduan tidak ditemukan"));
}

TEST(Catalogue, IsSortedWithEachKeyOnce) {
    const auto entries = catalogue();
    EXPECT_TRUE(std::is_sorted(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.indonesian < b.indonesian;
    }));
    EXPECT_EQ(std::adjacent_find(
                  entries.begin(),
                  entries.end(),
                  [](const Entry& a, const Entry& b) { return a.indonesian == b.indonesian; }),
              entries.end());
}

TEST(Catalogue, EveryEntryTranslatesToItsOwnEnglish) {
    for (const auto& entry : catalogue()) {
        const auto n = holes(entry.indonesian);
        ASSERT_EQ(holes(entry.english), n) << entry.indonesian;
        ASSERT_FALSE(entry.english.empty()) << entry.indonesian;
        ASSERT_EQ(entry.indonesian.find("{}{}"), std::string_view::npos) << entry.indonesian;
        ASSERT_GT(entry.indonesian.size(), 2 * n) << "only holes: " << entry.indonesian;
        // Filled with parts no entry knows, a pattern is matched by itself alone: no other
        // pattern claims its messages.
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < n; ++i) parts.push_back("#" + std::to_string(i + 7) + "#");
        EXPECT_EQ(translate(filled(entry.indonesian, parts), Language::english),
                  filled(entry.english, parts))
            << entry.indonesian;
    }
}

}  // namespace
}  // namespace tanggap::i18n

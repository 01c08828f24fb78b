#include "channels/whatsapp/place_match.hpp"

#include <gtest/gtest.h>

namespace tanggap::channels::whatsapp {
namespace {

using domain::Unit;
using domain::UnitKind;

domain::DirectoryIndex directory() {
    auto unit = [](std::string code, std::string name, UnitKind kind) {
        Unit u;
        u.code = std::move(code);
        u.name = std::move(name);
        u.kind = kind;
        return u;
    };
    return domain::DirectoryIndex(
        {
            unit("32.12.05", "Kecamatan Jatibarang", UnitKind::kecamatan),
            unit("32.12.05.2001", "Desa Bulak", UnitKind::desa),
            unit("32.12.05.2002", "Desa Bulak Lor", UnitKind::desa),
            unit("32.12.06", "Kecamatan Indramayu", UnitKind::kecamatan),
            unit("32.12.06.1001", "Kelurahan Margadadi", UnitKind::kelurahan),
            unit("32.12.07", "Kecamatan Sindang", UnitKind::kecamatan),
            unit("32.12.07.2001", "Desa Bulak", UnitKind::desa),
        },
        {});
}

TEST(PlaceMatch, FoldLowersFoldsAccentsAndSquashesPunctuation) {
    EXPECT_EQ(fold("  Kec. JATIBARANG!! "), "kec jatibarang");
    EXPECT_EQ(fold("Cip\xC3\xA9nd\xC3\xA9uy"), "cipendeuy");
    EXPECT_EQ(fold("Bulak \xF0\x9F\x9A\xA7 Lor"), "bulak lor");
}

TEST(PlaceMatch, KecamatanMatchesIgnoringCasePrefixAndAccents) {
    auto dir = directory();
    for (auto text :
         {"jatibarang", "Kecamatan Jatibarang", "kec. JATIBARANG", "J\xC3\xA0tibarang"}) {
        auto m = match_kecamatan(dir, text);
        ASSERT_NE(m.exact, nullptr) << text;
        EXPECT_EQ(m.exact->code, "32.12.05");
    }
}

TEST(PlaceMatch, AMisspeltKecamatanListsCloseNames) {
    auto dir = directory();
    auto m = match_kecamatan(dir, "jatibarng");
    EXPECT_EQ(m.exact, nullptr);
    ASSERT_FALSE(m.close.empty());
    EXPECT_EQ(m.close.front()->code, "32.12.05");
    EXPECT_TRUE(match_kecamatan(dir, "surabaya").close.empty());
}

TEST(PlaceMatch, DesaIsSoughtOnlyInItsKecamatan) {
    auto dir = directory();
    auto bulak = match_desa(dir, "32.12.07", "desa bulak");
    ASSERT_NE(bulak.exact, nullptr);
    EXPECT_EQ(bulak.exact->code, "32.12.07.2001");
    auto partial = match_desa(dir, "32.12.05", "lor");
    EXPECT_EQ(partial.exact, nullptr);
    ASSERT_EQ(partial.close.size(), 1u);
    EXPECT_EQ(partial.close.front()->code, "32.12.05.2002");
    EXPECT_EQ(match_desa(dir, "32.12.06", "Kel. Margadadi").exact->code, "32.12.06.1001");
}

}  // namespace
}  // namespace tanggap::channels::whatsapp

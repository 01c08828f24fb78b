#include "domain/routing.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace tanggap::domain {
namespace {

Unit unit(std::string code,
          UnitKind kind,
          std::string area = {},
          std::vector<std::string> tupoksi = {},
          std::string parent = {}) {
    Unit u;
    u.code = std::move(code);
    u.name = "Unit " + u.code;
    u.kind = kind;
    u.area_code = std::move(area);
    u.categories = std::move(tupoksi);
    u.parent_code = std::move(parent);
    return u;
}

Category category(std::string code, std::string parent = {}, std::string responsible_unit = {}) {
    Category c;
    c.code = std::move(code);
    c.name = "Kategori " + c.code;
    c.parent_code = std::move(parent);
    c.responsible_unit = std::move(responsible_unit);
    return c;
}

Category area_bound(std::string code, UnitKind kind, std::string parent = {}) {
    Category c = category(std::move(code), std::move(parent));
    c.area_bound = true;
    c.responsible_kind = kind;
    return c;
}

constexpr auto PD = UnitKind::perangkat_daerah;

// A small Indramayu: Diskominfo (super admin), a few agencies, kecamatan 32.12.05 with one desa
// and two puskesmas, kecamatan 32.12.06 with one kelurahan and no puskesmas.
DirectoryIndex make_directory() {
    Unit diskominfo = unit("diskominfo", PD);
    diskominfo.super_admin = true;
    std::vector<Unit> units = {
        diskominfo,
        unit("dinsos", PD, {}, {"sosial.bansos"}),
        unit("dinkes", PD, {}, {"kesehatan"}),
        unit("dpupr", PD),
        // Sorts before dpupr and claims infrastruktur too: the category's fixed unit must win.
        unit("a_pelaksana", PD, {}, {"infrastruktur"}),
        unit("dishub", PD, {}, {"parkir"}),
        unit("dlh", PD, {}, {"kebersihan"}),
        unit("satpolpp", PD, {}, {"ketertiban"}),
        unit("bpbd", PD, {}, {"ketertiban"}),  // sorts first among the two
        unit("32.12.05", UnitKind::kecamatan, "32.12.05"),
        unit("32.12.05.2001", UnitKind::desa, "32.12.05.2001", {}, "32.12.05"),
        unit("32.12.06", UnitKind::kecamatan, "32.12.06"),
        unit("32.12.06.1001", UnitKind::kelurahan, "32.12.06.1001", {}, "32.12.06"),
        unit("pkm.b", UnitKind::puskesmas, "32.12.05"),
        unit("pkm.a", UnitKind::puskesmas, "32.12.05"),
    };
    std::vector<Category> categories = {
        category("infrastruktur", {}, "dpupr"),
        category("infrastruktur.jalan", "infrastruktur"),
        category("infrastruktur.jalan.lubang", "infrastruktur.jalan"),
        category("sosial"),
        category("sosial.bansos", "sosial"),
        category("sosial.lansia", "sosial"),
        category("parkir", {}, "dishub_lama"),  // names a unit that no longer exists
        category("ketertiban"),
        area_bound("kesehatan", UnitKind::puskesmas),
        category("kesehatan.gizi", "kesehatan"),
        category("kebersihan"),
        area_bound("kebersihan.desa", UnitKind::desa, "kebersihan"),
        area_bound("pelayanan.desa", UnitKind::desa),
    };
    return DirectoryIndex(std::move(units), std::move(categories));
}

Location at(std::string kecamatan, std::string desa = {}) {
    Location loc;
    loc.kecamatan_code = std::move(kecamatan);
    loc.desa_code = std::move(desa);
    return loc;
}

struct RouteCase {
    const char* rule;
    std::string category;
    Location location;
    std::string expected_unit;
};

TEST(Routing, EachDocumentedRuleInOrder) {
    const DirectoryIndex dir = make_directory();
    const RouteCase cases[] = {
        // 1. area-bound: the unit of the responsible kind serving the complaint's area.
        {"area-bound kesehatan goes to the kecamatan's puskesmas (lowest code first), not to "
         "the dinkes holding it in its tupoksi",
         "kesehatan",
         at("32.12.05"),
         "pkm.a"},
        {"area-bound kesehatan finds the kecamatan from the desa code",
         "kesehatan",
         at("", "32.12.05.2001"),
         "pkm.a"},
        {"area-bound desa-level category goes to the desa",
         "pelayanan.desa",
         at("32.12.05", "32.12.05.2001"),
         "32.12.05.2001"},
        {"a desa-level category goes to a kelurahan too",
         "pelayanan.desa",
         at("32.12.06", "32.12.06.1001"),
         "32.12.06.1001"},
        {"desa-level without a desa unit goes to the camat above",
         "pelayanan.desa",
         at("32.12.05", "32.12.05.2999"),
         "32.12.05"},
        {"desa-level with only a kecamatan goes to the camat",
         "pelayanan.desa",
         at("32.12.05"),
         "32.12.05"},
        {"an area-bound child wins over its parent's tupoksi",
         "kebersihan.desa",
         at("32.12.05", "32.12.05.2001"),
         "32.12.05.2001"},
        {"a child inherits its parent's area rule", "kesehatan.gizi", at("32.12.05"), "pkm.a"},
        // 2. the fixed responsible unit, else tupoksi, up the parent chain.
        {"area-bound without a serving unit falls back to tupoksi",
         "kesehatan",
         at("32.12.06"),
         "dinkes"},
        {"area-bound without a location falls back to tupoksi", "kesehatan", Location{}, "dinkes"},
        {"area-bound child without a serving unit uses the parent's tupoksi",
         "kesehatan.gizi",
         Location{},
         "dinkes"},
        {"desa-level child without any area unit uses the parent's tupoksi",
         "kebersihan.desa",
         Location{},
         "dlh"},
        {"the fixed responsible unit wins over tupoksi", "infrastruktur", Location{}, "dpupr"},
        {"a grandchild finds the fixed unit up the chain",
         "infrastruktur.jalan.lubang",
         at("32.12.05"),
         "dpupr"},
        {"tupoksi names the unit", "sosial.bansos", Location{}, "dinsos"},
        {"tupoksi ignores the location", "sosial.bansos", at("32.12.05"), "dinsos"},
        {"a missing fixed unit falls back to tupoksi", "parkir", Location{}, "dishub"},
        {"several tupoksi holders: the lowest code", "ketertiban", Location{}, "bpbd"},
        // 3. no category: the kecamatan of the location.
        {"location only goes to the kecamatan", "", at("32.12.05"), "32.12.05"},
        {"a desa code only derives the kecamatan", "", at("", "32.12.05.2001"), "32.12.05"},
        {"a kelurahan code only derives the kecamatan", "", at("", "32.12.06.1001"), "32.12.06"},
        // 4. otherwise the super admin.
        {"a category nobody answers for goes to the super admin",
         "sosial.lansia",
         at("32.12.05"),
         "diskominfo"},
        {"a kecamatan without a unit goes to the super admin", "", at("32.12.09"), "diskominfo"},
        {"coordinates only go to the super admin",
         "",
         Location{-6.33, 108.32, "Jl. Raya", "", ""},
         "diskominfo"},
        {"nothing at all goes to the super admin", "", Location{}, "diskominfo"},
    };
    for (const auto& rc : cases) {
        auto routed = route_complaint(dir, rc.category, rc.location);
        ASSERT_TRUE(routed.has_value()) << rc.rule << ": " << routed.error().message;
        EXPECT_EQ(*routed, rc.expected_unit) << rc.rule;
    }
}

TEST(Routing, UnknownCategoryIsAnInvalidField) {
    auto routed = route_complaint(make_directory(), "tidak.ada", at("32.12.05"));
    ASSERT_FALSE(routed.has_value());
    EXPECT_EQ(routed.error().code, core::ErrorCode::invalid_field);
    EXPECT_EQ(routed.error().field, "category");
}

TEST(Routing, NoSuperAdminToFallBackToIsUnavailable) {
    DirectoryIndex dir({unit("dinsos", PD, {}, {"sosial.bansos"})},
                       {category("sosial.bansos"), category("sosial.lansia")});
    auto routed = route_complaint(dir, "sosial.lansia", Location{});
    ASSERT_FALSE(routed.has_value());
    EXPECT_EQ(routed.error().code, core::ErrorCode::unavailable);
    // Whatever routes by duty still works without a super admin.
    EXPECT_EQ(route_complaint(dir, "sosial.bansos", Location{}).value(), "dinsos");
}

TEST(Routing, ACategoryCycleEndsAtTheSuperAdmin) {
    Unit diskominfo = unit("diskominfo", PD);
    diskominfo.super_admin = true;
    DirectoryIndex dir({diskominfo}, {category("a", "b"), category("b", "a")});
    EXPECT_EQ(route_complaint(dir, "a", Location{}).value(), "diskominfo");
}

TEST(Routing, KecamatanOfDesaDropsTheLastSegment) {
    EXPECT_EQ(kecamatan_of_desa("32.12.05.2001"), "32.12.05");
    EXPECT_EQ(kecamatan_of_desa("32.12.06.1001"), "32.12.06");
    EXPECT_EQ(kecamatan_of_desa(""), "");
    EXPECT_EQ(kecamatan_of_desa("3212052001"), "");
}

TEST(DirectoryIndex, FindsUnitsAndCategoriesByCode) {
    const DirectoryIndex dir = make_directory();
    ASSERT_NE(dir.find_unit("dinsos"), nullptr);
    EXPECT_EQ(dir.find_unit("dinsos")->categories, std::vector<std::string>{"sosial.bansos"});
    EXPECT_EQ(dir.find_unit("dinas.tidak.ada"), nullptr);
    ASSERT_NE(dir.find_category("kesehatan"), nullptr);
    EXPECT_TRUE(dir.find_category("kesehatan")->area_bound);
    EXPECT_EQ(dir.find_category("tidak.ada"), nullptr);
    ASSERT_NE(dir.super_admin_unit(), nullptr);
    EXPECT_EQ(dir.super_admin_unit()->code, "diskominfo");
    EXPECT_EQ(dir.unit_in_area(UnitKind::puskesmas, "32.12.06"), nullptr);
    EXPECT_EQ(dir.unit_in_area(UnitKind::puskesmas, ""), nullptr);
}

}  // namespace
}  // namespace tanggap::domain

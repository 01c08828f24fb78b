#include "service/admin_rules.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tanggap::service {
namespace {

using core::ErrorCode;
using domain::Category;
using domain::Role;
using domain::StaffUser;
using domain::Unit;
using domain::UnitKind;

// Diskominfo (super admin), Dinas Sosial with bansos in its tupoksi, Kecamatan Gantar with a
// desa below it; categories sosial > sosial.bansos, and an area-bound jalan.desa.
Unit unit(std::string code,
          std::string name,
          UnitKind kind = UnitKind::perangkat_daerah,
          std::string parent = {}) {
    Unit u;
    u.code = std::move(code);
    u.name = std::move(name);
    u.kind = kind;
    u.parent_code = std::move(parent);
    if (kind == UnitKind::kecamatan || kind == UnitKind::desa) u.area_code = u.code;
    return u;
}

Category category(std::string code, std::string name, std::string parent = {}) {
    Category c;
    c.code = std::move(code);
    c.name = std::move(name);
    c.parent_code = std::move(parent);
    return c;
}

domain::DirectoryIndex directory() {
    Unit kominfo = unit("diskominfo", "Diskominfo");
    kominfo.super_admin = true;
    Unit dinsos = unit("dinsos", "Dinas Sosial");
    dinsos.categories = {"sosial.bansos"};
    Unit gantar = unit("32.12.25", "Kecamatan Gantar", UnitKind::kecamatan);
    Unit desa = unit("32.12.25.2001", "Desa Bantarwaru", UnitKind::desa, "32.12.25");
    Category jalan = category("jalan.desa", "Jalan desa");
    jalan.responsible_kind = UnitKind::desa;
    jalan.area_bound = true;
    return domain::DirectoryIndex(
        {kominfo, dinsos, unit("dpupr", "DPUPR"), gantar, desa},
        {category("sosial", "Sosial"), category("sosial.bansos", "Bansos", "sosial"), jalan});
}

const std::vector<std::string> kPolicies = {"sp4n_lapor", "teknis_24", "darurat"};

StaffUser officer() {
    StaffUser u;
    u.id = 7;
    u.username = "  Budi.Santoso ";
    u.display_name = " Budi Santoso ";
    u.role = Role::officer;
    u.unit_code = "dinsos";
    u.email = "budi@dinsos.example.go.id";
    u.phone = "0812-3456-7890";
    return u;
}

TEST(ValidateStaff, LowerCasesTheUsernameTrimsAndNormalisesThePhone) {
    auto user = validate_staff(officer(), directory());
    ASSERT_TRUE(user) << user.error().message;
    EXPECT_EQ(user->username, "budi.santoso");
    EXPECT_EQ(user->display_name, "Budi Santoso");
    EXPECT_EQ(user->phone, "+6281234567890");
}

TEST(ValidateStaff, EachBadFieldIsNamed) {
    struct Row {
        const char* what;
        void (*change)(StaffUser&);
        const char* field;
    };
    const Row rows[] = {
        {"short username", [](StaffUser& u) { u.username = "ab"; }, "username"},
        {"space in username", [](StaffUser& u) { u.username = "budi santoso"; }, "username"},
        {"leading dot", [](StaffUser& u) { u.username = ".budi"; }, "username"},
        {"the reporter's word", [](StaffUser& u) { u.username = "Pelapor"; }, "username"},
        {"the system's word", [](StaffUser& u) { u.username = "sistem"; }, "username"},
        {"no display name", [](StaffUser& u) { u.display_name = "  "; }, "display_name"},
        {"officer without unit", [](StaffUser& u) { u.unit_code = ""; }, "unit"},
        {"unknown unit", [](StaffUser& u) { u.unit_code = "dinas-hantu"; }, "unit"},
        {"bad e-mail", [](StaffUser& u) { u.email = "budi@"; }, "email"},
        {"bad phone", [](StaffUser& u) { u.phone = "12"; }, "phone"},
    };
    for (const auto& row : rows) {
        StaffUser u = officer();
        row.change(u);
        auto result = validate_staff(u, directory());
        ASSERT_FALSE(result) << row.what;
        EXPECT_EQ(result.error().code, ErrorCode::invalid_field) << row.what;
        EXPECT_EQ(result.error().field, row.field) << row.what;
    }
}

TEST(ValidateStaff, RolesWithoutAUnitDropIt) {
    StaffUser u = officer();
    u.role = Role::auditor;
    auto user = validate_staff(u, directory());
    ASSERT_TRUE(user);
    EXPECT_EQ(user->unit_code, "");
    u.role = Role::leadership;
    u.unit_code = "";
    EXPECT_TRUE(validate_staff(u, directory()));
}

TEST(CheckNewPassword, NeedsEightCharacters) {
    EXPECT_FALSE(check_new_password("1234567"));
    EXPECT_EQ(check_new_password("1234567").error().field, "password");
    EXPECT_TRUE(check_new_password("12345678"));
}

TEST(CheckSelfChange, ASuperAdminCannotSwitchThemselvesOffNorDropTheirRole) {
    StaffUser admin;
    admin.id = 1;
    admin.username = "superadmin";
    admin.role = Role::super_admin;
    StaffUser off = admin;
    off.active = false;
    auto r = check_self_change(admin, off);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::conflict);
    EXPECT_EQ(r.error().field, "active");

    StaffUser demoted = admin;
    demoted.role = Role::auditor;
    r = check_self_change(admin, demoted);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, "role");

    StaffUser other = off;
    other.id = 2;
    EXPECT_TRUE(check_self_change(admin, other));
}

Unit new_unit() {
    Unit u;
    u.code = "puskesmas-gantar";
    u.name = " Puskesmas Gantar ";
    u.kind = UnitKind::puskesmas;
    u.parent_code = "32.12.25";
    u.area_code = "32.12.25";
    u.call_center = {"(0234) 271234", "112"};
    u.whatsapp = "0812 1111 2222";
    u.social = {{"Instagram", "pkm_gantar"}};
    u.categories = {"sosial.bansos", "sosial.bansos"};
    return u;
}

TEST(ValidateUnit, NormalisesAValidUnit) {
    auto unit = validate_unit(new_unit(), directory());
    ASSERT_TRUE(unit) << unit.error().message;
    EXPECT_EQ(unit->name, "Puskesmas Gantar");
    EXPECT_EQ(unit->whatsapp, "+6281211112222");
    EXPECT_EQ(unit->social.front().network, "instagram");
    EXPECT_EQ(unit->categories, std::vector<std::string>{"sosial.bansos"});
}

TEST(ValidateUnit, EachBadFieldIsNamed) {
    struct Row {
        const char* what;
        void (*change)(Unit&);
        const char* field;
    };
    const Row rows[] = {
        {"upper-case code", [](Unit& u) { u.code = "PKM"; }, "code"},
        {"no name", [](Unit& u) { u.name = ""; }, "name"},
        {"unknown parent", [](Unit& u) { u.parent_code = "nowhere"; }, "parent"},
        {"itself as parent", [](Unit& u) { u.parent_code = u.code; }, "parent"},
        // Kecamatan Gantar under its own desa would close a loop.
        {"child as parent",
         [](Unit& u) {
             u.code = "32.12.25";
             u.parent_code = "32.12.25.2001";
         },
         "parent"},
        {"letters in area code", [](Unit& u) { u.area_code = "gantar"; }, "area_code"},
        {"call center text", [](Unit& u) { u.call_center = {"hubungi kami"}; }, "call_center"},
        {"bad whatsapp", [](Unit& u) { u.whatsapp = "abc"; }, "whatsapp"},
        {"social without handle",
         [](Unit& u) {
             u.social = {{"instagram", ""}};
         },
         "social"},
        {"unknown tupoksi", [](Unit& u) { u.categories = {"tidak.ada"}; }, "categories"},
    };
    for (const auto& row : rows) {
        Unit u = new_unit();
        row.change(u);
        auto result = validate_unit(u, directory());
        ASSERT_FALSE(result) << row.what;
        EXPECT_EQ(result.error().code, ErrorCode::invalid_field) << row.what;
        EXPECT_EQ(result.error().field, row.field) << row.what;
    }
}

Category new_category() {
    Category c = category("sosial.pkh", "PKH", "sosial");
    c.responsible_unit = "dinsos";
    c.deadline_policy = "teknis_24";
    return c;
}

TEST(ValidateCategory, AcceptsAKnownUnitAndPolicy) {
    auto category = validate_category(new_category(), directory(), kPolicies);
    ASSERT_TRUE(category) << category.error().message;
    Category plain = new_category();
    plain.deadline_policy = "";  // the default policy
    EXPECT_TRUE(validate_category(plain, directory(), kPolicies));
}

TEST(ValidateCategory, EachBadFieldIsNamed) {
    struct Row {
        const char* what;
        void (*change)(Category&);
        const char* field;
    };
    const Row rows[] = {
        {"no code", [](Category& c) { c.code = ""; }, "code"},
        {"no name", [](Category& c) { c.name = " "; }, "name"},
        {"unknown parent", [](Category& c) { c.parent_code = "tidak.ada"; }, "parent"},
        {"own child as parent",
         [](Category& c) {
             c.code = "sosial";
             c.parent_code = "sosial.bansos";
         },
         "parent"},
        {"unknown unit",
         [](Category& c) { c.responsible_unit = "dinas-hantu"; },
         "responsible_unit"},
        {"area-bound without kind", [](Category& c) { c.area_bound = true; }, "responsible_kind"},
        {"unknown policy",
         [](Category& c) { c.deadline_policy = "secepatnya"; },
         "deadline_policy"},
    };
    for (const auto& row : rows) {
        Category c = new_category();
        row.change(c);
        auto result = validate_category(c, directory(), kPolicies);
        ASSERT_FALSE(result) << row.what;
        EXPECT_EQ(result.error().code, ErrorCode::invalid_field) << row.what;
        EXPECT_EQ(result.error().field, row.field) << row.what;
    }
}

TEST(PreviewRoute, ShowsTheUnitAndWhetherThePlaceDecides) {
    auto dir = directory();
    auto bansos = preview_route(dir, "sosial.bansos");
    ASSERT_TRUE(bansos);
    EXPECT_EQ(bansos->unit_code, "dinsos");
    EXPECT_FALSE(bansos->area_kind);

    // No unit answers for "sosial" itself: the super admin re-routes by hand.
    auto sosial = preview_route(dir, "sosial");
    ASSERT_TRUE(sosial);
    EXPECT_EQ(sosial->unit_code, "diskominfo");

    auto jalan = preview_route(dir, "jalan.desa");
    ASSERT_TRUE(jalan);
    EXPECT_EQ(jalan->area_kind, UnitKind::desa);
    EXPECT_EQ(jalan->unit_code, "diskominfo");  // without a place

    EXPECT_FALSE(preview_route(dir, "tidak.ada"));
}

}  // namespace
}  // namespace tanggap::service

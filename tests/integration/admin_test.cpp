// The super admin's administration over HTTP: staff accounts (create, sign in, switch off, bad
// input, other roles refused) and the directory (a category's new responsible unit routes the
// next complaint there, a new unit shows in the public directory), all without a restart.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using Admin = DemoServerTest;

constexpr std::string_view kUsers = "/api/v1/admin/users";

Response patch_json(HttpClient& client, std::string_view target, const json::object& body) {
    return client.send("PATCH", target, json::serialize(body), "application/json");
}

json::object new_officer(std::string_view username) {
    return {{"username", username},
            {"display_name", "Petugas Uji"},
            {"role", "officer"},
            {"unit", "dinsos"},
            {"email", "uji@dinsos.example.go.id"},
            {"phone", "0812-1111-2222"},
            {"password", "rahasia-uji-123"}};
}

std::int64_t create_user(HttpClient& admin, const json::object& body) {
    auto created = admin.post_json(kUsers, body);
    if (created.status != 201) {
        ADD_FAILURE() << "create user: " << created.describe();
        return 0;
    }
    const auto answer = created.json();
    const auto* id = find_path(answer, "user.id");
    return id && id->is_int64() ? id->as_int64() : 0;
}

// A super admin made in the console has no one-time codes yet: it cannot sign in until the
// server's administrator enrols it, and the refusal says how.
TEST_F(Admin, ASuperAdminMadeInTheConsoleWaitsForEnrolment) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto body = new_officer("admin.tiga");
    body["role"] = "super_admin";
    body.erase("unit");
    ASSERT_NE(create_user(*admin, body), 0);
    auto refused = make_client()->post_json(
        "/api/v1/auth/login",
        json::object{{"username", "admin.tiga"}, {"password", "rahasia-uji-123"}});
    EXPECT_TRUE(is_error(refused, 403, "forbidden", "otp")) << refused.describe();
    EXPECT_NE(refused.body.find("tanggap user totp"), std::string::npos) << refused.describe();
}

TEST_F(Admin, SuperAdminCreatesAnAccountThatCanSignIn) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto created = admin->post_json(kUsers, new_officer("Petugas.Baru"));
    ASSERT_EQ(created.status, 201) << created.describe();
    auto body = created.json();
    EXPECT_EQ(string_at(body, "user.username"), "petugas.baru") << "usernames are lower-cased";
    EXPECT_EQ(string_at(body, "user.unit.code"), "dinsos");
    EXPECT_EQ(string_at(body, "user.phone"), "+6281211112222");
    EXPECT_EQ(created.body.find("password"), std::string::npos) << "no password echoed";
    EXPECT_EQ(created.body.find("$argon2"), std::string::npos) << "no hash leaked";

    auto listed = admin->get(kUsers);
    ASSERT_EQ(listed.status, 200) << listed.describe();
    EXPECT_NE(listed.body.find("\"petugas.baru\""), std::string::npos);
    EXPECT_EQ(listed.body.find("$argon2"), std::string::npos);

    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "petugas.baru", "rahasia-uji-123"));
    auto me = officer->get("/api/v1/auth/me");
    ASSERT_EQ(me.status, 200) << me.describe();
    EXPECT_EQ(string_at(me.json(), "user.role"), "officer");

    // A taken username is a conflict on that field.
    EXPECT_TRUE(is_error(
        admin->post_json(kUsers, new_officer("petugas.baru")), 409, "conflict", "username"));
}

TEST_F(Admin, ASwitchedOffAccountLosesItsSessionAndCannotSignIn) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto id = create_user(*admin, new_officer("petugas.pindah"));
    ASSERT_GT(id, 0);
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "petugas.pindah", "rahasia-uji-123"));
    ASSERT_EQ(officer->get("/api/v1/inbox").status, 200);

    auto off =
        patch_json(*admin, std::string(kUsers) + "/" + std::to_string(id), {{"active", false}});
    ASSERT_EQ(off.status, 200) << off.describe();
    EXPECT_FALSE(find_path(off.json(), "user.active")->as_bool());

    EXPECT_TRUE(is_error(officer->get("/api/v1/inbox"), 401, "unauthenticated"));
    // The same answer as a wrong password: the login does not tell the account exists.
    auto again = make_client();
    auto refused = again->post_json(
        "/api/v1/auth/login",
        json::object{{"username", "petugas.pindah"}, {"password", "rahasia-uji-123"}});
    EXPECT_TRUE(is_error(refused, 401, "unauthenticated"));
    auto wrong = again->post_json(
        "/api/v1/auth/login",
        json::object{{"username", "petugas.pindah"}, {"password", "salah-sekali"}});
    EXPECT_EQ(json::serialize(refused.json()), json::serialize(wrong.json()));

    // Switched on again, with a new password, the account signs in.
    auto on =
        patch_json(*admin, std::string(kUsers) + "/" + std::to_string(id), {{"active", true}});
    ASSERT_EQ(on.status, 200) << on.describe();
    auto reset = admin->post_json(std::string(kUsers) + "/" + std::to_string(id) + "/password",
                                  json::object{{"password", "sandi-baru-456"}});
    ASSERT_EQ(reset.status, 204) << reset.describe();
    EXPECT_FALSE(login(*again, "petugas.pindah", "rahasia-uji-123"));
    EXPECT_TRUE(login(*again, "petugas.pindah", "sandi-baru-456"));
}

TEST_F(Admin, OnlyTheSuperAdminManagesAccounts) {
    auto anonymous = make_client();
    EXPECT_TRUE(is_error(anonymous->get(kUsers), 401, "unauthenticated"));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_TRUE(is_error(officer->get(kUsers), 403, "forbidden"));
    EXPECT_TRUE(is_error(officer->post_json(kUsers, new_officer("penyusup")), 403, "forbidden"));
    EXPECT_TRUE(is_error(officer->get("/api/v1/admin/units"), 403, "forbidden"));
    EXPECT_TRUE(is_error(
        patch_json(
            *officer, "/api/v1/admin/categories/sosial.bansos", {{"responsible_unit", "dinkes"}}),
        403,
        "forbidden"));

    // Writes need the session's CSRF token, as every staff write does.
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    admin->set_csrf_token("");
    EXPECT_TRUE(is_error(
        admin->post_json(kUsers, new_officer("tanpa.csrf")), 403, "forbidden", "X-CSRF-Token"));
}

TEST_F(Admin, BadInputNamesTheField) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    struct Row {
        const char* key;
        json::value value;
        const char* field;
    };
    const Row rows[] = {
        {"username", "a b", "username"},
        {"role", "raja", "role"},
        {"unit", nullptr, "unit"},  // an officer needs a unit
        {"unit", "dinas-hantu", "unit"},
        {"email", "bukan-email", "email"},
        {"phone", "12", "phone"},
        {"password", "pendek", "password"},
    };
    for (const auto& row : rows) {
        auto body = new_officer("isian.salah");
        body[row.key] = row.value;
        EXPECT_TRUE(is_error(admin->post_json(kUsers, body), 422, "invalid_field", row.field))
            << row.key;
    }
    EXPECT_TRUE(
        is_error(admin->post("/api/v1/admin/users", "{", "application/json"), 400, "malformed"));

    // A super admin cannot lock themselves out.
    auto me = admin->get("/api/v1/admin/users?role=super_admin");
    ASSERT_EQ(me.status, 200) << me.describe();
    std::int64_t own_id = 0;
    const auto accounts = me.json();
    for (const auto& item : array_at(accounts, "items")) {
        if (string_at(item, "username") == "superadmin")
            own_id = item.as_object().at("id").as_int64();
    }
    ASSERT_GT(own_id, 0);
    const std::string own = std::string(kUsers) + "/" + std::to_string(own_id);
    EXPECT_TRUE(is_error(patch_json(*admin, own, {{"active", false}}), 409, "conflict", "active"));
    EXPECT_TRUE(is_error(patch_json(*admin, own, {{"role", "auditor"}}), 409, "conflict", "role"));
    EXPECT_TRUE(is_error(patch_json(*admin, std::string(kUsers) + "/999999", {{"active", false}}),
                         404,
                         "not_found"));
}

TEST_F(Admin, ACategorysNewResponsibleUnitRoutesTheNextComplaintWithoutARestart) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto created = admin->post_json("/api/v1/admin/categories",
                                    json::object{{"code", "sosial.uji_rute"},
                                                 {"name", "Uji rute"},
                                                 {"parent", "sosial"},
                                                 {"responsible_unit", "dinsos"},
                                                 {"deadline_policy", "teknis_72"}});
    ASSERT_EQ(created.status, 201) << created.describe();
    EXPECT_EQ(string_at(created.json(), "category.route.unit.code"), "dinsos");

    auto citizen = make_client();
    const auto description = "Bantuan belum sampai ke RT kami sejak tiga bulan lalu.";
    EXPECT_EQ(submit_ok(*citizen, submission("sosial.uji_rute", "Uji rute 1", description)).unit,
              "dinsos");

    auto moved = patch_json(
        *admin, "/api/v1/admin/categories/sosial.uji_rute", {{"responsible_unit", "dp3a"}});
    ASSERT_EQ(moved.status, 200) << moved.describe();
    EXPECT_EQ(string_at(moved.json(), "category.route.unit.code"), "dp3a");
    EXPECT_EQ(submit_ok(*citizen, submission("sosial.uji_rute", "Uji rute 2", description)).unit,
              "dp3a");

    auto listed = admin->get("/api/v1/admin/categories");
    ASSERT_EQ(listed.status, 200) << listed.describe();
    bool found = false;
    const auto categories = listed.json();
    for (const auto& item : array_at(categories, "items")) {
        if (string_at(item, "code") != "sosial.uji_rute") continue;
        found = true;
        EXPECT_EQ(string_at(item, "route.unit.code"), "dp3a");
    }
    EXPECT_TRUE(found);

    EXPECT_TRUE(is_error(patch_json(*admin,
                                    "/api/v1/admin/categories/sosial.uji_rute",
                                    {{"responsible_unit", "dinas-hantu"}}),
                         422,
                         "invalid_field",
                         "responsible_unit"));
    EXPECT_TRUE(is_error(patch_json(*admin,
                                    "/api/v1/admin/categories/sosial.uji_rute",
                                    {{"deadline_policy", "secepatnya"}}),
                         422,
                         "invalid_field",
                         "deadline_policy"));
    EXPECT_TRUE(is_error(patch_json(*admin, "/api/v1/admin/categories/tidak.ada", {{"name", "X"}}),
                         404,
                         "not_found"));
}

TEST_F(Admin, ANewUnitShowsInThePublicDirectory) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto created = admin->post_json("/api/v1/admin/units",
                                    json::object{{"code", "upt-uji"},
                                                 {"name", "UPT Uji Coba"},
                                                 {"kind", "perangkat_daerah"},
                                                 {"parent", "dinsos"},
                                                 {"call_center", json::array{"(0234) 271234"}},
                                                 {"whatsapp", "0812 3333 4444"},
                                                 {"categories", json::array{"sosial.bansos"}}});
    ASSERT_EQ(created.status, 201) << created.describe();
    EXPECT_EQ(string_at(created.json(), "unit.whatsapp"), "+6281233334444");

    auto units = make_client()->get("/api/v1/units?kind=perangkat_daerah");
    ASSERT_EQ(units.status, 200) << units.describe();
    bool found = false;
    const auto directory = units.json();
    for (const auto& u : directory.as_array()) found = found || string_at(u, "code") == "upt-uji";
    EXPECT_TRUE(found) << "the new unit is in GET /api/v1/units";

    auto renamed = patch_json(*admin, "/api/v1/admin/units/upt-uji", {{"name", "UPT Uji Coba 2"}});
    ASSERT_EQ(renamed.status, 200) << renamed.describe();
    EXPECT_NE(make_client()->get("/api/v1/units").body.find("UPT Uji Coba 2"), std::string::npos);

    EXPECT_TRUE(is_error(
        admin->post_json(
            "/api/v1/admin/units",
            json::object{{"code", "upt-uji"}, {"name", "Lagi"}, {"kind", "perangkat_daerah"}}),
        409,
        "conflict",
        "code"));
    EXPECT_TRUE(is_error(patch_json(*admin, "/api/v1/admin/units/upt-uji", {{"parent", "upt-uji"}}),
                         422,
                         "invalid_field",
                         "parent"));
}

}  // namespace
}  // namespace tanggap::integration

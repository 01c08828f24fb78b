// Every error status of the API, each provoked by a real malformed or forbidden request, and
// every error body in the one shape {"error": {"code", "message", "field"}}.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using Errors = DemoServerTest;

json::object valid_submission() {
    return submission("sosial.bansos", "Uji galat", "Deskripsi yang cukup panjang untuk lolos.");
}

TEST_F(Errors, UnparseableJsonIs400) {
    auto client = make_client();
    auto response = client->post(
        std::string(kComplaints), "{\"description\": \"tanpa penutup", "application/json");
    EXPECT_TRUE(is_error(response, 400, "malformed"));
    response = client->post(std::string(kComplaints), "[1, 2, 3]", "application/json");
    EXPECT_TRUE(response.status == 400 || response.status == 422) << response.describe();
    EXPECT_TRUE(is_error(response, response.status));
}

TEST_F(Errors, StaffRouteWithoutSessionIs401) {
    auto client = make_client();
    EXPECT_TRUE(is_error(client->get("/api/v1/inbox"), 401, "unauthenticated"));
    EXPECT_TRUE(is_error(client->get("/api/v1/auth/me"), 401, "unauthenticated"));
    EXPECT_TRUE(is_error(
        client->post_json("/api/v1/staff/complaints", valid_submission()), 401, "unauthenticated"));
    client->set_cookie("tanggap_session", "sesi-karangan-sendiri");
    EXPECT_TRUE(is_error(client->get("/api/v1/inbox"), 401, "unauthenticated"));
}

TEST_F(Errors, BadCredentialsAre401WithoutSayingWhichPartWasWrong) {
    auto client = make_client();
    auto wrong_password = client->post_json(
        "/api/v1/auth/login", json::object{{"username", "dinsos.petugas"}, {"password", "salah"}});
    auto unknown_user = client->post_json(
        "/api/v1/auth/login", json::object{{"username", "tidak.ada"}, {"password", "salah"}});
    EXPECT_TRUE(is_error(wrong_password, 401, "unauthenticated"));
    EXPECT_TRUE(is_error(unknown_user, 401, "unauthenticated"));
    EXPECT_EQ(wrong_password.json().at("error").at("message"),
              unknown_user.json().at("error").at("message"));
    EXPECT_FALSE(client->cookie("tanggap_session"));
}

TEST_F(Errors, WrongRoleIs403) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, valid_submission());
    ASSERT_FALSE(created.ticket.empty());
    for (const char* user : {"auditor", "bupati"}) {
        auto client = make_client();
        ASSERT_TRUE(login(*client, user));
        EXPECT_TRUE(
            is_error(act(*client, created.ticket, {{"action", "verify"}}), 403, "forbidden"))
            << user;
    }
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_EQ(string_at(public_view(*admin, created.ticket, created.token).json(), "status"),
              "diterima");
}

TEST_F(Errors, MissingCsrfTokenIs403) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, valid_submission());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    officer->set_csrf_token("");
    EXPECT_TRUE(is_error(
        act(*officer, created.ticket, {{"action", "verify"}}), 403, "forbidden", "X-CSRF-Token"));
}

TEST_F(Errors, UnknownTicketAndUnknownRouteAre404) {
    auto client = make_client();
    EXPECT_TRUE(is_error(public_view(*client, "IDM-2099-999999"), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get("/api/v1/tidak-ada"), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get("/api/v2/complaints"), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get("/api/v1/media/tidak-ada"), 404, "not_found"));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_TRUE(is_error(staff_view(*officer, "IDM-2099-999999"), 404, "not_found"));
    EXPECT_TRUE(
        is_error(act(*officer, "IDM-2099-999999", {{"action", "verify"}}), 404, "not_found"));
}

TEST_F(Errors, KnownRouteWithWrongMethodIs405) {
    auto client = make_client();
    auto response = client->send("DELETE", kComplaints);
    EXPECT_TRUE(is_error(response, 405, "method_not_allowed"));
    EXPECT_NE(response.header("Allow").find("POST"), std::string::npos)
        << "a 405 names the allowed methods in Allow (RFC 9110 15.5.6)";
    EXPECT_TRUE(is_error(client->send("PUT", "/api/v1/categories", "{}", "application/json"),
                         405,
                         "method_not_allowed"));
    EXPECT_TRUE(is_error(client->get("/api/v1/auth/login"), 405, "method_not_allowed"));
}

TEST_F(Errors, IllegalTransitionIs409NamingTheCurrentStatus) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, valid_submission());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto response = act(*officer, created.ticket, {{"action", "close"}});
    EXPECT_TRUE(is_error(response, 409, "illegal_transition"));
    EXPECT_NE(response.body.find("diterima"), std::string::npos) << response.describe();
    response = act(*officer, created.ticket, {{"action", "resolve"}, {"message", "Sudah."}});
    EXPECT_TRUE(is_error(response, 409, "illegal_transition"));
    // Feedback before the unit has resolved it.
    response = feedback(*citizen, created.ticket, created.token, true, 5);
    EXPECT_TRUE(is_error(response, 409, "illegal_transition"));
    EXPECT_NE(response.body.find("diterima"), std::string::npos) << response.describe();
    EXPECT_EQ(string_at(public_view(*citizen, created.ticket, created.token).json(), "status"),
              "diterima");
}

TEST_F(Errors, JsonBodyOverOneMegabyteIs413) {
    auto client = make_client();
    auto body = valid_submission();
    body["description"] = std::string(1024 * 1024 + 100, 'a');
    EXPECT_TRUE(is_error(client->post_json(kComplaints, body), 413, "too_large"));
    // The server still answers on a new connection afterwards.
    auto fresh = make_client();
    EXPECT_EQ(fresh->get("/healthz").status, 200);
}

TEST_F(Errors, WrongContentTypeIs415) {
    auto client = make_client();
    auto text = json::serialize(valid_submission());
    EXPECT_TRUE(is_error(
        client->post(std::string(kComplaints), text, "text/plain"), 415, "unsupported_media"));
    EXPECT_TRUE(is_error(
        client->post(std::string(kComplaints), text, "application/xml"), 415, "unsupported_media"));
    EXPECT_TRUE(is_error(
        client->post(
            "/api/v1/auth/login", "username=a&password=b", "application/x-www-form-urlencoded"),
        415,
        "unsupported_media"));
    // A charset parameter is still JSON.
    auto ok = client->post(std::string(kComplaints), text, "application/json; charset=utf-8");
    EXPECT_EQ(ok.status, 201) << ok.describe();
}

TEST_F(Errors, InvalidFieldIs422NamingTheField) {
    auto client = make_client();
    auto body = valid_submission();
    body["description"] = "pendek";
    EXPECT_TRUE(
        is_error(client->post_json(kComplaints, body), 422, "invalid_field", "description"));

    body = valid_submission();
    body["description"] = std::string(5001, 'x');
    EXPECT_TRUE(
        is_error(client->post_json(kComplaints, body), 422, "invalid_field", "description"));

    body = valid_submission();
    body.erase("description");
    EXPECT_TRUE(
        is_error(client->post_json(kComplaints, body), 422, "invalid_field", "description"));

    body = valid_submission();
    body["category"] = "tidak.ada";
    EXPECT_TRUE(is_error(client->post_json(kComplaints, body), 422, "invalid_field", "category"));

    body = valid_submission();
    body["kind"] = "keluhan";
    EXPECT_TRUE(is_error(client->post_json(kComplaints, body), 422, "invalid_field", "kind"));

    body = valid_submission();
    body["location"] = json::object{{"lat", 123.0}, {"lon", 108.3}};
    EXPECT_TRUE(
        is_error(client->post_json(kComplaints, body), 422, "invalid_field", "location.lat"));

    body = valid_submission();
    body["description"] = 42;
    EXPECT_TRUE(
        is_error(client->post_json(kComplaints, body), 422, "invalid_field", "description"));

    auto created = submit_ok(*client, valid_submission());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    EXPECT_TRUE(is_error(
        act(*officer, created.ticket, {{"action", "terbang"}}), 422, "invalid_field", "action"));
    EXPECT_TRUE(is_error(
        act(*officer, created.ticket, {{"action", "reject"}}), 422, "invalid_field", "reason"));
    EXPECT_TRUE(
        is_error(act(*officer, created.ticket, {{"action", "dispose"}, {"unit", "tidak-ada"}}),
                 422,
                 "invalid_field",
                 "unit"));
}

TEST(ErrorsRateLimit, SubmissionsOverTheLimitAre429) {
    DemoServer server({"--submit-rate-limit", "3"});
    ASSERT_EQ(server.start(), "");
    HttpClient client(server.port());
    for (int i = 0; i < 3; ++i) {
        auto response = client.post_json(kComplaints, valid_submission());
        ASSERT_EQ(response.status, 201) << i << ": " << response.describe();
    }
    auto limited = client.post_json(kComplaints, valid_submission());
    EXPECT_TRUE(is_error(limited, 429, "rate_limited")) << server.process().log_tail();
    // Reading is not limited.
    EXPECT_EQ(client.get("/api/v1/categories").status, 200);
    EXPECT_TRUE(server.process().stop().clean()) << server.process().log_tail();
}

TEST(ErrorsRateLimit, TheLimitCanComeFromTheEnvironment) {
    DemoServer server({}, {{"TANGGAP_SUBMIT_RATE_LIMIT", "2"}});
    ASSERT_EQ(server.start(), "");
    HttpClient client(server.port());
    for (int i = 0; i < 2; ++i) {
        auto response = client.post_json(kComplaints, valid_submission());
        ASSERT_EQ(response.status, 201) << i << ": " << response.describe();
    }
    EXPECT_TRUE(is_error(client.post_json(kComplaints, valid_submission()), 429, "rate_limited"));
}

TEST(ErrorsRateLimit, ForwardedForFromAnUntrustedPeerDoesNotEscapeTheLimit) {
    DemoServer server({"--submit-rate-limit", "3"});
    ASSERT_EQ(server.start(), "");
    HttpClient client(server.port());
    for (int i = 0; i < 4; ++i) {
        auto response = client.post_json(
            kComplaints, valid_submission(), {{"X-Forwarded-For", "10.1.2." + std::to_string(i)}});
        if (i < 3) {
            ASSERT_EQ(response.status, 201) << i << ": " << response.describe();
        } else {
            EXPECT_TRUE(is_error(response, 429, "rate_limited"));
        }
    }
}

TEST(ErrorsRateLimit, BehindATrustedProxyEachForwardedClientHasItsOwnLimit) {
    DemoServer server({"--submit-rate-limit", "3", "--trusted-proxy", "127.0.0.1"});
    ASSERT_EQ(server.start(), "");
    HttpClient client(server.port());
    for (int i = 0; i < 3; ++i) {
        auto response =
            client.post_json(kComplaints, valid_submission(), {{"X-Forwarded-For", "10.9.9.1"}});
        ASSERT_EQ(response.status, 201) << i << ": " << response.describe();
    }
    EXPECT_TRUE(is_error(
        client.post_json(kComplaints, valid_submission(), {{"X-Forwarded-For", "10.9.9.1"}}),
        429,
        "rate_limited"));
    auto other =
        client.post_json(kComplaints, valid_submission(), {{"X-Forwarded-For", "10.9.9.2"}});
    EXPECT_EQ(other.status, 201) << other.describe();
}

}  // namespace
}  // namespace tanggap::integration

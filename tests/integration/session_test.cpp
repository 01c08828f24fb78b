// Staff sessions over HTTP: the cookie's attributes, CSRF on state-changing calls, logout,
// expiry, the login attempt limit (kept in the store) and the one-time code (TOTP).

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "second_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using std::chrono::steady_clock;

using Session = DemoServerTest;

std::string lower(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

TEST_F(Session, LoginSetsAStrictHttpOnlyCookieAndReturnsTheUser) {
    auto client = make_client();
    auto response = client->post_json(
        "/api/v1/auth/login",
        json::object{{"username", "dinsos.petugas"}, {"password", kDemoPassword}});
    ASSERT_EQ(response.status, 200) << response.describe();
    std::string session_cookie;
    for (const auto& value : response.header_values("Set-Cookie")) {
        if (value.starts_with("tanggap_session=")) session_cookie = value;
    }
    ASSERT_FALSE(session_cookie.empty()) << "no tanggap_session cookie";
    auto attributes = lower(session_cookie);
    EXPECT_NE(attributes.find("; httponly"), std::string::npos) << session_cookie;
    EXPECT_NE(attributes.find("; samesite=strict"), std::string::npos) << session_cookie;
    EXPECT_NE(attributes.find("; path=/"), std::string::npos) << session_cookie;

    auto body = response.json();
    EXPECT_EQ(string_at(body, "user.username"), "dinsos.petugas");
    EXPECT_EQ(string_at(body, "user.role"), "officer");
    EXPECT_EQ(string_at(body, "user.unit.code"), "dinsos");
    EXPECT_EQ(response.body.find("password"), std::string::npos) << "no password echoed";
    EXPECT_EQ(response.body.find("$argon2"), std::string::npos) << "no hash leaked";
    const std::string csrf = string_at(body, "csrf_token");
    EXPECT_GE(csrf.size(), 16u);

    auto me = client->get("/api/v1/auth/me");
    ASSERT_EQ(me.status, 200) << me.describe();
    EXPECT_EQ(string_at(me.json(), "user.username"), "dinsos.petugas");
    EXPECT_EQ(string_at(me.json(), "csrf_token"), csrf);
}

TEST_F(Session, StateChangingCallsNeedTheSessionsCsrfToken) {
    auto citizen = make_client();
    auto created = submit_ok(
        *citizen,
        submission("sosial.bansos", "Uji CSRF", "Laporan untuk menguji token CSRF petugas."));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const std::string token = officer->csrf_token();

    officer->set_csrf_token("");
    EXPECT_TRUE(is_error(
        act(*officer, created.ticket, {{"action", "verify"}}), 403, "forbidden", "X-CSRF-Token"));
    EXPECT_TRUE(is_error(officer->post_json("/api/v1/auth/logout", json::object{}),
                         403,
                         "forbidden",
                         "X-CSRF-Token"));
    officer->set_csrf_token("0123456789abcdef0123456789abcdef");
    EXPECT_TRUE(is_error(
        act(*officer, created.ticket, {{"action", "verify"}}), 403, "forbidden", "X-CSRF-Token"));

    // Another session's token is as wrong as a made-up one.
    auto other = make_client();
    ASSERT_TRUE(login(*other, "dinsos.petugas"));
    officer->set_csrf_token(other->csrf_token());
    if (other->csrf_token() != token) {
        EXPECT_TRUE(is_error(act(*officer, created.ticket, {{"action", "verify"}}),
                             403,
                             "forbidden",
                             "X-CSRF-Token"));
    }
    EXPECT_EQ(string_at(public_view(*citizen, created.ticket, created.token).json(), "status"),
              "diterima")
        << "a refused call changed the complaint";

    // Reading needs no token; the right token works.
    officer->set_csrf_token("");
    EXPECT_EQ(officer->get("/api/v1/inbox?limit=1").status, 200);
    officer->set_csrf_token(token);
    auto verified = act(*officer, created.ticket, {{"action", "verify"}});
    EXPECT_EQ(verified.status, 200) << verified.describe();
}

TEST_F(Session, LogoutMakesTheCookieUseless) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const std::string cookie = *officer->cookie("tanggap_session");
    auto logout = officer->post_json("/api/v1/auth/logout", json::object{});
    EXPECT_EQ(logout.status, 204) << logout.describe();
    EXPECT_TRUE(logout.body.empty());

    // Even a client that kept the old cookie is out.
    auto replay = make_client();
    replay->set_cookie("tanggap_session", cookie);
    EXPECT_TRUE(is_error(replay->get("/api/v1/auth/me"), 401, "unauthenticated"));
    EXPECT_TRUE(is_error(replay->get("/api/v1/inbox"), 401, "unauthenticated"));
}

// The cookie is Secure when the client came over HTTPS, as the trusted proxy in front says;
// a client's own X-Forwarded-Proto counts for nothing.
TEST(SessionCookie, IsSecureBehindATrustedProxyThatSaysHttps) {
    auto cookie_of = [](const Response& response) {
        for (const auto& value : response.header_values("Set-Cookie")) {
            if (value.starts_with("tanggap_session=")) return lower(value);
        }
        return std::string{};
    };
    const json::object credentials{{"username", "dinsos.petugas"}, {"password", kDemoPassword}};
    {
        DemoServer behind_proxy({"--trusted-proxy", "127.0.0.1"});
        ASSERT_EQ(behind_proxy.start(), "");
        HttpClient client(behind_proxy.port());
        auto https =
            client.post_json("/api/v1/auth/login", credentials, {{"X-Forwarded-Proto", "https"}});
        ASSERT_EQ(https.status, 200) << https.describe();
        EXPECT_NE(cookie_of(https).find("; secure"), std::string::npos) << cookie_of(https);
        auto plain = client.post_json("/api/v1/auth/login", credentials);
        ASSERT_EQ(plain.status, 200) << plain.describe();
        EXPECT_EQ(cookie_of(plain).find("; secure"), std::string::npos) << cookie_of(plain);
    }
    DemoServer direct;  // 127.0.0.1 is no trusted proxy here
    ASSERT_EQ(direct.start(), "");
    HttpClient client(direct.port());
    auto claimed =
        client.post_json("/api/v1/auth/login", credentials, {{"X-Forwarded-Proto", "https"}});
    ASSERT_EQ(claimed.status, 200) << claimed.describe();
    EXPECT_EQ(cookie_of(claimed).find("; secure"), std::string::npos) << cookie_of(claimed);
}

TEST(SessionExpiry, SessionExpiresAfterItsTtl) {
    // Three seconds: long enough that a loaded machine's slow sign-in leaves the session alive
    // for the first request.
    DemoServer server({"--session-ttl", "3"});
    ASSERT_EQ(server.start(), "");
    HttpClient client(server.port());
    // From before the sign-in: the server counts the TTL from when it opens the session, and a
    // loaded machine may take most of a second to write it and answer.
    const auto logged_in = steady_clock::now();
    ASSERT_TRUE(login(client, "dinsos.petugas"));
    auto first = client.get("/api/v1/auth/me");
    ASSERT_EQ(first.status, 200) << first.describe();

    // Poll instead of sleeping a fixed time; give up well after the TTL.
    Response me;
    while (steady_clock::now() - logged_in < std::chrono::seconds(15)) {
        me = client.get("/api/v1/auth/me");
        if (me.status != 200) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    auto lived = steady_clock::now() - logged_in;
    EXPECT_TRUE(is_error(me, 401, "unauthenticated"));
    EXPECT_GE(lived, std::chrono::milliseconds(2900)) << "expired before its TTL";
    EXPECT_TRUE(is_error(client.get("/api/v1/inbox"), 401, "unauthenticated"));
}

TEST(SessionLoginLimit, RepeatedBadPasswordsAreRateLimited) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    HttpClient client(server.port());
    Response last;
    int attempts = 0;
    for (; attempts < 60; ++attempts) {
        last = client.post_json("/api/v1/auth/login",
                                json::object{{"username", "pupr.petugas"}, {"password", "tebak"}});
        if (last.status != 401) break;
    }
    EXPECT_TRUE(is_error(last, 429, "rate_limited")) << "after " << attempts << " attempts";
    EXPECT_GE(attempts, 3) << "an honest typo or two must not lock anyone out";
}

// The count lives in the store: killing and restarting the server forgives nothing.
TEST(SessionLoginLimit, HoldsAcrossARestart) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    const json::object guess{{"username", "pupr.petugas"}, {"password", "tebak"}};
    Response last;
    int wrong = 0;
    for (; wrong < 60; ++wrong) {
        last = HttpClient(server.port()).post_json("/api/v1/auth/login", guess);
        if (last.status != 401) break;
    }
    ASSERT_TRUE(is_error(last, 429, "rate_limited"));
    EXPECT_EQ(wrong, 10) << "10 guesses per account and address";
    ASSERT_EQ(server.process().restart(/*hard=*/true), "") << server.process().log_tail();
    HttpClient again(server.port());
    auto after = again.post_json("/api/v1/auth/login", guess);
    EXPECT_TRUE(is_error(after, 429, "rate_limited")) << "a restart forgave the guesser";
    EXPECT_FALSE(after.header("Retry-After").empty());
    // The right password from the same address waits too; the owner elsewhere does not.
    EXPECT_TRUE(is_error(
        again.post_json("/api/v1/auth/login",
                        json::object{{"username", "pupr.petugas"}, {"password", kDemoPassword}}),
        429,
        "rate_limited"));
}

// The super admin signs in with password AND a one-time code of the moment, each code once.
TEST_F(Session, TheSuperAdminNeedsAOneTimeCodeThatWorksOnce) {
    const json::object password_only{{"username", "superadmin"}, {"password", kDemoPassword}};
    auto asked = make_client()->post_json("/api/v1/auth/login", password_only);
    EXPECT_TRUE(is_error(asked, 401, "unauthenticated", "otp")) << asked.describe();
    EXPECT_FALSE(make_client()->cookie("tanggap_session"));

    json::object wrong = password_only;
    const auto code = one_time_code("superadmin");
    wrong["otp"] = code == "000000" ? "000001" : "000000";
    EXPECT_TRUE(is_error(
        make_client()->post_json("/api/v1/auth/login", wrong), 401, "unauthenticated", "otp"));
    json::object bad_password{{"username", "superadmin"}, {"password", "salah"}, {"otp", code}};
    EXPECT_TRUE(is_error(
        make_client()->post_json("/api/v1/auth/login", bad_password), 401, "unauthenticated"));

    json::object with_code = password_only;
    with_code["otp"] = code;
    auto first = make_client();
    auto signed_in = first->post_json("/api/v1/auth/login", with_code);
    ASSERT_EQ(signed_in.status, 200) << signed_in.describe();
    EXPECT_EQ(string_at(signed_in.json(), "user.role"), "super_admin");
    // The same code again, from anyone: refused (RFC 6238 5.2).
    auto replayed = make_client()->post_json("/api/v1/auth/login", with_code);
    EXPECT_TRUE(is_error(replayed, 401, "unauthenticated", "otp")) << replayed.describe();
    // An officer who never enrolled signs in with the password alone.
    EXPECT_TRUE(login(*make_client(), "dinsos.petugas"));
}

// Two servers on one database count guesses together: alternating between them buys nothing
// (PostgreSQL run only).
TEST(SessionLoginLimit, TwoServersShareOneCount) {
    if (!on_postgres()) GTEST_SKIP() << "several servers share a PostgreSQL database";
    DemoServer first;
    ASSERT_EQ(first.start(), "");
    auto second = second_server(first);
    ASSERT_EQ(second->start(), "");
    const json::object guess{{"username", "pupr.petugas"}, {"password", "tebak"}};
    int wrong = 0;
    Response last;
    for (int i = 0; i < 60; ++i) {
        HttpClient client(i % 2 ? second->port() : first.port());
        last = client.post_json("/api/v1/auth/login", guess);
        if (last.status != 401) break;
        ++wrong;
    }
    EXPECT_TRUE(is_error(last, 429, "rate_limited"));
    EXPECT_EQ(wrong, 10) << "guesses checked across the two servers (10 per account and address)";
}

}  // namespace
}  // namespace tanggap::integration

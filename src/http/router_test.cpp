#include "http/router.hpp"

#include <gtest/gtest.h>

namespace tanggap::http {
namespace {

using beast_http::verb;

Handler noop() {
    return [](Context&) -> boost::asio::awaitable<Response> { co_return Response{}; };
}

TEST(Router, MatchesLiteralAndCapturesParameters) {
    Router router;
    router.add(verb::get, "/api/v1/complaints/{ticket}", noop());
    auto m = router.match(verb::get, "/api/v1/complaints/2611-ABCDEF");
    ASSERT_EQ(m.outcome, Router::Outcome::matched);
    EXPECT_EQ(m.route, "/api/v1/complaints/{ticket}");
    EXPECT_EQ(m.params.at("ticket"), "2611-ABCDEF");
}

TEST(Router, KnownPathWithOtherMethodIs405WithAllow) {
    Router router;
    router.add(verb::get, "/api/v1/units", noop());
    router.add(verb::post, "/api/v1/complaints", noop());
    auto m = router.match(verb::delete_, "/api/v1/units");
    EXPECT_EQ(m.outcome, Router::Outcome::wrong_method);
    EXPECT_EQ(m.allowed, "GET");
}

TEST(Router, UnknownPathIsNoRoute) {
    Router router;
    router.add(verb::get, "/api/v1/units", noop());
    EXPECT_EQ(router.match(verb::get, "/api/v1/unitz").outcome, Router::Outcome::no_route);
    EXPECT_EQ(router.match(verb::get, "/api/v1/units/x").outcome, Router::Outcome::no_route);
}

TEST(Router, FallbackServesPagesButNeverReservedPrefixes) {
    Router router;
    router.add(verb::get, "/api/v1/units", noop());
    router.set_fallback(noop(), {"/api/", "/healthz"});
    EXPECT_EQ(router.match(verb::get, "/lacak/2611-ABCDEF").outcome, Router::Outcome::matched);
    EXPECT_EQ(router.match(verb::get, "/lacak/2611-ABCDEF").route, "web");
    EXPECT_EQ(router.match(verb::get, "/api/v1/nope").outcome, Router::Outcome::no_route);
    EXPECT_EQ(router.match(verb::post, "/lacak/x").outcome, Router::Outcome::no_route);
}

TEST(Router, EncodedSlashesNeverJoinLiteralSegments) {
    Router router;
    router.add(verb::get, "/api/v1/units", noop());
    router.set_fallback(noop(), {"/api/", "/healthz"});
    EXPECT_EQ(router.match(verb::get, "/api%2fv1%2funits").outcome, Router::Outcome::no_route);
    EXPECT_EQ(router.match(verb::get, "/api%2Fv1%2Funits").outcome, Router::Outcome::no_route);
    EXPECT_EQ(router.match(verb::get, "/api/v1/%75nits").outcome, Router::Outcome::no_route);
}

// Found by tests/fuzz/fuzz_route: "media/x/y" and "//api//v1/units" matched their routes.
TEST(Router, OnlyThePathAsTemplatedMatchesNoOtherSpelling) {
    Router router;
    router.add(verb::get, "/api/v1/units", noop());
    router.add(verb::get, "/media/{ticket}/{photo}", noop());
    EXPECT_EQ(router.match(verb::get, "/api/v1/units").outcome, Router::Outcome::matched);
    for (const char* path : {"api/v1/units",
                             "//api/v1/units",
                             "/api//v1/units",
                             "/api/v1/units/",
                             "media/a/b",
                             "/media//a/b",
                             "/media/a/b/",
                             "/media//b",
                             ""}) {
        EXPECT_EQ(router.match(verb::get, path).outcome, Router::Outcome::no_route) << path;
    }
}

TEST(Router, CapturedSegmentIsDecodedAfterSplitting) {
    Router router;
    router.add(verb::get, "/api/v1/complaints/{ticket}", noop());
    router.add(verb::get, "/api/v1/complaints/{ticket}/photos", noop());
    auto m = router.match(verb::get, "/api/v1/complaints/a%2Fphotos");
    ASSERT_EQ(m.outcome, Router::Outcome::matched);
    EXPECT_EQ(m.route, "/api/v1/complaints/{ticket}");
    EXPECT_EQ(m.params.at("ticket"), "a/photos");
    auto spaced = router.match(verb::get, "/api/v1/complaints/a%20b/photos");
    ASSERT_EQ(spaced.outcome, Router::Outcome::matched);
    EXPECT_EQ(spaced.params.at("ticket"), "a b");
    EXPECT_EQ(router.match(verb::get, "/api/v1/complaints/%zz").outcome, Router::Outcome::no_route);
}

}  // namespace
}  // namespace tanggap::http

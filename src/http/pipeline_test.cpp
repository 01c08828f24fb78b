#include "http/pipeline.hpp"

#include <gtest/gtest.h>

namespace tanggap::http {
namespace {

Request with_forwarded(const char* value) {
    Request r{beast_http::verb::get, "/", 11};
    if (value) r.set("X-Forwarded-For", value);
    return r;
}

TEST(ClientAddress, PeerWhenNotBehindTrustedProxy) {
    EXPECT_EQ(client_address(with_forwarded("1.2.3.4"), "10.0.0.9", {}), "10.0.0.9");
    EXPECT_EQ(client_address(with_forwarded("1.2.3.4"), "10.0.0.9", {"10.0.0.1"}), "10.0.0.9");
}

TEST(ClientAddress, RightmostUntrustedEntryBehindTrustedProxy) {
    std::vector<std::string> trusted{"10.0.0.1", "10.0.0.2"};
    EXPECT_EQ(client_address(with_forwarded("1.2.3.4"), "10.0.0.1", trusted), "1.2.3.4");
    // A client cannot pose as someone else by prepending addresses.
    EXPECT_EQ(client_address(with_forwarded("6.6.6.6, 1.2.3.4, 10.0.0.2"), "10.0.0.1", trusted),
              "1.2.3.4");
    EXPECT_EQ(client_address(with_forwarded(nullptr), "10.0.0.1", trusted), "10.0.0.1");
}

}  // namespace
TEST(OverHttps, OnlyATrustedProxysForwardedProtoCounts) {
    const std::vector<std::string> trusted{"10.0.0.1"};
    Request request;
    request.set("X-Forwarded-Proto", "https");
    EXPECT_TRUE(came_over_https(request, "10.0.0.1", trusted));
    EXPECT_FALSE(came_over_https(request, "6.6.6.6", trusted)) << "a client's own claim";
    request.set("X-Forwarded-Proto", "HTTPS, http");
    EXPECT_TRUE(came_over_https(request, "10.0.0.1", trusted)) << "the first hop's scheme";
    request.set("X-Forwarded-Proto", "http");
    EXPECT_FALSE(came_over_https(request, "10.0.0.1", trusted));
    EXPECT_FALSE(came_over_https(Request{}, "10.0.0.1", trusted));
}

}  // namespace tanggap::http

// The libcurl wrapper's own contract, against FakeGraphApi's media endpoints.
#include "channels/outbound/curl_http.hpp"

#include "fake_graph_api.hpp"

#include <gtest/gtest.h>

namespace tanggap::channels::outbound {
namespace {

using fakes::FakeGraphApi;
using namespace std::chrono_literals;

HttpRequest download(const FakeGraphApi& api, std::string id, bool with_token) {
    HttpRequest req;
    req.url = api.base_url() + "/media-download/" + id;
    if (with_token) req.headers = {{"Authorization", "Bearer " + api.access_token()}};
    req.timeouts = Timeouts{300ms, 300ms};
    return req;
}

TEST(CurlHttp, ReadsStatusContentTypeAndBody) {
    FakeGraphApi api;
    api.add_media("m1", "hello", "image/png");
    const HttpResult r = request(download(api, "m1", true));
    ASSERT_TRUE(r.ok()) << r.transport_error;
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.content_type, "image/png");
    EXPECT_EQ(r.body, "hello");
}

TEST(CurlHttp, FakeMediaDownloadNeedsTheBearer) {
    FakeGraphApi api;
    api.add_media("m1", "hello", "image/png");
    const HttpResult r = request(download(api, "m1", false));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.status, 401);
    EXPECT_FALSE(r.success());
}

TEST(CurlHttp, BodyBeyondTheCapIsRefused) {
    FakeGraphApi api;
    api.add_media("m1", std::string(10'000, 'z'), "image/png");
    HttpRequest req = download(api, "m1", true);
    req.max_response_bytes = 1000;
    const HttpResult r = request(req);
    EXPECT_EQ(r.transport, HttpResult::Transport::too_large);
    EXPECT_LE(r.body.size(), 1000u);
}

TEST(CurlHttp, TimeoutAndRefusalAreTransportErrors) {
    std::string url;
    {
        FakeGraphApi api;
        api.add_media("m1", "hello", "image/png");
        api.delay_next(1, 1000ms);
        EXPECT_EQ(request(download(api, "m1", true)).transport, HttpResult::Transport::timeout);
        url = api.base_url();
    }
    HttpRequest req;
    req.url = url + "/x";
    req.timeouts = Timeouts{300ms, 300ms};
    const HttpResult r = request(req);
    EXPECT_EQ(r.transport, HttpResult::Transport::refused);
    EXPECT_FALSE(r.transport_error.empty());
}

}  // namespace
}  // namespace tanggap::channels::outbound

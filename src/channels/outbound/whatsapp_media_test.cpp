// fetch_media against FakeGraphApi: the two-step download and every way it can go wrong.
#include "channels/outbound/whatsapp_media.hpp"

#include "fake_graph_api.hpp"

#include <gtest/gtest.h>

namespace tanggap::channels::outbound {
namespace {

using fakes::FakeGraphApi;
using namespace std::chrono_literals;

WhatsAppCloudConfig config_for(const FakeGraphApi& api) {
    return {api.base_url(), api.phone_number_id(), api.access_token(), Timeouts{300ms, 300ms}};
}

const std::string kPhoto = std::string("\xFF\xD8\xFF\xE0", 4) + std::string(5000, '\x42');

TEST(WhatsAppMedia, DownloadsVerifiedBytes) {
    FakeGraphApi api;
    api.add_media("1037543291543636", kPhoto, "image/jpeg");
    const MediaFetch f = fetch_media(config_for(api), "1037543291543636", 1024 * 1024);
    ASSERT_EQ(f.kind, MediaFetch::Kind::ok) << f.error;
    EXPECT_EQ(f.bytes, kPhoto);
    EXPECT_EQ(f.mime_type, "image/jpeg");
    EXPECT_EQ(f.error, "");
    EXPECT_EQ(api.media_downloads(), 1u);
}

TEST(WhatsAppMedia, ExpiredUrlIsPermanent) {
    FakeGraphApi api;
    api.add_media("m1", kPhoto, "image/jpeg");
    api.expire_media("m1");
    const MediaFetch f = fetch_media(config_for(api), "m1", 1024 * 1024);
    EXPECT_EQ(f.kind, MediaFetch::Kind::permanent);
    EXPECT_NE(f.error.find("404"), std::string::npos) << f.error;
}

TEST(WhatsAppMedia, UnknownIdIsPermanent) {
    FakeGraphApi api;
    EXPECT_EQ(fetch_media(config_for(api), "nope", 1024).kind, MediaFetch::Kind::permanent);
}

TEST(WhatsAppMedia, WrongSha256IsPermanent) {
    FakeGraphApi api;
    api.add_media("m1", kPhoto, "image/jpeg");
    api.corrupt_sha("m1");
    const MediaFetch f = fetch_media(config_for(api), "m1", 1024 * 1024);
    EXPECT_EQ(f.kind, MediaFetch::Kind::permanent);
    EXPECT_NE(f.error.find("sha256"), std::string::npos) << f.error;
    EXPECT_TRUE(f.bytes.empty());
}

TEST(WhatsAppMedia, TooLargeIsPermanentBeforeDownloading) {
    FakeGraphApi api;
    api.add_media("m1", kPhoto, "image/jpeg");
    const MediaFetch f = fetch_media(config_for(api), "m1", 1000);
    EXPECT_EQ(f.kind, MediaFetch::Kind::permanent);
    EXPECT_NE(f.error.find("exceeds"), std::string::npos) << f.error;
    EXPECT_EQ(api.media_downloads(), 0u);
}

TEST(WhatsAppMedia, ServerErrorAndTimeoutAreRetried) {
    FakeGraphApi api;
    api.add_media("m1", kPhoto, "image/jpeg");
    api.fail_next(1, 503);
    EXPECT_EQ(fetch_media(config_for(api), "m1", 1024 * 1024).kind, MediaFetch::Kind::retry);
    api.delay_next(1, 1000ms);
    const MediaFetch f = fetch_media(config_for(api), "m1", 1024 * 1024);
    EXPECT_EQ(f.kind, MediaFetch::Kind::retry);
    EXPECT_EQ(fetch_media(config_for(api), "m1", 1024 * 1024).kind, MediaFetch::Kind::ok);
}

}  // namespace
}  // namespace tanggap::channels::outbound

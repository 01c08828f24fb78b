#include "media/photo_processor.hpp"

#include "media/image_type.hpp"
#include "media/media_init.hpp"
#include "media/test_images.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace tanggap::media {
namespace {

using core::ErrorCode;
using test_images::identifying_fields;
using test_images::inspect;
using test_images::kAllMetadata;
using test_images::kSecretMarker;
using ::testing::IsEmpty;

class PhotoProcessor : public ::testing::Test {
  protected:
    void SetUp() override { init_media("media_test"); }
    PhotoLimits limits_;
};

// No trace of the planted metadata: no field libvips could read back, and neither the marker
// nor any metadata block signature anywhere in the bytes.
void expect_clean(const std::string& jpeg) {
    ASSERT_EQ(sniff_image_type(jpeg), ImageType::jpeg);
    auto seen = inspect(jpeg);
    EXPECT_THAT(identifying_fields(seen), IsEmpty());
    EXPECT_EQ(jpeg.find(kSecretMarker), std::string::npos);
    EXPECT_EQ(jpeg.find(std::string("Exif\0\0", 6)), std::string::npos);
    EXPECT_EQ(jpeg.find("http://ns.adobe.com/xap/1.0/"), std::string::npos);
    EXPECT_EQ(jpeg.find("Photoshop 3.0"), std::string::npos);
    EXPECT_EQ(jpeg.find("ICC_PROFILE"), std::string::npos);
}

TEST_F(PhotoProcessor, PhoneSizedJpegIsShrunkAndStrippedOfEveryMetadataBlock) {
    auto input = test_images::make_jpeg(3000, 2000, kAllMetadata);
    // The input really carries what must disappear.
    auto before = inspect(input);
    auto planted = identifying_fields(before);
    EXPECT_THAT(planted,
                ::testing::IsSupersetOf({"exif-data",
                                         "exif-ifd0-Artist",
                                         "exif-ifd0-ImageDescription",
                                         "exif-ifd3-GPSLatitude",
                                         "exif-ifd3-GPSLongitude",
                                         "xmp-data",
                                         "iptc-data"}));
    EXPECT_NE(input.find(std::string(kSecretMarker) + "-ARTIST"), std::string::npos);
    EXPECT_NE(input.find(std::string(kSecretMarker) + "-XMP"), std::string::npos);
    EXPECT_NE(input.find(std::string(kSecretMarker) + "-IPTC"), std::string::npos);

    auto out = process_photo(input, limits_);
    ASSERT_TRUE(out) << out.error().message;
    EXPECT_EQ(out->width, 2560);
    EXPECT_NEAR(out->height, 1707, 1);
    expect_clean(out->full_jpeg);
    expect_clean(out->thumbnail_jpeg);

    auto full = inspect(out->full_jpeg);
    EXPECT_EQ(full.width, out->width);
    EXPECT_EQ(full.height, out->height);
    auto thumb = inspect(out->thumbnail_jpeg);
    EXPECT_EQ(thumb.width, 400);
    EXPECT_NEAR(thumb.height, 267, 1);
}

TEST_F(PhotoProcessor, SmallImagesAreNeverEnlarged) {
    auto out = process_photo(test_images::make_jpeg(320, 240), limits_);
    ASSERT_TRUE(out) << out.error().message;
    EXPECT_EQ(out->width, 320);
    EXPECT_EQ(out->height, 240);
    auto thumb = inspect(out->thumbnail_jpeg);
    EXPECT_EQ(thumb.width, 320);
    EXPECT_EQ(thumb.height, 240);
}

TEST_F(PhotoProcessor, ExifOrientationIsAppliedThenDropped) {
    for (int orientation : {6, 8}) {
        auto input = test_images::make_jpeg(600, 400, {.exif = true, .orientation = orientation});
        ASSERT_EQ(inspect(input).width, 600);
        auto out = process_photo(input, limits_);
        ASSERT_TRUE(out) << out.error().message;
        EXPECT_EQ(out->width, 400) << "orientation " << orientation;
        EXPECT_EQ(out->height, 600) << "orientation " << orientation;
        auto thumb = inspect(out->thumbnail_jpeg);
        EXPECT_EQ(thumb.width, 267);
        EXPECT_EQ(thumb.height, 400);
        expect_clean(out->full_jpeg);
        expect_clean(out->thumbnail_jpeg);
    }
}

TEST_F(PhotoProcessor, PngWithAlphaBecomesJpegOnWhite) {
    auto input = test_images::make_png_with_alpha(800, 600);
    ASSERT_EQ(sniff_image_type(input), ImageType::png);
    EXPECT_THAT(identifying_fields(inspect(input)),
                ::testing::UnorderedElementsAre("xmp-data", ::testing::EndsWith("-Author")));
    auto out = process_photo(input, limits_);
    ASSERT_TRUE(out) << out.error().message;
    EXPECT_EQ(out->width, 800);
    EXPECT_EQ(out->height, 600);
    expect_clean(out->full_jpeg);
    expect_clean(out->thumbnail_jpeg);
    auto transparent = test_images::pixel_at(out->full_jpeg, 100, 300);
    auto red = test_images::pixel_at(out->full_jpeg, 700, 300);
    ASSERT_EQ(transparent.size(), 3u);
    for (double v : transparent) EXPECT_GT(v, 245);
    EXPECT_GT(red[0], 240);
    EXPECT_LT(red[1], 15);
    EXPECT_LT(red[2], 15);
}

TEST_F(PhotoProcessor, SixteenBitPngWithAlphaBecomesEightBitJpegOnWhite) {
    auto input = test_images::make_png_with_alpha(400, 200, /*sixteen_bit=*/true);
    auto out = process_photo(input, limits_);
    ASSERT_TRUE(out) << out.error().message;
    for (double v : test_images::pixel_at(out->full_jpeg, 50, 100)) EXPECT_GT(v, 245);
    auto red = test_images::pixel_at(out->full_jpeg, 350, 100);
    EXPECT_GT(red[0], 240);
    EXPECT_LT(red[1], 15);
}

TEST_F(PhotoProcessor, GreyscaleAndCmykJpegsBecomeRgb) {
    for (bool cmyk : {false, true}) {
        auto input = test_images::make_jpeg_in(300, 200, cmyk);
        ASSERT_EQ(inspect(input).bands, cmyk ? 4 : 1);
        auto out = process_photo(input, limits_);
        ASSERT_TRUE(out) << out.error().message;
        EXPECT_EQ(out->width, 300);
        EXPECT_EQ(test_images::pixel_at(out->full_jpeg, 10, 10).size(), 3u) << "cmyk " << cmyk;
    }
}

TEST_F(PhotoProcessor, WebpIsAccepted) {
    auto input = test_images::make_webp(1200, 900);
    ASSERT_EQ(sniff_image_type(input), ImageType::webp);
    EXPECT_THAT(identifying_fields(inspect(input)), ::testing::Contains("xmp-data"));
    auto out = process_photo(input, limits_);
    ASSERT_TRUE(out) << out.error().message;
    EXPECT_EQ(out->width, 1200);
    EXPECT_EQ(out->height, 900);
    expect_clean(out->full_jpeg);
    EXPECT_EQ(inspect(out->thumbnail_jpeg).width, 400);
}

TEST_F(PhotoProcessor, TextRenamedToJpgIsUnsupportedMedia) {
    auto out =
        process_photo("Ini bukan foto.\nHanya teks biasa yang diberi nama foto.jpg\n", limits_);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, ErrorCode::unsupported_media);
    EXPECT_EQ(out.error().field, "photo");
    EXPECT_FALSE(out.error().message.empty());
}

TEST_F(PhotoProcessor, GifAndEmptyInputAreUnsupportedMedia) {
    std::string gif(
        "GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01"
        "\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00;",
        43);
    for (const std::string& bytes : {gif, std::string()}) {
        auto out = process_photo(bytes, limits_);
        ASSERT_FALSE(out);
        EXPECT_EQ(out.error().code, ErrorCode::unsupported_media);
    }
}

TEST_F(PhotoProcessor, TruncatedImagesAreInvalid) {
    auto jpeg = test_images::make_jpeg(1000, 800);
    auto png = test_images::make_png_with_alpha(400, 300);
    auto webp = test_images::make_webp(400, 300);
    for (const std::string& whole : {jpeg, png, webp}) {
        auto out = process_photo(whole.substr(0, whole.size() / 2), limits_);
        ASSERT_FALSE(out) << "format " << to_string(*sniff_image_type(whole));
        EXPECT_EQ(out.error().code, ErrorCode::invalid_field);
        EXPECT_EQ(out.error().field, "photo");
    }
}

TEST_F(PhotoProcessor, GarbageBehindAJpegSignatureIsInvalid) {
    std::string fake = "\xFF\xD8\xFF\xE0";
    fake += std::string(5000, 'x');
    auto out = process_photo(fake, limits_);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, ErrorCode::invalid_field);
}

TEST_F(PhotoProcessor, OversizedDimensionsAreRefusedBeforeDecoding) {
    // 12001 x 8 is cheap to make; the default cap is 12000 on each side.
    auto wide = test_images::make_jpeg(12001, 8);
    auto out = process_photo(wide, limits_);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, ErrorCode::invalid_field);
    EXPECT_EQ(out.error().field, "photo");

    auto at_cap = process_photo(test_images::make_jpeg(12000, 8), limits_);
    ASSERT_TRUE(at_cap) << at_cap.error().message;
    EXPECT_EQ(at_cap->width, 2560);
}

// The frame header's height and width (SOF0..SOF2), overwritten: a small valid JPEG that claims
// to be far larger, as a decompression bomb does.
std::string claiming(std::string jpeg, int width, int height) {
    for (std::size_t i = 2; i + 9 < jpeg.size(); ++i) {
        const auto marker = static_cast<unsigned char>(jpeg[i + 1]);
        if (static_cast<unsigned char>(jpeg[i]) == 0xFF && marker >= 0xC0 && marker <= 0xC2) {
            jpeg[i + 5] = static_cast<char>(height >> 8);
            jpeg[i + 6] = static_cast<char>(height & 0xFF);
            jpeg[i + 7] = static_cast<char>(width >> 8);
            jpeg[i + 8] = static_cast<char>(width & 0xFF);
            return jpeg;
        }
    }
    ADD_FAILURE() << "no frame header";
    return jpeg;
}

TEST_F(PhotoProcessor, AJpegClaimingMorePixelsThanItsBytesHoldIsRefusedBeforeDecoding) {
    const auto small = test_images::make_jpeg(64, 48);
    ASSERT_LT(small.size(), 5000u);
    auto bomb = process_photo(claiming(small, 6000, 6000), limits_);  // 36 MP in a few KB
    ASSERT_FALSE(bomb);
    EXPECT_EQ(bomb.error().code, ErrorCode::invalid_field);
    EXPECT_EQ(bomb.error().field, "photo");
    EXPECT_TRUE(process_photo(small, limits_)) << "the honest original passes";
}

TEST_F(PhotoProcessor, MoreThanFiftyMegapixelsIsRefusedBeforeDecoding) {
    auto out = process_photo(claiming(test_images::make_jpeg(64, 48), 8000, 7000), limits_);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, ErrorCode::invalid_field);
    EXPECT_NE(out.error().message.find("megapiksel"), std::string::npos) << out.error().message;
}

TEST_F(PhotoProcessor, UploadOverTheByteLimitIsTooLarge) {
    PhotoLimits small = limits_;
    small.max_bytes = 1000;
    auto out = process_photo(test_images::make_jpeg(400, 300), small);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, ErrorCode::too_large);
    EXPECT_EQ(out.error().field, "photo");
}

}  // namespace
}  // namespace tanggap::media

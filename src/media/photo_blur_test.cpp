// Faces and plates kept out of the public copy. The photos are committed fixtures
// (tests/fixtures/faces/README.md says where they come from).

#include "media/photo_blur.hpp"

#include "media/media_init.hpp"
#include "media/photo_processor.hpp"
#include "media/photo_store.hpp"
#include "media/test_images.hpp"
#include "util/crypto.hpp"

#include <gtest/gtest.h>
#include <vips/vips8>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace tanggap::media {
namespace {

namespace fs = std::filesystem;
using domain::BlurKind;
using domain::BlurRegion;

const fs::path kFaces = fs::path(TANGGAP_SOURCE_DIR) / "tests" / "fixtures" / "faces";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

bool covers(const BlurRegion& r, int x, int y) {
    return r.x <= x && x < r.x + r.width && r.y <= y && y < r.y + r.height;
}

// Over a rectangle of two same-sized JPEGs: the mean absolute difference per channel (how
// much was changed), and the first's fine detail: the mean difference between neighbouring
// pixels, which pixelation and blur remove and a face's eyes and mouth are made of.
struct AreaStats {
    double difference = 0;
    double detail = 0;
};
AreaStats compare(const std::string& a, const std::string& b, int x, int y, int w, int h) {
    auto area = [&](const std::string& jpeg) {
        return vips::VImage::new_from_buffer(jpeg, "")
            .extract_area(x, y, w, h)
            .cast(VIPS_FORMAT_DOUBLE);
    };
    auto first = area(a);
    auto neighbours = first.extract_area(1, 0, w - 1, h) - first.extract_area(0, 0, w - 1, h);
    return AreaStats{(first - area(b)).abs().avg(), neighbours.abs().avg()};
}

class PhotoBlurTest : public ::testing::Test {
  protected:
    void SetUp() override {
        init_media("media_test");
        ASSERT_TRUE(blur_detection_available()) << "install opencv-data";
    }
};

TEST_F(PhotoBlurTest, AFaceIsFoundAndBlurredInThePublicCopyOnly) {
    // Eileen Collins's portrait: her face spans about (177, 67)-(270, 160).
    auto photo = process_photo(read_file(kFaces / "astronaut.jpg"), PhotoLimits{});
    ASSERT_TRUE(photo) << photo.error().message;
    const auto& regions = photo->public_copy.blur_regions;
    ASSERT_EQ(regions.size(), 1u);
    EXPECT_EQ(regions[0].kind, BlurKind::face);
    EXPECT_TRUE(covers(regions[0], 190, 80) && covers(regions[0], 260, 150));

    const auto face = compare(photo->full_jpeg, photo->public_copy.full_jpeg, 190, 80, 70, 70);
    const auto blurred = compare(photo->public_copy.full_jpeg, photo->full_jpeg, 190, 80, 70, 70);
    EXPECT_GT(face.difference, 10.0);
    EXPECT_LT(blurred.detail, face.detail / 4) << "the face keeps too much detail";
    // Away from the face (her suit's flag, lower right) the public copy is the photo.
    EXPECT_LT(
        compare(photo->full_jpeg, photo->public_copy.full_jpeg, 350, 380, 100, 100).difference,
        2.0);
}

TEST_F(PhotoBlurTest, ALightNumberPlateIsFound) {
    // A drawn white plate "E 1234 PQ" at (200, 260), 240 x 56, on a car.
    auto photo = process_photo(read_file(kFaces / "white_plate.png"), PhotoLimits{});
    ASSERT_TRUE(photo) << photo.error().message;
    const auto& regions = photo->public_copy.blur_regions;
    ASSERT_FALSE(regions.empty());
    EXPECT_EQ(regions[0].kind, BlurKind::plate);
    EXPECT_TRUE(covers(regions[0], 205, 265) && covers(regions[0], 435, 310));
    EXPECT_GT(compare(photo->full_jpeg, photo->public_copy.full_jpeg, 210, 270, 220, 40).difference,
              10.0);
}

TEST_F(PhotoBlurTest, APhotoWithNoFaceOrPlateIsPublishedAsItIs) {
    auto photo = process_photo(test_images::make_jpeg(1200, 900), PhotoLimits{});
    ASSERT_TRUE(photo) << photo.error().message;
    EXPECT_TRUE(photo->public_copy.blur_regions.empty());
    EXPECT_EQ(photo->public_copy.full_jpeg, photo->full_jpeg);
    EXPECT_EQ(photo->public_copy.thumbnail_jpeg, photo->thumbnail_jpeg);
}

TEST_F(PhotoBlurTest, TheOfficersRegionsReplaceWhatDetectionFound) {
    auto photo = process_photo(read_file(kFaces / "astronaut.jpg"), PhotoLimits{});
    ASSERT_TRUE(photo);
    // The officer says there is nothing to hide: the public copy is the photo.
    auto none = make_public_copy(photo->full_jpeg, std::vector<BlurRegion>{}, PhotoLimits{});
    ASSERT_TRUE(none) << none.error().message;
    EXPECT_EQ(none->full_jpeg, photo->full_jpeg);
    // A region drawn by hand (the name tag) is blurred, the face no longer.
    const std::vector<BlurRegion> tag{{300, 300, 80, 60, BlurKind::manual}};
    auto drawn = make_public_copy(photo->full_jpeg, tag, PhotoLimits{});
    ASSERT_TRUE(drawn);
    EXPECT_EQ(drawn->blur_regions, tag);
    EXPECT_GT(compare(photo->full_jpeg, drawn->full_jpeg, 300, 300, 80, 60).difference, 5.0);
    EXPECT_LT(compare(photo->full_jpeg, drawn->full_jpeg, 190, 80, 70, 70).difference, 2.0);
    // A photo from before detection: the public copy looks for itself.
    auto automatic = make_public_copy(photo->full_jpeg, std::nullopt, PhotoLimits{});
    ASSERT_TRUE(automatic);
    ASSERT_EQ(automatic->blur_regions.size(), 1u);
    EXPECT_EQ(automatic->blur_regions[0].kind, BlurKind::face);
    // Bytes that are not a JPEG are refused, not decoded by another loader.
    auto png = make_public_copy(read_file(kFaces / "white_plate.png"), std::nullopt, {});
    ASSERT_FALSE(png);
    EXPECT_EQ(png.error().code, core::ErrorCode::invalid_field);
}

TEST_F(PhotoBlurTest, ThePhotoStoreServesTheCopyTheRegionsNameAndForgetsTheOldOnes) {
    const auto data_dir = fs::temp_directory_path() / ("tanggap-blur-" + util::random_token(12));
    {
        PhotoStore store(data_dir);
        auto photo = store.save(read_file(kFaces / "astronaut.jpg"), domain::PhotoStage::report);
        ASSERT_TRUE(photo) << photo.error().message;
        ASSERT_TRUE(photo->blur_regions);
        ASSERT_EQ(photo->blur_regions->size(), 1u);
        const auto original = read_file(*store.path_of(photo->id, Variant::full));
        auto detected = store.public_bytes(*photo, Variant::full);
        ASSERT_TRUE(detected);
        EXPECT_NE(*detected, original);

        photo->blur_regions = std::vector<BlurRegion>{};  // the officer removed the box
        auto plain = store.public_bytes(*photo, Variant::full);
        ASSERT_TRUE(plain);
        EXPECT_EQ(*plain, original);
        auto plain_thumb = store.public_bytes(*photo, Variant::thumbnail);
        ASSERT_TRUE(plain_thumb);
        EXPECT_TRUE(plain_thumb->starts_with("\xFF\xD8\xFF"));
        std::size_t public_files = 0;
        for (const auto& entry :
             fs::directory_iterator(data_dir / "media" / photo->id.substr(0, 2))) {
            public_files += entry.path().filename().string().find(".pub-") != std::string::npos;
        }
        EXPECT_EQ(public_files, 2u) << "the copy with the face blurred is still on disk";

        // A chat's photo, described later, carries what detection finds.
        auto described = store.describe(photo->id);
        ASSERT_TRUE(described && described->blur_regions);
        EXPECT_EQ(described->blur_regions->size(), 1u);

        store.remove(photo->id);
        EXPECT_FALSE(store.public_bytes(*photo, Variant::full));
        for (const auto& entry : fs::recursive_directory_iterator(data_dir / "media")) {
            EXPECT_FALSE(entry.is_regular_file()) << entry.path();
        }
    }
    fs::remove_all(data_dir);
}

}  // namespace
}  // namespace tanggap::media

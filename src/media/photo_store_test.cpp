#include "media/photo_store.hpp"

#include "media/media_init.hpp"
#include "media/test_images.hpp"
#include "util/crypto.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <thread>

namespace tanggap::media {
namespace {

namespace fs = std::filesystem;
using core::ErrorCode;
using domain::PhotoStage;
using test_images::kAllMetadata;
using test_images::kSecretMarker;

const fs::path kFixtures = fs::path(TANGGAP_SOURCE_DIR) / "tests" / "fixtures";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class PhotoStoreTest : public ::testing::Test {
  protected:
    void SetUp() override {
        init_media("media_test");
        data_dir_ = fs::temp_directory_path() / ("tanggap-media-" + util::random_token(12));
    }
    void TearDown() override { fs::remove_all(data_dir_); }

    // Every file under media/, relative to it.
    std::set<std::string> files() const {
        std::set<std::string> out;
        for (const auto& entry : fs::recursive_directory_iterator(data_dir_ / "media")) {
            if (entry.is_regular_file()) {
                out.insert(fs::relative(entry.path(), data_dir_ / "media").string());
            }
        }
        return out;
    }

    fs::path data_dir_;
};

TEST_F(PhotoStoreTest, SavesStrippedFullCopyAndThumbnailOnly) {
    PhotoStore store(data_dir_);
    auto input = test_images::make_jpeg(3000, 2000, kAllMetadata);
    ASSERT_NE(input.find(kSecretMarker), std::string::npos);
    ASSERT_THAT(test_images::identifying_fields(test_images::inspect(input)),
                ::testing::Contains("exif-ifd3-GPSLatitude"));

    auto photo = store.save(input, PhotoStage::report);
    ASSERT_TRUE(photo) << photo.error().message;
    EXPECT_TRUE(PhotoStore::valid_id(photo->id)) << photo->id;
    EXPECT_EQ(photo->stage, PhotoStage::report);
    EXPECT_EQ(photo->content_type, "image/jpeg");
    EXPECT_EQ(photo->width, 2560);
    EXPECT_NEAR(photo->height, 1707, 1);

    // Exactly four files, in the shard named by the id: the copies and their public versions
    // (nothing to blur in a gradient: "pub-" plus the key of no regions); the original is not
    // kept, and no temp file is left over.
    const std::string shard = photo->id.substr(0, 2);
    ASSERT_TRUE(photo->blur_regions);
    EXPECT_TRUE(photo->blur_regions->empty());
    const std::string pub = shard + "/" + photo->id + ".pub-cbf29ce484222325";
    EXPECT_EQ(files(),
              (std::set<std::string>{shard + "/" + photo->id + ".jpg",
                                     shard + "/" + photo->id + ".thumb.jpg",
                                     pub + ".jpg",
                                     pub + ".thumb.jpg"}));

    auto full_path = store.path_of(photo->id, Variant::full);
    auto thumb_path = store.path_of(photo->id, Variant::thumbnail);
    ASSERT_TRUE(full_path && thumb_path);
    EXPECT_EQ(fs::path(*full_path), data_dir_ / "media" / shard / (photo->id + ".jpg"));
    for (const auto& path : {*full_path, *thumb_path}) {
        auto bytes = read_file(path);
        auto seen = test_images::inspect(bytes);
        EXPECT_EQ(seen.loader, "jpegload_buffer");
        EXPECT_THAT(test_images::identifying_fields(seen), ::testing::IsEmpty()) << path;
        EXPECT_EQ(bytes.find(kSecretMarker), std::string::npos) << path;
        EXPECT_EQ(bytes.find(std::string("Exif\0\0", 6)), std::string::npos) << path;
        EXPECT_EQ(bytes.find("http://ns.adobe.com/xap/1.0/"), std::string::npos) << path;
    }
    auto full = test_images::inspect(read_file(*full_path));
    EXPECT_EQ(full.width, photo->width);
    EXPECT_EQ(full.height, photo->height);
    EXPECT_EQ(test_images::inspect(read_file(*thumb_path)).width, 400);
}

TEST_F(PhotoStoreTest, PngAndWebpAreStoredAsJpeg) {
    PhotoStore store(data_dir_);
    for (const auto& input :
         {test_images::make_png_with_alpha(640, 480), test_images::make_webp(640, 480)}) {
        auto photo = store.save(input, PhotoStage::proof);
        ASSERT_TRUE(photo) << photo.error().message;
        EXPECT_EQ(photo->stage, PhotoStage::proof);
        EXPECT_EQ(photo->width, 640);
        auto bytes = read_file(*store.path_of(photo->id, Variant::full));
        EXPECT_TRUE(bytes.starts_with("\xFF\xD8\xFF"));
        EXPECT_EQ(bytes.find(kSecretMarker), std::string::npos);
    }
}

TEST_F(PhotoStoreTest, RefusedUploadsLeaveNoFile) {
    PhotoStore store(data_dir_);
    auto text = store.save("Ini bukan foto, hanya teks.\n", PhotoStage::report);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, ErrorCode::unsupported_media);
    EXPECT_EQ(text.error().field, "photo");

    auto jpeg = test_images::make_jpeg(1000, 800);
    auto truncated =
        store.save(std::string_view(jpeg).substr(0, jpeg.size() / 2), PhotoStage::report);
    ASSERT_FALSE(truncated);
    EXPECT_EQ(truncated.error().code, ErrorCode::invalid_field);
    EXPECT_TRUE(files().empty());
}

TEST_F(PhotoStoreTest, PathOfRefusesIdsThatAreNotHex) {
    PhotoStore store(data_dir_);
    auto photo = store.save(test_images::make_jpeg(200, 100), PhotoStage::report);
    ASSERT_TRUE(photo) << photo.error().message;
    // A real file outside media/ that a traversal would reach.
    std::ofstream(data_dir_ / "secret.jpg") << "x";
    const std::string id = photo->id;
    for (const std::string& bad : {std::string("../x"),
                                   std::string("../secret"),
                                   std::string("../../etc/passwd"),
                                   std::string(""),
                                   id.substr(0, 31),
                                   id + "0",
                                   std::string("..") + id.substr(2),
                                   id.substr(0, 2) + "/" + id.substr(3),
                                   std::string(32, 'G'),
                                   [&] {
                                       std::string upper = id;
                                       for (auto& c : upper) c = static_cast<char>(toupper(c));
                                       return upper == id ? std::string(32, 'A') : upper;
                                   }()}) {
        EXPECT_FALSE(store.path_of(bad, Variant::full)) << bad;
        EXPECT_FALSE(store.path_of(bad, Variant::thumbnail)) << bad;
    }
    EXPECT_TRUE(store.path_of(id, Variant::full));
    EXPECT_FALSE(store.path_of(std::string(32, 'a'), Variant::full));  // well formed, absent
}

TEST_F(PhotoStoreTest, RemoveDeletesEveryCopy) {
    PhotoStore store(data_dir_);
    auto keep = store.save(test_images::make_jpeg(200, 100), PhotoStage::report);
    auto drop = store.save(test_images::make_jpeg(200, 100), PhotoStage::report);
    ASSERT_TRUE(keep && drop);
    store.remove(drop->id);
    EXPECT_FALSE(store.path_of(drop->id, Variant::full));
    EXPECT_FALSE(store.path_of(drop->id, Variant::thumbnail));
    EXPECT_TRUE(store.path_of(keep->id, Variant::full));
    EXPECT_EQ(files().size(), 4u);
    store.remove(drop->id);  // again: nothing to do
    store.remove("../" + keep->id);
    EXPECT_TRUE(store.path_of(keep->id, Variant::full));
}

TEST_F(PhotoStoreTest, ConcurrentSavesGetDistinctIdsAndAllFiles) {
    const PhotoStore store(data_dir_);
    constexpr int kThreads = 4;
    constexpr int kEach = 3;
    std::vector<std::vector<domain::Photo>> saved(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                auto photo = store.save(test_images::make_jpeg(300 + t, 200 + i, kAllMetadata),
                                        PhotoStage::report);
                if (photo) saved[t].push_back(*photo);
            }
        });
    }
    for (auto& thread : threads) thread.join();
    std::set<std::string> ids;
    for (int t = 0; t < kThreads; ++t) {
        ASSERT_EQ(saved[t].size(), static_cast<std::size_t>(kEach));
        for (const auto& photo : saved[t]) {
            ids.insert(photo.id);
            EXPECT_EQ(photo.width, 300 + t);
            auto bytes = read_file(*store.path_of(photo.id, Variant::full));
            EXPECT_EQ(bytes.find(kSecretMarker), std::string::npos);
        }
    }
    EXPECT_EQ(ids.size(), static_cast<std::size_t>(kThreads * kEach));
    EXPECT_EQ(files().size(), static_cast<std::size_t>(4 * kThreads * kEach));
}

TEST_F(PhotoStoreTest, DiskRefusingTheWriteIsUnavailableAndLeavesNothing) {
    PhotoStore store(data_dir_);
    // Every shard replaced by a plain file: the write fails even for root, which ignores
    // permission bits.
    for (char high : std::string_view("0123456789abcdef")) {
        for (char low : std::string_view("0123456789abcdef")) {
            auto shard = data_dir_ / "media" / std::string{high, low};
            fs::remove(shard);
            std::ofstream(shard) << "not a folder";
        }
    }
    auto photo = store.save(test_images::make_jpeg(200, 100), PhotoStage::report);
    ASSERT_FALSE(photo);
    EXPECT_EQ(photo.error().code, ErrorCode::unavailable);
    EXPECT_EQ(photo.error().field, "photo");
    EXPECT_EQ(files().size(), 256u);  // only the stand-ins
}

TEST_F(PhotoStoreTest, CreatesEveryShardUpFront) {
    PhotoStore store(data_dir_);
    int shards = 0;
    for (const auto& entry : fs::directory_iterator(data_dir_ / "media")) {
        EXPECT_TRUE(entry.is_directory());
        EXPECT_TRUE(PhotoStore::valid_id(entry.path().filename().string() + std::string(30, '0')));
        ++shards;
    }
    EXPECT_EQ(shards, 256);
    PhotoStore again(data_dir_);  // an existing tree is fine
}

// The committed fixtures other suites use (integration tests upload them).
TEST_F(PhotoStoreTest, ExifFixtureCarriesTheMarkerAndIsStrippedWhenStored) {
    auto fixture = read_file(kFixtures / "photo_with_exif.jpg");
    ASSERT_FALSE(fixture.empty()) << "missing " << kFixtures / "photo_with_exif.jpg";
    EXPECT_LE(fixture.size(), 60u * 1024);
    EXPECT_TRUE(fixture.starts_with("\xFF\xD8\xFF"));
    EXPECT_NE(fixture.find(kSecretMarker), std::string::npos);
    auto seen = test_images::inspect(fixture);
    ASSERT_NE(std::find(seen.fields.begin(), seen.fields.end(), "exif-ifd0-Artist"),
              seen.fields.end());
    EXPECT_NE(std::find(seen.fields.begin(), seen.fields.end(), "exif-ifd3-GPSLatitude"),
              seen.fields.end());

    PhotoStore store(data_dir_);
    auto photo = store.save(fixture, PhotoStage::report);
    ASSERT_TRUE(photo) << photo.error().message;
    for (auto variant : {Variant::full, Variant::thumbnail}) {
        auto bytes = read_file(*store.path_of(photo->id, variant));
        EXPECT_EQ(bytes.find(kSecretMarker), std::string::npos);
    }
}

TEST_F(PhotoStoreTest, NotAnImageFixtureIsUnsupportedMedia) {
    auto text = read_file(kFixtures / "not_an_image.jpg");
    ASSERT_FALSE(text.empty());
    PhotoStore store(data_dir_);
    auto photo = store.save(text, PhotoStage::report);
    ASSERT_FALSE(photo);
    EXPECT_EQ(photo.error().code, ErrorCode::unsupported_media);
}

// Writes tests/fixtures/photo_with_exif.jpg; run by hand when the fixture must change:
//   media_test --gtest_also_run_disabled_tests --gtest_filter='*WriteExifFixture'
TEST(PhotoFixtures, DISABLED_WriteExifFixture) {
    init_media("media_test");
    auto jpeg = test_images::make_jpeg(640, 480, kAllMetadata, 80);
    ASSERT_LE(jpeg.size(), 60u * 1024);
    fs::create_directories(kFixtures);
    std::ofstream(kFixtures / "photo_with_exif.jpg", std::ios::binary) << jpeg;
}

}  // namespace
}  // namespace tanggap::media

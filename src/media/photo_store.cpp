#include "media/photo_store.hpp"

#include "domain/photo_blur.hpp"
#include "media/durable_file.hpp"
#include "media/media_init.hpp"
#include "media/photo_blur.hpp"
#include "util/crypto.hpp"

#include <vips/vips8>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace tanggap::media {
namespace {

constexpr std::size_t kIdBytes = 16;
constexpr std::string_view kHex = "0123456789abcdef";

std::string new_id() {
    auto raw = util::random_bytes<kIdBytes>();
    std::string id;
    id.reserve(2 * kIdBytes);
    for (auto byte : raw) {
        id.push_back(kHex[byte >> 4]);
        id.push_back(kHex[byte & 0x0F]);
    }
    return id;
}

std::string file_name(const std::string& id, Variant variant) {
    return id + (variant == Variant::full ? ".jpg" : ".thumb.jpg");
}

// Names the public copy by what it blurs, so that a copy on disk always matches the regions
// the store holds: when the officer changes them, the next read makes the new copy. FNV-1a
// of the regions' line, "auto" for a photo from before detection.
std::string public_key(const std::optional<std::vector<domain::BlurRegion>>& regions) {
    if (!regions) return "auto";
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : domain::format_blur_regions(*regions)) {
        hash = (hash ^ c) * 1099511628211ull;
    }
    std::string key;
    for (int shift = 60; shift >= 0; shift -= 4) key.push_back(kHex[(hash >> shift) & 0x0F]);
    return key;
}

std::string public_prefix(const std::string& id) { return id + ".pub-"; }

std::string public_file_name(const std::string& id, const std::string& key, Variant variant) {
    return public_prefix(id) + key + (variant == Variant::full ? ".jpg" : ".thumb.jpg");
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    std::ostringstream bytes;
    bytes << file.rdbuf();
    if (!file && !file.eof()) return std::nullopt;
    return std::move(bytes).str();
}

core::Error cannot_write() {
    return core::make_error(core::ErrorCode::unavailable,
                            "Foto tidak dapat disimpan saat ini; silakan coba lagi nanti",
                            "photo");
}

void check(std::error_code ec, const std::filesystem::path& path) {
    if (ec) throw std::filesystem::filesystem_error("cannot create the media folder", path, ec);
}

}  // namespace

PhotoStore::PhotoStore(std::filesystem::path data_dir, PhotoLimits limits)
    : media_dir_(data_dir / "media"), limits_(limits) {
    init_media("tanggap");
    std::filesystem::create_directories(data_dir);
    const std::string media = "media";
    check(ensure_directories(data_dir, std::span(&media, 1)), media_dir_);
    // All shards up front: save() then never creates a folder, so it never has to make a
    // new folder entry durable, nor race another save doing so.
    std::vector<std::string> shards;
    for (char high : kHex) {
        for (char low : kHex) shards.push_back({high, low});
    }
    check(ensure_directories(media_dir_, shards), media_dir_);
    if (!blur_detection_available()) {
        throw std::runtime_error("cannot load the face and plate cascades from " +
                                 kCascadeDir.string() + " (install opencv-data)");
    }
}

bool PhotoStore::valid_id(std::string_view id) {
    return id.size() == 2 * kIdBytes && std::all_of(id.begin(), id.end(), [](char c) {
               return kHex.find(c) != std::string_view::npos;
           });
}

std::filesystem::path PhotoStore::shard_of(const std::string& id) const {
    return media_dir_ / id.substr(0, 2);
}

core::Result<domain::Photo> PhotoStore::save(std::string_view bytes,
                                             domain::PhotoStage stage) const {
    auto processed = process_photo(bytes, limits_);
    if (!processed) return processed.error();

    std::string id = new_id();
    auto dir = shard_of(id);
    const auto& copy = processed->public_copy;
    const auto key = public_key(copy.blur_regions);
    // The thumbnail first: a full copy on disk then always has its thumbnail.
    auto ec = write_file_synced(dir, file_name(id, Variant::thumbnail), processed->thumbnail_jpeg);
    if (!ec) ec = write_file_synced(dir, file_name(id, Variant::full), processed->full_jpeg);
    if (!ec) {
        ec = write_file_synced(
            dir, public_file_name(id, key, Variant::thumbnail), copy.thumbnail_jpeg);
    }
    if (!ec) ec = write_file_synced(dir, public_file_name(id, key, Variant::full), copy.full_jpeg);
    if (!ec) ec = sync_directory(dir);
    if (ec) {
        remove(id);
        return cannot_write();
    }
    return domain::Photo{.id = std::move(id),
                         .stage = stage,
                         .content_type = "image/jpeg",
                         .width = processed->width,
                         .height = processed->height,
                         .published = false,
                         .blur_regions = copy.blur_regions};
}

core::Result<std::string> PhotoStore::public_bytes(const domain::Photo& photo,
                                                   Variant variant) const {
    const auto not_found =
        core::make_error(core::ErrorCode::not_found, "Foto tidak ditemukan", "photo");
    if (!valid_id(photo.id)) return not_found;
    const auto dir = shard_of(photo.id);
    const auto key = public_key(photo.blur_regions);
    if (auto made = read_file(dir / public_file_name(photo.id, key, variant))) return *made;
    auto full = read_file(dir / file_name(photo.id, Variant::full));
    if (!full) return not_found;
    auto copy = make_public_copy(*full, photo.blur_regions, limits_);
    if (!copy) return copy.error();
    // Two readers may make the same copy at once: each file is replaced whole (rename), and
    // both make the same bytes.
    auto ec = write_file_synced(
        dir, public_file_name(photo.id, key, Variant::thumbnail), copy->thumbnail_jpeg);
    if (!ec) {
        ec =
            write_file_synced(dir, public_file_name(photo.id, key, Variant::full), copy->full_jpeg);
    }
    if (!ec) remove_public_copies(photo.id, key);
    if (ec) return cannot_write();
    return variant == Variant::full ? copy->full_jpeg : copy->thumbnail_jpeg;
}

void PhotoStore::remove_public_copies(const std::string& id, const std::string& keep_key) const {
    const auto dir = shard_of(id);
    const auto prefix = public_prefix(id);
    const auto keep_prefix = prefix + keep_key + ".";
    bool removed = false;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const auto name = entry.path().filename().string();
        if (!name.starts_with(prefix)) continue;
        if (!keep_key.empty() && name.starts_with(keep_prefix)) continue;
        removed |= ::unlink(entry.path().c_str()) == 0;
    }
    if (removed) (void)sync_directory(dir);
}

std::optional<std::string> PhotoStore::path_of(const std::string& id, Variant variant) const {
    if (!valid_id(id)) return std::nullopt;
    auto path = shard_of(id) / file_name(id, variant);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    return path.string();
}

std::optional<domain::Photo> PhotoStore::describe(const std::string& id) const {
    auto path = path_of(id, Variant::full);
    if (!path) return std::nullopt;
    try {
        // Opening reads the header only.
        auto image = vips::VImage::new_from_file(path->c_str());
        domain::Photo photo{
            id, domain::PhotoStage::report, "image/jpeg", image.width(), image.height(), false, {}};
        // save() made the public copy from what it found: finding it again gives the same
        // regions, which the complaint then holds.
        auto full = read_file(*path);
        if (!full) return std::nullopt;
        auto copy = make_public_copy(*full, std::nullopt, limits_);
        if (!copy) return std::nullopt;
        photo.blur_regions = std::move(copy->blur_regions);
        return photo;
    } catch (const vips::VError&) {
        vips_error_clear();
        return std::nullopt;
    }
}

void PhotoStore::remove(const std::string& id) const {
    if (!valid_id(id)) return;
    auto dir = shard_of(id);
    bool removed = false;
    for (auto variant : {Variant::full, Variant::thumbnail}) {
        removed |= ::unlink((dir / file_name(id, variant)).c_str()) == 0;
    }
    if (removed) (void)sync_directory(dir);
    remove_public_copies(id, {});
}

}  // namespace tanggap::media

#include "media/photo_store.hpp"

#include "media/durable_file.hpp"
#include "media/media_init.hpp"
#include "util/crypto.hpp"

#include <vips/vips8>

#include <algorithm>
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
    // The thumbnail first: a full copy on disk then always has its thumbnail.
    auto ec = write_file_synced(dir, file_name(id, Variant::thumbnail), processed->thumbnail_jpeg);
    if (!ec) ec = write_file_synced(dir, file_name(id, Variant::full), processed->full_jpeg);
    if (!ec) ec = sync_directory(dir);
    if (ec) {
        remove(id);
        return core::make_error(core::ErrorCode::unavailable,
                                "Foto tidak dapat disimpan saat ini; silakan coba lagi nanti",
                                "photo");
    }
    return domain::Photo{.id = std::move(id),
                         .stage = stage,
                         .content_type = "image/jpeg",
                         .width = processed->width,
                         .height = processed->height,
                         .published = false};
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
        // Opening reads the header only; the pixels are never decoded here.
        auto image = vips::VImage::new_from_file(path->c_str());
        return domain::Photo{
            id, domain::PhotoStage::report, "image/jpeg", image.width(), image.height(), false};
    } catch (const vips::VError&) {
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
}

}  // namespace tanggap::media

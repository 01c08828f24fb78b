#pragma once
// Complaint photos on disk: what the public may see of an upload, and nothing more.
//
// For every accepted upload four files are written under `<data_dir>/media/<id[0:2]>/`
// (sizes and qualities are the PhotoLimits defaults):
//   <id>.jpg        the full-size copy: JPEG Q85, at most 2560 px on the long side
//   <id>.thumb.jpg  the thumbnail: JPEG Q80, at most 400 px on the long side
//   <id>.pub-<key>.jpg, <id>.pub-<key>.thumb.jpg   the same with faces and plates blurred,
//                   the only copies the public is served (<key> names the blurred regions)
// all upright and with ALL metadata removed (EXIF including GPS position and camera serial,
// XMP, IPTC, ICC profile). The ORIGINAL UPLOAD IS NOT KEPT, anywhere: it may carry the
// reporter's location, name or device, which the public must not see, and there is no
// second copy that could leak through a later feature or a backup.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "media/photo_processor.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::media {

enum class Variant { full, thumbnail };

class PhotoStore {
  public:
    // Creates `<data_dir>/media` and its 256 shard folders (00..ff) if missing, durably, and
    // calls init_media("tanggap") if nobody has yet. Throws std::system_error or
    // std::filesystem::filesystem_error when the folders cannot be made (a start-up error).
    explicit PhotoStore(std::filesystem::path data_dir, PhotoLimits limits = {});

    // Checks and converts `bytes` (see process_photo), finds faces and plates, and writes
    // the copies with their blurred public versions; the Photo's blur_regions says what. When it
    // returns a Photo, all four files are on disk under their final names (fsync of each file,
    // rename, fsync of the folder), so a photo acknowledged survives a crash or power cut.
    // The returned id is 32 random lower-case hex characters; content_type is "image/jpeg";
    // width and height are those of the full-size copy.
    // Errors: those of process_photo (too_large, unsupported_media, invalid_field; field
    // "photo"), and unavailable (field "photo") when the disk refuses the write (full,
    // read-only, ...); nothing is left behind in that case.
    // Cost: CPU and fsync bound (see process_photo); call it off the I/O threads.
    core::Result<domain::Photo> save(std::string_view bytes, domain::PhotoStage stage) const;

    // The copy the public sees: the full-size copy (or its thumbnail) with
    // `photo.blur_regions` blurred, made and stored the first time it is asked for after the
    // regions changed (or, for a photo from before detection, with what detection finds).
    // Errors: not_found when the photo's files are gone, invalid_field when its copy does not
    // decode, unavailable when the disk refuses the write. Cost: a file read, or up to 0.5 s
    // of CPU when made; call it off the I/O threads.
    core::Result<std::string> public_bytes(const domain::Photo& photo, Variant variant) const;

    // The path of a stored copy, or nullopt when `id` is not 32 lower-case hex characters
    // (so "../x" and friends never reach the file system) or the file does not exist.
    std::optional<std::string> path_of(const std::string& id, Variant variant) const;

    // The record of a stored photo (read from the full-size copy, its faces and plates found
    // again), or nullopt when there is none. For photos stored before their complaint (a
    // chat's photos). Cost: up to 0.5 s of CPU; call it off the I/O threads.
    std::optional<domain::Photo> describe(const std::string& id) const;

    // Deletes every copy of `id` and syncs the folder; for rolling back the photos of a
    // submission that failed afterwards. Missing files and ids of the wrong shape are
    // ignored; it never throws.
    void remove(const std::string& id) const;

    // 32 lower-case hex characters.
    static bool valid_id(std::string_view id);

    const std::filesystem::path& media_dir() const { return media_dir_; }

    // What an upload may be (GET /api/v1/settings tells the web client).
    const PhotoLimits& limits() const { return limits_; }

  private:
    std::filesystem::path shard_of(const std::string& id) const;
    // Deletes the public copies of `id` except those made for `keep_key` (none when empty).
    void remove_public_copies(const std::string& id, const std::string& keep_key) const;

    std::filesystem::path media_dir_;
    PhotoLimits limits_;
};
// Thread-safety: a PhotoStore holds only its paths and limits, and every member is const, so
// one instance may be shared by any number of threads.

}  // namespace tanggap::media

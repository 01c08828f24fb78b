#pragma once
// Turns an uploaded photo into the copies the public may see: a full-size JPEG and a
// thumbnail, upright (EXIF orientation applied) and without any metadata (EXIF with GPS,
// XMP, IPTC, ICC profile, comments). Pure transformation, no files: see PhotoStore.

#include "core/error.hpp"
#include "domain/complaint.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::media {

struct PhotoLimits {
    std::size_t max_bytes = 10 * 1024 * 1024;  // of the upload
    int max_input_side = 12000;                // decoded width and height, each
    // Width x height: beyond a phone camera's 50 MP a decode costs seconds and gigabytes
    // (a 12000 x 12000 16-bit PNG: 6-8 s, 1.5 GB) for nothing a complaint needs.
    std::int64_t max_input_pixels = 50'000'000;
    int full_long_side = 2560;  // public copy, longer side at most
    int thumbnail_long_side = 400;
    int full_quality = 85;  // JPEG Q
    int thumbnail_quality = 80;
};

// The most pixels a JPEG can carry per byte of file: with optimised Huffman tables a flat 8x8
// block still costs about a bit (progressive end-of-band runs included), so a real JPEG stays
// well under 512 pixels a byte; twice that is the margin. A 543-byte file that claims 12000 x
// 12000 pixels is not a photo.
inline constexpr std::int64_t kJpegPixelsPerByteMax = 1024;

// What the public sees of a photo: the full-size copy and its thumbnail with the faces and
// plates blurred (media/photo_blur.hpp).
struct PublicCopy {
    std::vector<domain::BlurRegion> blur_regions;  // what is blurred
    std::string full_jpeg;
    std::string thumbnail_jpeg;
};

struct ProcessedPhoto {
    std::string full_jpeg;       // full-size copy, as sent (for the staff who may see it)
    std::string thumbnail_jpeg;  // its thumbnail
    int width = 0;               // of full_jpeg
    int height = 0;
    PublicCopy public_copy;  // faces and plates found in it, blurred
};

// Checks and re-encodes `bytes`. The type is decided by content (sniff_image_type), never by
// a name or a declared Content-Type. Images are only ever shrunk, never enlarged. Transparent
// areas (PNG, WebP) become white.
//
// Errors (field "photo", messages in Bahasa Indonesia):
// - too_large: more than limits.max_bytes.
// - unsupported_media: not JPEG, PNG or WebP by its first bytes (e.g. a text file named .jpg).
// - invalid_field: it starts like a supported image but does not decode completely (corrupt,
//   truncated), it is wider or taller than limits.max_input_side or has more pixels than
//   limits.max_input_pixels, or it is a JPEG whose header claims more pixels than its bytes can
//   hold (kJpegPixelsPerByteMax). The dimensions are read from the header before any pixel is
//   decoded, so a "decompression bomb" costs nothing.
//   A broken file of a supported type is a bad value of the right kind, hence 422, not 415.
//
// Requires init_media(). Thread-safety: safe to call concurrently. Cost: CPU-bound on one
// core, measured here (-O2, busy 2-core VM) at 0.45-0.5 s for a 4000x3000 JPEG, 0.8 s for a
// 12000x12000 JPEG and 3 s for a 12000x12000 PNG (PNG cannot shrink while decoding); peak
// memory stays near 150 MB as pixels stream. Call it off the I/O threads, with a bounded pool.
core::Result<ProcessedPhoto> process_photo(std::string_view bytes, const PhotoLimits& limits);

// The public copy of a full-size copy process_photo made, blurring `regions`, or when they are
// nullopt (a photo from before detection) what find_faces_and_plates finds. Errors:
// invalid_field (field "photo") when `full_jpeg` does not decode. Cost: a decode, a detection
// when asked, and one or two encodes: 0.1-0.5 s on one core; call it off the I/O threads.
core::Result<PublicCopy> make_public_copy(
    std::string_view full_jpeg,
    const std::optional<std::vector<domain::BlurRegion>>& regions,
    const PhotoLimits& limits);

}  // namespace tanggap::media

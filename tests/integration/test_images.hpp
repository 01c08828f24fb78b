#pragma once
// Images for upload tests, made or checked with libvips (no image code by hand).
//
// The EXIF photo comes from tests/fixtures/photo_with_exif.jpg when that file is there, else it
// is generated: a small JPEG whose EXIF (ImageDescription, Artist) carries kExifMarker. Either
// way it is checked to really carry the marker in its EXIF before a test relies on it.
//
// Thread-safe (libvips is initialised once).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::integration {

inline constexpr std::string_view kExifMarker = "PELAPOR-RAHASIA";

// A real JPEG whose EXIF carries kExifMarker. Throws std::runtime_error if neither the fixture
// nor a generated image fits.
std::string photo_with_exif();

// Bytes that are not an image (tests/fixtures/not_an_image.jpg or a text), to send as a .jpg.
std::string not_an_image();

// A small real PNG (to check that content, not the name, decides the type).
std::string png_image(int width = 320, int height = 200);

// A real, decodable JPEG of at least `min_bytes` bytes (noise compresses badly).
std::string large_jpeg(std::size_t min_bytes);

struct DecodedImage {
    int width = 0;
    int height = 0;
    std::string loader;  // e.g. "jpegload_buffer"
};

// Decodes every pixel of `bytes`; nullopt (with `why`) if libvips cannot.
std::optional<DecodedImage> decode_image(const std::string& bytes, std::string* why = nullptr);

// Whether `bytes` starts with the JPEG SOI marker and ends with EOI.
bool looks_like_jpeg(std::string_view bytes);

}  // namespace tanggap::integration

#pragma once
// Test support (compiled into media_test only): real images made with libvips, some carrying
// identifying metadata the pipeline must remove, and a way to look inside the results.

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::media::test_images {

// Planted in every metadata block of the images below; must never reach a public copy.
inline constexpr std::string_view kSecretMarker = "PELAPOR-RAHASIA";

struct Metadata {
    bool exif = false;    // Artist, ImageDescription, Make/Model holding the marker, and GPS
    bool xmp = false;     // an XMP packet holding the marker
    bool iptc = false;    // an APP13 Photoshop/IPTC block holding the marker
    int orientation = 0;  // EXIF orientation 1..8; 0 leaves it out
};

inline constexpr Metadata kAllMetadata{.exif = true, .xmp = true, .iptc = true};

// A colourful gradient (not flat, so JPEG sizes are realistic enough), saved WITHOUT strip.
std::string make_jpeg(int width, int height, const Metadata& metadata = {}, int quality = 85);
// RGBA; the left half fully transparent, the right half opaque red. XMP and a text chunk
// hold the marker (libvips compresses both, so it is not visible in the bytes).
// With `sixteen_bit`, an RGB16 PNG with 16-bit alpha.
std::string make_png_with_alpha(int width, int height, bool sixteen_bit = false);
// A JPEG in another colour space than sRGB (greyscale, or CMYK as print workflows make).
std::string make_jpeg_in(int width, int height, bool cmyk);
// RGB WebP with an XMP packet holding the marker.
std::string make_webp(int width, int height);

struct Inspection {
    int width = 0;
    int height = 0;
    int bands = 0;
    std::string loader;               // e.g. "jpegload_buffer"
    std::vector<std::string> fields;  // every metadata field name libvips sees
};

// Decodes `bytes` with libvips (any supported format); throws vips::VError if it cannot.
Inspection inspect(std::string_view bytes);

// Fields that identify the picture's origin: exif-*, xmp-*, iptc-*, icc-*, orientation, and
// the format's comment fields.
std::vector<std::string> identifying_fields(const Inspection& inspection);

// The pixel at (x, y), one value per band.
std::vector<double> pixel_at(std::string_view bytes, int x, int y);

}  // namespace tanggap::media::test_images

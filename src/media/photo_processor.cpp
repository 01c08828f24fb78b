#include "media/photo_processor.hpp"

#include "media/image_type.hpp"
#include "media/photo_blur.hpp"

#include <vips/vips8>

#include <memory>
#include <vector>

namespace tanggap::media {
namespace {

using core::ErrorCode;
using core::make_error;
using vips::VImage;

constexpr const char* kField = "photo";

struct BlobUnref {
    void operator()(VipsBlob* blob) const { vips_area_unref(VIPS_AREA(blob)); }
};
using Blob = std::unique_ptr<VipsBlob, BlobUnref>;

// A view of the caller's bytes, not a copy; it must not outlive them.
Blob borrow(std::string_view bytes) {
    return Blob(vips_blob_new(nullptr, bytes.data(), bytes.size()));
}

std::string take(VipsBlob* raw) {
    Blob blob(raw);
    std::size_t size = 0;
    const void* data = vips_blob_get(blob.get(), &size);
    return std::string(static_cast<const char*>(data), size);
}

// The loader named explicitly, so the sniffed type is the one decoded: no other libvips
// loader ever sees these bytes. Only the header is read here.
VImage open_header(ImageType type, VipsBlob* blob) {
    auto options = VImage::option()->set("fail_on", VIPS_FAIL_ON_ERROR);
    switch (type) {
        case ImageType::jpeg:
            return VImage::jpegload_buffer(blob, options);
        case ImageType::png:
            return VImage::pngload_buffer(blob, options);
        case ImageType::webp:
            return VImage::webpload_buffer(blob, options);
    }
    return VImage::jpegload_buffer(blob, options);
}

const char* loader_prefix(ImageType type) {
    switch (type) {
        case ImageType::jpeg:
            return "jpegload";
        case ImageType::png:
            return "pngload";
        case ImageType::webp:
            return "webpload";
    }
    return "jpegload";
}

// JPEG has no alpha and wants 8-bit sRGB: flatten onto white (a transparent PNG would turn
// black otherwise) and convert 16-bit or greyscale input.
VImage to_opaque_srgb(VImage image) {
    if (image.has_alpha()) {
        // 16-bit PNGs carry 16-bit alpha; the three loaders produce no float images.
        auto interpretation = image.interpretation();
        double max_alpha = (interpretation == VIPS_INTERPRETATION_RGB16 ||
                            interpretation == VIPS_INTERPRETATION_GREY16)
                               ? 65535.0
                               : 255.0;
        image = image.flatten(VImage::option()
                                  ->set("background", std::vector<double>{max_alpha})
                                  ->set("max_alpha", max_alpha));
    }
    if (image.interpretation() != VIPS_INTERPRETATION_sRGB) {
        image = image.colourspace(VIPS_INTERPRETATION_sRGB);
    }
    if (image.format() != VIPS_FORMAT_UCHAR) image = image.cast(VIPS_FORMAT_UCHAR);
    return image;
}

// jpegsave's strip already leaves every metadata block out of the file; dropping the fields
// from the image too means a later change of saver or option cannot bring them back.
VImage without_metadata(const VImage& image) {
    VImage copy = image.copy();
    gchar** fields = vips_image_get_fields(copy.get_image());
    for (gchar** field = fields; *field != nullptr; ++field) {
        vips_image_remove(copy.get_image(), *field);  // no-op for width, height, ...
    }
    g_strfreev(fields);
    return copy;
}

std::string save_jpeg(const VImage& image, int quality) {
    return take(image.jpegsave_buffer(
        VImage::option()->set("Q", quality)->set("strip", true)->set("optimize_coding", true)));
}

RgbPixels pixels_of(const VImage& srgb) {
    std::size_t size = 0;
    void* raw = srgb.write_to_memory(&size);
    RgbPixels pixels{srgb.width(), srgb.height(), {}};
    auto* bytes = static_cast<const std::uint8_t*>(raw);
    pixels.data.assign(bytes, bytes + size);
    g_free(raw);
    return pixels;
}

VImage image_of(const RgbPixels& pixels) {
    // new_from_memory borrows the buffer: copy_memory owns the pixels before it goes away.
    return VImage::new_from_memory(const_cast<std::uint8_t*>(pixels.data.data()),
                                   pixels.data.size(),
                                   pixels.width,
                                   pixels.height,
                                   3,
                                   VIPS_FORMAT_UCHAR)
        .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB))
        .copy_memory();
}

VImage thumbnail_of(const VImage& full, const PhotoLimits& limits) {
    return full.thumbnail_image(
        limits.thumbnail_long_side,
        VImage::option()->set("height", limits.thumbnail_long_side)->set("size", VIPS_SIZE_DOWN));
}

// `full` is 8-bit sRGB in memory. With nothing to blur the public copy is the same file.
PublicCopy public_copy_of(const VImage& full,
                          std::optional<std::vector<domain::BlurRegion>> regions,
                          const ProcessedPhoto& plain,
                          const PhotoLimits& limits) {
    RgbPixels pixels = pixels_of(full);
    PublicCopy copy;
    copy.blur_regions = regions ? std::move(*regions) : find_faces_and_plates(pixels);
    if (copy.blur_regions.empty()) {
        copy.full_jpeg = plain.full_jpeg;
        copy.thumbnail_jpeg = plain.thumbnail_jpeg;
        return copy;
    }
    blur_regions(pixels, copy.blur_regions);
    VImage blurred = image_of(pixels);
    copy.full_jpeg = save_jpeg(blurred, limits.full_quality);
    copy.thumbnail_jpeg = save_jpeg(thumbnail_of(blurred, limits), limits.thumbnail_quality);
    return copy;
}

core::Error unreadable() {
    return make_error(ErrorCode::invalid_field,
                      "Foto rusak atau tidak dapat dibaca; kirim ulang foto JPEG, PNG, atau WebP",
                      kField);
}

}  // namespace

core::Result<ProcessedPhoto> process_photo(std::string_view bytes, const PhotoLimits& limits) {
    if (bytes.size() > limits.max_bytes) {
        return make_error(ErrorCode::too_large,
                          "Foto terlalu besar (maksimum " +
                              std::to_string(limits.max_bytes / (1024 * 1024)) + " MB)",
                          kField);
    }
    auto type = sniff_image_type(bytes);
    if (!type) {
        return make_error(
            ErrorCode::unsupported_media, "Foto harus berupa gambar JPEG, PNG, atau WebP", kField);
    }
    try {
        Blob input = borrow(bytes);
        VImage header = open_header(*type, input.get());
        if (header.width() > limits.max_input_side || header.height() > limits.max_input_side) {
            return make_error(ErrorCode::invalid_field,
                              "Dimensi foto terlalu besar (maksimum " +
                                  std::to_string(limits.max_input_side) + " x " +
                                  std::to_string(limits.max_input_side) + " piksel)",
                              kField);
        }
        const std::int64_t pixels = std::int64_t{header.width()} * header.height();
        if (pixels > limits.max_input_pixels) {
            return make_error(ErrorCode::invalid_field,
                              "Foto terlalu besar (maksimum " +
                                  std::to_string(limits.max_input_pixels / 1'000'000) +
                                  " megapiksel)",
                              kField);
        }
        if (*type == ImageType::jpeg &&
            pixels > static_cast<std::int64_t>(bytes.size()) * kJpegPixelsPerByteMax) {
            return unreadable();  // the header claims more than the data can hold
        }
        // thumbnail_buffer shrinks while decoding (JPEG DCT scaling) and turns the image
        // upright by its EXIF orientation. Its own fail_on is not passed to the loader in
        // 8.14, hence option_string.
        VImage image = VImage::thumbnail_buffer(input.get(),
                                                limits.full_long_side,
                                                VImage::option()
                                                    ->set("height", limits.full_long_side)
                                                    ->set("size", VIPS_SIZE_DOWN)
                                                    ->set("option_string", "fail_on=error"));
        if (!std::string_view(image.get_string("vips-loader")).starts_with(loader_prefix(*type))) {
            return unreadable();
        }
        // Decoding happens here, in full: a truncated or corrupt file fails now, not
        // half-way through writing, and both copies are made from the same pixels.
        VImage full = without_metadata(to_opaque_srgb(image).copy_memory());
        ProcessedPhoto out;
        out.full_jpeg = save_jpeg(full, limits.full_quality);
        out.thumbnail_jpeg = save_jpeg(thumbnail_of(full, limits), limits.thumbnail_quality);
        out.width = full.width();
        out.height = full.height();
        out.public_copy = public_copy_of(full, std::nullopt, out, limits);
        return out;
    } catch (const vips::VError&) {
        // The client's file is broken; libvips's text says nothing a citizen can act on.
        // The error buffer is process-wide and would otherwise grow with every bad upload.
        vips_error_clear();
        return unreadable();
    }
}

core::Result<PublicCopy> make_public_copy(
    std::string_view full_jpeg,
    const std::optional<std::vector<domain::BlurRegion>>& regions,
    const PhotoLimits& limits) {
    if (sniff_image_type(full_jpeg) != ImageType::jpeg) return unreadable();
    try {
        Blob input = borrow(full_jpeg);
        VImage full = to_opaque_srgb(open_header(ImageType::jpeg, input.get())).copy_memory();
        ProcessedPhoto plain;
        plain.full_jpeg = std::string(full_jpeg);
        plain.thumbnail_jpeg = save_jpeg(thumbnail_of(full, limits), limits.thumbnail_quality);
        return public_copy_of(full, regions, plain, limits);
    } catch (const vips::VError&) {
        vips_error_clear();
        return unreadable();
    }
}

}  // namespace tanggap::media

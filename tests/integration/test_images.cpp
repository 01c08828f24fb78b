#include "test_images.hpp"

#include <vips/vips8>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace tanggap::integration {
namespace {

namespace fs = std::filesystem;
using vips::VImage;

void init_vips() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (VIPS_INIT("tanggap-itest") != 0) throw std::runtime_error("vips_init failed");
    });
}

std::optional<std::string> read_fixture(const std::string& name) {
    fs::path path = fs::path(TANGGAP_SOURCE_DIR) / "tests" / "fixtures" / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string to_bytes(VipsBlob* blob) {
    std::size_t size = 0;
    const void* data = vips_blob_get(blob, &size);
    std::string out(static_cast<const char*>(data), size);
    vips_area_unref(reinterpret_cast<VipsArea*>(blob));
    return out;
}

void put16(std::string& out, std::uint16_t v) {
    out += static_cast<char>(v & 0xff);
    out += static_cast<char>(v >> 8);
}

void put32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

// A little-endian TIFF block with IFD0 holding two ASCII tags (ImageDescription, Artist), as
// EXIF puts it in an APP1 segment.
std::string exif_app1(std::string_view description, std::string_view artist) {
    std::string tiff = "II*";
    tiff += '\0';
    put32(tiff, 8);  // IFD0 right after the header
    const std::uint32_t entries = 2;
    std::uint32_t data_offset = 8 + 2 + entries * 12 + 4;
    std::string desc(description);
    desc += '\0';
    std::string art(artist);
    art += '\0';
    put16(tiff, entries);
    for (auto [tag, text] : {std::pair<std::uint16_t, const std::string*>{0x010e, &desc},
                             std::pair<std::uint16_t, const std::string*>{0x013b, &art}}) {
        put16(tiff, tag);
        put16(tiff, 2);  // ASCII
        put32(tiff, static_cast<std::uint32_t>(text->size()));
        put32(tiff, data_offset);
        data_offset += static_cast<std::uint32_t>(text->size());
    }
    put32(tiff, 0);  // no IFD1
    tiff += desc;
    tiff += art;

    std::string payload = std::string("Exif\0\0", 6) + tiff;
    std::string segment = "\xff\xe1";
    auto length = static_cast<std::uint16_t>(payload.size() + 2);
    segment += static_cast<char>(length >> 8);
    segment += static_cast<char>(length & 0xff);
    return segment + payload;
}

std::string generated_photo_with_exif() {
    init_vips();
    // A smooth gradient with some colour: a photo-like image that compresses small.
    VImage x = VImage::xyz(640, 480);
    VImage rgb = (x[0] * 0.3).bandjoin(x[1] * 0.5).bandjoin((x[0] + x[1]) * 0.2);
    std::string jpeg =
        to_bytes(rgb.cast(VIPS_FORMAT_UCHAR).jpegsave_buffer(VImage::option()->set("Q", 85)));
    std::string app1 =
        exif_app1(std::string(kExifMarker) + " Siti Aminah 081234567890", std::string(kExifMarker));
    return jpeg.substr(0, 2) + app1 + jpeg.substr(2);
}

// The marker must sit in the EXIF that libvips reads, so a server that strips metadata has
// something real to strip.
bool exif_carries_marker(const std::string& jpeg) {
    init_vips();
    try {
        VImage image = VImage::new_from_buffer(jpeg, "");
        if (image.get_typeof("exif-ifd0-ImageDescription") == 0) return false;
        std::string description = image.get_string("exif-ifd0-ImageDescription");
        return description.find(kExifMarker) != std::string::npos;
    } catch (const vips::VError&) {
        return false;
    }
}

}  // namespace

std::string photo_with_exif() {
    if (auto fixture = read_fixture("photo_with_exif.jpg"); fixture && looks_like_jpeg(*fixture)) {
        if (fixture->find(kExifMarker) != std::string::npos && decode_image(*fixture)) {
            return *fixture;
        }
    }
    auto generated = generated_photo_with_exif();
    if (!exif_carries_marker(generated) || !decode_image(generated)) {
        throw std::runtime_error("could not make a JPEG whose EXIF carries the marker");
    }
    return generated;
}

std::string not_an_image() {
    if (auto fixture = read_fixture("not_an_image.jpg"); fixture && !fixture->empty()) {
        return *fixture;
    }
    return "Ini bukan gambar, hanya teks biasa yang diberi nama .jpg oleh pelapor.\n"
           "Baris kedua supaya ukurannya agak lebih panjang dari sekadar satu kalimat.\n";
}

std::string png_image(int width, int height) {
    init_vips();
    VImage x = VImage::xyz(width, height);
    VImage rgb = x[0].bandjoin(x[1]).bandjoin(x[0] * 0 + 90).cast(VIPS_FORMAT_UCHAR);
    return to_bytes(rgb.pngsave_buffer());
}

std::string large_jpeg(std::size_t min_bytes) {
    init_vips();
    int side = 2048;
    while (true) {
        VImage noise = VImage::gaussnoise(side, side, VImage::option()->set("sigma", 80.0))
                           .bandjoin(VImage::gaussnoise(side, side))
                           .bandjoin(VImage::gaussnoise(side, side))
                           .cast(VIPS_FORMAT_UCHAR);
        std::string jpeg = to_bytes(noise.jpegsave_buffer(VImage::option()->set("Q", 100)));
        if (jpeg.size() >= min_bytes) return jpeg;
        side = side * 3 / 2;
        if (side > 12000) throw std::runtime_error("could not make a JPEG that large");
    }
}

std::optional<DecodedImage> decode_image(const std::string& bytes, std::string* why) {
    init_vips();
    try {
        VImage image = VImage::new_from_buffer(bytes, "", VImage::option()->set("fail", true));
        (void)image.avg();  // forces every pixel through the decoder
        DecodedImage out;
        out.width = image.width();
        out.height = image.height();
        if (image.get_typeof("vips-loader") != 0) out.loader = image.get_string("vips-loader");
        return out;
    } catch (const vips::VError& e) {
        if (why) *why = e.what();
        return std::nullopt;
    }
}

bool looks_like_jpeg(std::string_view bytes) {
    return bytes.size() > 4 && bytes.substr(0, 3) == "\xff\xd8\xff" &&
           bytes.substr(bytes.size() - 2) == "\xff\xd9";
}

}  // namespace tanggap::integration

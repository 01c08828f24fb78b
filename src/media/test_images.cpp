#include "media/test_images.hpp"

#include <vips/vips8>

namespace tanggap::media::test_images {
namespace {

using vips::VImage;

VImage gradient(int width, int height) {
    VImage xy = VImage::xyz(width, height);
    VImage x = xy.extract_band(0) * (255.0 / width);
    VImage y = xy.extract_band(1) * (255.0 / height);
    VImage rgb = VImage::bandjoin({x, y, (x + y) / 2});
    return rgb.cast(VIPS_FORMAT_UCHAR)
        .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
}

std::string xmp_packet() {
    return "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
           "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
           "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/' dc:creator='" +
           std::string(kSecretMarker) +
           "-XMP Siti Aminah'/></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
}

// Photoshop 3.0 resource 0x0404 (IPTC) with one By-line (2:80) record.
std::string iptc_block() {
    std::string record = "\x1C\x02\x50";
    std::string text = std::string(kSecretMarker) + "-IPTC";
    record += static_cast<char>(text.size() >> 8);
    record += static_cast<char>(text.size() & 0xFF);
    record += text;
    std::string block = "Photoshop 3.0";
    block += '\0';
    block += "8BIM";
    block += {'\x04', '\x04', '\0', '\0', '\0', '\0'};  // id 0x0404, empty name, size hi
    block += static_cast<char>(record.size() >> 8);
    block += static_cast<char>(record.size() & 0xFF);
    block += record;
    if (record.size() % 2 != 0) block += '\0';
    return block;
}

void set_blob(VImage& image, const char* field, const std::string& data) {
    vips_image_set_blob_copy(image.get_image(), field, data.data(), data.size());
}

void add_metadata(VImage& image, const Metadata& metadata) {
    const std::string marker(kSecretMarker);
    if (metadata.exif) {
        image.set("exif-ifd0-Artist", (marker + "-ARTIST Budi Santoso").c_str());
        image.set("exif-ifd0-ImageDescription", (marker + "-DESC rumah Jl. Melati 7").c_str());
        image.set("exif-ifd0-Make", "TanggapCam");
        image.set("exif-ifd0-Model", (marker + "-MODEL").c_str());
        image.set("exif-ifd3-GPSLatitudeRef", "S");
        image.set("exif-ifd3-GPSLatitude", "6/1 19/1 4812/100");
        image.set("exif-ifd3-GPSLongitudeRef", "E");
        image.set("exif-ifd3-GPSLongitude", "108/1 19/1 1234/100");
    }
    if (metadata.xmp) set_blob(image, "xmp-data", xmp_packet());
    if (metadata.iptc) set_blob(image, "iptc-data", iptc_block());
    if (metadata.orientation != 0) image.set("orientation", metadata.orientation);
}

std::string take(VipsBlob* blob) {
    std::size_t size = 0;
    const void* data = vips_blob_get(blob, &size);
    std::string out(static_cast<const char*>(data), size);
    vips_area_unref(VIPS_AREA(blob));
    return out;
}

VImage load(std::string_view bytes) {
    // new_from_buffer does not copy; the image is fully used before `bytes` goes away.
    return VImage::new_from_buffer(bytes.data(), bytes.size(), "");
}

}  // namespace

std::string make_jpeg(int width, int height, const Metadata& metadata, int quality) {
    VImage image = gradient(width, height).copy();
    add_metadata(image, metadata);
    return take(image.jpegsave_buffer(VImage::option()->set("Q", quality)->set("strip", false)));
}

std::string make_png_with_alpha(int width, int height, bool sixteen_bit) {
    VImage xy = VImage::xyz(width, height);
    VImage opaque = xy.extract_band(0) >= (width / 2);
    VImage zero = VImage::black(width, height);
    VImage image = VImage::bandjoin({zero + 255, zero, zero, opaque})
                       .cast(VIPS_FORMAT_UCHAR)
                       .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
    if (sixteen_bit) {
        image = (image.cast(VIPS_FORMAT_USHORT) * 257)
                    .cast(VIPS_FORMAT_USHORT)
                    .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_RGB16));
    }
    set_blob(image, "xmp-data", xmp_packet());
    image.set("png-comment-0-Author", (std::string(kSecretMarker) + "-PNG Siti").c_str());
    return take(image.pngsave_buffer(VImage::option()->set("strip", false)));
}

std::string make_jpeg_in(int width, int height, bool cmyk) {
    VImage image = gradient(width, height)
                       .colourspace(cmyk ? VIPS_INTERPRETATION_CMYK : VIPS_INTERPRETATION_B_W);
    return take(image.jpegsave_buffer(VImage::option()->set("Q", 90)));
}

std::string make_webp(int width, int height) {
    VImage image = gradient(width, height).copy();
    set_blob(image, "xmp-data", xmp_packet());
    return take(image.webpsave_buffer(VImage::option()->set("Q", 80)->set("strip", false)));
}

Inspection inspect(std::string_view bytes) {
    VImage image = load(bytes);
    Inspection out;
    out.width = image.width();
    out.height = image.height();
    out.bands = image.bands();
    out.loader = image.get_string("vips-loader");
    gchar** fields = vips_image_get_fields(image.get_image());
    for (gchar** field = fields; *field != nullptr; ++field) out.fields.emplace_back(*field);
    g_strfreev(fields);
    return out;
}

std::vector<std::string> identifying_fields(const Inspection& inspection) {
    std::vector<std::string> out;
    for (const auto& field : inspection.fields) {
        std::string_view name = field;
        if (name.starts_with("exif-") || name.starts_with("xmp-") || name.starts_with("iptc-") ||
            name.starts_with("icc-") || name == "orientation" ||
            name.find("comment") != name.npos) {
            out.push_back(field);
        }
    }
    return out;
}

std::vector<double> pixel_at(std::string_view bytes, int x, int y) {
    return load(bytes).copy_memory().getpoint(x, y);
}

}  // namespace tanggap::media::test_images

// Any bytes as an uploaded photo: sniffing, the header checks against decompression bombs and
// the decode and re-encode through libvips, with small limits so each run stays quick. What
// comes out is never larger than the limits allow.
#include "media/media_init.hpp"
#include "media/photo_processor.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool ready = [] {
        tanggap::media::init_media("fuzz_photo");
        return true;
    }();
    (void)ready;
    tanggap::media::PhotoLimits limits;
    limits.max_bytes = 256 * 1024;
    limits.max_input_side = 2000;
    limits.max_input_pixels = 1'000'000;
    limits.full_long_side = 256;
    limits.thumbnail_long_side = 64;
    auto photo = tanggap::media::process_photo({reinterpret_cast<const char*>(data), size}, limits);
    if (photo && (photo->width > 256 || photo->height > 256 || photo->full_jpeg.empty())) {
        std::abort();
    }
    return 0;
}

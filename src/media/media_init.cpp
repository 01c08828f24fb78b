#include "media/media_init.hpp"

#include "util/crypto.hpp"

#include <vips/vips8>

#include <mutex>
#include <stdexcept>
#include <string>

namespace tanggap::media {

void init_media(const char* argv0) {
    static std::once_flag once;
    std::call_once(once, [argv0] {
        util::init_crypto();
        if (VIPS_INIT(argv0 != nullptr ? argv0 : "tanggap") != 0) {
            std::string reason = vips_error_buffer();
            vips_error_clear();
            throw std::runtime_error("libvips failed to initialise: " + reason);
        }
        // The server has 2 cores and one I/O thread per core; photos are processed on a
        // worker pool sized by the caller. Letting every vips pipeline start a thread per
        // core on top of that only oversubscribes the CPU and multiplies per-thread buffers,
        // so each pipeline runs on one thread and concurrency comes from concurrent saves.
        vips_concurrency_set(1);
        // Every upload is a different image, so cached operations are never reused; worse,
        // the cache would keep recent uploads (with their EXIF and GPS) alive in memory
        // after the request, and hold open files. Memory per save stays bounded instead.
        vips_cache_set_max(0);
        vips_cache_set_max_mem(0);
        vips_cache_set_max_files(0);
        // Citizens send untrusted bytes. We only ever open JPEG, PNG and WebP, and sniff
        // them first; blocking the loaders libvips itself marks as unsafe for untrusted
        // input (ImageMagick, MATLAB, ...) is a second line of defence.
        vips_block_untrusted_set(TRUE);
        // libvips warns on stderr about every broken upload ("error in tile ..."); those
        // uploads are already refused with an error value, and the noise would interleave
        // with the server's one-JSON-line-per-request log. Errors are not affected.
        g_log_set_handler(
            "VIPS",
            G_LOG_LEVEL_WARNING,
            [](const gchar*, GLogLevelFlags, const gchar*, gpointer) {},
            nullptr);
    });
}

}  // namespace tanggap::media

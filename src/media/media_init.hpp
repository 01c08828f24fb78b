#pragma once
// Process-wide set-up of libvips for the photo pipeline.

namespace tanggap::media {

// Initialises libvips (VIPS_INIT) and libsodium once per process; later calls do nothing, so
// it is safe to call from several places (PhotoStore's constructor calls it too). Call it
// early in main() with argv[0] (libvips uses it to find its modules). Throws
// std::runtime_error if libvips cannot start: a start-up failure, not a request error.
//
// It also sets process-wide libvips policy, which any other libvips user in the process
// shares: one worker thread per pipeline, no operation cache, untrusted loaders blocked,
// libvips warnings (not errors) silenced (the reasons are in media_init.cpp).
//
// Thread-safety: safe to call concurrently; after it returns, libvips may be used from any
// thread.
void init_media(const char* argv0);

}  // namespace tanggap::media

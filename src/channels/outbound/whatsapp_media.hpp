#pragma once
// Downloads a citizen's photo/document that arrived on the WhatsApp webhook as a media id:
// GET {api_base}/{media_id} (bearer) answers {url, mime_type, sha256, file_size}; GET that url
// (bearer again; its host is whatever Meta returned) gives the bytes, which must match the
// announced size and SHA-256 (lower- or upper-case hex).
//
// Thread-safety: a free function with no shared state.

#include "channels/outbound/whatsapp_cloud_sender.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace tanggap::channels::outbound {

struct MediaFetch {
    enum class Kind {
        ok,         // bytes and mime_type are set
        retry,      // transport error, timeout, 408, 429, 5xx on either request
        permanent,  // 4xx (unknown id, expired url), not JSON, sha256/size mismatch, too large
    };
    Kind kind = Kind::ok;
    std::string bytes;
    std::string mime_type;
    std::string error;  // one line, "" when ok
};

// Refuses (permanent) media whose announced or actual size exceeds max_bytes.
MediaFetch fetch_media(const WhatsAppCloudConfig& config,
                       std::string_view media_id,
                       std::size_t max_bytes);

}  // namespace tanggap::channels::outbound

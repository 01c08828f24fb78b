#pragma once
// Meta's webhook signature (X-Hub-Signature-256): "sha256=" and the lower- or upper-case hex
// HMAC-SHA256 of the raw request body, keyed with the app secret.

#include <string_view>

namespace tanggap::channels::meta {

// True when `header_value` is "sha256=<64 hex digits>" and the digest matches the HMAC of
// `raw_body` under `app_secret`; compared in constant time. A missing, malformed or
// wrong-length header, or an empty secret, is false. Thread-safe.
bool valid_signature(std::string_view raw_body,
                     std::string_view header_value,
                     std::string_view app_secret);

}  // namespace tanggap::channels::meta

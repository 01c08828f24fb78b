// Any bytes as the body of a signed Meta webhook (WhatsApp, Messenger, Instagram share the
// parser): parse_webhook, then each media id through is_media_id, which must only ever accept
// digits, since an accepted id goes into a URL and a path.
#include "channels/meta/webhook_payload.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tanggap::channels::meta;
    auto batch = parse_webhook({reinterpret_cast<const char*>(data), size});
    if (!batch) return 0;
    for (const auto& message : batch->messages) {
        (void)to_string(message.type);
        if (is_media_id(message.media_id) &&
            message.media_id.find_first_not_of("0123456789") != std::string::npos) {
            std::abort();
        }
    }
    for (const auto& status : batch->statuses) (void)to_string(status.status);
    return 0;
}

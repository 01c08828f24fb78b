// Any bytes as a multipart/form-data upload: the first line is the Content-Type header, the
// rest the body. Every part returned must lie inside the body (they are views into it).
#include "media/multipart.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    if (newline == std::string_view::npos) return 0;
    const auto header = input.substr(0, newline);
    const auto body = input.substr(newline + 1);
    tanggap::media::MultipartLimits limits;
    limits.max_parts = 8;
    limits.max_part_bytes = 4096;
    limits.max_field_bytes = 1024;
    auto parts = tanggap::media::parse_multipart(header, body, limits);
    if (!parts) return 0;
    const auto inside = [&](std::string_view view) {
        return view.empty() || (view.data() >= body.data() &&
                                view.data() + view.size() <= body.data() + body.size());
    };
    for (const auto& part : *parts) {
        if (!inside(part.data)) std::abort();
    }
    return 0;
}

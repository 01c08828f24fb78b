#include "media/image_type.hpp"

namespace tanggap::media {

const char* to_string(ImageType type) {
    switch (type) {
        case ImageType::jpeg:
            return "jpeg";
        case ImageType::png:
            return "png";
        case ImageType::webp:
            return "webp";
    }
    return "jpeg";
}

std::optional<ImageType> sniff_image_type(std::string_view bytes) {
    using namespace std::string_view_literals;
    if (bytes.starts_with("\xFF\xD8\xFF"sv)) return ImageType::jpeg;
    if (bytes.starts_with("\x89PNG\r\n\x1A\n"sv)) return ImageType::png;
    if (bytes.size() >= 12 && bytes.starts_with("RIFF"sv) && bytes.substr(8, 4) == "WEBP"sv) {
        return ImageType::webp;
    }
    return std::nullopt;
}

}  // namespace tanggap::media

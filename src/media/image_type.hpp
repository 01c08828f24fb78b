#pragma once
// The image formats a complaint photo may have, recognised by their first bytes only: the
// file name and the declared Content-Type are the sender's claims and are never trusted.

#include <optional>
#include <string_view>

namespace tanggap::media {

enum class ImageType { jpeg, png, webp };

const char* to_string(ImageType type);

// JPEG: FF D8 FF; PNG: 89 50 4E 47 0D 0A 1A 0A; WebP: "RIFF" <4 bytes> "WEBP".
// nullopt for anything else (text, PDF, GIF, HEIC, SVG, an empty buffer, ...).
// A match says only how the file starts; decoding decides whether it is a real image.
std::optional<ImageType> sniff_image_type(std::string_view bytes);

}  // namespace tanggap::media

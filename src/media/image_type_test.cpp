#include "media/image_type.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tanggap::media {
namespace {

using namespace std::string_view_literals;

TEST(ImageType, RecognisesTheThreeFormatsByTheirFirstBytes) {
    EXPECT_EQ(sniff_image_type("\xFF\xD8\xFF\xE0\0\x10JFIF"sv), ImageType::jpeg);
    EXPECT_EQ(sniff_image_type("\xFF\xD8\xFF\xE1...Exif"sv), ImageType::jpeg);
    EXPECT_EQ(sniff_image_type("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"sv), ImageType::png);
    EXPECT_EQ(sniff_image_type("RIFF\x24\0\0\0WEBPVP8 "sv), ImageType::webp);
}

TEST(ImageType, RefusesEverythingElse) {
    for (std::string_view bytes : {""sv,
                                   "\xFF\xD8"sv,                // too short for JPEG
                                   "\x89PNG\r\n\x1A"sv,         // PNG signature cut
                                   "\x89PNG\n\n\x1A\n"sv,       // CRLF mangled to LF
                                   "RIFF\x24\0\0\0WAVEfmt "sv,  // RIFF, but audio
                                   "RIFF\0\0\0\0WEB"sv,         // cut
                                   "GIF89a\x01\0\x01\0"sv,      // GIF is not accepted
                                   "%PDF-1.7\n"sv,              //
                                   "<svg xmlns='http://www.w3.org/2000/svg'/>"sv,
                                   "\0\0\0\x18"
                                   "ftypheic"sv,  // HEIC
                                   "Ini bukan foto, hanya teks.\n"sv}) {
        EXPECT_FALSE(sniff_image_type(bytes).has_value()) << bytes;
    }
}

}  // namespace
}  // namespace tanggap::media

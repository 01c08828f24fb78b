#pragma once
// Faces and number plates in a photo, and blurring them: what keeps a bystander's face or a
// car's plate out of the public copy (UU 27/2022: a face is personal data). Detection uses
// OpenCV's Haar cascades from Debian's opencv-data; it finds frontal faces and plates seen
// head-on, and misses others, which is why the officer confirms every photo before it is
// published (domain/publication.hpp) and may draw what it missed.

#include "domain/complaint.hpp"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace tanggap::media {

// 8-bit RGB pixels, row after row, no padding.
struct RgbPixels {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> data;  // width * height * 3
};

// Where Debian's opencv-data puts the cascades.
inline const std::filesystem::path kCascadeDir = "/usr/share/opencv4/haarcascades";

// Whether the cascades are installed and load. PhotoStore refuses to start without them:
// a server that cannot look for faces must not publish photos.
bool blur_detection_available();

// The faces and plates found, in the pixels' coordinates, each padded so that the blur covers
// hair, ears and the plate's frame. Detection runs on a copy at most kDetectionLongSide pixels
// long (a 2560-pixel photo costs about 0.1-0.3 s on one core).
inline constexpr int kDetectionLongSide = 1024;
std::vector<domain::BlurRegion> find_faces_and_plates(const RgbPixels& pixels);

// Makes every region unrecognisable in place: coarse pixelation, then a blur that hides the
// blocks' edges, so that no sharpening brings the face back. Regions are clipped to the image.
void blur_regions(RgbPixels& pixels, const std::vector<domain::BlurRegion>& regions);

}  // namespace tanggap::media

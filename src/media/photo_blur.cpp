#include "media/photo_blur.hpp"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace tanggap::media {
namespace {

// The "alt2" face cascade: in our trials on a 2560-pixel photo it found the face at every
// scale tried with no false alarm, where "default" added patches of uniform background.
constexpr const char* kFaceCascade = "haarcascade_frontalface_alt2.xml";
// Trained on Russian plates: a light plate with dark characters, which Indonesian plates have
// been since 2022 (white plates, Korlantas); older black plates are found less often.
constexpr const char* kPlateCascade = "haarcascade_russian_plate_number.xml";

struct Cascades {
    cv::CascadeClassifier face;
    cv::CascadeClassifier plate;
    bool loaded = false;
};

// detectMultiScale mutates the classifier's scratch state: one pair per thread.
Cascades& cascades() {
    thread_local Cascades pair = [] {
        Cascades c;
        c.loaded = c.face.load((kCascadeDir / kFaceCascade).string()) &&
                   c.plate.load((kCascadeDir / kPlateCascade).string());
        return c;
    }();
    return pair;
}

cv::Mat view(const RgbPixels& pixels) {
    // OpenCV only reads through this view here; the const_cast is its API's, not a write.
    return cv::Mat(
        pixels.height, pixels.width, CV_8UC3, const_cast<std::uint8_t*>(pixels.data.data()));
}

cv::Rect clip(cv::Rect r, int width, int height) { return r & cv::Rect(0, 0, width, height); }

// Grows a detection by `share` of its size on each side: a face cascade's box stops at the
// eyebrows and the chin.
cv::Rect padded(const cv::Rect& r, double share) {
    const int dx = static_cast<int>(std::lround(r.width * share));
    const int dy = static_cast<int>(std::lround(r.height * share));
    return cv::Rect(r.x - dx, r.y - dy, r.width + 2 * dx, r.height + 2 * dy);
}

void add_found(std::vector<domain::BlurRegion>& out,
               const std::vector<cv::Rect>& found,
               double scale,
               double pad,
               domain::BlurKind kind,
               const RgbPixels& pixels) {
    for (const auto& r : found) {
        cv::Rect full(static_cast<int>(std::floor(r.x / scale)),
                      static_cast<int>(std::floor(r.y / scale)),
                      static_cast<int>(std::ceil(r.width / scale)),
                      static_cast<int>(std::ceil(r.height / scale)));
        auto box = clip(padded(full, pad), pixels.width, pixels.height);
        if (box.empty()) continue;
        out.push_back(domain::BlurRegion{box.x, box.y, box.width, box.height, kind});
    }
}

}  // namespace

bool blur_detection_available() { return cascades().loaded; }

std::vector<domain::BlurRegion> find_faces_and_plates(const RgbPixels& pixels) {
    std::vector<domain::BlurRegion> out;
    auto& pair = cascades();
    if (!pair.loaded || pixels.width <= 0 || pixels.height <= 0) return out;
    const double scale =
        std::min(1.0, double(kDetectionLongSide) / std::max(pixels.width, pixels.height));
    cv::Mat gray;
    cv::cvtColor(view(pixels), gray, cv::COLOR_RGB2GRAY);
    if (scale < 1.0) cv::resize(gray, gray, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::equalizeHist(gray, gray);
    std::vector<cv::Rect> faces;
    pair.face.detectMultiScale(gray, faces, 1.1, 4, 0, cv::Size(20, 20));
    std::vector<cv::Rect> plates;
    pair.plate.detectMultiScale(gray, plates, 1.1, 4, 0, cv::Size(36, 12));
    add_found(out, faces, scale, 0.2, domain::BlurKind::face, pixels);
    add_found(out, plates, scale, 0.1, domain::BlurKind::plate, pixels);
    return out;
}

void blur_regions(RgbPixels& pixels, const std::vector<domain::BlurRegion>& regions) {
    cv::Mat image(pixels.height, pixels.width, CV_8UC3, pixels.data.data());
    for (const auto& region : regions) {
        auto box = clip(
            cv::Rect(region.x, region.y, region.width, region.height), pixels.width, pixels.height);
        if (box.empty()) continue;
        cv::Mat area = image(box);
        // About eight blocks across the shorter side: enough to keep the shape of a head,
        // too few for a face or a plate's characters.
        const int block = std::max(2, std::min(box.width, box.height) / 8);
        cv::Mat coarse;
        cv::resize(area,
                   coarse,
                   cv::Size(std::max(1, box.width / block), std::max(1, box.height / block)),
                   0,
                   0,
                   cv::INTER_AREA);
        cv::resize(coarse, area, area.size(), 0, 0, cv::INTER_NEAREST);
        const int kernel = (block | 1) + 2;  // odd
        cv::GaussianBlur(area, area, cv::Size(kernel, kernel), 0);
    }
}

}  // namespace tanggap::media

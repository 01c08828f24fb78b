#pragma once
// The rectangles a photo's public copy blurs: what an officer may set, and how they are
// written down. Finding faces and plates, and blurring, are media's (media/photo_blur.hpp).

#include "core/error.hpp"
#include "domain/complaint.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

inline constexpr std::size_t kBlurRegionsMax = 50;  // per photo
inline constexpr int kBlurRegionMinSide = 4;        // pixels; smaller hides nothing

std::string_view to_string(BlurKind kind);
std::optional<BlurKind> parse_blur_kind(std::string_view text);

// Errors (invalid_field, field "photo_blurs"): more than kBlurRegionsMax regions, a side below
// kBlurRegionMinSide, or a region reaching outside the photo.
core::Result<void> check_blur_regions(const Photo& photo, const std::vector<BlurRegion>& regions);

// One line for the store: "face 10 20 30 40;manual 0 0 8 8" ("" for none). parse_blur_regions
// reads it back, nullopt when it is not such a line.
std::string format_blur_regions(const std::vector<BlurRegion>& regions);
std::optional<std::vector<BlurRegion>> parse_blur_regions(std::string_view text);

}  // namespace tanggap::domain

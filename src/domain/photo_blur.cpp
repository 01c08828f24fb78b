#include "domain/photo_blur.hpp"

#include <charconv>

namespace tanggap::domain {

std::string_view to_string(BlurKind kind) {
    switch (kind) {
        case BlurKind::face:
            return "face";
        case BlurKind::plate:
            return "plate";
        case BlurKind::manual:
            return "manual";
    }
    return "manual";
}

std::optional<BlurKind> parse_blur_kind(std::string_view text) {
    for (auto kind : {BlurKind::face, BlurKind::plate, BlurKind::manual}) {
        if (to_string(kind) == text) return kind;
    }
    return std::nullopt;
}

core::Result<void> check_blur_regions(const Photo& photo, const std::vector<BlurRegion>& regions) {
    auto refuse = [](std::string message) {
        return core::make_error(core::ErrorCode::invalid_field, std::move(message), "photo_blurs");
    };
    if (regions.size() > kBlurRegionsMax) {
        return refuse("Paling banyak " + std::to_string(kBlurRegionsMax) +
                      " area yang disamarkan per foto");
    }
    for (const auto& r : regions) {
        if (r.width < kBlurRegionMinSide || r.height < kBlurRegionMinSide) {
            return refuse("Area yang disamarkan paling kecil " +
                          std::to_string(kBlurRegionMinSide) + "x" +
                          std::to_string(kBlurRegionMinSide) + " piksel");
        }
        // Compared in 64 bits: x + width must not overflow on hostile input.
        const auto right = static_cast<long long>(r.x) + r.width;
        const auto bottom = static_cast<long long>(r.y) + r.height;
        if (r.x < 0 || r.y < 0 || right > photo.width || bottom > photo.height) {
            return refuse("Area yang disamarkan harus berada di dalam foto (" +
                          std::to_string(photo.width) + "x" + std::to_string(photo.height) +
                          " piksel)");
        }
    }
    return {};
}

std::string format_blur_regions(const std::vector<BlurRegion>& regions) {
    std::string out;
    for (const auto& r : regions) {
        if (!out.empty()) out += ';';
        out += std::string(to_string(r.kind)) + ' ' + std::to_string(r.x) + ' ' +
               std::to_string(r.y) + ' ' + std::to_string(r.width) + ' ' + std::to_string(r.height);
    }
    return out;
}

namespace {

// "kind x y w h", each number a non-negative int.
std::optional<BlurRegion> parse_region(std::string_view text) {
    const auto space = text.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    auto kind = parse_blur_kind(text.substr(0, space));
    if (!kind) return std::nullopt;
    BlurRegion region;
    region.kind = *kind;
    const char* at = text.data() + space + 1;
    const char* end = text.data() + text.size();
    for (int* field : {&region.x, &region.y, &region.width, &region.height}) {
        auto [next, ec] = std::from_chars(at, end, *field);
        if (ec != std::errc{} || *field < 0) return std::nullopt;
        at = next;
        if (field != &region.height) {
            if (at == end || *at != ' ') return std::nullopt;
            ++at;
        }
    }
    if (at != end) return std::nullopt;
    return region;
}

}  // namespace

std::optional<std::vector<BlurRegion>> parse_blur_regions(std::string_view text) {
    std::vector<BlurRegion> regions;
    while (!text.empty()) {
        const auto cut = text.find(';');
        auto region = parse_region(text.substr(0, cut));
        if (!region) return std::nullopt;
        regions.push_back(*region);
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
        if (text.empty()) return std::nullopt;  // a trailing ';'
    }
    return regions;
}

}  // namespace tanggap::domain

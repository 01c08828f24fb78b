#pragma once
// Text helpers that know nothing of Tanggap.

#include <string_view>

namespace tanggap::util {

// `text` without the ASCII white space (space, tab, CR, LF, VT, FF) at either end. The one
// trim of the code base: user input, header values and CSV cells all go through it.
constexpr std::string_view trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

}  // namespace tanggap::util

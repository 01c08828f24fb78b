#pragma once
// UTF-8 byte limits that never cut a character in two.

#include <cstddef>
#include <string_view>

namespace tanggap::util {

// The longest prefix of `text` of at most `max_bytes` bytes that ends on a character
// boundary: a limit counted in bytes (a column, a log field) keeps the text valid UTF-8.
constexpr std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

}  // namespace tanggap::util

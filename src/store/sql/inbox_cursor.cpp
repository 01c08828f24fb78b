#include "store/sql/inbox_cursor.hpp"

#include <array>

namespace tanggap::store::sql {
namespace {

// The prefix versions the format, so a later change can still tell old cursors apart.
constexpr std::string_view kPrefix = "i1";
constexpr std::string_view kDigits = "0123456789abcdef";
constexpr std::size_t kHexPerKey = 16;

void append_hex(std::string& out, std::int64_t value) {
    const auto bits = static_cast<std::uint64_t>(value);
    for (int shift = 60; shift >= 0; shift -= 4) out += kDigits[(bits >> shift) & 0xf];
}

std::optional<std::int64_t> parse_hex(std::string_view text) {
    std::uint64_t bits = 0;
    for (char ch : text) {
        const auto digit = kDigits.find(ch);
        if (digit == std::string_view::npos) return std::nullopt;
        bits = (bits << 4) | digit;
    }
    return static_cast<std::int64_t>(bits);
}

}  // namespace

std::string encode_cursor(const InboxCursor& cursor) {
    std::string out(kPrefix);
    out.reserve(kPrefix.size() + 3 * kHexPerKey);
    append_hex(out, cursor.due_key);
    append_hex(out, cursor.created_at);
    append_hex(out, cursor.id);
    return out;
}

std::optional<InboxCursor> decode_cursor(std::string_view text) {
    if (text.size() != kPrefix.size() + 3 * kHexPerKey || !text.starts_with(kPrefix)) {
        return std::nullopt;
    }
    text.remove_prefix(kPrefix.size());
    std::array<std::int64_t, 3> keys{};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto key = parse_hex(text.substr(i * kHexPerKey, kHexPerKey));
        if (!key) return std::nullopt;
        keys[i] = *key;
    }
    if (keys[2] <= 0) return std::nullopt;  // row ids start at 1
    return InboxCursor{keys[0], keys[1], keys[2]};
}

}  // namespace tanggap::store::sql

#pragma once
// The inbox's keyset cursor: the sort key of the last row of a page, as an opaque string.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::store::sql {

// Stands for "no due time" so that undated complaints sort last (as in the schema's indexes).
inline constexpr std::int64_t kNoDueAt = std::numeric_limits<std::int64_t>::max();

struct InboxCursor {
    std::int64_t due_key = kNoDueAt;  // due_at in ms, or kNoDueAt
    std::int64_t created_at = 0;      // ms
    std::int64_t id = 0;

    bool operator==(const InboxCursor&) const = default;
};

// "i1" followed by 48 lower-case hex digits (the three keys, big-endian).
std::string encode_cursor(const InboxCursor& cursor);

// nullopt for anything encode_cursor() cannot have produced.
std::optional<InboxCursor> decode_cursor(std::string_view text);

}  // namespace tanggap::store::sql

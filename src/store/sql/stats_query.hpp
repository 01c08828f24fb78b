#pragma once
// The dashboard figures (ReadTx::complaint_stats) and the public complaint list
// (ReadTx::public_complaints) as SQL. Shared by both back ends.
//
// Thread-safety: none; each call uses one connection on its thread, inside the caller's
// transaction.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::store::sql {

inline constexpr int kPublicListMaxLimit = 100;

// Every figure of ComplaintStats: the counts from one aggregate over the complaints (by month,
// unit, category and channel, added up here), the median from another, so that nothing in
// memory scales with the number of complaints.
core::Result<ComplaintStats> read_complaint_stats(Connection& db, const StatsQuery& query);

// Errors: invalid_field (field "cursor") for a cursor not made by encode_public_cursor().
core::Result<PublicComplaintPage> read_public_complaints(Connection& db,
                                                         const PublicComplaintQuery& query);

// The public list's keyset cursor: the sort key (created_at ms, id) of a page's last row.
// "p1" followed by 32 lower-case hex digits.
struct PublicCursor {
    std::int64_t created_at = 0;
    std::int64_t id = 0;
    bool operator==(const PublicCursor&) const = default;
};
std::string encode_public_cursor(const PublicCursor& cursor);
std::optional<PublicCursor> decode_public_cursor(std::string_view text);

}  // namespace tanggap::store::sql

#include "store/sql/stats_query.hpp"

#include "store/sql/inbox_cursor.hpp"

#include <gtest/gtest.h>

namespace tanggap::store::sqlite {
namespace {

using namespace tanggap::store::sql;

TEST(PublicCursor, RoundTripsBothKeys) {
    for (const PublicCursor& cursor : {
             PublicCursor{1'764'061'200'123, 1},
             PublicCursor{1'764'061'100'000, 987'654'321},
             PublicCursor{-1'000, 42},  // before 1970 stays exact
         }) {
        const auto text = encode_public_cursor(cursor);
        EXPECT_EQ(text.size(), 34u);
        EXPECT_TRUE(text.starts_with("p1")) << text;
        EXPECT_EQ(decode_public_cursor(text), cursor) << text;
    }
}

TEST(PublicCursor, RejectsWhatItDidNotIssue) {
    const auto good = encode_public_cursor({1000, 7});
    std::string upper = good;
    upper[10] = 'F';
    std::string zero_id = good;
    zero_id.replace(zero_id.size() - 16, 16, std::string(16, '0'));
    for (const std::string& bad : {std::string(),
                                   std::string("p1"),
                                   good.substr(0, 33),
                                   good + "0",
                                   "p2" + good.substr(2),
                                   upper,
                                   zero_id,
                                   // The inbox's cursors are another format.
                                   encode_cursor({kNoDueAt, 1000, 7})}) {
        EXPECT_FALSE(decode_public_cursor(bad).has_value()) << bad;
    }
}

}  // namespace
}  // namespace tanggap::store::sqlite

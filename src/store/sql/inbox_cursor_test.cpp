#include "store/sql/inbox_cursor.hpp"

#include <gtest/gtest.h>

namespace tanggap::store::sql {
namespace {

TEST(InboxCursor, RoundTripsEveryKey) {
    for (const InboxCursor& cursor : {
             InboxCursor{kNoDueAt, 1'764'061'200'123, 1},
             InboxCursor{1'764'061'200'000, 1'764'061'100'000, 987'654'321},
             InboxCursor{-5, -1'000, 42},  // before 1970 stays ordered and exact
         }) {
        const auto text = encode_cursor(cursor);
        EXPECT_EQ(text.size(), 50u);
        EXPECT_EQ(decode_cursor(text), cursor) << text;
    }
}

TEST(InboxCursor, RejectsWhatItDidNotIssue) {
    const auto good = encode_cursor({kNoDueAt, 1000, 7});
    std::string upper = good;
    upper[10] = 'F';
    std::string zero_id = encode_cursor({kNoDueAt, 1000, 7});
    zero_id.replace(zero_id.size() - 16, 16, std::string(16, '0'));
    for (const std::string& bad : {std::string(),
                                   std::string("i1"),
                                   good.substr(0, 49),
                                   good + "0",
                                   "i2" + good.substr(2),
                                   "x1" + good.substr(2),
                                   upper,
                                   zero_id,
                                   std::string(50, 'g')}) {
        EXPECT_FALSE(decode_cursor(bad).has_value()) << bad;
    }
}

}  // namespace
}  // namespace tanggap::store::sql

#include "store/postgres/sql_translation.hpp"

#include <gtest/gtest.h>

namespace tanggap::store::postgres {
namespace {

TEST(SqlTranslation, NumberedParametersKeepTheirNumbers) {
    const auto t = translate_parameters("SELECT a FROM t WHERE b = ?2 AND c = ?1 OR d = ?2");
    EXPECT_EQ(t.text, "SELECT a FROM t WHERE b = $2 AND c = $1 OR d = $2");
    EXPECT_EQ(t.parameter_count, 2);
    EXPECT_TRUE(t.names.empty());
}

TEST(SqlTranslation, NamedParametersAreNumberedInOrderOfFirstUse) {
    const auto t = translate_parameters(
        "SELECT x FROM t WHERE (c = :category OR substr(c, 1, length(:category) + 1) ="
        " :category || '.') AND k = :kec LIMIT :limit");
    EXPECT_EQ(t.text,
              "SELECT x FROM t WHERE (c = $1 OR substr(c, 1, length($1) + 1) = $1 || '.')"
              " AND k = $2 LIMIT $3");
    ASSERT_EQ(t.names.size(), 3U);
    EXPECT_EQ(t.names[0], ":category");
    EXPECT_EQ(t.names[2], ":limit");
    EXPECT_EQ(t.first_named, 1);
    EXPECT_EQ(t.parameter_count, 3);
}

TEST(SqlTranslation, NamesComeAfterTheHighestNumber) {
    const auto t = translate_parameters("SELECT ?1, :a, ?3, :b");
    EXPECT_EQ(t.text, "SELECT $1, $4, $3, $5");
    EXPECT_EQ(t.first_named, 4);
    EXPECT_EQ(t.parameter_count, 5);
}

TEST(SqlTranslation, QuotesAndCastsAreLeftAlone) {
    const auto t =
        translate_parameters("SELECT ':not' || \"col?1\", x::bigint, '?2' FROM t WHERE y = ?1");
    EXPECT_EQ(t.text, "SELECT ':not' || \"col?1\", x::bigint, '?2' FROM t WHERE y = $1");
    EXPECT_TRUE(t.names.empty());
    EXPECT_EQ(t.parameter_count, 1);
}

}  // namespace
}  // namespace tanggap::store::postgres

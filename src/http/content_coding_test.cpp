#include "http/content_coding.hpp"

#include <gtest/gtest.h>

namespace tanggap::http {
namespace {

struct Row {
    const char* header;
    bool have_br;
    bool have_gzip;
    ContentCoding expected;
};

TEST(ContentCoding, ChoosesByWeightAndWhatTheServerHas) {
    using enum ContentCoding;
    const Row rows[] = {
        {"", true, true, identity},
        {"gzip, deflate, br", true, true, br},
        {"gzip, deflate, br", false, true, gzip},
        {"gzip, deflate, br", false, false, identity},
        {"gzip", true, true, gzip},
        {"br", true, true, br},
        {"br;q=0, gzip", true, true, gzip},
        {"br; q=0.0, gzip;q=0", true, true, identity},
        {"gzip;q=1.0, br;q=0.5", true, true, gzip},
        {"gzip;q=0.5, br;q=0.5", true, true, br},
        {"BR, GZIP", true, true, br},
        {"x-gzip", false, true, gzip},
        {"*", true, true, br},
        {"*;q=0.5, br;q=0", true, true, gzip},
        {"*;q=0", true, true, identity},
        {"identity", true, true, identity},
        {"identity;q=1, gzip;q=0.5", true, true, identity},
        {"identity;q=0, gzip;q=0.5", false, true, gzip},
        {"br;q=bogus, gzip", true, true, gzip},
        {"br;q=1.5", true, true, identity},
        {" , ,br ,", true, true, br},
        {"deflate", true, true, identity},
    };
    for (const auto& row : rows) {
        EXPECT_EQ(choose_coding(row.header, row.have_br, row.have_gzip), row.expected)
            << "Accept-Encoding: " << row.header << " br=" << row.have_br
            << " gzip=" << row.have_gzip;
    }
}

TEST(ContentCoding, NamesAreTheHeaderTokens) {
    EXPECT_EQ(to_string(ContentCoding::br), "br");
    EXPECT_EQ(to_string(ContentCoding::gzip), "gzip");
    EXPECT_EQ(to_string(ContentCoding::identity), "identity");
}

}  // namespace
}  // namespace tanggap::http

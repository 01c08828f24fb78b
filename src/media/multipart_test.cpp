#include "media/multipart.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace tanggap::media {
namespace {

using core::ErrorCode;

constexpr std::string_view kBoundary = "----TanggapBoundary7MA4YWxkTrZu0gW";
const std::string kContentType = "multipart/form-data; boundary=" + std::string(kBoundary);

struct RawPart {
    std::string headers;  // without the blank line
    std::string data;
};

std::string build_body(const std::vector<RawPart>& parts,
                       std::string_view boundary = kBoundary,
                       bool close = true) {
    std::string body;
    for (const auto& part : parts) {
        body +=
            "--" + std::string(boundary) + "\r\n" + part.headers + "\r\n\r\n" + part.data + "\r\n";
    }
    if (close) body += "--" + std::string(boundary) + "--\r\n";
    return body;
}

RawPart field(std::string name, std::string data) {
    return {"Content-Disposition: form-data; name=\"" + name + "\"", std::move(data)};
}

RawPart file(std::string name,
             std::string filename,
             std::string data,
             std::string type = "image/jpeg") {
    return {"Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename +
                "\"\r\nContent-Type: " + type,
            std::move(data)};
}

const MultipartLimits kLimits{};

TEST(Multipart, ParsesFieldAndFile) {
    auto body = build_body({field("complaint", R"({"description":"Jalan rusak parah"})"),
                            file("photo", "a.jpg", "\xFF\xD8\xFF\xE0 jpeg bytes")});
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 2u);
    const Part& json = (*parts)[0];
    EXPECT_EQ(json.name, "complaint");
    EXPECT_FALSE(json.is_file);
    EXPECT_EQ(json.filename, "");
    EXPECT_EQ(json.content_type, "text/plain");  // RFC 7578 4.4 default
    EXPECT_EQ(json.data, R"({"description":"Jalan rusak parah"})");
    const Part& photo = (*parts)[1];
    EXPECT_EQ(photo.name, "photo");
    EXPECT_TRUE(photo.is_file);
    EXPECT_EQ(photo.filename, "a.jpg");
    EXPECT_EQ(photo.content_type, "image/jpeg");
    EXPECT_EQ(photo.data, "\xFF\xD8\xFF\xE0 jpeg bytes");
    // Views point into the body, no copies.
    EXPECT_GE(photo.data.data(), body.data());
    EXPECT_LE(photo.data.data() + photo.data.size(), body.data() + body.size());
}

TEST(Multipart, QuotedBoundaryWithSpacesAndColon) {
    const std::string boundary = "simple boundary:x=y";
    auto body = build_body({field("a", "1")}, boundary);
    auto parts = parse_multipart(
        "multipart/form-data; charset=utf-8; boundary=\"" + boundary + "\"", body, kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 1u);
    EXPECT_EQ((*parts)[0].data, "1");
}

TEST(Multipart, HeaderNamesAndMediaTypeAreCaseInsensitive) {
    RawPart part{
        "CONTENT-DISPOSITION: Form-Data; NAME=\"photo\"; FileName=\"x.png\"\r\n"
        "content-type:image/png",
        "png"};
    auto parts = parse_multipart(
        "Multipart/Form-Data;BOUNDARY=" + std::string(kBoundary), build_body({part}), kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 1u);
    EXPECT_EQ((*parts)[0].name, "photo");
    EXPECT_EQ((*parts)[0].filename, "x.png");
    EXPECT_EQ((*parts)[0].content_type, "image/png");
}

TEST(Multipart, SeveralPartsWithTheSameNameKeepTheirOrder) {
    auto body = build_body({field("complaint", "{}"),
                            file("photo", "1.jpg", "one"),
                            file("photo", "2.jpg", "two"),
                            file("photo", "3.webp", "three", "image/webp")});
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 4u);
    EXPECT_EQ((*parts)[1].data, "one");
    EXPECT_EQ((*parts)[2].data, "two");
    EXPECT_EQ((*parts)[3].data, "three");
    EXPECT_EQ((*parts)[3].content_type, "image/webp");
}

TEST(Multipart, PreambleEpilogueAndTransportPaddingAreIgnored) {
    std::string body = "This is the preamble.\r\nIt is ignored.\r\n--" + std::string(kBoundary) +
                       " \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue\r\n--" +
                       std::string(kBoundary) + "--\r\nThis is the epilogue.\r\n--" +
                       std::string(kBoundary) + "\r\nnot a part";
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 1u);
    EXPECT_EQ((*parts)[0].data, "value");
}

TEST(Multipart, EmptyValuesAndEmptyFilename) {
    // A browser sends filename="" and no data when the file input is left empty.
    auto body = build_body({field("title", ""), file("photo", "", "", "application/octet-stream")});
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 2u);
    EXPECT_EQ((*parts)[0].data, "");
    EXPECT_TRUE((*parts)[1].is_file);
    EXPECT_EQ((*parts)[1].filename, "");
    EXPECT_EQ((*parts)[1].data, "");
}

TEST(Multipart, QuotedPairsInFilenameAreUnescaped) {
    RawPart part{R"(Content-Disposition: form-data; name="photo"; filename="a\"b; c.jpg")", "x"};
    auto parts = parse_multipart(kContentType, build_body({part}), kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    EXPECT_EQ((*parts)[0].filename, "a\"b; c.jpg");
}

TEST(Multipart, BinaryDataWithCrLfAndBoundaryPiecesSurvives) {
    const std::string b(kBoundary);
    std::string tricky = std::string("\r\n\r\n\0\r\r\n\n", 9) + "\r\n--" + b.substr(0, 10) +
                         "\r\n--" + b + "X\r\n" +  // the boundary followed by a letter
                         "mid--" + b + "\r\n" +    // not at the start of a line
                         "\r\n-" + b + "\r\n" +    // one dash short
                         "\r\n--" + b.substr(1) +  // first character missing
                         "\r\n--" + b + "-\r\n" +  // one dash, not two
                         "\r\n--";                 // ends on a partial delimiter
    std::mt19937 rng(20240501);
    std::string noise(64 * 1024, '\0');
    for (auto& c : noise) c = static_cast<char>(rng() & 0xFF);
    std::string data = tricky + noise + tricky;

    auto body = build_body({file("photo", "bin.jpg", data), field("after", "ok")});
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 2u);
    EXPECT_EQ((*parts)[0].data.size(), data.size());
    EXPECT_TRUE((*parts)[0].data == data);
    EXPECT_EQ((*parts)[1].data, "ok");
}

TEST(Multipart, DataEndingInCrLfKeepsIt) {
    auto body = build_body({file("photo", "a.txt", "line\r\n"), field("x", "\r\n")});
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    EXPECT_EQ((*parts)[0].data, "line\r\n");
    EXPECT_EQ((*parts)[1].data, "\r\n");
}

TEST(Multipart, MissingOrInvalidBoundaryIsMalformed) {
    auto body = build_body({field("a", "1")});
    for (std::string type :
         std::vector<std::string>{"multipart/form-data",
                                  "multipart/form-data; boundary=",
                                  "multipart/form-data; boundary=\"\"",
                                  "multipart/form-data; boundary=" + std::string(71, 'a'),
                                  "multipart/form-data; boundary=\"abc",
                                  "multipart/form-data; boundary=\"ab\x01\""}) {
        auto parts = parse_multipart(type, body, kLimits);
        ASSERT_FALSE(parts) << type;
        EXPECT_EQ(parts.error().code, ErrorCode::malformed) << type;
        EXPECT_FALSE(parts.error().message.empty());
    }
}

TEST(Multipart, OtherMediaTypeIsUnsupported) {
    for (std::string type :
         {"application/json", "multipart/mixed; boundary=abc", "", "text/plain; boundary=abc"}) {
        auto parts = parse_multipart(type, "{}", kLimits);
        ASSERT_FALSE(parts) << type;
        EXPECT_EQ(parts.error().code, ErrorCode::unsupported_media) << type;
    }
}

TEST(Multipart, BodyWithoutAnyDelimiterIsMalformed) {
    for (std::string body : std::vector<std::string>{"", "just text", "--other\r\n\r\n"}) {
        auto parts = parse_multipart(kContentType, body, kLimits);
        ASSERT_FALSE(parts);
        EXPECT_EQ(parts.error().code, ErrorCode::malformed);
    }
}

TEST(Multipart, TruncatedBodyIsMalformed) {
    auto full =
        build_body({field("complaint", "{}"), file("photo", "a.jpg", std::string(500, 'j'))});
    // Every cut that loses the closing delimiter is refused, wherever it falls.
    auto close = full.rfind("\r\n--");
    for (std::size_t cut = 1; cut <= close + 2 + kBoundary.size() + 1; cut += 7) {
        auto parts = parse_multipart(kContentType, std::string_view(full).substr(0, cut), kLimits);
        ASSERT_FALSE(parts) << "cut at " << cut;
        EXPECT_EQ(parts.error().code, ErrorCode::malformed) << "cut at " << cut;
    }
}

TEST(Multipart, NoClosingDelimiterIsMalformed) {
    auto body = build_body({field("complaint", "{}"), file("photo", "a.jpg", "data")},
                           kBoundary,
                           /*close=*/false);
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().code, ErrorCode::malformed);
}

TEST(Multipart, NoPartsAtAllIsAnEmptyList) {
    auto parts = parse_multipart(kContentType, "--" + std::string(kBoundary) + "--\r\n", kLimits);
    ASSERT_TRUE(parts) << parts.error().message;
    EXPECT_TRUE(parts->empty());
}

TEST(Multipart, FilePartOverItsLimitIsTooLargeAndNamed) {
    MultipartLimits limits{.max_parts = 8, .max_part_bytes = 1000, .max_field_bytes = 5000};
    auto at_limit = build_body({file("photo", "a.jpg", std::string(1000, 'x'))});
    EXPECT_TRUE(parse_multipart(kContentType, at_limit, limits));

    auto over = build_body({field("complaint", std::string(3000, 'c')),
                            file("photo", "a.jpg", std::string(1001, 'x'))});
    auto parts = parse_multipart(kContentType, over, limits);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().code, ErrorCode::too_large);
    EXPECT_EQ(parts.error().field, "photo");
}

TEST(Multipart, PlainFieldOverItsLimitIsTooLargeAndNamed) {
    MultipartLimits limits{.max_parts = 8, .max_part_bytes = 1 << 20, .max_field_bytes = 100};
    auto body = build_body({field("complaint", std::string(101, 'c'))});
    auto parts = parse_multipart(kContentType, body, limits);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().code, ErrorCode::too_large);
    EXPECT_EQ(parts.error().field, "complaint");
}

TEST(Multipart, TooManyPartsIsTooLarge) {
    MultipartLimits limits{.max_parts = 3, .max_part_bytes = 100, .max_field_bytes = 100};
    std::vector<RawPart> raw{
        field("complaint", "{}"), file("photo", "1.jpg", "1"), file("photo", "2.jpg", "2")};
    EXPECT_TRUE(parse_multipart(kContentType, build_body(raw), limits));
    raw.push_back(file("photo", "3.jpg", "3"));
    auto parts = parse_multipart(kContentType, build_body(raw), limits);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().code, ErrorCode::too_large);
    EXPECT_EQ(parts.error().field, "photo");
}

TEST(Multipart, BrokenPartHeadersAreMalformed) {
    const std::vector<RawPart> cases{
        {"Content-Type: text/plain", "no disposition"},
        {"Content-Disposition: attachment; name=\"a\"", "not form-data"},
        {"Content-Disposition: form-data", "no name"},
        {"Content-Disposition: form-data; name=\"\"", "empty name"},
        {"Content-Disposition: form-data; name=\"a\"; name=\"b\"", "repeated name"},
        {"Content-Disposition: form-data; name=\"a\"\r\nContent-Disposition: form-data; "
         "name=\"b\"",
         "repeated header"},
        {"Content-Disposition: form-data; name=\"a\"\r\nno colon here", "bad line"},
        {"Content-Disposition: form-data; name=\"a\"\r\n folded: continuation", "folded"},
        {"Content-Disposition: form-data; name=\"a\nb\"", "bare LF"},
        {"Content-Disposition: form-data; name=\"unterminated", "quote"},
    };
    for (const auto& raw : cases) {
        auto parts = parse_multipart(kContentType, build_body({raw}), kLimits);
        ASSERT_FALSE(parts) << raw.data;
        EXPECT_EQ(parts.error().code, ErrorCode::malformed) << raw.data;
    }
}

TEST(Multipart, PartWithoutBlankLineAfterHeadersIsMalformed) {
    std::string body = "--" + std::string(kBoundary) +
                       "\r\nContent-Disposition: form-data; name=\"a\"\r\nvalue\r\n--" +
                       std::string(kBoundary) + "--\r\n";
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().code, ErrorCode::malformed);
}

TEST(Multipart, BareLfLineEndingsAreMalformed) {
    std::string body = "--" + std::string(kBoundary) +
                       "\nContent-Disposition: form-data; name=\"a\"\n\nvalue\n--" +
                       std::string(kBoundary) + "--\n";
    auto parts = parse_multipart(kContentType, body, kLimits);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().code, ErrorCode::malformed);
}

}  // namespace
}  // namespace tanggap::media

#include "domain/submission.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tanggap::domain {
namespace {

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

DirectoryIndex make_directory() {
    auto unit = [](std::string code, UnitKind kind) {
        Unit u;
        u.code = code;
        u.name = "Unit " + code;
        u.kind = kind;
        u.area_code = code;
        return u;
    };
    Category bansos;
    bansos.code = "sosial.bansos";
    bansos.name = "Bantuan sosial";
    return DirectoryIndex(
        {
            unit("32.12.05", UnitKind::kecamatan),
            unit("32.12.05.2001", UnitKind::desa),
            unit("32.12.06", UnitKind::kecamatan),
            unit("32.12.06.1001", UnitKind::kelurahan),
        },
        {bansos});
}

Submission valid_submission() {
    Submission s;
    s.description = "Bantuan beras bulan ini belum diterima warga RT 03.";
    s.category_code = "sosial.bansos";
    return s;
}

// Validates and returns the error's field, or "" when the submission passes.
std::string failing_field(const Submission& s) {
    auto result = validate_submission(s, make_directory());
    if (result.has_value()) return "";
    EXPECT_EQ(result.error().code, core::ErrorCode::invalid_field) << result.error().message;
    EXPECT_FALSE(result.error().message.empty());
    return result.error().field;
}

TEST(Submission, AMinimalSubmissionPasses) {
    auto result = validate_submission(valid_submission(), make_directory());
    ASSERT_TRUE(result.has_value()) << result.error().message;
}

// --- description --------------------------------------------------------------------------

struct TextCase {
    const char* what;
    std::string text;
    bool accepted;
};

TEST(Submission, DescriptionLengthIsCountedInCodePoints) {
    const std::string emoji = "\xF0\x9F\x9A\xA7";  // U+1F6A7 construction sign, 4 bytes
    const std::string e_acute = "\xC3\xA9";        // U+00E9, 2 bytes
    const TextCase cases[] = {
        {"9 ASCII characters", "Jalan rus", false},
        {"10 ASCII characters", "Jalan rusa", true},
        {"9 emoji (36 bytes)", repeat(emoji, 9), false},
        {"10 emoji (40 bytes)", repeat(emoji, 10), true},
        {"Indonesian text with an em dash", "Jalan rusak \xE2\x80\x94 bahaya!", true},
        {"5000 two-byte characters (10000 bytes)", repeat(e_acute, 5000), true},
        {"5001 two-byte characters", repeat(e_acute, 5001), false},
        {"5000 emoji (20000 bytes)", repeat(emoji, 5000), true},
        {"5000 ASCII characters", repeat("a", 5000), true},
        {"5001 ASCII characters", repeat("a", 5001), false},
        {"9 characters padded with whitespace", "  \t Jalan rus \r\n ", false},
        {"empty", "", false},
    };
    for (const auto& tc : cases) {
        Submission s = valid_submission();
        s.description = tc.text;
        EXPECT_EQ(failing_field(s), tc.accepted ? "" : "description") << tc.what;
    }
}

TEST(Submission, DescriptionMustBeValidUtf8) {
    const TextCase cases[] = {
        {"a stray continuation byte", "Jalan rusak \x80 parah", false},
        {"a byte that never occurs in UTF-8", "Jalan rusak \xFF parah", false},
        {"a truncated 3-byte sequence at the end", "Jalan rusak parah \xE2\x80", false},
        {"an overlong '/'", "Jalan rusak \xC0\xAF parah", false},
        {"an overlong 3-byte NUL", "Jalan rusak \xE0\x80\x80 parah", false},
        {"a UTF-16 surrogate", "Jalan rusak \xED\xA0\x80 parah", false},
        {"beyond U+10FFFF", "Jalan rusak \xF4\x90\x80\x80 parah", false},
        {"a 5-byte lead", "Jalan rusak \xF8\x88\x80\x80\x80 parah", false},
        {"the largest code point", "Jalan rusak \xF4\x8F\xBF\xBF parah", true},
    };
    for (const auto& tc : cases) {
        Submission s = valid_submission();
        s.description = tc.text;
        EXPECT_EQ(failing_field(s), tc.accepted ? "" : "description") << tc.what;
        EXPECT_EQ(utf8_length(tc.text).has_value(), tc.accepted) << tc.what;
    }
}

TEST(Submission, Utf8LengthCountsCodePoints) {
    EXPECT_EQ(utf8_length(""), 0u);
    EXPECT_EQ(utf8_length("Indramayu"), 9u);
    EXPECT_EQ(utf8_length("caf\xC3\xA9"), 4u);  // café
    EXPECT_EQ(utf8_length("\xE2\x82\xAC"
                          "5"),
              2u);                                                   // €5
    EXPECT_EQ(utf8_length("\xF0\x9F\x98\x80\xF0\x9F\x98\x80"), 2u);  // two emoji
}

TEST(Submission, DescriptionIsTrimmed) {
    Submission s = valid_submission();
    s.description = "  \n Lampu jalan mati sejak minggu lalu.\t ";
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->description, "Lampu jalan mati sejak minggu lalu.");
}

// --- title ----------------------------------------------------------------------------------

TEST(Submission, MissingTitleIsTheShortDescription) {
    Submission s = valid_submission();
    s.title = "   ";
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->title, "Bantuan beras bulan ini belum diterima warga RT 03.");
}

TEST(Submission, MissingTitleIsTheFirst80CodePointsOfALongDescription) {
    Submission s = valid_submission();
    s.description = repeat("\xC3\xA9", 79) + "\xF0\x9F\x9A\xA7" + repeat("x", 100);
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    // Cut after the emoji (the 80th code point), never inside it, with an ellipsis.
    EXPECT_EQ(result->title, repeat("\xC3\xA9", 79) + "\xF0\x9F\x9A\xA7" + "\xE2\x80\xA6");
    EXPECT_EQ(utf8_length(result->title), 81u);
}

TEST(Submission, GivenTitleIsTrimmedAndKept) {
    Submission s = valid_submission();
    s.title = "  Bansos belum cair  ";
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->title, "Bansos belum cair");
}

TEST(Submission, TitleIsAtMost200CodePoints) {
    Submission s = valid_submission();
    s.title = repeat("\xC3\xA9", 200);
    EXPECT_EQ(failing_field(s), "");
    s.title = repeat("\xC3\xA9", 201);
    EXPECT_EQ(failing_field(s), "title");
    s.title = "Judul \xFF";
    EXPECT_EQ(failing_field(s), "title");
}

// --- category and location ------------------------------------------------------------------

TEST(Submission, NeedsACategoryOrALocation) {
    Submission s = valid_submission();
    s.category_code = "  ";
    EXPECT_EQ(failing_field(s), "category");

    s.location.kecamatan_code = "32.12.05";
    EXPECT_EQ(failing_field(s), "");

    s.location = Location{};
    s.location.address = "Jl. Raya Losarang";
    EXPECT_EQ(failing_field(s), "");
}

TEST(Submission, UnknownCategoryIsRefused) {
    Submission s = valid_submission();
    s.category_code = "sosial.tidak_ada";
    EXPECT_EQ(failing_field(s), "category");
}

struct LocationCase {
    const char* what;
    Location location;
    std::string field;  // empty: accepted
};

Location coords(std::optional<double> lat, std::optional<double> lon) {
    Location loc;
    loc.lat = lat;
    loc.lon = lon;
    return loc;
}

Location codes(std::string kecamatan, std::string desa) {
    Location loc;
    loc.kecamatan_code = std::move(kecamatan);
    loc.desa_code = std::move(desa);
    return loc;
}

TEST(Submission, LocationRules) {
    const LocationCase cases[] = {
        {"lat without lon", coords(-6.33, std::nullopt), "location.lon"},
        {"lon without lat", coords(std::nullopt, 108.32), "location.lat"},
        {"Indramayu", coords(-6.33, 108.32), ""},
        {"the corners of the range", coords(-90, 180), ""},
        {"the other corners", coords(90, -180), ""},
        {"lat above 90", coords(90.5, 108.32), "location.lat"},
        {"lat below -90", coords(-91, 108.32), "location.lat"},
        {"lon above 180", coords(-6.33, 180.01), "location.lon"},
        {"lon below -180", coords(-6.33, -181), "location.lon"},
        {"a known kecamatan", codes("32.12.05", ""), ""},
        {"a kecamatan code of the wrong shape", codes("32.12.5", ""), "location.kecamatan_code"},
        {"a kecamatan code with letters", codes("kec.losarang", ""), "location.kecamatan_code"},
        {"a well-formed unknown kecamatan", codes("32.12.99", ""), "location.kecamatan_code"},
        {"a desa code given as kecamatan", codes("32.12.05.2001", ""), "location.kecamatan_code"},
        {"a known desa in its kecamatan", codes("32.12.05", "32.12.05.2001"), ""},
        {"a known kelurahan", codes("32.12.06", "32.12.06.1001"), ""},
        {"a desa code of the wrong shape", codes("", "32.12.05.201"), "location.desa_code"},
        {"a well-formed unknown desa", codes("", "32.12.05.9999"), "location.desa_code"},
        {"a kecamatan code given as desa", codes("", "32.12.05"), "location.desa_code"},
        {"a desa outside the kecamatan", codes("32.12.06", "32.12.05.2001"), "location.desa_code"},
    };
    for (const auto& lc : cases) {
        Submission s = valid_submission();
        s.location = lc.location;
        EXPECT_EQ(failing_field(s), lc.field) << lc.what;
    }
}

TEST(Submission, KecamatanIsDerivedFromTheDesa) {
    Submission s = valid_submission();
    s.location = codes("", "32.12.05.2001");
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->location.kecamatan_code, "32.12.05");
    EXPECT_EQ(result->location.desa_code, "32.12.05.2001");
}

TEST(Submission, AddressIsTrimmedAndAtMost500CodePoints) {
    Submission s = valid_submission();
    s.location.address = "  Jl. Raya Losarang No. 1 ";
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->location.address, "Jl. Raya Losarang No. 1");
    s.location.address = repeat("\xC3\xA9", 500);
    EXPECT_EQ(failing_field(s), "");
    s.location.address = repeat("\xC3\xA9", 501);
    EXPECT_EQ(failing_field(s), "location.address");
}

// --- reporter -------------------------------------------------------------------------------

struct PhoneCase {
    const char* input;
    std::optional<std::string> normalized;
};

TEST(Submission, PhoneNormalisation) {
    const PhoneCase cases[] = {
        {"081234567890", "+6281234567890"},
        {"0812-3456-7890", "+6281234567890"},
        {"0812 3456 7890", "+6281234567890"},
        {"6281234567890", "+6281234567890"},
        {"+6281234567890", "+6281234567890"},
        {"+62 812-3456-7890", "+6281234567890"},
        {"(0234) 272-123", "+62234272123"},  // a landline in Indramayu
        {"0812.3456.7890", "+6281234567890"},
        {"0812-3456-78ab", std::nullopt},
        {"telepon saya", std::nullopt},
        {"0812", std::nullopt},
        {"0812345", std::nullopt},                 // 62812345: 8 digits
        {"+62 812 3456 7890 1234", std::nullopt},  // 17 digits
        {"+1 202 555 0100", std::nullopt},
        {"62+81234567890", std::nullopt},
        {"++6281234567890", std::nullopt},
        {"", std::nullopt},
        {"0062812345678", "+62812345678"},
        {"+62 0812 3456 7890", "+6281234567890"},
        {"00001068871776", std::nullopt},  // found by fuzz_personal_data: "00" then "00..."
    };
    for (const auto& pc : cases) {
        EXPECT_EQ(normalize_phone(pc.input), pc.normalized) << pc.input;
        // A normalised number normalises to itself.
        if (pc.normalized) {
            EXPECT_EQ(normalize_phone(*pc.normalized), pc.normalized) << pc.input;
        }
    }
}

TEST(Submission, PhoneLinksAreBuiltFromTheNormalisedNumber) {
    EXPECT_EQ(tel_uri("(0234) 296626"), "tel:+62234296626");
    EXPECT_EQ(whatsapp_uri("+6281299920993"), "https://wa.me/6281299920993");
    EXPECT_EQ(whatsapp_uri("0812-9992-0993"), "https://wa.me/6281299920993");
    EXPECT_EQ(tel_uri("bukan nomor"), std::nullopt);
    EXPECT_EQ(whatsapp_uri("112"), std::nullopt);
}

TEST(Submission, ReporterPhoneIsNormalisedOrRefused) {
    Submission s = valid_submission();
    s.reporter.phone = "0812-3456-7890";
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->reporter.phone, "+6281234567890");
    s.reporter.phone = "0812-ABC";
    EXPECT_EQ(failing_field(s), "reporter.phone");
}

TEST(Submission, ReporterEmail) {
    const std::pair<const char*, bool> cases[] = {
        {"warga@example.id", true},
        {"  warga.losarang+aduan@mail.indramayukab.go.id ", true},
        {"warga@", false},
        {"@example.id", false},
        {"warga@localhost", false},
        {"warga example@example.id", false},
        {"warga@@example.id", false},
    };
    for (const auto& [email, accepted] : cases) {
        Submission s = valid_submission();
        s.reporter.email = email;
        EXPECT_EQ(failing_field(s), accepted ? "" : "reporter.email") << email;
    }
    Submission s = valid_submission();
    s.reporter.email = repeat("a", 250) + "@x.id";
    EXPECT_EQ(failing_field(s), "reporter.email");
}

TEST(Submission, ReporterNameIsTrimmedAndAtMost100CodePoints) {
    Submission s = valid_submission();
    s.reporter.name = "  Siti Nurhaliza ";
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->reporter.name, "Siti Nurhaliza");
    s.reporter.name = repeat("\xC3\xA9", 101);
    EXPECT_EQ(failing_field(s), "reporter.name");
}

TEST(Submission, AReporterMayLeaveNoContactAtAll) {
    Submission s = valid_submission();
    s.reporter = Reporter{};
    s.anonymous = true;
    s.confidential = true;
    auto result = validate_submission(s, make_directory());
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(result->anonymous);
    EXPECT_TRUE(result->confidential);
}

}  // namespace
}  // namespace tanggap::domain

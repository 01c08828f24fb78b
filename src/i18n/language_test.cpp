#include "i18n/language.hpp"

#include <gtest/gtest.h>

namespace tanggap::i18n {
namespace {

struct Case {
    const char* header;
    Language expected;
};

// One row per rule of language_from_accept_language (language.hpp).
constexpr Case kCases[] = {
    {"", Language::indonesian},                                     // missing: the default
    {"en", Language::english},                                      //
    {"EN", Language::english},                                      // tags are case-insensitive
    {"en-US", Language::english},                                   // a regional English is English
    {"en-GB,en;q=0.9", Language::english},                          //
    {"id", Language::indonesian},                                   //
    {"id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", Language::indonesian},  // a browser in Indonesian
    {"en-US,en;q=0.9,id;q=0.8", Language::english},                 // a browser in English
    {"id;q=0.5, en;q=0.8", Language::english},                      // the higher weight wins
    {"en;q=0.5, id;q=0.5", Language::english},                      // a tie: the earlier range
    {"id, en", Language::indonesian},                               //
    {"en, id", Language::english},                                  //
    {"fr", Language::indonesian},                                   // neither named: the default
    {"fr, en;q=0.3", Language::english},           // English acceptable, Indonesian not named
    {"en;q=0", Language::indonesian},              // q=0 excludes
    {"en-US, en;q=0", Language::indonesian},       // the primary tag alone decides
    {"id;q=0, en;q=0.1", Language::english},       //
    {"*", Language::indonesian},                   // anything: the default
    {"id;q=0, *", Language::english},              // anything but Indonesian
    {"en;q=1.000", Language::english},             //
    {"en;q=1.5, id;q=0.1", Language::indonesian},  // a malformed weight drops its range
    {"en;q=abc", Language::indonesian},            //
    {"en ; q=0.7 ,id;q=0.6", Language::english},   // spaces around parameters
    {",,,", Language::indonesian},                 // empty elements
    {"english", Language::indonesian},             // not a tag we know
    {"in", Language::indonesian},                  //
};

TEST(AcceptLanguage, ChoosesByRfc9110Weights) {
    for (const auto& c : kCases) {
        EXPECT_EQ(language_from_accept_language(c.header), c.expected) << c.header;
    }
}

TEST(AcceptLanguage, NamesTheContentLanguage) {
    EXPECT_EQ(to_string(Language::indonesian), "id");
    EXPECT_EQ(to_string(Language::english), "en");
}

}  // namespace
}  // namespace tanggap::i18n

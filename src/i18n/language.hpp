#pragma once
// The languages the server's messages are written in, and the choice of one by a request's
// Accept-Language header.

#include <string_view>

namespace tanggap::i18n {

enum class Language {
    indonesian,  // "id": every message is written in it; the default
    english,     // "en"
};

// "id" or "en": the Content-Language of a message in `language`.
std::string_view to_string(Language language);

// The language to answer in, for an Accept-Language header (RFC 9110 section 12.5.4): the
// supported language with the highest weight, the earlier range winning a tie. "en" and any
// "en-*" range stand for English, "id" and "id-*" for Indonesian, "*" for either not named;
// q=0 excludes. A missing or empty header, a header naming neither, or one that cannot be
// read gives Indonesian. Pure; never throws.
Language language_from_accept_language(std::string_view header);

}  // namespace tanggap::i18n

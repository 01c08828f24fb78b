#pragma once
// The message catalogue, gettext-style: a message's Indonesian text, as written where the
// error is made, is its key. A message with dynamic parts is written as the filled form of a
// catalogued pattern ("Tidak dapat menulis {}"), and translate() recovers the parts.

#include "i18n/language.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::i18n {

struct Entry {
    std::string_view indonesian;  // the key; "{}" marks each dynamic part
    std::string_view english;     // the same "{}" parts, in the same order
};

// Every entry, sorted by key, each key once (catalogue.cpp). Static storage.
std::span<const Entry> catalogue();

// `text` in `language`. Indonesian returns it as is. Otherwise: the entry whose key is `text`,
// else the pattern that matches it with the most fixed text (each "{}" standing for a
// non-empty part), its parts themselves translated; a text the catalogue does not know comes
// back unchanged. Thread-safe.
std::string translate(std::string_view text, Language language);

// The parts of `text` that fill the "{}"s of `pattern` in order, or nothing when it does not
// match. Each part is non-empty and as short as lets the rest match. Views into `text`.
std::optional<std::vector<std::string_view>> match_pattern(std::string_view pattern,
                                                           std::string_view text);

}  // namespace tanggap::i18n

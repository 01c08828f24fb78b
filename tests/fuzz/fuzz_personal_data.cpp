// Any bytes as a citizen's text: the recognisers of NIK/KK numbers, phone numbers, e-mail
// addresses and plates, the redaction built on them, and phone/e-mail validation. Checks the
// promises of domain/redaction.hpp: spans in order, inside the text, never overlapping; valid
// UTF-8 in gives valid UTF-8 out with as many characters; every identity number is masked.
#include "domain/redaction.hpp"
#include "domain/submission.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

// Characters in valid UTF-8 (no overlongs, surrogates or code points past U+10FFFF), or
// nullopt for anything else.
std::optional<std::size_t> checked_utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t n = c < 0x80           ? 1
                        : (c >> 5) == 0x6  ? 2
                        : (c >> 4) == 0xE  ? 3
                        : (c >> 3) == 0x1E ? 4
                                           : 0;
        if (n == 0 || i + n > text.size()) return std::nullopt;
        std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < n; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc >> 6) != 0x2) return std::nullopt;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return std::nullopt;
        }
        i += n;
    }
    return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tanggap::domain;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto spans = find_personal_data(text);
    std::size_t previous_end = 0;
    for (const auto& span : spans) {
        if (span.begin < previous_end || span.end <= span.begin || span.end > text.size()) {
            std::abort();
        }
        previous_end = span.end;
    }
    // Officers' phrases arrive as JSON strings, always valid UTF-8: a prefix that is not is
    // no phrase an officer could send.
    const auto prefix = text.substr(0, 3);
    const std::string phrases[] = {checked_utf8_length(prefix) ? std::string(prefix) : "", "jalan"};
    const auto redacted = redact(text, phrases);
    if (const auto length = checked_utf8_length(text)) {
        if (checked_utf8_length(redacted) != length) std::abort();
        // Every identity number found is masked: at least 8 of its digits hidden. (Not "no
        // 16 digits remain": masking a phrase or a phone can cut a longer number, public all
        // along, down to 16 digits; the fuzzer's first findings here.) ASCII text only, so
        // that offsets in the redacted copy are the original's.
        const bool ascii = *length == text.size();
        const auto masked = redact(text);
        for (const auto& span : spans) {
            if (!ascii || span.kind != PersonalData::id_number) continue;
            std::size_t hidden = 0;
            for (auto i = span.begin; i < span.end; ++i) hidden += masked[i] == '*';
            if (hidden < 8) std::abort();
        }
    }
    if (auto phone = normalize_phone(text); phone && normalize_phone(*phone) != phone) {
        std::abort();  // a normalised number normalises to itself
    }
    (void)is_email_address(text);
    return 0;
}

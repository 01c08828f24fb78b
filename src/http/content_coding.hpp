#pragma once
// Which precompressed variant of a static file to send, from the request's Accept-Encoding
// (RFC 9110 section 12.5.3). Pure; no Beast.

#include <string_view>

namespace tanggap::http {

enum class ContentCoding { identity, gzip, br };

// The coding with the highest q among those the server has (`have_br`, `have_gzip`; identity
// always), ties going to the smaller one (br, then gzip, then identity). A coding listed with
// q=0 is refused, `*` stands for every coding not listed, and an absent or empty header means
// identity only. When the client refuses everything, identity is still the answer: a body it
// can decode is worth more than a 406 for a page.
ContentCoding choose_coding(std::string_view accept_encoding, bool have_br, bool have_gzip);

std::string_view to_string(ContentCoding coding);

}  // namespace tanggap::http

#pragma once
// multipart/form-data (RFC 7578, framing per RFC 2046 section 5.1.1) parsed from a body that is
// already complete in memory. Pure C++: the HTTP layer passes the Content-Type header and the
// raw body it has read under its own body limit.

#include "core/error.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::media {

struct MultipartLimits {
    std::size_t max_parts = 16;                     // parts of any kind
    std::size_t max_part_bytes = 10 * 1024 * 1024;  // data of one file part (has a filename)
    std::size_t max_field_bytes = 1024 * 1024;      // data of one plain field (no filename)
};

struct Part {
    std::string name;          // Content-Disposition name (never empty)
    std::string filename;      // Content-Disposition filename; as sent, NOT a safe path
    std::string content_type;  // as declared, "text/plain" when absent (RFC 7578 4.4); untrusted
    std::string_view data;     // a view into the body passed to parse_multipart
    bool is_file = false;      // a filename parameter was present (even an empty one)
};

// Splits `body` into its parts, in order. Several parts may share a name (e.g. "photo").
// `content_type_header` is the whole header value, e.g.
// `multipart/form-data; boundary="----x"`; the boundary may be quoted or a token.
// The preamble before the first delimiter and the epilogue after the closing one are ignored.
// A "--boundary" that is not at the start of a line, or is followed by anything other than
// "--", spaces/tabs or CRLF, is data (as in Go's mime/multipart), so binary content holding
// CR, LF and pieces of the boundary survives byte for byte.
//
// Errors (messages in Bahasa Indonesia, safe for the client):
// - unsupported_media: the media type is not multipart/form-data.
// - malformed: no or invalid boundary, no opening or closing delimiter, a part's headers
//   not ended by an empty line or with a line that is not "Name: value", a part without
//   `Content-Disposition: form-data; name="..."`.
// - too_large, field = the part's name: a file part over max_part_bytes, a plain field over
//   max_field_bytes, or the part that exceeds max_parts.
// Thread-safety: a pure function; the returned views live as long as `body`.
core::Result<std::vector<Part>> parse_multipart(std::string_view content_type_header,
                                                std::string_view body,
                                                const MultipartLimits& limits);

}  // namespace tanggap::media

#include "media/multipart.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace tanggap::media {
namespace {

using core::ErrorCode;
using core::make_error;

// Generous for a name, a filename and a content type; stops a header scan from walking
// through megabytes of file data when the blank line is missing.
constexpr std::size_t kMaxPartHeaderBytes = 8 * 1024;
constexpr std::size_t kMaxBoundaryLength = 70;  // RFC 2046 section 5.1.1
constexpr std::string_view kCrlf = "\r\n";

struct HeaderValue {
    std::string value;                                        // lower-cased
    std::vector<std::pair<std::string, std::string>> params;  // names lower-cased

    const std::string* param(std::string_view name) const {
        for (const auto& [key, val] : params) {
            if (key == name) return &val;
        }
        return nullptr;
    }
};

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
    return out;
}

bool is_ows(char c) { return c == ' ' || c == '\t'; }

bool is_token_char(char c) {
    if (c >= '0' && c <= '9') return true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string_view take_token(std::string_view& text) {
    std::size_t n = 0;
    while (n < text.size() && is_token_char(text[n])) ++n;
    auto token = text.substr(0, n);
    text.remove_prefix(n);
    return token;
}

void skip_ows(std::string_view& text) {
    while (!text.empty() && is_ows(text.front())) text.remove_prefix(1);
}

// quoted-string with quoted-pairs (RFC 9110 5.6.4); `text` starts at the opening quote.
std::optional<std::string> take_quoted(std::string_view& text) {
    std::string out;
    for (std::size_t i = 1; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"') {
            text.remove_prefix(i + 1);
            return out;
        }
        if (c == '\\' && i + 1 < text.size()) c = text[++i];
        if (c == '\r' || c == '\n' || c == '\0') return std::nullopt;
        out.push_back(c);
    }
    return std::nullopt;  // unterminated
}

// `type/subtype; a=b; c="d"` or `form-data; name="x"`. Empty parameters (";;") are tolerated;
// a repeated parameter is refused, since two parsers could each believe a different one.
std::optional<HeaderValue> parse_header_value(std::string_view text) {
    HeaderValue out;
    auto semicolon = text.find(';');
    out.value = lower(util::trim(text.substr(0, semicolon)));
    if (out.value.empty()) return std::nullopt;
    if (semicolon == std::string_view::npos) return out;
    text.remove_prefix(semicolon);
    while (!text.empty()) {
        if (text.front() != ';') return std::nullopt;
        text.remove_prefix(1);
        skip_ows(text);
        if (text.empty() || text.front() == ';') continue;
        std::string name = lower(take_token(text));
        skip_ows(text);
        if (name.empty() || text.empty() || text.front() != '=') return std::nullopt;
        text.remove_prefix(1);
        skip_ows(text);
        std::string val;
        if (!text.empty() && text.front() == '"') {
            auto quoted = take_quoted(text);
            if (!quoted) return std::nullopt;
            val = std::move(*quoted);
        } else {
            val = std::string(take_token(text));
        }
        skip_ows(text);
        if (out.param(name) != nullptr) return std::nullopt;
        out.params.emplace_back(std::move(name), std::move(val));
    }
    return out;
}

bool valid_boundary(std::string_view boundary) {
    if (boundary.empty() || boundary.size() > kMaxBoundaryLength) return false;
    if (boundary.back() == ' ') return false;
    return std::all_of(boundary.begin(), boundary.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
    });
}

core::Error malformed(std::string message) {
    return make_error(ErrorCode::malformed, "Format multipart tidak valid: " + std::move(message));
}

// Finds delimiter lines: "--boundary" at the start of the body or after CRLF, followed by
// "--" (the closing one) or by optional spaces/tabs and CRLF. Anything else is data.
class DelimiterFinder {
  public:
    explicit DelimiterFinder(std::string_view boundary)
        : pattern_("\r\n--" + std::string(boundary)), searcher_(pattern_.begin(), pattern_.end()) {}
    DelimiterFinder(const DelimiterFinder&) = delete;  // searcher_ points into pattern_
    DelimiterFinder& operator=(const DelimiterFinder&) = delete;

    struct Found {
        std::size_t begin;  // of the CRLF before "--boundary" (or 0 at the very start)
        std::size_t next;   // just after the line: the next part's first byte, or body end
        bool closing;
    };

    std::optional<Found> find(std::string_view body, std::size_t from) const {
        auto bare = std::string_view(pattern_).substr(kCrlf.size());  // no preamble at all
        if (from == 0 && body.starts_with(bare)) {
            if (auto found = classify(body, 0, bare.size())) return found;
        }
        auto it = body.begin() + static_cast<std::ptrdiff_t>(from);
        while (true) {
            it = std::search(it, body.end(), searcher_);
            if (it == body.end()) return std::nullopt;
            auto begin = static_cast<std::size_t>(it - body.begin());
            if (auto found = classify(body, begin, begin + pattern_.size())) return found;
            ++it;
        }
    }

  private:
    static std::optional<Found> classify(std::string_view body,
                                         std::size_t begin,
                                         std::size_t after) {
        auto rest = body.substr(after);
        if (rest.starts_with("--")) return Found{begin, body.size(), true};
        std::size_t pad = 0;
        while (pad < rest.size() && is_ows(rest[pad])) ++pad;
        if (!rest.substr(pad).starts_with(kCrlf)) return std::nullopt;
        return Found{begin, after + pad + kCrlf.size(), false};
    }

    std::string pattern_;
    std::boyer_moore_horspool_searcher<std::string::const_iterator> searcher_;
};

struct PartHeaders {
    std::optional<HeaderValue> disposition;
    std::optional<std::string> content_type;
};

core::Result<PartHeaders> parse_part_headers(std::string_view block) {
    PartHeaders out;
    while (!block.empty()) {
        auto eol = block.find(kCrlf);
        auto line = block.substr(0, eol);
        block.remove_prefix(eol == std::string_view::npos ? block.size() : eol + kCrlf.size());
        if (line.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos) {
            return malformed("baris header tanpa CRLF");
        }
        auto colon = line.find(':');
        auto name = line.substr(0, colon);
        if (colon == std::string_view::npos || name.empty() ||
            !std::all_of(name.begin(), name.end(), is_token_char)) {
            return malformed("baris header bagian tidak berbentuk \"Nama: nilai\"");
        }
        auto key = lower(name);
        auto value = util::trim(line.substr(colon + 1));
        if (key == "content-disposition") {
            if (out.disposition) return malformed("Content-Disposition ganda");
            out.disposition = parse_header_value(value);
            if (!out.disposition) return malformed("Content-Disposition tidak dapat dibaca");
        } else if (key == "content-type") {
            if (out.content_type) return malformed("Content-Type bagian ganda");
            out.content_type = std::string(value);
        }
        // Other headers (Content-Transfer-Encoding is deprecated by RFC 7578) are ignored.
    }
    return out;
}

core::Result<Part> parse_part(std::string_view raw) {
    std::string_view headers;
    std::string_view data;
    if (raw.starts_with(kCrlf)) {
        data = raw.substr(kCrlf.size());
    } else {
        auto end = raw.substr(0, kMaxPartHeaderBytes + 4).find("\r\n\r\n");
        if (end == std::string_view::npos) {
            return malformed("header bagian tidak diakhiri baris kosong");
        }
        headers = raw.substr(0, end);
        data = raw.substr(end + 4);
    }
    auto parsed = parse_part_headers(headers);
    if (!parsed) return parsed.error();
    const auto& disposition = parsed->disposition;
    if (!disposition || disposition->value != "form-data") {
        return malformed("bagian tanpa Content-Disposition: form-data");
    }
    const std::string* name = disposition->param("name");
    if (name == nullptr || name->empty()) return malformed("bagian tanpa nama");

    Part part;
    part.name = *name;
    if (const std::string* filename = disposition->param("filename")) {
        part.filename = *filename;
        part.is_file = true;
    }
    part.content_type = parsed->content_type.value_or("text/plain");
    part.data = data;
    return part;
}

}  // namespace

core::Result<std::vector<Part>> parse_multipart(std::string_view content_type_header,
                                                std::string_view body,
                                                const MultipartLimits& limits) {
    auto media_type = util::trim(content_type_header.substr(0, content_type_header.find(';')));
    if (lower(media_type) != "multipart/form-data") {
        return make_error(ErrorCode::unsupported_media, "Jenis konten harus multipart/form-data");
    }
    auto content_type = parse_header_value(content_type_header);
    const std::string* boundary = content_type ? content_type->param("boundary") : nullptr;
    if (boundary == nullptr || !valid_boundary(*boundary)) {
        return malformed("boundary tidak ada atau tidak sah");
    }

    DelimiterFinder finder(*boundary);
    auto delimiter = finder.find(body, 0);
    if (!delimiter) return malformed("pembatas pembuka tidak ditemukan");

    std::vector<Part> parts;
    while (!delimiter->closing) {
        std::size_t start = delimiter->next;
        delimiter = finder.find(body, start);
        if (!delimiter) return malformed("pembatas penutup tidak ditemukan (isi terpotong?)");

        auto part = parse_part(body.substr(start, delimiter->begin - start));
        if (!part) return part.error();
        if (parts.size() >= limits.max_parts) {
            return make_error(ErrorCode::too_large,
                              "Terlalu banyak bagian dalam formulir (maksimum " +
                                  std::to_string(limits.max_parts) + ")",
                              part->name);
        }
        std::size_t limit = part->is_file ? limits.max_part_bytes : limits.max_field_bytes;
        if (part->data.size() > limit) {
            return make_error(ErrorCode::too_large,
                              (part->is_file ? "Berkas \"" : "Isian \"") + part->name +
                                  "\" terlalu besar (maksimum " + std::to_string(limit) + " byte)",
                              part->name);
        }
        parts.push_back(std::move(*part));
    }
    return parts;
}

}  // namespace tanggap::media

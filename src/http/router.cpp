#include "http/router.hpp"

#include <optional>

namespace tanggap::http {
namespace {

// The segments of a path as sent: after the leading '/', every '/' separates one, so "//x"
// and "/x/" hold empty segments that no template has, and a path without its leading '/' has
// none at all (nullopt). Matching exactly what was sent leaves no second spelling of a route
// for a proxy's rules to miss.
std::optional<std::vector<std::string>> split_path(std::string_view path) {
    if (path.empty() || path.front() != '/') return std::nullopt;
    std::vector<std::string> out;
    for (std::size_t pos = 1;;) {
        const auto end = path.find('/', pos);
        out.emplace_back(path.substr(pos, end == std::string_view::npos ? end : end - pos));
        if (end == std::string_view::npos) return out;
        pos = end + 1;
    }
}

bool is_capture(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Percent-decodes `text`; nullopt for a '%' not followed by two hex digits.
std::optional<std::string> percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size()) return std::nullopt;
        const int high = hex_value(text[i + 1]);
        const int low = hex_value(text[i + 2]);
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

}  // namespace

void Router::add(beast_http::verb method, std::string path_template, Handler handler) {
    auto segments = split_path(path_template).value_or(std::vector<std::string>{});
    routes_.push_back(
        Route{method, std::move(path_template), std::move(segments), std::move(handler)});
}

void Router::set_fallback(Handler handler, std::vector<std::string> reserved_prefixes) {
    fallback_ = std::move(handler);
    reserved_prefixes_ = std::move(reserved_prefixes);
}

Router::Match Router::match(beast_http::verb method, std::string_view path) const {
    // No template is empty, so a path that does not split matches none.
    const auto segments = split_path(path).value_or(std::vector<std::string>{});
    Match result;
    for (const auto& route : routes_) {
        if (route.segments.size() != segments.size()) continue;
        std::map<std::string, std::string, std::less<>> params;
        bool ok = true;
        // Split first, decode after: an encoded '/' stays inside its one parameter, and a
        // literal segment matches only as written, never through percent-encoding.
        for (std::size_t i = 0; i < segments.size() && ok; ++i) {
            if (is_capture(route.segments[i])) {
                auto value = percent_decode(segments[i]);
                ok = value && !value->empty();  // no route names an empty thing
                if (ok) params[route.segments[i].substr(1, route.segments[i].size() - 2)] = *value;
            } else {
                ok = route.segments[i] == segments[i];
            }
        }
        if (!ok) continue;
        if (route.method != method) {
            result.outcome = Outcome::wrong_method;
            if (!result.allowed.empty()) result.allowed += ", ";
            result.allowed += std::string(beast_http::to_string(route.method));
            continue;
        }
        result.outcome = Outcome::matched;
        result.handler = &route.handler;
        result.route = route.path_template;
        result.params = std::move(params);
        return result;
    }
    if (result.outcome == Outcome::no_route && fallback_ &&
        (method == beast_http::verb::get || method == beast_http::verb::head)) {
        // Judged on the decoded path too, so an encoded API path stays a JSON 404.
        const auto decoded = percent_decode(path);
        bool reserved = !decoded;
        for (const auto& prefix : reserved_prefixes_) {
            reserved =
                reserved || path.starts_with(prefix) || (decoded && decoded->starts_with(prefix));
        }
        if (!reserved) {
            result.outcome = Outcome::matched;
            result.handler = &fallback_;
            result.route = "web";
        }
    }
    return result;
}

}  // namespace tanggap::http

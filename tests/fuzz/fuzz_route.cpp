// Any bytes as a request path (still percent-encoded, as sent): the router's matching on raw
// segments against the real shapes of Tanggap's routes. A captured parameter never holds a
// '/' that came from the path's own separators, and "%2F" never selects another route.
#include "http/router.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

tanggap::http::Router make_router() {
    using tanggap::http::beast_http::verb;
    tanggap::http::Router router;
    tanggap::http::Handler none;
    for (const char* path : {"/api/v1/units",
                             "/api/v1/units/{code}/services",
                             "/api/v1/complaints",
                             "/api/v1/complaints/{ticket}",
                             "/api/v1/complaints/{ticket}/feedback",
                             "/api/v1/staff/complaints/{ticket}/actions",
                             "/media/{ticket}/{photo}"}) {
        router.add(verb::get, path, none);
    }
    router.add(verb::post, "/api/v1/complaints", none);
    return router;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto router = make_router();
    const std::string_view path(reinterpret_cast<const char*>(data), size);
    using tanggap::http::beast_http::verb;
    for (auto method : {verb::get, verb::post, verb::delete_}) {
        auto match = router.match(method, path);
        if (match.outcome != tanggap::http::Router::Outcome::matched) continue;
        // Literal segments match as written: a matched path has as many raw segments as its
        // template.
        std::size_t raw = 0, templ = 0;
        for (char c : path) raw += c == '/';
        for (char c : match.route) templ += c == '/';
        if (raw != templ) std::abort();
    }
    return 0;
}

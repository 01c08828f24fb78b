#include "api/web_app.hpp"

#include "http/content_coding.hpp"
#include "http/response.hpp"

#include <fstream>
#include <sstream>

namespace tanggap::api {

namespace fs = std::filesystem;
using http::beast_http::field;
using http::beast_http::status;

namespace {

std::string content_type_for(const fs::path& path) {
    static const std::map<std::string, std::string> kTypes{
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".webmanifest", "application/manifest+json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".webp", "image/webp"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
        {".geojson", "application/geo+json"},
    };
    auto it = kTypes.find(path.extension().string());
    return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return std::move(out).str();
}

}  // namespace

WebApp::WebApp(const fs::path& dist_dir) {
    std::error_code ec;
    if (!fs::is_directory(dist_dir, ec)) return;
    for (const auto& entry : fs::recursive_directory_iterator(dist_dir, ec)) {
        const auto ext = entry.path().extension();
        if (!entry.is_regular_file() || ext == ".gz" || ext == ".br") continue;
        auto url = "/" + fs::relative(entry.path(), dist_dir).generic_string();
        File file{content_type_for(entry.path()), read_file(entry.path()), {}, {}};
        auto gz = entry.path();
        gz += ".gz";
        if (fs::exists(gz)) file.gzip_body = read_file(gz);
        auto br = entry.path();
        br += ".br";
        if (fs::exists(br)) file.brotli_body = read_file(br);
        files_.emplace(std::move(url), std::move(file));
    }
}

http::Response WebApp::serve(const http::Context& ctx) const {
    const auto& req = ctx.request;
    std::string path = ctx.target.path();
    auto it = files_.find(path);
    const bool asset = it != files_.end() && path.starts_with("/assets/");
    if (it == files_.end()) it = files_.find("/index.html");
    if (it == files_.end()) {
        return http::error_response(
            req, core::make_error(core::ErrorCode::not_found, "Halaman tidak ditemukan"));
    }
    const File& file = it->second;
    http::Response res{status::ok, req.version()};
    res.set(field::content_type, file.content_type);
    // Hashed asset names change with their content, so they can be cached for good;
    // index.html must be revalidated to pick up a new build.
    res.set(field::cache_control, asset ? "public, max-age=31536000, immutable" : "no-cache");
    res.set("X-Content-Type-Options", "nosniff");
    res.set(field::vary, "Accept-Encoding");
    const auto coding = http::choose_coding(
        req[field::accept_encoding], !file.brotli_body.empty(), !file.gzip_body.empty());
    switch (coding) {
        case http::ContentCoding::br:
            res.body() = file.brotli_body;
            break;
        case http::ContentCoding::gzip:
            res.body() = file.gzip_body;
            break;
        case http::ContentCoding::identity:
            res.body() = file.body;
            break;
    }
    if (coding != http::ContentCoding::identity) {
        res.set(field::content_encoding, http::to_string(coding));
    }
    res.keep_alive(req.keep_alive());
    res.prepare_payload();
    if (req.method() == http::beast_http::verb::head) res.body().clear();
    return res;
}

void WebApp::install(http::Router& router) const {
    router.set_fallback(
        [this](http::Context& ctx) -> boost::asio::awaitable<http::Response> {
            co_return serve(ctx);
        },
        {"/api/", "/webhooks/", "/healthz", "/readyz", "/metrics"});
}

}  // namespace tanggap::api

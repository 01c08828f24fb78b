// Photos: the stripped copies, and to the public only the copy with faces and plates blurred.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/cpu_work.hpp"
#include "http/response.hpp"
#include "service/complaint_service.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace tanggap::api {

using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::field;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

// Who asks decides which copy: the staff who may read the reporter's own words, and the
// reporter with the tracking token, get the photo as sent (metadata stripped); everyone else,
// and anyone asking for `?copy=public` (the officer's preview), the public copy with faces
// and plates blurred.
awaitable<http::Response> serve_photo(Api& api, http::Context& ctx, media::Variant variant) {
    const auto& req = ctx.request;
    const auto not_found = make_error(ErrorCode::not_found, "Foto tidak ditemukan");
    auto id = ctx.param("id");
    auto owner = co_await api.complaints.holding_photo(id);
    if (!owner) co_return http::error_response(req, owner.error());
    if (!*owner) co_return http::error_response(req, not_found);
    const auto& complaint = **owner;
    const auto copy = ctx.query("copy");
    if (copy && *copy != "public") {
        co_return http::error_response(
            req, make_error(ErrorCode::invalid_field, "copy hanya boleh \"public\"", "copy"));
    }
    auto token = ctx.query("token");
    const bool holds_token = token && service::token_matches(complaint, *token);
    auto seen = domain::visibility_for(complaint, std::nullopt, holds_token);
    if (!seen.original) {
        if (auto staff = co_await session_staff(api, ctx)) {
            seen = domain::visibility_for(complaint, staff, false);
        }
    }
    if (!domain::shows_photo(complaint, seen, id)) co_return http::error_response(req, not_found);
    const bool original = seen.original && !copy;
    // Only a public photo's public copy is cached by shared caches, and briefly: the officer
    // may withdraw it or blur more. The officer's preview never is: it must show the regions
    // just saved.
    const bool cacheable =
        !original && !copy &&
        domain::shows_photo(complaint, domain::visibility_for(complaint, std::nullopt, false), id);
    const auto photo = std::find_if(complaint.photos.begin(),
                                    complaint.photos.end(),
                                    [&](const domain::Photo& p) { return p.id == id; });
    if (photo == complaint.photos.end()) co_return http::error_response(req, not_found);
    // Disk reads, and making a public copy, happen on the worker pool, never on an I/O thread.
    auto read = [&api, photo = *photo, variant, original]() -> core::Result<std::string> {
        if (!original) return api.photos.public_bytes(photo, variant);
        auto path = api.photos.path_of(photo.id, variant);
        if (!path) return make_error(ErrorCode::not_found, "Foto tidak ditemukan");
        std::ifstream file(*path, std::ios::binary);
        std::ostringstream bytes;
        bytes << file.rdbuf();
        return std::move(bytes).str();
    };
    auto bytes = co_await run_on(api.cpu_pool, std::move(read));
    if (!bytes) {
        co_return http::error_response(
            req, bytes.error().code == ErrorCode::not_found ? not_found : bytes.error());
    }
    http::Response res{status::ok, req.version()};
    res.set(field::content_type, "image/jpeg");
    res.set(field::cache_control, cacheable ? "public, max-age=300" : "private, no-store");
    // The same address answers staff with the photo as sent: a shared cache must not hand
    // them the public copy, nor anyone else theirs.
    res.set(field::vary, "Cookie");
    res.set("X-Content-Type-Options", "nosniff");
    res.keep_alive(req.keep_alive());
    res.body() = std::move(*bytes);
    res.prepare_payload();
    co_return res;
}

}  // namespace

void add_media_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/media/{id}", [&api](http::Context& ctx) {
        return serve_photo(api, ctx, media::Variant::full);
    });
    router.add(verb::get, "/api/v1/media/{id}/thumbnail", [&api](http::Context& ctx) {
        return serve_photo(api, ctx, media::Variant::thumbnail);
    });
}

}  // namespace tanggap::api

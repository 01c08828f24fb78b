// Photos: only the stripped public copies are ever served.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/store_await.hpp"
#include "http/response.hpp"
#include "service/complaint_service.hpp"

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

awaitable<http::Response> serve_photo(Api& api, http::Context& ctx, media::Variant variant) {
    const auto& req = ctx.request;
    const auto not_found = make_error(ErrorCode::not_found, "Foto tidak ditemukan");
    auto id = ctx.param("id");
    auto find = [id](store::ReadTx& tx) { return tx.complaint_by_photo(id); };
    auto owner = co_await read_store<std::optional<domain::Complaint>>(api.store, std::move(find));
    if (!owner) co_return http::error_response(req, owner.error());
    if (!*owner) co_return http::error_response(req, not_found);
    const auto& complaint = **owner;
    auto token = ctx.query("token");
    const bool holds_token = token && service::token_matches(complaint, *token);
    // Only a photo the public may see anyway is cached by shared caches, and briefly: the
    // officer may withdraw it.
    const bool public_photo =
        domain::shows_photo(complaint, domain::visibility_for(complaint, std::nullopt, false), id);
    bool allowed = public_photo ||
                   domain::shows_photo(
                       complaint, domain::visibility_for(complaint, std::nullopt, holds_token), id);
    if (!allowed) {
        auto staff = co_await session_staff(api, ctx);
        allowed = staff && domain::shows_photo(
                               complaint, domain::visibility_for(complaint, staff, false), id);
    }
    if (!allowed) co_return http::error_response(req, not_found);
    // Disk reads happen on the worker pool, never on an I/O thread.
    auto read = [&api, id, variant]() -> std::optional<std::string> {
        auto path = api.photos.path_of(id, variant);
        if (!path) return std::nullopt;
        std::ifstream file(*path, std::ios::binary);
        std::ostringstream bytes;
        bytes << file.rdbuf();
        return std::move(bytes).str();
    };
    auto bytes = co_await run_on(api.cpu_pool, std::move(read));
    if (!bytes) co_return http::error_response(req, not_found);
    http::Response res{status::ok, req.version()};
    res.set(field::content_type, "image/jpeg");
    res.set(field::cache_control, public_photo ? "public, max-age=300" : "private, no-store");
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

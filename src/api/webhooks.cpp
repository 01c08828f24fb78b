// Meta's webhooks: the subscription handshake, and received bodies, which are checked
// (X-Hub-Signature-256) and stored before the 200 so that nothing Meta delivered is lost; the
// webhook worker (jobs/webhook_worker.hpp) processes them afterwards.

#include "api/api.hpp"
#include "channels/meta/signature.hpp"
#include "http/response.hpp"
#include "util/crypto.hpp"
#include "util/time_format.hpp"

#include <boost/json/parse.hpp>

namespace tanggap::api {
namespace {

using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::field;
using http::beast_http::status;
using http::beast_http::verb;

http::Response plain(const http::Request& req, status s, std::string body) {
    http::Response res{s, req.version()};
    res.set(field::content_type, "text/plain; charset=utf-8");
    res.set(field::cache_control, "no-store");
    res.keep_alive(req.keep_alive());
    res.body() = std::move(body);
    res.prepare_payload();
    return res;
}

http::Response channel_off(const http::Request& req) {
    return http::error_response(req, make_error(ErrorCode::not_found, "Kanal ini tidak aktif"));
}

// GET: Meta proves the URL is ours; we prove the token is Meta's (the one we gave it).
awaitable<http::Response> handshake(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (!api.meta_webhook.enabled) co_return channel_off(req);
    const auto mode = ctx.query("hub.mode");
    const auto token = ctx.query("hub.verify_token");
    const auto challenge = ctx.query("hub.challenge");
    if (mode != "subscribe" || !token || !challenge ||
        !util::secure_equal(*token, api.meta_webhook.verify_token)) {
        co_return http::error_response(
            req,
            make_error(ErrorCode::forbidden, "Token verifikasi tidak cocok", "hub.verify_token"));
    }
    co_return plain(req, status::ok, *challenge);
}

awaitable<http::Response> receive(Api& api, http::Context& ctx, std::string source) {
    const auto& req = ctx.request;
    if (!api.meta_webhook.enabled) co_return channel_off(req);
    const auto& body = req.body();
    if (!channels::meta::valid_signature(
            body, req["X-Hub-Signature-256"], api.meta_webhook.app_secret)) {
        co_return http::error_response(req,
                                       make_error(ErrorCode::unauthenticated,
                                                  "Tanda tangan X-Hub-Signature-256 tidak sah",
                                                  "X-Hub-Signature-256"));
    }
    boost::system::error_code ec;
    auto parsed = boost::json::parse(body, ec);
    if (ec || !parsed.is_object()) {
        co_return http::error_response(
            req, make_error(ErrorCode::malformed, "Isi permintaan bukan objek JSON"));
    }
    const auto now = util::now();
    auto queued = co_await api.channels.queue_webhook(source, std::string(body), now);
    if (!queued) co_return http::error_response(req, queued.error());
    api.webhook_queued();
    co_return plain(req, status::ok, "EVENT_RECEIVED");
}

}  // namespace

void add_webhook_routes(http::Router& router, Api& api) {
    for (const char* path : {"/webhooks/whatsapp", "/webhooks/meta"}) {
        const std::string source = std::string(path) == "/webhooks/whatsapp" ? "whatsapp" : "meta";
        router.add(verb::get, path, [&api](http::Context& ctx) { return handshake(api, ctx); });
        router.add(verb::post, path, [&api, source](http::Context& ctx) {
            return receive(api, ctx, source);
        });
    }
}

}  // namespace tanggap::api

// The outbox as the super admin sees it: what was sent, what waits, and the dead letters
// (given up after every retry, or refused by the provider), which may be queued again.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/complaint_json.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "http/response.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>

#include <limits>

namespace tanggap::api {
namespace {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

json::object render(const domain::Outbound& m) {
    return {{"id", m.id},
            {"channel", domain::to_string(m.channel)},
            {"recipient", m.recipient},
            {"ticket", m.ticket.empty() ? json::value(nullptr) : json::value(m.ticket)},
            {"purpose", domain::to_string(m.purpose)},
            {"state", domain::to_string(m.state)},
            {"attempts", m.attempts},
            {"last_error", m.last_error},
            {"next_attempt_at", util::format_iso8601(m.next_attempt_at)},
            {"created_at", util::format_iso8601(m.created_at)},
            {"sent_at", time_or_null(m.sent_at)},
            {"delivery", domain::to_string(m.delivery)}};
}

awaitable<http::Response> list(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_outbox); !r)
        co_return http::error_response(req, r.error());
    store::OutboxQuery q;
    if (auto state = ctx.query("state"); state && !state->empty()) {
        q.state = domain::parse_outbound_state(*state);
        if (!q.state) {
            co_return http::error_response(
                req,
                make_error(ErrorCode::invalid_field,
                           "Status harus pending, sending, sent atau dead",
                           "state"));
        }
    }
    auto limit = int_query(ctx, "limit", 1, 200);
    if (!limit) co_return http::error_response(req, limit.error());
    q.limit = limit->value_or(50);
    auto before = int_query(ctx, "before", 1, std::numeric_limits<int>::max());
    if (!before) co_return http::error_response(req, before.error());
    if (*before) q.before_id = **before;
    auto rows = co_await api.channels.outbox(q);
    if (!rows) co_return http::error_response(req, rows.error());
    json::array items;
    for (const auto& m : *rows) items.push_back(render(m));
    json::value next = nullptr;
    if (static_cast<int>(rows->size()) == q.limit && !rows->empty()) next = rows->back().id;
    co_return http::json_response(
        req, status::ok, json::object{{"items", std::move(items)}, {"next_before", next}});
}

awaitable<http::Response> requeue(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_outbox); !r)
        co_return http::error_response(req, r.error());
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) {
        co_return http::error_response(
            req, make_error(ErrorCode::not_found, "Pesan keluar tidak ditemukan"));
    }
    auto item = co_await api.channels.requeue(*id, staff_of(ctx).username, util::now());
    if (!item) co_return http::error_response(req, item.error());
    api.outbox_queued();
    co_return http::json_response(req, status::ok, json::object{{"item", render(*item)}});
}

}  // namespace

void add_outbox_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/admin/outbox", staff_only(api, [&api](http::Context& ctx) {
                   return list(api, ctx);
               }));
    router.add(verb::post,
               "/api/v1/admin/outbox/{id}/requeue",
               staff_only(api, [&api](http::Context& ctx) { return requeue(api, ctx); }));
}

}  // namespace tanggap::api

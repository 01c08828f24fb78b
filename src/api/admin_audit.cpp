// The audit log for the Inspektorat and Diskominfo: GET /api/v1/admin/audit, newest first,
// filtered by actor, action, complaint and time, in pages.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "domain/audit.hpp"
#include "http/response.hpp"
#include "util/time_format.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <limits>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

core::Result<store::AuditQuery> audit_query(const http::Context& ctx) {
    store::AuditQuery q;
    for (auto [name, out] : {std::pair{"actor", &q.actor},
                             std::pair{"action", &q.action},
                             std::pair{"ticket", &q.ticket}}) {
        if (auto v = ctx.query(name); v && !v->empty()) *out = *v;
    }
    for (auto [name, out] : {std::pair{"since", &q.since}, std::pair{"until", &q.until}}) {
        if (auto t = ctx.query(name); t && !t->empty()) {
            auto parsed = util::parse_iso8601(*t);
            if (!parsed) {
                return make_error(ErrorCode::invalid_field,
                                  "Waktu harus ISO 8601, mis. 2026-12-07 atau "
                                  "2026-12-07T08:00:00+07:00",
                                  name);
            }
            *out = *parsed;
        }
    }
    auto before = int_query(ctx, "before", 1, std::numeric_limits<int>::max());
    if (!before) return before.error();
    if (*before) q.before_seq = **before;
    auto limit = int_query(ctx, "limit", 1, 200);
    if (!limit) return limit.error();
    if (*limit) q.limit = **limit;
    return q;
}

awaitable<http::Response> list(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::read_audit); !r)
        co_return http::error_response(req, r.error());
    auto query = audit_query(ctx);
    if (!query) co_return http::error_response(req, query.error());
    auto entries = co_await api.admin.audit_entries(std::move(*query));
    if (!entries) co_return http::error_response(req, entries.error());
    json::array items;
    for (const auto& e : *entries) {
        items.push_back(json::object{
            {"seq", e.seq},
            {"at", util::format_iso8601(e.at)},
            {"actor", e.actor},
            {"action", e.action},
            {"ticket", e.ticket.empty() ? json::value(nullptr) : json::value(e.ticket)},
            {"detail", e.detail},
        });
    }
    json::value next = nullptr;
    if (static_cast<int>(entries->size()) == query->limit && !entries->empty()) {
        next = entries->back().seq;
    }
    co_return http::json_response(
        req, status::ok, json::object{{"items", std::move(items)}, {"next_before", next}});
}

}  // namespace

void add_admin_audit_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/admin/audit", staff_only(api, [&api](http::Context& ctx) {
                   return list(api, ctx);
               }));
}

}  // namespace tanggap::api

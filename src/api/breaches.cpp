// The breach register (UU 27/2022 Pasal 46), the privacy officer's: POST /api/v1/privacy/breaches
// records an incident and finds the people it reached; GET lists the register with each
// incident's 3 x 24-hour clock; POST /api/v1/privacy/breaches/{id}/notify queues one notice per
// reachable person; GET /api/v1/privacy/breaches/{id}/letters.pdf is its letters: to the
// supervising institution, then to each person (marked for the post when no channel reaches).

#include "service/breaches.hpp"

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/cpu_work.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "api/privacy_letters.hpp"
#include "api/query_params.hpp"
#include "api/report_http.hpp"
#include "http/response.hpp"
#include "reports/letter_pdf.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>

namespace tanggap::api {
namespace {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

json::value time_or_null(const std::optional<domain::Timestamp>& at) {
    return at ? json::value(util::format_iso8601(*at)) : json::value(nullptr);
}

json::object render_breach(const domain::Breach& b, domain::Timestamp now) {
    const auto& in = b.incident;
    return {{"id", b.id},
            {"discovered_at", util::format_iso8601(in.discovered_at)},
            {"notify_by", util::format_iso8601(b.notify_by)},
            {"data_exposed", in.data_exposed},
            {"how", in.how},
            {"measures", in.measures},
            {"received_from", util::format_iso8601(in.scope.received_from)},
            {"received_until", util::format_iso8601(in.scope.received_until)},
            {"unit",
             in.scope.unit_code.empty() ? json::value(nullptr) : json::value(in.scope.unit_code)},
            {"recorded_by", b.recorded_by},
            {"recorded_at", util::format_iso8601(b.recorded_at)},
            {"complaints", b.complaints},
            {"people", b.people},
            {"unreachable", b.unreachable},
            {"notified_at", time_or_null(b.notified_at)},
            {"notices", b.notices},
            {"late", domain::is_late(b, now)}};
}

core::Result<domain::Timestamp> read_time(const JsonFields& f, const char* field) {
    auto text = f.string(field);
    if (!text) return text.error();
    if (!*text) return make_error(ErrorCode::invalid_field, "Wajib diisi", field);
    auto at = util::parse_iso8601(**text);
    if (!at) {
        return make_error(ErrorCode::invalid_field,
                          "Tanggal atau waktu tidak dikenali (contoh 2026-12-07T09:30:00+07:00)",
                          field);
    }
    return *at;
}

core::Result<domain::BreachInput> read_incident(const json::object& body,
                                                const domain::DirectoryIndex& directory) {
    JsonFields f(body);
    domain::BreachInput in;
    const std::pair<const char*, domain::Timestamp*> times[] = {
        {"discovered_at", &in.discovered_at},
        {"received_from", &in.scope.received_from},
        {"received_until", &in.scope.received_until}};
    for (const auto& [field, out] : times) {
        auto at = read_time(f, field);
        if (!at) return at.error();
        *out = *at;
    }
    const std::pair<const char*, std::string*> texts[] = {{"data_exposed", &in.data_exposed},
                                                          {"how", &in.how},
                                                          {"measures", &in.measures},
                                                          {"unit", &in.scope.unit_code}};
    for (const auto& [field, out] : texts) {
        auto text = f.string(field);
        if (!text) return text.error();
        *out = text->value_or("");
    }
    if (!in.scope.unit_code.empty() && !directory.find_unit(in.scope.unit_code)) {
        return make_error(ErrorCode::invalid_field, "Unit tidak dikenal", "unit");
    }
    return in;
}

awaitable<http::Response> record(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::handle_privacy_requests); !r)
        co_return http::error_response(req, r.error());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto input = read_incident(*body, *api.directory.snapshot());
    if (!input) co_return http::error_response(req, input.error());
    const auto now = util::now();
    auto saved = co_await api.privacy.record_breach(std::move(*input), staff_of(ctx).username, now);
    if (!saved) co_return http::error_response(req, saved.error());
    co_return http::json_response(req, status::created, render_breach(*saved, now));
}

awaitable<http::Response> list(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::handle_privacy_requests); !r)
        co_return http::error_response(req, r.error());
    auto limit = int_query(ctx, "limit", 1, 500);
    if (!limit) co_return http::error_response(req, limit.error());
    auto found = co_await api.privacy.breaches(limit->value_or(100));
    if (!found) co_return http::error_response(req, found.error());
    const auto now = util::now();
    json::array items;
    for (const auto& b : *found) items.push_back(render_breach(b, now));
    co_return http::json_response(req, status::ok, json::object{{"items", std::move(items)}});
}

awaitable<http::Response> notify(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::handle_privacy_requests); !r)
        co_return http::error_response(req, r.error());
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) {
        co_return http::error_response(req,
                                       make_error(ErrorCode::not_found, "Insiden tidak ditemukan"));
    }
    const auto now = util::now();
    auto notified = co_await api.privacy.notify_breach(*id, staff_of(ctx).username, now);
    if (!notified) co_return http::error_response(req, notified.error());
    co_return http::json_response(req, status::ok, render_breach(*notified, now));
}

awaitable<http::Response> letters(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::handle_privacy_requests); !r)
        co_return http::error_response(req, r.error());
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) {
        co_return http::error_response(req,
                                       make_error(ErrorCode::not_found, "Insiden tidak ditemukan"));
    }
    const auto now = util::now();
    const auto& staff = staff_of(ctx);
    auto found = co_await api.privacy.breach_letters(*id, staff.username, now);
    if (!found) co_return http::error_response(req, found.error());
    const auto directory = api.directory.snapshot();
    auto pdf = co_await draw_letters(
        api,
        breach_letters(*found,
                       *directory,
                       letter_sender(*directory, staff.display_name, staff.username),
                       now));
    if (!pdf) co_return http::error_response(req, pdf.error());
    co_return file_response(
        req, "application/pdf", "surat-insiden-" + std::to_string(*id) + ".pdf", std::move(*pdf));
}

}  // namespace

void add_breach_routes(http::Router& router, Api& api) {
    router.add(verb::post, "/api/v1/privacy/breaches", staff_only(api, [&api](http::Context& ctx) {
                   return record(api, ctx);
               }));
    router.add(verb::get, "/api/v1/privacy/breaches", staff_only(api, [&api](http::Context& ctx) {
                   return list(api, ctx);
               }));
    router.add(verb::post,
               "/api/v1/privacy/breaches/{id}/notify",
               staff_only(api, [&api](http::Context& ctx) { return notify(api, ctx); }));
    router.add(verb::get,
               "/api/v1/privacy/breaches/{id}/letters.pdf",
               staff_only(api, [&api](http::Context& ctx) { return letters(api, ctx); }));
}

}  // namespace tanggap::api

// The privacy officer's desk (UU 27/2022): POST /api/v1/privacy/requests answers a person's
// request to see (export) or erase what is held about them, at once, and registers it;
// GET /api/v1/privacy/requests is the register with each request's 3 x 24-hour clock;
// GET /api/v1/privacy/requests/{id}/letter.pdf is an export's answer as a letter.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/cpu_work.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "api/privacy_json.hpp"
#include "api/privacy_letters.hpp"
#include "api/query_params.hpp"
#include "api/report_http.hpp"
#include "http/response.hpp"
#include "reports/letter_pdf.hpp"
#include "service/privacy_requests.hpp"
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

struct RequestInput {
    domain::PrivacyRequestKind kind;
    domain::PersonKey key;
    std::string reason;
};

core::Result<RequestInput> read_request(const json::object& body) {
    JsonFields f(body);
    auto kind_text = f.string("kind");
    if (!kind_text) return kind_text.error();
    auto kind = domain::parse_privacy_request_kind(kind_text->value_or(""));
    if (!kind) {
        return make_error(ErrorCode::invalid_field, "Jenis permintaan: export atau erase", "kind");
    }
    std::string parts[3];
    const char* names[3] = {"phone", "email", "nik"};
    for (int i = 0; i < 3; ++i) {
        auto value = f.string(names[i]);
        if (!value) return value.error();
        parts[i] = value->value_or("");
    }
    auto key = domain::read_person_key(parts[0], parts[1], parts[2]);
    if (!key) return key.error();
    auto reason = f.string("reason");
    if (!reason) return reason.error();
    if (auto r = domain::check_privacy_reason(reason->value_or("")); !r) return r.error();
    return RequestInput{*kind, *key, reason->value_or("")};
}

awaitable<http::Response> answer(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::handle_privacy_requests); !r)
        co_return http::error_response(req, r.error());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto input = read_request(*body);
    if (!input) co_return http::error_response(req, input.error());
    const auto now = util::now();
    const auto actor = staff_of(ctx).username;
    if (input->kind == domain::PrivacyRequestKind::export_data) {
        auto data = co_await api.privacy.export_person(input->key, actor, now);
        if (!data) co_return http::error_response(req, data.error());
        co_return http::json_response(req, status::created, render_person_data(*data, now));
    }
    auto erased = co_await api.privacy.erase_person(input->key, input->reason, actor, now);
    if (!erased) co_return http::error_response(req, erased.error());
    // Once the erasure is durable, the photos' files go too.
    for (const auto& id : erased->traces.photo_ids) api.photos.remove(id);
    co_return http::json_response(req, status::created, render_person_erased(*erased, now));
}

awaitable<http::Response> list(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::handle_privacy_requests); !r)
        co_return http::error_response(req, r.error());
    auto limit = int_query(ctx, "limit", 1, 500);
    if (!limit) co_return http::error_response(req, limit.error());
    auto found = co_await api.privacy.requests(limit->value_or(100));
    if (!found) co_return http::error_response(req, found.error());
    const auto now = util::now();
    json::array items;
    for (const auto& r : *found) items.push_back(render_privacy_request(r, now));
    co_return http::json_response(req, status::ok, json::object{{"items", std::move(items)}});
}

// The register keeps the person masked only, so the letter is made again from the key the
// officer gives (in the query: access logs leave queries out), checked against the request's
// mask; the data is as held at the time of the download, which the letter says.
awaitable<http::Response> letter(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::handle_privacy_requests); !r)
        co_return http::error_response(req, r.error());
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) {
        co_return http::error_response(
            req, make_error(ErrorCode::not_found, "Permintaan ekspor tidak ditemukan"));
    }
    auto key = domain::read_person_key(ctx.query("phone").value_or(""),
                                       ctx.query("email").value_or(""),
                                       ctx.query("nik").value_or(""));
    if (!key) co_return http::error_response(req, key.error());
    const auto now = util::now();
    const auto& staff = staff_of(ctx);
    auto data = co_await api.privacy.export_letter(*id, *key, staff.username, now);
    if (!data) co_return http::error_response(req, data.error());
    const auto directory = api.directory.snapshot();
    auto pdf = co_await draw_letters(
        api,
        answer_letter(*data,
                      *key,
                      *directory,
                      letter_sender(*directory, staff.display_name, staff.username),
                      now));
    if (!pdf) co_return http::error_response(req, pdf.error());
    co_return file_response(req,
                            "application/pdf",
                            "surat-permintaan-" + std::to_string(*id) + ".pdf",
                            std::move(*pdf));
}

}  // namespace

void add_privacy_routes(http::Router& router, Api& api) {
    router.add(verb::post, "/api/v1/privacy/requests", staff_only(api, [&api](http::Context& ctx) {
                   return answer(api, ctx);
               }));
    router.add(verb::get, "/api/v1/privacy/requests", staff_only(api, [&api](http::Context& ctx) {
                   return list(api, ctx);
               }));
    router.add(verb::get,
               "/api/v1/privacy/requests/{id}/letter.pdf",
               staff_only(api, [&api](http::Context& ctx) { return letter(api, ctx); }));
}

}  // namespace tanggap::api

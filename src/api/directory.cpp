// The public directory: categories and units with their contact channels, and the holidays
// office deadlines skip.

#include "api/api.hpp"
#include "api/period.hpp"
#include "api/query_params.hpp"
#include "domain/breach.hpp"
#include "domain/outbound.hpp"
#include "domain/privacy.hpp"
#include "domain/proof_photo.hpp"
#include "domain/status_machine.hpp"
#include "domain/submission.hpp"
#include "http/response.hpp"
#include "sla/holidays.hpp"
#include "util/local_zone.hpp"
#include "util/totp.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

json::value or_null(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

awaitable<http::Response> categories(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    json::array out;
    for (const auto& c : directory->categories()) {
        out.push_back(json::object{{"code", c.code},
                                   {"name", c.name},
                                   {"parent", or_null(c.parent_code)},
                                   {"emergency", c.emergency}});
    }
    co_return http::json_response(ctx.request, status::ok, out);
}

awaitable<http::Response> units(Api& api, http::Context& ctx) {
    std::optional<domain::UnitKind> kind;
    if (auto k = ctx.query("kind"); k && !k->empty()) {
        kind = domain::parse_unit_kind(*k);
        if (!kind) {
            co_return http::error_response(
                ctx.request,
                core::make_error(
                    core::ErrorCode::invalid_field, "Jenis unit tidak dikenal", "kind"));
        }
    }
    const auto directory = api.directory.snapshot();
    json::array out;
    for (const auto& u : directory->units()) {
        if (kind && u.kind != *kind) continue;
        json::array call_center(u.call_center.begin(), u.call_center.end());
        // Ready links beside the numbers, so no client repeats domain::normalize_phone; a
        // number that is not a phone (a short code such as 112) has none.
        json::array call_center_links;
        for (const auto& number : u.call_center) {
            if (auto tel = domain::tel_uri(number)) {
                call_center_links.push_back(json::object{{"number", number}, {"tel", *tel}});
            }
        }
        auto whatsapp_link = domain::whatsapp_uri(u.whatsapp);
        json::array social;
        for (const auto& s : u.social) {
            social.push_back(json::object{{"network", s.network}, {"handle", s.handle}});
        }
        out.push_back(json::object{
            {"code", u.code},
            {"name", u.name},
            {"kind", domain::to_string(u.kind)},
            {"parent", or_null(u.parent_code)},
            {"area_code", or_null(u.area_code)},
            {"call_center", std::move(call_center)},
            {"call_center_links", std::move(call_center_links)},
            {"whatsapp", or_null(u.whatsapp)},
            {"whatsapp_uri", whatsapp_link ? json::value(*whatsapp_link) : json::value(nullptr)},
            {"social", std::move(social)},
            {"always_open", u.always_open}});
    }
    co_return http::json_response(ctx.request, status::ok, out);
}

// The holidays and cuti bersama office deadlines skip, by date: why a deadline moved.
awaitable<http::Response> holidays(Api& api, http::Context& ctx) {
    auto year = int_query(ctx, "year", 2000, 2100);
    if (!year) co_return http::error_response(ctx.request, year.error());
    json::array out;
    const auto clock = api.deadlines.snapshot();
    for (const auto& h : clock->holidays()) {
        if (*year && static_cast<int>(h.date.year()) != **year) continue;
        out.push_back(json::object{
            {"date", format_date(h.date)}, {"kind", sla::to_string(h.kind)}, {"name", h.name}});
    }
    co_return http::json_response(ctx.request, status::ok, out);
}

// What the web front end needs to know of the installation: its time zone (--time-zone), so
// pages show the same local times the API and the notices do, and the limits a submission is
// checked against, so the form warns with the server's own numbers.
awaitable<http::Response> settings(Api& api, http::Context& ctx) {
    const auto zone = util::local_zone();
    const json::object limits{
        {"description_min", domain::kDescriptionMin},
        {"description_max", domain::kDescriptionMax},
        {"title_max", domain::kTitleMax},
        {"reporter_name_max", domain::kReporterNameMax},
        {"address_max", domain::kAddressMax},
        {"photos_max", domain::kMaxPhotos},
        {"photo_bytes_max", api.photos.limits().max_bytes},
        {"proof_photos_max", domain::kMaxProofPhotos},
        {"source_url_max", domain::kSourceUrlMax},
        {"action_text_max", domain::kActionTextMax},
        {"feedback_comment_max", domain::kFeedbackCommentMax},
        {"chat_reply_max", domain::kChatReplyMax},
        {"breach_text_max", domain::kBreachTextMax},
        {"privacy_reason_max", domain::kPrivacyReasonMax},
        {"nik_digits", domain::kNikDigits},
        {"email_max", domain::kEmailMax},
        {"one_time_code_digits", util::kTotpDigits},
    };
    co_return http::json_response(ctx.request,
                                  status::ok,
                                  json::object{{"time_zone", zone.name},
                                               {"utc_offset_minutes", zone.offset.count()},
                                               {"limits", limits}});
}

}  // namespace

void add_directory_routes(http::Router& router, Api& api) {
    router.add(
        verb::get, "/api/v1/settings", [&api](http::Context& ctx) { return settings(api, ctx); });
    router.add(
        verb::get, "/api/v1/holidays", [&api](http::Context& ctx) { return holidays(api, ctx); });
    router.add(verb::get, "/api/v1/categories", [&api](http::Context& ctx) {
        return categories(api, ctx);
    });
    router.add(verb::get, "/api/v1/units", [&api](http::Context& ctx) { return units(api, ctx); });
}

}  // namespace tanggap::api

// Staff routes: the inbox, the full record, operator intake and actions on complaints.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/complaint_json.hpp"
#include "api/cpu_work.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "api/submission_input.hpp"
#include "domain/audit.hpp"
#include "domain/photo_blur.hpp"
#include "domain/status_machine.hpp"
#include "domain/submission.hpp"
#include "http/response.hpp"
#include "service/audit_log.hpp"
#include "service/complaint_service.hpp"
#include "util/time_format.hpp"

#include <boost/json/object.hpp>

#include <limits>
#include <map>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

core::Result<store::InboxQuery> inbox_query(const http::Context& ctx) {
    if (auto r = require(ctx, domain::Duty::work_inbox); !r) return r.error();
    store::InboxQuery q;
    if (auto u = ctx.query("unit"); u && !u->empty()) q.unit = *u;
    auto scope = domain::inbox_scope_for(staff_of(ctx), q.unit);
    if (!scope) {
        return make_error(ErrorCode::forbidden, "Unit ini tidak berada di bawah unit Anda", "unit");
    }
    q.scope = *scope;
    if (auto s = ctx.query("status"); s && *s == "open") {
        q.open_only = true;
    } else if (s && !s->empty()) {
        q.status = domain::parse_status(*s);
        if (!q.status)
            return make_error(ErrorCode::invalid_field, "Status tidak dikenal", "status");
    }
    if (auto c = ctx.query("category"); c && !c->empty()) q.category = *c;
    if (auto c = ctx.query("channel"); c && !c->empty()) {
        q.channel = domain::parse_channel(*c);
        if (!q.channel)
            return make_error(ErrorCode::invalid_field, "Kanal tidak dikenal", "channel");
    }
    for (const char* name : {"from", "to"}) {
        if (auto t = ctx.query(name); t && !t->empty()) {
            auto parsed = util::parse_iso8601(*t);
            if (!parsed) {
                return make_error(
                    ErrorCode::invalid_field,
                    "Waktu harus ISO 8601, mis. 2026-11-25 atau 2026-11-25T16:00:00+07:00",
                    name);
            }
            (std::string_view(name) == "from" ? q.from : q.to) = parsed;
        }
    }
    if (auto e = ctx.query("escalated"); e && !e->empty()) {
        if (*e != "1" && *e != "2") {
            return make_error(ErrorCode::invalid_field,
                              "escalated harus 1 (Diskominfo ke atas) atau 2 (Bupati)",
                              "escalated");
        }
        q.min_escalation_level = *e == "1" ? 1 : 2;
    }
    auto limit = int_query(ctx, "limit", 1, 200);
    if (!limit) return limit.error();
    if (*limit) q.limit = **limit;
    q.cursor = ctx.query("cursor").value_or("");
    return q;
}

awaitable<http::Response> inbox(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto query = inbox_query(ctx);
    if (!query) co_return http::error_response(req, query.error());
    auto page = co_await api.complaints.inbox(std::move(*query));
    if (!page) co_return http::error_response(req, page.error());
    json::array items;
    for (const auto& c : page->items) items.push_back(render_inbox_row(c, *directory));
    co_return http::json_response(
        req,
        status::ok,
        json::object{{"items", std::move(items)},
                     {"next_cursor",
                      page->next_cursor ? json::value(*page->next_cursor) : json::value(nullptr)}});
}

awaitable<http::Response> show(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto record = co_await api.complaints.load(ctx.param("ticket"));
    if (!record) co_return http::error_response(req, record.error());
    auto visibility = *record ? domain::visibility_for((*record)->complaint, viewer_of(ctx), false)
                              : domain::Visibility{};
    if (!visibility.visible) {
        co_return http::error_response(req,
                                       make_error(ErrorCode::not_found, "Aduan tidak ditemukan"));
    }
    // Who looked at a confidential complaint or a reporter's contact is recorded first: when
    // the record cannot be written, nothing is shown.
    if (auto action = domain::audited_view((*record)->complaint, visibility)) {
        service::AuditRecord entry{staff_of(ctx).username,
                                   std::string(*action),
                                   (*record)->complaint.ticket,
                                   "dibuka di konsol"};
        auto recorded = co_await api.admin.record_audit(std::move(entry), util::now());
        if (!recorded) co_return http::error_response(req, recorded.error());
    }
    co_return http::json_response(
        req,
        status::ok,
        render_staff_view(**record, visibility, *directory, staff_of(ctx), util::now()));
}

awaitable<http::Response> intake(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::file_intake); !r)
        co_return http::error_response(req, r.error());
    auto input = read_submission(req, /*staff_intake=*/true, *directory);
    if (!input) co_return http::error_response(req, input.error());
    auto receipt = co_await store_submission(api, std::move(*input), staff_of(ctx).username);
    if (!receipt) co_return http::error_response(req, receipt.error());
    co_return http::json_response(req, status::created, render_receipt(*receipt, *directory));
}

core::Result<domain::ActionRequest> parse_action(const json::object& body) {
    JsonFields f(body);
    domain::ActionRequest request;
    auto action = f.string("action");
    if (!action) return action.error();
    if (!*action) return make_error(ErrorCode::invalid_field, "Tindakan wajib diisi", "action");
    auto parsed = domain::parse_action(**action);
    if (!parsed) return make_error(ErrorCode::invalid_field, "Tindakan tidak dikenal", "action");
    request.action = *parsed;
    for (auto [key, out] : {std::pair{"unit", &request.unit},
                            std::pair{"category", &request.category},
                            std::pair{"message", &request.message},
                            std::pair{"note", &request.note}}) {
        auto value = f.string(key);
        if (!value) return value.error();
        if (*value) *out = **value;
        auto length = domain::utf8_length(*out);
        if (!length || *length > domain::kActionTextMax) {
            return make_error(
                ErrorCode::invalid_field,
                "Teks paling banyak " + std::to_string(domain::kActionTextMax) + " karakter",
                key);
        }
    }
    auto reason = f.string("reason");
    if (!reason) return reason.error();
    if (*reason) {
        request.reason = domain::parse_reject_reason(**reason);
        if (!request.reason) {
            return make_error(
                ErrorCode::invalid_field, "Alasan harus spam, abusive atau duplicate", "reason");
        }
    }
    return request;
}

awaitable<http::Response> act(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto action = parse_action(*body);
    if (!action) co_return http::error_response(req, action.error());
    const auto now = util::now();
    auto record = co_await api.complaints.act(directory,
                                              api.deadlines.snapshot(),
                                              ctx.param("ticket"),
                                              staff_of(ctx),
                                              std::move(*action),
                                              now);
    if (!record) co_return http::error_response(req, record.error());
    auto visibility = domain::visibility_for(record->complaint, viewer_of(ctx), false);
    co_return http::json_response(
        req, status::ok, render_staff_view(*record, visibility, *directory, staff_of(ctx), now));
}

// "photo_blurs": {"<photo id>": [{"x", "y", "width", "height", "kind"?}, ...], ...}, each
// region's numbers integers and kind one of face, plate, manual (default manual). Whether
// they fit the photo is the domain's (check_blur_regions).
core::Result<std::map<std::string, std::vector<domain::BlurRegion>>> read_photo_blurs(
    const JsonFields& f) {
    std::map<std::string, std::vector<domain::BlurRegion>> out;
    auto blurs = f.object("photo_blurs");
    if (!blurs) return blurs.error();
    if (!*blurs) return out;
    auto refuse = [](std::string message) {
        return make_error(ErrorCode::invalid_field, std::move(message), "photo_blurs");
    };
    for (const auto& [id, value] : **blurs) {
        const auto* list = value.if_array();
        if (!list) return refuse("Area foto " + std::string(id) + " harus berupa daftar");
        if (list->size() > domain::kBlurRegionsMax) {
            return refuse("Paling banyak " + std::to_string(domain::kBlurRegionsMax) +
                          " area yang disamarkan per foto");
        }
        auto& regions = out[std::string(id)];
        for (const auto& item : *list) {
            const auto* object = item.if_object();
            if (!object) return refuse("Setiap area berisi x, y, width, dan height");
            JsonFields region(*object, "photo_blurs.");
            domain::BlurRegion r;
            for (auto [key, field] : {std::pair{"x", &r.x},
                                      std::pair{"y", &r.y},
                                      std::pair{"width", &r.width},
                                      std::pair{"height", &r.height}}) {
                auto number = region.integer(key);
                if (!number || !*number || **number < std::numeric_limits<int>::min() ||
                    **number > std::numeric_limits<int>::max()) {
                    return refuse(
                        "Setiap area berisi x, y, width, dan height berupa bilangan bulat");
                }
                *field = static_cast<int>(**number);
            }
            auto kind = region.string("kind");
            if (!kind) return refuse("kind harus face, plate, atau manual");
            if (*kind) {
                auto parsed = domain::parse_blur_kind(**kind);
                if (!parsed) return refuse("kind harus face, plate, atau manual");
                r.kind = *parsed;
            }
            regions.push_back(r);
        }
    }
    return out;
}

// The officer's decision on what the public reads (domain::apply_publication):
// {"hidden_phrases": [...], "published_photos": [...], "photo_blurs": {...}?}, the first two
// required, the whole decision each time; photo_blurs names only the photos whose blurred
// regions change. Answers the staff view with its "publication".
awaitable<http::Response> publish(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    JsonFields f(*body);
    domain::PublicationRequest request;
    for (auto [key, out] : {std::pair{"hidden_phrases", &request.hidden_phrases},
                            std::pair{"published_photos", &request.published_photos}}) {
        auto list = f.strings(key);
        if (!list) co_return http::error_response(req, list.error());
        if (!*list) {
            co_return http::error_response(
                req,
                make_error(ErrorCode::invalid_field, "Daftar wajib diisi (boleh kosong)", key));
        }
        *out = std::move(**list);
    }
    auto blurs = read_photo_blurs(f);
    if (!blurs) co_return http::error_response(req, blurs.error());
    request.photo_blurs = std::move(*blurs);
    const auto now = util::now();
    auto record = co_await api.complaints.publish(ctx.param("ticket"), staff_of(ctx), request, now);
    if (!record) co_return http::error_response(req, record.error());
    // Makes the public copies of the photos whose regions changed now, so that the officer's
    // preview and the first visitor do not wait; a failure here is retried by the next read.
    std::vector<domain::Photo> reblurred;
    for (const auto& photo : record->complaint.photos) {
        if (request.photo_blurs.contains(photo.id)) reblurred.push_back(photo);
    }
    if (!reblurred.empty()) {
        auto make = [&api, reblurred] {
            for (const auto& photo : reblurred) {
                (void)api.photos.public_bytes(photo, media::Variant::full);
            }
        };
        co_await run_on(api.cpu_pool, std::move(make));
    }
    auto visibility = domain::visibility_for(record->complaint, viewer_of(ctx), false);
    co_return http::json_response(
        req, status::ok, render_staff_view(*record, visibility, *directory, staff_of(ctx), now));
}

// The caller's notifications: their unit's, or their role's (super admin: escalations to
// Diskominfo; leadership: escalations to the Bupati).
awaitable<http::Response> notifications(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::read_notifications); !r)
        co_return http::error_response(req, r.error());
    store::NotificationQuery q;
    const auto role = staff_of(ctx).role;
    if (role == domain::Role::super_admin || role == domain::Role::leadership) {
        q.role = role;
    } else {
        q.unit_code = staff_of(ctx).unit_code;
    }
    auto limit = int_query(ctx, "limit", 1, 200);
    if (!limit) co_return http::error_response(req, limit.error());
    if (*limit) q.limit = **limit;
    auto before = int_query(ctx, "before", 1, std::numeric_limits<int>::max());
    if (!before) co_return http::error_response(req, before.error());
    if (*before) q.before_id = **before;
    auto found = co_await api.complaints.notifications(q);
    if (!found) co_return http::error_response(req, found.error());
    json::array items;
    for (const auto& n : *found) items.push_back(render_notification(n));
    json::value next = nullptr;
    if (static_cast<int>(found->size()) == q.limit && !found->empty()) next = found->back().id;
    co_return http::json_response(
        req, status::ok, json::object{{"items", std::move(items)}, {"next_before", next}});
}

}  // namespace

void add_staff_routes(http::Router& router, Api& api) {
    router.add(verb::get,
               "/api/v1/staff/notifications",
               staff_only(api, [&api](http::Context& ctx) { return notifications(api, ctx); }));
    router.add(verb::get, "/api/v1/inbox", staff_only(api, [&api](http::Context& ctx) {
                   return inbox(api, ctx);
               }));
    router.add(verb::get,
               "/api/v1/staff/complaints/{ticket}",
               staff_only(api, [&api](http::Context& ctx) { return show(api, ctx); }));
    router.add(verb::post, "/api/v1/staff/complaints", staff_only(api, [&api](http::Context& ctx) {
                   return intake(api, ctx);
               }));
    router.add(verb::post,
               "/api/v1/staff/complaints/{ticket}/actions",
               staff_only(api, [&api](http::Context& ctx) { return act(api, ctx); }));
    router.add(verb::put,
               "/api/v1/staff/complaints/{ticket}/publication",
               staff_only(api, [&api](http::Context& ctx) { return publish(api, ctx); }));
}

}  // namespace tanggap::api

// The deadline settings as Diskominfo's super admin edits them: the deadline policies, a unit's
// own policy for a category, and each year's holidays and cuti bersama. Every edit builds a new
// clock and recounts the open deadlines in the same transaction; the clock is published
// (Api::deadlines) once that is durable, so the next complaint and the next sweep use it.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/json_body.hpp"
#include "api/period.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "http/response.hpp"
#include "service/deadline_edits.hpp"
#include "service/deadline_settings.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>

#include <algorithm>

namespace tanggap::api {
namespace {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::field;
using http::beast_http::status;
using http::beast_http::verb;
using service::SettingsChange;

json::object render_policy(const sla::DeadlinePolicy& p, const domain::DirectoryIndex& directory) {
    json::array steps;
    for (const auto& limit : p.steps) {
        steps.push_back(json::object{{"step", sla::to_string(limit.step)},
                                     {"amount", limit.amount},
                                     {"unit", sla::to_string(limit.unit)}});
    }
    json::array categories;
    for (const auto& c : directory.categories()) {
        if (c.deadline_policy == p.code) categories.emplace_back(c.code);
    }
    return {{"code", p.code},
            {"required", service::is_required_policy(p.code)},
            {"steps", std::move(steps)},
            {"categories", std::move(categories)}};
}

json::object render_unit_policy(const sla::UnitPolicy& u, const domain::DirectoryIndex& directory) {
    const auto* unit = directory.find_unit(u.unit_code);
    const auto* category = directory.find_category(u.category_code);
    return {
        {"unit", json::object{{"code", u.unit_code}, {"name", unit ? unit->name : u.unit_code}}},
        {"category",
         json::object{{"code", u.category_code},
                      {"name", category ? category->name : u.category_code}}},
        {"policy", u.policy_code}};
}

json::array render_holidays(const std::vector<sla::Holiday>& holidays, std::optional<int> year) {
    json::array out;
    for (const auto& h : holidays) {
        if (year && static_cast<int>(h.date.year()) != *year) continue;
        out.push_back(json::object{
            {"date", format_date(h.date)}, {"kind", sla::to_string(h.kind)}, {"name", h.name}});
    }
    return out;
}

template <class T>
core::Result<T> field_error(std::string message, std::string field) {
    return make_error(ErrorCode::invalid_field, std::move(message), std::move(field));
}

// {"steps": [{"step", "amount", "unit"}]}; the policy's code comes from the path.
core::Result<sla::DeadlinePolicy> read_policy(const json::object& body, std::string code) {
    sla::DeadlinePolicy policy{std::move(code), {}};
    const auto* steps = body.if_contains("steps");
    if (!steps || !steps->is_array()) {
        return field_error<sla::DeadlinePolicy>("Daftar batas waktu per tahap wajib diisi",
                                                "steps");
    }
    for (std::size_t i = 0; i < steps->as_array().size(); ++i) {
        const std::string at = "steps[" + std::to_string(i) + "]";
        const auto* item = steps->as_array()[i].if_object();
        if (!item) return field_error<sla::DeadlinePolicy>("Harus berupa objek", at);
        JsonFields fields(*item, at + ".");
        auto step_text = fields.string("step");
        if (!step_text) return step_text.error();
        auto step = sla::parse_step(step_text->value_or(""));
        if (!step) return field_error<sla::DeadlinePolicy>("Tahap tidak dikenal", at + ".step");
        auto amount = fields.integer("amount");
        if (!amount) return amount.error();
        if (!*amount) return field_error<sla::DeadlinePolicy>("Jumlah wajib diisi", at + ".amount");
        auto unit_text = fields.string("unit");
        if (!unit_text) return unit_text.error();
        auto unit = sla::parse_limit_unit(unit_text->value_or(""));
        if (!unit) return field_error<sla::DeadlinePolicy>("Satuan tidak dikenal", at + ".unit");
        policy.steps.push_back({*step, **amount, *unit});
    }
    if (auto valid = sla::validate(policy); !valid) return valid.error();
    return policy;
}

// A year's list: JSON {"items": [{"date", "kind", "name"}]} or the CSV the --holidays files use.
core::Result<std::vector<sla::Holiday>> read_year_holidays(const http::Request& req) {
    const auto content_type = std::string(req[field::content_type]);
    if (content_type.rfind("text/csv", 0) == 0) return sla::parse_holidays(req.body());
    auto body = parse_json_object(req);
    if (!body) return body.error();
    const auto* items = body->if_contains("items");
    if (!items || !items->is_array()) {
        return field_error<std::vector<sla::Holiday>>("Daftar hari libur wajib diisi", "items");
    }
    std::vector<sla::Holiday> holidays;
    for (std::size_t i = 0; i < items->as_array().size(); ++i) {
        const std::string at = "items[" + std::to_string(i) + "]";
        const auto* item = items->as_array()[i].if_object();
        if (!item) return field_error<std::vector<sla::Holiday>>("Harus berupa objek", at);
        JsonFields fields(*item, at + ".");
        auto date_text = fields.string("date");
        if (!date_text) return date_text.error();
        auto date = parse_date(date_text->value_or(""));
        if (!date) {
            return field_error<std::vector<sla::Holiday>>("Tanggal harus YYYY-MM-DD", at + ".date");
        }
        auto kind_text = fields.string("kind");
        if (!kind_text) return kind_text.error();
        auto kind = sla::parse_holiday_kind(kind_text->value_or(""));
        if (!kind) {
            return field_error<std::vector<sla::Holiday>>(
                "Jenis harus libur_nasional atau cuti_bersama", at + ".kind");
        }
        auto name = fields.string("name");
        if (!name) return name.error();
        holidays.push_back({*date, *kind, name->value_or("")});
    }
    return holidays;
}

// A CSV has no items[i]: the error names the row's place in the file and the column, as the
// parser's own errors do.
core::Error as_csv_error(const http::Request& req, core::Error error) {
    const bool csv = std::string(req[field::content_type]).rfind("text/csv", 0) == 0;
    const auto close = error.field.find("].");
    if (!csv || error.field.rfind("items[", 0) != 0 || close == std::string::npos) return error;
    const auto index = parse_int(std::string_view(error.field).substr(6, close - 6));
    error.message = "Hari libur ke-" + std::to_string(index.value_or(0) + 1) + ": " + error.message;
    error.field = error.field.substr(close + 2);
    return error;
}

// Runs `edit` (service/deadline_edits.hpp) as a settings change and publishes the new clock
// once the write is durable. Callers name their edit before co_await: g++ 12 destroys a
// temporary made inside a co_await expression twice.
awaitable<core::Result<SettingsChange>> change_settings(Api& api,
                                                        const service::DeadlineEdit& edit) {
    auto change = co_await api.admin.change_deadlines(edit, util::local_zone().offset, util::now());
    if (change) api.deadlines.publish(change->version, change->clock);
    co_return change;
}

http::Response no_content(const http::Request& req) {
    http::Response res{status::no_content, req.version()};
    res.keep_alive(req.keep_alive());
    res.prepare_payload();
    return res;
}

awaitable<http::Response> list_policies(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_deadlines); !r)
        co_return http::error_response(req, r.error());
    const auto clock = api.deadlines.snapshot();
    const auto directory = api.directory.snapshot();
    json::array items;
    for (const auto& p : clock->policies()) items.push_back(render_policy(p, *directory));
    json::array unit_policies;
    for (const auto& u : clock->unit_policies()) {
        unit_policies.push_back(render_unit_policy(u, *directory));
    }
    json::array steps;
    for (auto step : sla::kAllSteps) steps.emplace_back(sla::to_string(step));
    json::array units;
    for (auto unit : {sla::LimitUnit::working_days,
                      sla::LimitUnit::working_hours,
                      sla::LimitUnit::calendar_hours,
                      sla::LimitUnit::calendar_minutes,
                      sla::LimitUnit::calendar_days}) {
        units.emplace_back(sla::to_string(unit));
    }
    co_return http::json_response(req,
                                  status::ok,
                                  json::object{{"items", std::move(items)},
                                               {"unit_policies", std::move(unit_policies)},
                                               {"steps", std::move(steps)},
                                               {"limit_units", std::move(units)}});
}

awaitable<http::Response> save_policy(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_deadlines); !r)
        co_return http::error_response(req, r.error());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto policy = read_policy(*body, ctx.param("code"));
    if (!policy) co_return http::error_response(req, policy.error());
    const bool creating = !api.deadlines.snapshot()->find_policy(policy->code);
    const auto edit =
        service::saving_policy(*policy, creating, staff_of(ctx).username, util::now());
    auto change = co_await change_settings(api, edit);
    if (!change) co_return http::error_response(req, change.error());
    const auto* saved = change->clock->find_policy(policy->code);
    co_return http::json_response(
        req,
        creating ? status::created : status::ok,
        json::object{{"policy", render_policy(*saved, *api.directory.snapshot())},
                     {"recounted", change->recounted}});
}

awaitable<http::Response> delete_policy(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_deadlines); !r)
        co_return http::error_response(req, r.error());
    const auto edit = service::deleting_policy(
        ctx.param("code"), api.directory.snapshot(), staff_of(ctx).username, util::now());
    auto change = co_await change_settings(api, edit);
    if (!change) co_return http::error_response(req, change.error());
    co_return no_content(req);
}

// Unknown unit or category in the path: 404, as for any resource that is not there.
core::Result<void> check_unit_and_category(const domain::DirectoryIndex& directory,
                                           const std::string& unit,
                                           const std::string& category) {
    if (!directory.find_unit(unit)) return make_error(ErrorCode::not_found, "Unit tidak ditemukan");
    if (!directory.find_category(category)) {
        return make_error(ErrorCode::not_found, "Kategori tidak ditemukan");
    }
    return {};
}

awaitable<http::Response> save_unit_policy(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_deadlines); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    sla::UnitPolicy unit_policy{ctx.param("unit"), ctx.param("category"), ""};
    if (auto r =
            check_unit_and_category(*directory, unit_policy.unit_code, unit_policy.category_code);
        !r) {
        co_return http::error_response(req, r.error());
    }
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto policy = JsonFields(*body).string("policy");
    if (!policy) co_return http::error_response(req, policy.error());
    unit_policy.policy_code = policy->value_or("");
    if (unit_policy.policy_code.empty()) {
        co_return http::error_response(
            req, make_error(ErrorCode::invalid_field, "Kebijakan wajib dipilih", "policy"));
    }
    const auto edit = service::saving_unit_policy(unit_policy, staff_of(ctx).username, util::now());
    auto change = co_await change_settings(api, edit);
    if (!change) co_return http::error_response(req, change.error());
    co_return http::json_response(
        req,
        status::ok,
        json::object{{"unit_policy", render_unit_policy(unit_policy, *directory)},
                     {"recounted", change->recounted}});
}

awaitable<http::Response> delete_unit_policy(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_deadlines); !r)
        co_return http::error_response(req, r.error());
    const auto edit = service::deleting_unit_policy(
        ctx.param("unit"), ctx.param("category"), staff_of(ctx).username, util::now());
    auto change = co_await change_settings(api, edit);
    if (!change) co_return http::error_response(req, change.error());
    co_return no_content(req);
}

awaitable<http::Response> save_year_holidays(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_deadlines); !r)
        co_return http::error_response(req, r.error());
    const auto year = parse_int(ctx.param("year"));
    if (!year || *year < 2000 || *year > 2100) {
        co_return http::error_response(
            req, make_error(ErrorCode::invalid_field, "Tahun harus 2000-2100", "year"));
    }
    auto holidays = read_year_holidays(req);
    if (!holidays) co_return http::error_response(req, holidays.error());
    if (auto r = service::validate_year_holidays(*year, *holidays); !r) {
        co_return http::error_response(req, as_csv_error(req, r.error()));
    }
    const auto edit =
        service::replacing_holidays(*year, *holidays, staff_of(ctx).username, util::now());
    auto change = co_await change_settings(api, edit);
    if (!change) co_return http::error_response(req, change.error());
    co_return http::json_response(
        req,
        status::ok,
        json::object{{"year", *year},
                     {"items", render_holidays(change->clock->holidays(), *year)},
                     {"recounted", change->recounted}});
}

template <class Handler>
http::Handler route(Api& api, Handler handler) {
    return staff_only(api, [&api, handler](http::Context& ctx) { return handler(api, ctx); });
}

}  // namespace

void add_admin_deadline_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/admin/deadline-policies", route(api, list_policies));
    router.add(verb::put, "/api/v1/admin/deadline-policies/{code}", route(api, save_policy));
    router.add(verb::delete_, "/api/v1/admin/deadline-policies/{code}", route(api, delete_policy));
    router.add(verb::put,
               "/api/v1/admin/unit-deadline-policies/{unit}/{category}",
               route(api, save_unit_policy));
    router.add(verb::delete_,
               "/api/v1/admin/unit-deadline-policies/{unit}/{category}",
               route(api, delete_unit_policy));
    router.add(verb::put, "/api/v1/admin/holidays/{year}", route(api, save_year_holidays));
}

}  // namespace tanggap::api

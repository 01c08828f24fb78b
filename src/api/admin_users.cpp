// Staff accounts as the super admin manages them: list, create, edit (role, unit, contact,
// switched on or off) and reset a password. Password hashes never leave the store.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/cpu_work.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "http/response.hpp"
#include "service/admin_rules.hpp"
#include "service/staff_accounts.hpp"
#include "util/crypto.hpp"
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

json::object render(const domain::StaffUser& user, const domain::DirectoryIndex& directory) {
    json::value unit = nullptr;
    if (!user.unit_code.empty()) {
        const auto* u = directory.find_unit(user.unit_code);
        unit = json::object{{"code", user.unit_code}, {"name", u ? u->name : user.unit_code}};
    }
    return {{"id", user.id},
            {"username", user.username},
            {"display_name", user.display_name},
            {"role", domain::to_string(user.role)},
            {"unit", std::move(unit)},
            {"email", user.email},
            {"phone", user.phone},
            {"active", user.active}};
}

core::Error role_error() {
    return make_error(
        ErrorCode::invalid_field,
        "Peran harus operator, officer, unit_admin, super_admin, leadership atau auditor",
        "role");
}

// The fields present in `body`; "unit": null takes the account off its unit.
core::Result<service::StaffAccountChange> read_change(const json::object& body) {
    JsonFields fields(body);
    service::StaffAccountChange change;
    const std::pair<const char*, std::optional<std::string>*> texts[] = {
        {"username", &change.username},
        {"display_name", &change.display_name},
        {"unit", &change.unit_code},
        {"email", &change.email},
        {"phone", &change.phone}};
    for (const auto& [key, target] : texts) {
        auto value = fields.string(key);
        if (!value) return value.error();
        if (*value) *target = **value;
    }
    if (!change.unit_code && body.contains("unit")) change.unit_code = "";
    auto role = fields.string("role");
    if (!role) return role.error();
    if (*role) {
        change.role = domain::parse_role(**role);
        if (!change.role) return role_error();
    }
    auto active = fields.boolean("active");
    if (!active) return active.error();
    change.active = *active;
    return change;
}

// A new account from every field a change can name; username and role are required.
core::Result<domain::StaffUser> read_new_account(const json::object& body) {
    auto change = read_change(body);
    if (!change) return change.error();
    if (!change->role) return role_error();
    domain::StaffUser user;
    user.username = change->username.value_or("");
    user.display_name = change->display_name.value_or("");
    user.unit_code = change->unit_code.value_or("");
    user.email = change->email.value_or("");
    user.phone = change->phone.value_or("");
    user.role = *change->role;
    user.active = change->active.value_or(true);
    return user;
}

awaitable<core::Result<std::string>> hashed(Api& api, const json::object& body) {
    auto password = JsonFields(body).string("password");
    if (!password) co_return password.error();
    const std::string text = password->value_or("");
    if (auto ok = service::check_new_password(text); !ok) co_return ok.error();
    auto hash = [text] { return util::hash_password(text); };
    co_return co_await run_on(api.cpu_pool, std::move(hash));
}

awaitable<http::Response> list(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_users); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    store::StaffQuery q;
    q.active_only = false;
    if (auto role = ctx.query("role"); role && !role->empty()) {
        auto parsed = domain::parse_role(*role);
        if (!parsed) co_return http::error_response(req, role_error());
        q.roles.push_back(*parsed);
    }
    if (auto unit = ctx.query("unit"); unit && !unit->empty()) q.unit_code = *unit;
    auto users = co_await api.staff.accounts(q);
    if (!users) co_return http::error_response(req, users.error());
    json::array items;
    for (const auto& u : *users) items.push_back(render(u, *directory));
    co_return http::json_response(req, status::ok, json::object{{"items", std::move(items)}});
}

awaitable<http::Response> create(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_users); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto draft = read_new_account(*body);
    if (!draft) co_return http::error_response(req, draft.error());
    auto user = service::validate_staff(std::move(*draft), *directory);
    if (!user) co_return http::error_response(req, user.error());
    auto hash = co_await hashed(api, *body);
    if (!hash) co_return http::error_response(req, hash.error());
    auto saved =
        co_await api.staff.create_account(std::move(*user), *hash, staff_of(ctx), util::now());
    if (!saved) co_return http::error_response(req, saved.error());
    co_return http::json_response(
        req, status::created, json::object{{"user", render(*saved, *directory)}});
}

awaitable<http::Response> update(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_users); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) co_return http::error_response(req, service::staff_account_not_found());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto change = read_change(*body);
    if (!change) co_return http::error_response(req, change.error());
    auto saved = co_await api.staff.change_account(
        *id, std::move(*change), directory, staff_of(ctx), util::now());
    if (!saved) co_return http::error_response(req, saved.error());
    co_return http::json_response(
        req, status::ok, json::object{{"user", render(*saved, *directory)}});
}

awaitable<http::Response> reset_password(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_users); !r)
        co_return http::error_response(req, r.error());
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) co_return http::error_response(req, service::staff_account_not_found());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto hash = co_await hashed(api, *body);
    if (!hash) co_return http::error_response(req, hash.error());
    auto saved = co_await api.staff.set_password(*id, *hash, staff_of(ctx), util::now());
    if (!saved) co_return http::error_response(req, saved.error());
    http::Response res{status::no_content, req.version()};
    res.keep_alive(req.keep_alive());
    res.prepare_payload();
    co_return res;
}

}  // namespace

void add_admin_user_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/admin/users", staff_only(api, [&api](http::Context& ctx) {
                   return list(api, ctx);
               }));
    router.add(verb::post, "/api/v1/admin/users", staff_only(api, [&api](http::Context& ctx) {
                   return create(api, ctx);
               }));
    router.add(verb::patch, "/api/v1/admin/users/{id}", staff_only(api, [&api](http::Context& ctx) {
                   return update(api, ctx);
               }));
    router.add(verb::post,
               "/api/v1/admin/users/{id}/password",
               staff_only(api, [&api](http::Context& ctx) { return reset_password(api, ctx); }));
}

}  // namespace tanggap::api

// Staff accounts as the super admin manages them: list, create, edit (role, unit, contact,
// switched on or off) and reset a password. Password hashes never leave the store.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "api/store_await.hpp"
#include "http/response.hpp"
#include "service/admin_rules.hpp"
#include "service/audit_log.hpp"
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

// Applies the fields present in `body` to `user`; the username only when `creating`.
core::Result<void> apply_fields(const json::object& body, domain::StaffUser& user, bool creating) {
    JsonFields fields(body);
    for (const char* key : {"username", "display_name", "unit", "email", "phone"}) {
        auto value = fields.string(key);
        if (!value) return value.error();
        const std::string_view name(key);
        if (name == "username") {
            if (!creating && *value && **value != user.username) {
                return make_error(
                    ErrorCode::invalid_field, "Nama pengguna tidak dapat diubah", "username");
            }
            if (creating) user.username = value->value_or("");
        } else if (*value) {
            (name == "display_name" ? user.display_name
             : name == "unit"       ? user.unit_code
             : name == "email"      ? user.email
                                    : user.phone) = **value;
        } else if (name == "unit" && body.contains("unit")) {
            user.unit_code.clear();  // "unit": null takes the account off its unit
        }
    }
    auto role = fields.string("role");
    if (!role) return role.error();
    if (*role) {
        auto parsed = domain::parse_role(**role);
        if (!parsed) return role_error();
        user.role = *parsed;
    } else if (creating) {
        return role_error();
    }
    auto active = fields.boolean("active");
    if (!active) return active.error();
    if (*active) user.active = **active;
    return {};
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
    auto job = [q](store::ReadTx& tx) { return tx.staff(q); };
    auto users = co_await read_store<std::vector<domain::StaffUser>>(api.store, std::move(job));
    if (!users) co_return http::error_response(req, users.error());
    json::array items;
    for (const auto& u : *users) items.push_back(render(u, *directory));
    co_return http::json_response(req, status::ok, json::object{{"items", std::move(items)}});
}

// Every change of an account in the audit log: who changed whom, and what it became.
core::Result<void> audit_user_change(store::WriteTx& tx,
                                     const std::string& actor,
                                     std::string_view what,
                                     const domain::StaffUser& user) {
    service::AuditRecord audit{actor,
                               std::string(domain::audit_action::user_change),
                               "",
                               "pengguna " + user.username + " " + std::string(what) + ": peran " +
                                   std::string(domain::to_string(user.role)) +
                                   (user.unit_code.empty() ? "" : ", unit " + user.unit_code) +
                                   (user.active ? "" : ", nonaktif")};
    auto r = service::record_audit(tx, audit, util::now());
    if (!r) return r.error();
    return {};
}

awaitable<http::Response> create(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_users); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    domain::StaffUser draft;
    if (auto r = apply_fields(*body, draft, /*creating=*/true); !r) {
        co_return http::error_response(req, r.error());
    }
    auto user = service::validate_staff(std::move(draft), *directory);
    if (!user) co_return http::error_response(req, user.error());
    auto hash = co_await hashed(api, *body);
    if (!hash) co_return http::error_response(req, hash.error());
    auto job = [user = *user, hash = *hash, actor = staff_of(ctx).username](
                   store::WriteTx& tx) -> core::Result<domain::StaffUser> {
        auto id = tx.insert_staff(user, hash);
        if (!id) return id.error();
        auto saved = user;
        saved.id = *id;
        if (auto r = audit_user_change(tx, actor, "dibuat", saved); !r) return r.error();
        return saved;
    };
    auto saved = co_await write_store<domain::StaffUser>(api.store, std::move(job));
    if (!saved) co_return http::error_response(req, saved.error());
    co_return http::json_response(
        req, status::created, json::object{{"user", render(*saved, *directory)}});
}

core::Error user_not_found() {
    return make_error(ErrorCode::not_found, "Pengguna tidak ditemukan");
}

awaitable<http::Response> update(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_users); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) co_return http::error_response(req, user_not_found());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto job = [id = *id, body = *body, directory, actor = staff_of(ctx)](
                   store::WriteTx& tx) -> core::Result<domain::StaffUser> {
        auto found = tx.staff_by_id(id);
        if (!found) return found.error();
        if (!*found) return user_not_found();
        domain::StaffUser user = **found;
        if (auto r = apply_fields(body, user, /*creating=*/false); !r) return r.error();
        auto valid = service::validate_staff(std::move(user), *directory);
        if (!valid) return valid.error();
        if (auto r = service::check_self_change(actor, *valid); !r) return r.error();
        if (auto r = tx.update_staff(*valid); !r) return r.error();
        // Sessions also end at the next request (auth checks `active`); deleting them here
        // keeps none behind to come back if the account is switched on again.
        if (!valid->active) {
            if (auto r = tx.delete_staff_sessions(id); !r) return r.error();
        }
        if (auto r = audit_user_change(tx, actor.username, "diubah", *valid); !r) {
            return r.error();
        }
        return *valid;
    };
    auto saved = co_await write_store<domain::StaffUser>(api.store, std::move(job));
    if (!saved) co_return http::error_response(req, saved.error());
    co_return http::json_response(
        req, status::ok, json::object{{"user", render(*saved, *directory)}});
}

awaitable<http::Response> reset_password(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_users); !r)
        co_return http::error_response(req, r.error());
    auto id = parse_int(ctx.param("id"));
    if (!id || *id < 1) co_return http::error_response(req, user_not_found());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto hash = co_await hashed(api, *body);
    if (!hash) co_return http::error_response(req, hash.error());
    // Someone else's sessions end with the old password; your own stays signed in.
    const bool own = staff_of(ctx).id == *id;
    auto job = [id = *id, hash = *hash, own, actor = staff_of(ctx).username](
                   store::WriteTx& tx) -> core::Result<void> {
        if (auto r = tx.set_staff_password(id, hash); !r) {
            return r.error().code == ErrorCode::not_found ? user_not_found() : r.error();
        }
        service::AuditRecord audit{actor,
                                   std::string(domain::audit_action::user_change),
                                   "",
                                   "kata sandi pengguna #" + std::to_string(id) + " diganti"};
        if (auto r = service::record_audit(tx, audit, util::now()); !r) return r.error();
        if (own) return {};
        return tx.delete_staff_sessions(id);
    };
    auto saved = co_await write_store<void>(api.store, std::move(job));
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

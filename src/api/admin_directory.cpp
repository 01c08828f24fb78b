// Units and categories as the super admin edits them, with where each category's complaints
// are routed. The save is service/directory_edits' (through the admin desk); once it is
// durable the new directory replaces the server's (Api::directory), so the next request
// routes by it; no restart.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "domain/retention.hpp"
#include "http/response.hpp"
#include "service/admin_rules.hpp"
#include "service/deadline_settings.hpp"
#include "sla/deadline_policy.hpp"
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

json::value or_null(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

json::value unit_ref(const domain::DirectoryIndex& directory, const std::string& code) {
    if (code.empty()) return nullptr;
    const auto* unit = directory.find_unit(code);
    return json::object{{"code", code}, {"name", unit ? unit->name : code}};
}

json::object render_unit(const domain::Unit& u) {
    json::array social;
    for (const auto& s : u.social) {
        social.push_back(json::object{{"network", s.network}, {"handle", s.handle}});
    }
    return {{"code", u.code},
            {"name", u.name},
            {"kind", domain::to_string(u.kind)},
            {"parent", or_null(u.parent_code)},
            {"area_code", or_null(u.area_code)},
            {"call_center", json::array(u.call_center.begin(), u.call_center.end())},
            {"whatsapp", or_null(u.whatsapp)},
            {"social", std::move(social)},
            {"categories", json::array(u.categories.begin(), u.categories.end())},
            {"always_open", u.always_open},
            {"super_admin", u.super_admin}};
}

json::object render_category(const domain::Category& c, const domain::DirectoryIndex& directory) {
    json::value route = nullptr;
    if (auto preview = service::preview_route(directory, c.code)) {
        route =
            json::object{{"unit", unit_ref(directory, preview->unit_code)},
                         {"area_kind",
                          preview->area_kind ? json::value(domain::to_string(*preview->area_kind))
                                             : json::value(nullptr)}};
    }
    return {{"code", c.code},
            {"name", c.name},
            {"parent", or_null(c.parent_code)},
            {"responsible_unit", or_null(c.responsible_unit)},
            {"responsible_kind",
             c.responsible_kind ? json::value(domain::to_string(*c.responsible_kind))
                                : json::value(nullptr)},
            {"area_bound", c.area_bound},
            {"emergency", c.emergency},
            {"deadline_policy", or_null(c.deadline_policy)},
            {"retention_months",
             c.retention_months ? json::value(*c.retention_months) : json::value(nullptr)},
            {"route", std::move(route)}};
}

std::vector<std::string> policy_codes(const service::DeadlineClock& clock) {
    std::vector<std::string> codes;
    for (const auto& p : clock.policies()) codes.push_back(p.code);
    return codes;
}

// A list of strings; null or absent leaves `out` alone.
core::Result<void> read_strings(const json::object& body,
                                std::string_view key,
                                std::vector<std::string>& out) {
    const auto* value = body.if_contains(key);
    if (!value || value->is_null()) return {};
    const auto* array = value->if_array();
    if (!array) return make_error(ErrorCode::invalid_field, "Harus daftar teks", std::string(key));
    std::vector<std::string> items;
    for (const auto& item : *array) {
        if (!item.is_string()) {
            return make_error(ErrorCode::invalid_field, "Harus daftar teks", std::string(key));
        }
        items.emplace_back(item.as_string());
    }
    out = std::move(items);
    return {};
}

core::Result<std::optional<domain::UnitKind>> read_kind(const JsonFields& fields,
                                                        std::string_view key) {
    auto text = fields.string(key);
    if (!text) return text.error();
    if (!*text || (*text)->empty()) return std::optional<domain::UnitKind>{};
    auto kind = domain::parse_unit_kind(**text);
    if (!kind)
        return make_error(ErrorCode::invalid_field, "Jenis unit tidak dikenal", std::string(key));
    return kind;
}

// Copies the present string fields of `body` into the named members ("" clears them).
template <class T>
core::Result<void> read_texts(const JsonFields& fields,
                              std::initializer_list<std::pair<const char*, std::string T::*>> map,
                              T& target) {
    for (const auto& [key, member] : map) {
        auto value = fields.string(key);
        if (!value) return value.error();
        if (*value) target.*member = **value;
    }
    return {};
}

core::Result<void> apply_unit(const json::object& body, domain::Unit& u, bool creating) {
    JsonFields fields(body);
    if (auto r = read_texts<domain::Unit>(fields,
                                          {{"name", &domain::Unit::name},
                                           {"parent", &domain::Unit::parent_code},
                                           {"area_code", &domain::Unit::area_code},
                                           {"whatsapp", &domain::Unit::whatsapp}},
                                          u);
        !r) {
        return r;
    }
    for (const char* key : {"parent", "area_code", "whatsapp"}) {
        if (body.contains(key) && body.at(key).is_null()) {
            (std::string_view(key) == "parent"      ? u.parent_code
             : std::string_view(key) == "area_code" ? u.area_code
                                                    : u.whatsapp)
                .clear();
        }
    }
    auto kind = read_kind(fields, "kind");
    if (!kind) return kind.error();
    if (*kind) {
        u.kind = **kind;
    } else if (creating) {
        return make_error(ErrorCode::invalid_field, "Jenis unit wajib diisi", "kind");
    }
    if (auto r = read_strings(body, "call_center", u.call_center); !r) return r;
    if (auto r = read_strings(body, "categories", u.categories); !r) return r;
    if (const auto* social = body.if_contains("social"); social && !social->is_null()) {
        const auto* array = social->if_array();
        if (!array) return make_error(ErrorCode::invalid_field, "Harus daftar akun", "social");
        u.social.clear();
        for (const auto& item : *array) {
            const auto* account = item.if_object();
            const auto* network = account ? account->if_contains("network") : nullptr;
            const auto* handle = account ? account->if_contains("handle") : nullptr;
            if (!network || !handle || !network->is_string() || !handle->is_string()) {
                return make_error(ErrorCode::invalid_field,
                                  "Setiap akun perlu network dan handle berupa teks",
                                  "social");
            }
            u.social.push_back(
                {std::string(network->as_string()), std::string(handle->as_string())});
        }
    }
    auto always_open = fields.boolean("always_open");
    if (!always_open) return always_open.error();
    if (*always_open) u.always_open = **always_open;
    return {};
}

core::Result<void> apply_category(const json::object& body, domain::Category& c) {
    JsonFields fields(body);
    if (auto r =
            read_texts<domain::Category>(fields,
                                         {{"name", &domain::Category::name},
                                          {"parent", &domain::Category::parent_code},
                                          {"responsible_unit", &domain::Category::responsible_unit},
                                          {"deadline_policy", &domain::Category::deadline_policy}},
                                         c);
        !r) {
        return r;
    }
    for (const char* key : {"parent", "responsible_unit", "deadline_policy"}) {
        if (body.contains(key) && body.at(key).is_null()) {
            (std::string_view(key) == "parent"             ? c.parent_code
             : std::string_view(key) == "responsible_unit" ? c.responsible_unit
                                                           : c.deadline_policy)
                .clear();
        }
    }
    if (body.contains("responsible_kind")) {
        auto kind = read_kind(fields, "responsible_kind");
        if (!kind) return kind.error();
        c.responsible_kind = *kind;
    }
    for (const char* key : {"area_bound", "emergency"}) {
        auto flag = fields.boolean(key);
        if (!flag) return flag.error();
        if (*flag) (std::string_view(key) == "area_bound" ? c.area_bound : c.emergency) = **flag;
    }
    // null: the installation's retention again.
    if (body.contains("retention_months") && body.at("retention_months").is_null()) {
        c.retention_months.reset();
    } else {
        auto months = fields.integer("retention_months");
        if (!months) return months.error();
        if (*months) {
            if (auto r = domain::check_retention_months(**months); !r) return r;
            c.retention_months = static_cast<int>(**months);
        }
    }
    return {};
}

// How the answer names a saved unit or category, and how the desk saves one.
template <class T>
struct ItemKind;
template <>
struct ItemKind<domain::Unit> {
    static constexpr const char* key = "unit";
    static auto save(Api& api,
                     service::DirectorySaveRequest request,
                     service::DirectoryEdit<domain::Unit> edit) {
        return api.admin.save_unit(std::move(request), std::move(edit), util::now());
    }
};
template <>
struct ItemKind<domain::Category> {
    static constexpr const char* key = "category";
    static auto save(Api& api,
                     service::DirectorySaveRequest request,
                     service::DirectoryEdit<domain::Category> edit) {
        return api.admin.save_category(std::move(request), std::move(edit), util::now());
    }
};

// POST (creating, the code from the body) and PATCH /{code} of units and categories: the
// write, then the new directory published once durable, then the saved item.
template <class T, class Edit, class Render>
awaitable<http::Response> save_directory_item(
    Api& api, http::Context& ctx, bool creating, Edit edit, Render render) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_directory); !r)
        co_return http::error_response(req, r.error());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    service::DirectorySaveRequest request;
    request.code = ctx.param("code");
    request.creating = creating;
    request.actor = staff_of(ctx).username;
    if (creating) {
        auto given = JsonFields(*body).string("code");
        if (!given) co_return http::error_response(req, given.error());
        request.code = given->value_or("");
    }
    for (const auto& [key, value] : *body)  // the audit entry names what the request changed
        request.fields += (request.fields.empty() ? "" : ", ") + std::string(key);
    service::DirectoryEdit<T> bound_edit = [body = *body, edit](T draft,
                                                                const domain::DirectoryIndex& dir) {
        return edit(body, std::move(draft), dir);
    };
    auto saved = co_await ItemKind<T>::save(api, std::move(request), std::move(bound_edit));
    if (!saved) co_return http::error_response(req, saved.error());
    api.directory.publish(saved->version, saved->directory);
    co_return http::json_response(
        req,
        creating ? status::created : status::ok,
        json::object{{ItemKind<T>::key, render(saved->item, *saved->directory)},
                     {"recounted", saved->recounted}});
}

awaitable<http::Response> save_unit(Api& api, http::Context& ctx, bool creating) {
    auto edit = [creating](const json::object& body,
                           domain::Unit unit,
                           const domain::DirectoryIndex& dir) -> core::Result<domain::Unit> {
        if (auto r = apply_unit(body, unit, creating); !r) return r.error();
        return service::validate_unit(std::move(unit), dir);
    };
    auto render = [](const domain::Unit& u, const domain::DirectoryIndex&) {
        return render_unit(u);
    };
    return save_directory_item<domain::Unit>(api, ctx, creating, edit, render);
}

awaitable<http::Response> save_category(Api& api, http::Context& ctx, bool creating) {
    auto edit = [policies = policy_codes(*api.deadlines.snapshot())](
                    const json::object& body,
                    domain::Category category,
                    const domain::DirectoryIndex& dir) -> core::Result<domain::Category> {
        if (auto r = apply_category(body, category); !r) return r.error();
        return service::validate_category(std::move(category), dir, policies);
    };
    return save_directory_item<domain::Category>(api, ctx, creating, edit, render_category);
}

awaitable<http::Response> list_units(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_directory); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    json::array items;
    for (const auto& u : directory->units()) items.push_back(render_unit(u));
    co_return http::json_response(req, status::ok, json::object{{"items", std::move(items)}});
}

awaitable<http::Response> list_categories(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_directory); !r)
        co_return http::error_response(req, r.error());
    const auto directory = api.directory.snapshot();
    json::array items;
    for (const auto& c : directory->categories()) items.push_back(render_category(c, *directory));
    auto policies = policy_codes(*api.deadlines.snapshot());
    co_return http::json_response(
        req,
        status::ok,
        json::object{{"items", std::move(items)},
                     {"deadline_policies", json::array(policies.begin(), policies.end())}});
}

}  // namespace

void add_admin_directory_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/admin/units", staff_only(api, [&api](http::Context& ctx) {
                   return list_units(api, ctx);
               }));
    router.add(verb::post, "/api/v1/admin/units", staff_only(api, [&api](http::Context& ctx) {
                   return save_unit(api, ctx, true);
               }));
    router.add(verb::patch,
               "/api/v1/admin/units/{code}",
               staff_only(api, [&api](http::Context& ctx) { return save_unit(api, ctx, false); }));
    router.add(verb::get, "/api/v1/admin/categories", staff_only(api, [&api](http::Context& ctx) {
                   return list_categories(api, ctx);
               }));
    router.add(verb::post, "/api/v1/admin/categories", staff_only(api, [&api](http::Context& ctx) {
                   return save_category(api, ctx, true);
               }));
    router.add(
        verb::patch, "/api/v1/admin/categories/{code}", staff_only(api, [&api](http::Context& ctx) {
            return save_category(api, ctx, false);
        }));
}

}  // namespace tanggap::api

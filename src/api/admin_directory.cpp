// Units and categories as the super admin edits them, with where each category's complaints
// are routed. A saved edit replaces the server's directory (Api::directory) once it is
// durable, so the next request routes by it; no restart. An edit that changes deadlines (a
// category's policy or emergency flag, a unit's 24/7 calendar) recounts the open ones in the
// same transaction. Codes never change once created, and
// nothing is deleted (complaints keep pointing at their unit and category).

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "api/store_await.hpp"
#include "domain/retention.hpp"
#include "http/response.hpp"
#include "service/admin_rules.hpp"
#include "service/audit_log.hpp"
#include "service/deadline_settings.hpp"
#include "sla/deadline_policy.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>

#include <algorithm>

namespace tanggap::api {
namespace {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;
using Snapshot = domain::DirectoryHolder::Snapshot;

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

// What a directory write job hands back: the saved item, the directory after it (published
// once the transaction is durable) and how many open deadlines the edit moved.
template <class T>
struct Saved {
    T item;
    Snapshot directory;
    std::uint64_t version = 0;
    std::int64_t recounted = 0;
};

struct Lists {
    std::vector<domain::Unit> units;
    std::vector<domain::Category> categories;
};

core::Result<Lists> read_lists(store::ReadTx& tx) {
    auto units = tx.units();
    if (!units) return units.error();
    auto categories = tx.categories();
    if (!categories) return categories.error();
    return Lists{std::move(*units), std::move(*categories)};
}

template <class T>
void replace_or_add(std::vector<T>& items, const T& item) {
    auto it = std::find_if(
        items.begin(), items.end(), [&](const T& existing) { return existing.code == item.code; });
    if (it == items.end()) {
        items.push_back(item);
    } else {
        *it = item;
    }
}

// Whether an edit changes the deadlines of the complaints it concerns: a unit's calendar, a
// category's policy or its emergency calendar.
bool moves_deadlines(const domain::Unit* before, const domain::Unit& after) {
    return before && before->always_open != after.always_open;
}
bool moves_deadlines(const domain::Category* before, const domain::Category& after) {
    return before && (before->deadline_policy != after.deadline_policy ||
                      before->emergency != after.emergency);
}

// One directory list's item: how to find it, the list it is in, how it is stored and shown.
template <class T>
struct ItemKind {
    const T* (domain::DirectoryIndex::*find)(std::string_view) const;
    std::vector<T> Lists::*list;
    core::Result<void> (store::WriteTx::*upsert)(const T&);
    const char* taken;      // creating a code that exists
    const char* not_found;  // editing one that does not
    const char* key;        // the answer's member
    std::string_view audit_action;
};

const ItemKind<domain::Unit> kUnitKind{&domain::DirectoryIndex::find_unit,
                                       &Lists::units,
                                       &store::WriteTx::upsert_unit,
                                       "Kode unit sudah dipakai",
                                       "Unit tidak ditemukan",
                                       "unit",
                                       domain::audit_action::unit_change};
const ItemKind<domain::Category> kCategoryKind{&domain::DirectoryIndex::find_category,
                                               &Lists::categories,
                                               &store::WriteTx::upsert_category,
                                               "Kode kategori sudah dipakai",
                                               "Kategori tidak ditemukan",
                                               "category",
                                               domain::audit_action::category_change};

// The write job of every unit or category save: the current directory from the transaction
// (so edits queued together see each other), `edit` to make and check the item, the upsert,
// the open deadlines recounted when the edit moves them, and the new directory with its
// version taken on the writer thread.
template <class T, class Edit>
core::Result<Saved<T>> save_item(store::WriteTx& tx,
                                 domain::DirectoryHolder& holder,
                                 const service::DeadlineClock& clock,
                                 const ItemKind<T>& kind,
                                 const std::string& code,
                                 bool creating,
                                 const std::string& actor,
                                 const std::string& fields,
                                 Edit edit) {
    auto lists = read_lists(tx);
    if (!lists) return lists.error();
    const domain::DirectoryIndex before(lists->units, lists->categories);
    const T* existing = (before.*kind.find)(code);
    if (creating && existing) return make_error(ErrorCode::conflict, kind.taken, "code");
    if (!creating && !existing) return make_error(ErrorCode::not_found, kind.not_found);
    T draft = existing ? *existing : T{};
    draft.code = code;
    core::Result<T> item = edit(std::move(draft), before);
    if (!item) return item.error();
    if (auto r = (tx.*kind.upsert)(*item); !r) return r.error();
    const service::AuditRecord audit{
        actor,
        std::string(kind.audit_action),
        "",
        (creating ? std::string("dibuat ") : std::string("diubah ")) + code + " (" + fields + ")"};
    if (auto r = service::record_audit(tx, audit, util::now()); !r) return r.error();
    replace_or_add((*lists).*(kind.list), *item);
    auto after = std::make_shared<const domain::DirectoryIndex>(std::move(lists->units),
                                                                std::move(lists->categories));
    std::int64_t recounted = 0;
    if (moves_deadlines(existing, *item)) {
        auto moved = service::recount_open_deadlines(tx, *after, clock, util::now());
        if (!moved) return moved.error();
        recounted = *moved;
    }
    return Saved<T>{std::move(*item), std::move(after), holder.next_version(), recounted};
}

// POST (creating, the code from the body) and PATCH /{code} of units and categories: the
// write, then the new directory published once durable, then the saved item.
template <class T, class Edit, class Render>
awaitable<http::Response> save_directory_item(Api& api,
                                              http::Context& ctx,
                                              bool creating,
                                              const ItemKind<T>& kind,
                                              Edit edit,
                                              Render render) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::manage_directory); !r)
        co_return http::error_response(req, r.error());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    std::string code = ctx.param("code");
    if (creating) {
        auto given = JsonFields(*body).string("code");
        if (!given) co_return http::error_response(req, given.error());
        code = given->value_or("");
    }
    std::string fields;  // the audit entry names what the request changed
    for (const auto& [key, value] : *body)
        fields += (fields.empty() ? "" : ", ") + std::string(key);
    auto job = [&holder = api.directory,
                clock = api.deadlines.snapshot(),
                &kind,
                code,
                creating,
                actor = staff_of(ctx).username,
                fields,
                bound_edit = [body = *body, edit](T draft, const domain::DirectoryIndex& dir) {
                    return edit(body, std::move(draft), dir);
                }](store::WriteTx& tx) {
        return save_item<T>(tx, holder, *clock, kind, code, creating, actor, fields, bound_edit);
    };
    auto saved = co_await write_store<Saved<T>>(api.store, std::move(job));
    if (!saved) co_return http::error_response(req, saved.error());
    api.directory.publish(saved->version, saved->directory);
    co_return http::json_response(req,
                                  creating ? status::created : status::ok,
                                  json::object{{kind.key, render(saved->item, *saved->directory)},
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
    return save_directory_item(api, ctx, creating, kUnitKind, edit, render);
}

awaitable<http::Response> save_category(Api& api, http::Context& ctx, bool creating) {
    auto edit = [policies = policy_codes(*api.deadlines.snapshot())](
                    const json::object& body,
                    domain::Category category,
                    const domain::DirectoryIndex& dir) -> core::Result<domain::Category> {
        if (auto r = apply_category(body, category); !r) return r.error();
        return service::validate_category(std::move(category), dir, policies);
    };
    return save_directory_item(api, ctx, creating, kCategoryKind, edit, render_category);
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

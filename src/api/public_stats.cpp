// The public dashboard (figures per year, month, unit kind and its groups, unit, category,
// channel; also as CSV) and the public list of non-confidential complaints. No login: nothing
// here carries personal data.

#include "api/api.hpp"
#include "api/period.hpp"
#include "api/query_params.hpp"
#include "api/report_files.hpp"
#include "domain/directory.hpp"
#include "http/response.hpp"
#include "util/time_format.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

constexpr int kPublicListDefault = 20;
constexpr int kPublicListMax = 100;

store::StatsQuery stats_query(const Period& period) {
    return store::StatsQuery{period.from, period.to, std::nullopt};
}

json::value or_null(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

double rounded(double value, double scale) { return std::round(value * scale) / scale; }

std::int64_t year_of(const std::string& key) { return parse_int(key).value_or(0); }

// The dashboard's groups of unit kinds, computed here once for the screen and its CSV: regional
// agencies as the published Indramayu figures count them (the perangkat daerah, the regional
// hospitals and the regional enterprises together), every other kind on its own; complaints of
// an unknown unit under "".
struct UnitGroup {
    std::string key;  // "agencies", a unit kind, or ""
    std::string label;
    std::vector<std::string> kinds{};
    std::int64_t received = 0;
    std::int64_t resolved = 0;
};

constexpr std::string_view kAgencies = "agencies";
// Display order; groups not listed follow in the store's order.
constexpr std::array<std::string_view, 6> kGroupOrder{
    kAgencies, "kecamatan", "puskesmas", "pimpinan", "kelurahan", "desa"};

std::string group_of(std::string_view kind) {
    using domain::UnitKind;
    const auto parsed = domain::parse_unit_kind(kind);
    const bool agency = parsed && (*parsed == UnitKind::perangkat_daerah ||
                                   *parsed == UnitKind::rsud || *parsed == UnitKind::bumd);
    return std::string(agency ? kAgencies : kind);
}

std::string group_label(std::string_view key) {
    static constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
        {kAgencies, "Perangkat daerah, RSUD dan BUMD"},
        {"pimpinan", "Pimpinan"},
        {"kecamatan", "Kecamatan"},
        {"desa", "Desa"},
        {"kelurahan", "Kelurahan"},
        {"puskesmas", "Puskesmas"},
        {"", "Unit tidak dikenal"},
    };
    for (const auto& [k, label] : kLabels) {
        if (k == key) return std::string(label);
    }
    return std::string(key);
}

std::vector<UnitGroup> unit_groups(const std::vector<store::StatsRow>& by_unit_kind) {
    std::vector<UnitGroup> groups;
    for (const auto& row : by_unit_kind) {
        auto key = group_of(row.key);
        auto found = std::find_if(
            groups.begin(), groups.end(), [&](const UnitGroup& g) { return g.key == key; });
        if (found == groups.end()) {
            groups.push_back(UnitGroup{key, group_label(key)});
            found = std::prev(groups.end());
        }
        found->kinds.push_back(row.key);
        found->received += row.received;
        found->resolved += row.resolved;
    }
    auto rank = [](const UnitGroup& g) {
        return std::find(kGroupOrder.begin(), kGroupOrder.end(), g.key) - kGroupOrder.begin();
    };
    std::stable_sort(groups.begin(), groups.end(), [&](const UnitGroup& a, const UnitGroup& b) {
        return rank(a) < rank(b);
    });
    return groups;
}

json::object render_stats(const Period& period, const store::ComplaintStats& s) {
    json::array by_year, by_month, by_unit_kind, by_unit, by_category, by_channel;
    for (const auto& r : s.by_year) {
        by_year.push_back(json::object{
            {"year", year_of(r.key)}, {"received", r.received}, {"resolved", r.resolved}});
    }
    for (const auto& r : s.by_month) {
        by_month.push_back(
            json::object{{"month", r.key}, {"received", r.received}, {"resolved", r.resolved}});
    }
    for (const auto& r : s.by_unit_kind) {
        by_unit_kind.push_back(json::object{
            {"kind", or_null(r.key)}, {"received", r.received}, {"resolved", r.resolved}});
    }
    json::array by_unit_group;
    for (const auto& g : unit_groups(s.by_unit_kind)) {
        by_unit_group.push_back(json::object{{"group", or_null(g.key)},
                                             {"label", g.label},
                                             {"kinds", json::array(g.kinds.begin(), g.kinds.end())},
                                             {"received", g.received},
                                             {"resolved", g.resolved}});
    }
    for (const auto& r : s.by_unit) {
        by_unit.push_back(json::object{{"code", r.key},
                                       {"name", r.name.empty() ? r.key : r.name},
                                       {"kind", or_null(r.kind)},
                                       {"received", r.received},
                                       {"resolved", r.resolved}});
    }
    for (const auto& r : s.by_category) {
        by_category.push_back(json::object{{"code", or_null(r.key)},
                                           {"name",
                                            r.key.empty()    ? "Tanpa kategori"
                                            : r.name.empty() ? r.key
                                                             : r.name},
                                           {"received", r.received}});
    }
    for (const auto& r : s.by_channel) {
        by_channel.push_back(json::object{{"channel", r.key}, {"received", r.received}});
    }
    const double share =
        s.total == 0 ? 0.0 : static_cast<double>(s.resolved) / static_cast<double>(s.total);
    return json::object{
        {"from", or_null(period.from_text)},
        {"to", or_null(period.to_text)},
        {"total", s.total},
        {"resolved", s.resolved},
        {"in_process", s.in_process},
        {"rejected_or_archived", s.rejected_or_archived},
        {"share_resolved", rounded(share, 10000.0)},
        {"median_resolution_hours",
         s.median_resolution_hours ? json::value(rounded(*s.median_resolution_hours, 10.0))
                                   : json::value(nullptr)},
        {"by_year", std::move(by_year)},
        {"by_month", std::move(by_month)},
        {"by_unit_kind", std::move(by_unit_kind)},
        {"by_unit_group", std::move(by_unit_group)},
        {"by_unit", std::move(by_unit)},
        {"by_category", std::move(by_category)},
        {"by_channel", std::move(by_channel)},
    };
}

awaitable<core::Result<store::ComplaintStats>> load_stats(Api& api, const Period& period) {
    return api.figures.complaint_stats(stats_query(period));
}

awaitable<http::Response> summary(Api& api, http::Context& ctx) {
    auto period = parse_period(ctx, PeriodBounds::dates);
    if (!period) co_return http::error_response(ctx.request, period.error());
    auto stats = co_await load_stats(api, *period);
    if (!stats) co_return http::error_response(ctx.request, stats.error());
    co_return http::json_response(ctx.request, status::ok, render_stats(*period, *stats));
}

constexpr std::array<std::string_view, 7> kDimensions{
    "year", "month", "unit_kind", "unit_group", "unit", "category", "channel"};

// The same figures as render_stats(), one table per dimension, CRLF line ends.
std::string render_csv(std::string_view dimension, const store::ComplaintStats& s) {
    std::string out;
    auto line = [&out](std::initializer_list<std::string> fields) {
        bool first = true;
        for (const auto& field : fields) {
            if (!first) out += ',';
            out += csv_field(field);
            first = false;
        }
        out += "\r\n";
    };
    using std::to_string;
    if (dimension == "year" || dimension == "month" || dimension == "unit_kind") {
        const auto& rows = dimension == "year"    ? s.by_year
                           : dimension == "month" ? s.by_month
                                                  : s.by_unit_kind;
        line({dimension == "unit_kind" ? "kind" : std::string(dimension), "received", "resolved"});
        for (const auto& r : rows) line({r.key, to_string(r.received), to_string(r.resolved)});
    } else if (dimension == "unit_group") {
        line({"group", "label", "kinds", "received", "resolved"});
        for (const auto& g : unit_groups(s.by_unit_kind)) {
            std::string kinds;
            for (const auto& k : g.kinds) kinds += (kinds.empty() ? "" : " ") + k;
            line({g.key, g.label, kinds, to_string(g.received), to_string(g.resolved)});
        }
    } else if (dimension == "unit") {
        line({"code", "name", "kind", "received", "resolved"});
        for (const auto& r : s.by_unit) {
            line({r.key,
                  r.name.empty() ? r.key : r.name,
                  r.kind,
                  to_string(r.received),
                  to_string(r.resolved)});
        }
    } else if (dimension == "category") {
        line({"code", "name", "received"});
        for (const auto& r : s.by_category) {
            line({r.key,
                  r.key.empty()    ? "Tanpa kategori"
                  : r.name.empty() ? r.key
                                   : r.name,
                  to_string(r.received)});
        }
    } else {
        line({"channel", "received"});
        for (const auto& r : s.by_channel) line({r.key, to_string(r.received)});
    }
    return out;
}

awaitable<http::Response> csv(Api& api, http::Context& ctx) {
    const std::string file = ctx.param("file");
    std::string_view dimension = file;
    const bool known = dimension.ends_with(".csv") &&
                       std::find(kDimensions.begin(),
                                 kDimensions.end(),
                                 dimension.substr(0, dimension.size() - 4)) != kDimensions.end();
    if (!known) {
        co_return http::error_response(
            ctx.request, make_error(ErrorCode::not_found, "Data statistik tidak ditemukan"));
    }
    dimension.remove_suffix(4);
    auto period = parse_period(ctx, PeriodBounds::dates);
    if (!period) co_return http::error_response(ctx.request, period.error());
    auto stats = co_await load_stats(api, *period);
    if (!stats) co_return http::error_response(ctx.request, stats.error());

    http::Response res{status::ok, ctx.request.version()};
    res.set(http::beast_http::field::content_type, "text/csv; charset=utf-8");
    res.set(http::beast_http::field::content_disposition,
            "attachment; filename=\"tanggap-" + std::string(dimension) + ".csv\"");
    res.set(http::beast_http::field::cache_control, "no-store");
    res.keep_alive(ctx.request.keep_alive());
    res.body() = render_csv(dimension, *stats);
    res.prepare_payload();
    co_return res;
}

core::Result<store::PublicComplaintQuery> public_query(const http::Context& ctx,
                                                       const domain::DirectoryIndex& dir) {
    store::PublicComplaintQuery q;
    q.limit = kPublicListDefault;
    if (auto c = ctx.query("category"); c && !c->empty()) {
        if (dir.find_category(*c) == nullptr) {
            return make_error(ErrorCode::invalid_field, "Kategori tidak dikenal", "category");
        }
        q.category = *c;
    }
    if (auto k = ctx.query("kecamatan"); k && !k->empty()) {
        const auto* unit = dir.find_unit(*k);
        const bool kecamatan = (unit != nullptr && unit->kind == domain::UnitKind::kecamatan) ||
                               dir.unit_in_area(domain::UnitKind::kecamatan, *k) != nullptr;
        if (!kecamatan) {
            return make_error(ErrorCode::invalid_field, "Kecamatan tidak dikenal", "kecamatan");
        }
        q.kecamatan = *k;
    }
    if (auto s = ctx.query("status"); s && !s->empty()) {
        q.status = domain::parse_status(*s);
        if (!q.status)
            return make_error(ErrorCode::invalid_field, "Status tidak dikenal", "status");
    }
    auto limit = int_query(ctx, "limit", 1, kPublicListMax);
    if (!limit) return limit.error();
    if (*limit) q.limit = **limit;
    q.cursor = ctx.query("cursor").value_or("");
    return q;
}

json::value optional_number(const std::optional<double>& value) {
    return value ? json::value(*value) : json::value(nullptr);
}

// Only what the public may see: no reporter, no description, no address text.
json::object render_public_item(const store::PublicComplaintSummary& c,
                                const domain::DirectoryIndex& dir) {
    json::value category = nullptr;
    if (!c.category_code.empty()) {
        const auto* found = dir.find_category(c.category_code);
        category = json::object{{"code", c.category_code},
                                {"name", found ? found->name : c.category_code}};
    }
    const auto* unit = dir.find_unit(c.unit_code);
    return json::object{
        {"ticket", c.ticket},
        {"title", c.title},
        {"status", domain::to_string(c.status)},
        {"kind", domain::to_string(c.kind)},
        {"category", std::move(category)},
        {"unit", json::object{{"code", c.unit_code}, {"name", unit ? unit->name : c.unit_code}}},
        {"created_at", util::format_iso8601(c.created_at)},
        {"location",
         json::object{{"lat", optional_number(c.lat)},
                      {"lon", optional_number(c.lon)},
                      {"kecamatan_code", or_null(c.kecamatan_code)},
                      {"desa_code", or_null(c.desa_code)}}},
    };
}

awaitable<http::Response> public_list(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto query = public_query(ctx, *directory);
    if (!query) co_return http::error_response(req, query.error());
    auto page = co_await api.figures.public_complaints(std::move(*query));
    if (!page) co_return http::error_response(req, page.error());
    json::array items;
    for (const auto& c : page->items) items.push_back(render_public_item(c, *directory));
    co_return http::json_response(
        req,
        status::ok,
        json::object{{"items", std::move(items)},
                     {"next_cursor",
                      page->next_cursor ? json::value(*page->next_cursor) : json::value(nullptr)}});
}

}  // namespace

void add_public_routes(http::Router& router, Api& api) {
    // Before the {file} capture: the router takes the first route that matches.
    router.add(verb::get, "/api/v1/stats/summary", [&api](http::Context& ctx) {
        return summary(api, ctx);
    });
    router.add(
        verb::get, "/api/v1/stats/{file}", [&api](http::Context& ctx) { return csv(api, ctx); });
    router.add(verb::get, "/api/v1/public/complaints", [&api](http::Context& ctx) {
        return public_list(api, ctx);
    });
}

}  // namespace tanggap::api

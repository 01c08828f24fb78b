// GET /api/v1/leadership/heatmap: the leadership view's heat map. The store counts complaints
// with a point per cell of 0.01 degree (about 1.1 km; store::HeatmapQuery) and lists only cells
// of at least three: a smaller cell could point at one household, and confidential complaints
// are counted too. The cell size and the threshold are fixed here, not taken from the query,
// so no caller can ask for a grid fine enough to find a person.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/period.hpp"
#include "api/principal.hpp"
#include "http/response.hpp"

#include <boost/json/object.hpp>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

constexpr int kCellsPerDegree = domain::kHeatMapCellsPerDegree;
constexpr int kMinCellCount = 3;

awaitable<http::Response> heatmap(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::read_heatmap); !r)
        co_return http::error_response(req, r.error());
    auto period = parse_period(ctx, PeriodBounds::dates_or_times);
    if (!period) co_return http::error_response(req, period.error());
    store::HeatmapQuery query;
    query.from = period->from;
    query.to = period->to;
    query.cells_per_degree = kCellsPerDegree;
    query.min_count = kMinCellCount;
    if (auto c = ctx.query("category"); c && !c->empty()) {
        if (!api.directory.snapshot()->find_category(*c)) {
            co_return http::error_response(
                req, make_error(ErrorCode::invalid_field, "Kategori tidak dikenal", "category"));
        }
        query.category = std::string(*c);
    }
    auto map = co_await api.figures.heatmap(query);
    if (!map) co_return http::error_response(req, map.error());
    const double cell = 1.0 / kCellsPerDegree;
    json::array cells;
    for (const auto& c : map->cells) {
        // Divided, not multiplied by `cell`: -633 / 100 is the double nearest -6.33.
        cells.push_back(json::object{{"lat", static_cast<double>(c.row) / kCellsPerDegree},
                                     {"lon", static_cast<double>(c.column) / kCellsPerDegree},
                                     {"count", c.count}});
    }
    co_return http::json_response(
        req,
        status::ok,
        json::object{
            {"from",
             period->from_text.empty() ? json::value(nullptr) : json::value(period->from_text)},
            {"to", period->to_text.empty() ? json::value(nullptr) : json::value(period->to_text)},
            {"category", query.category ? json::value(*query.category) : json::value(nullptr)},
            {"cell_degrees", cell},
            {"min_count", kMinCellCount},
            {"located", map->located},
            {"suppressed", map->suppressed},
            {"cells", std::move(cells)}});
}

}  // namespace

void add_leadership_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/leadership/heatmap", staff_only(api, [&api](http::Context& ctx) {
                   return heatmap(api, ctx);
               }));
}

}  // namespace tanggap::api

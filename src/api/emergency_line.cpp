// The emergency line (112): its operators class each call (domain/emergency.hpp), and the
// line's figures show how many calls were not emergencies at all.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/complaint_json.hpp"
#include "api/json_body.hpp"
#include "api/period.hpp"
#include "api/principal.hpp"
#include "api/submission_input.hpp"
#include "http/response.hpp"
#include "service/emergency_calls.hpp"
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

constexpr std::string_view kNonEmergency = "non_emergency";

// "kind": an EmergencyKind, or non_emergency. Errors: invalid_field (field "kind").
core::Result<std::optional<domain::EmergencyKind>> read_kind(const json::object& body) {
    JsonFields f(body);
    auto kind = f.string("kind");
    if (!kind) return kind.error();
    if (*kind && **kind == kNonEmergency) return std::optional<domain::EmergencyKind>{};
    auto parsed = *kind ? domain::parse_emergency_kind(**kind) : std::nullopt;
    if (!parsed) {
        return make_error(ErrorCode::invalid_field,
                          "Jenis panggilan harus fire, accident, medical, disaster, public_order "
                          "atau non_emergency",
                          "kind");
    }
    return std::optional<domain::EmergencyKind>{*parsed};
}

awaitable<http::Response> take_call(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::take_emergency_calls); !r)
        co_return http::error_response(req, r.error());
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto kind = read_kind(*body);
    if (!kind) co_return http::error_response(req, kind.error());
    // The intake rules apply, on the 112 channel; an emergency's category is its kind's.
    (*body)["channel"] = domain::to_string(domain::Channel::emergency_112);
    if (*kind) {
        auto it = api.emergency_line.line.categories.find(**kind);
        if (it != api.emergency_line.line.categories.end()) (*body)["category"] = it->second;
    }
    body->erase("kind");
    auto submission = read_submission_json(*body, /*staff_intake=*/true, *directory);
    if (!submission) co_return http::error_response(req, submission.error());
    service::EmergencyCall call{std::move(*submission), *kind, staff_of(ctx).username, util::now()};
    auto taken = co_await api.complaints.take_emergency_call(
        directory, api.deadlines.snapshot(), std::move(call), api.emergency_line);
    if (!taken) co_return http::error_response(req, taken.error());
    api.outbox_queued();
    auto answer = render_receipt(taken->receipt, *directory);
    answer["emergency"] = taken->emergency;
    answer["due_at"] = time_or_null(taken->due_at);
    answer["advice"] = taken->advice;
    co_return http::json_response(req, status::created, std::move(answer));
}

// The board: calls still open, most urgent first. The line's operators see every call they
// and their colleagues took, whichever unit holds it now; a confidential call's title is not
// shown on the shared board.
awaitable<http::Response> board(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::take_emergency_calls); !r)
        co_return http::error_response(req, r.error());
    store::InboxQuery q;
    q.scope = domain::InboxScope{std::nullopt, domain::InboxScope::Confidential::all};
    q.channel = domain::Channel::emergency_112;
    q.open_only = true;
    q.limit = 100;
    auto page = co_await api.complaints.inbox(q);
    if (!page) co_return http::error_response(req, page.error());
    json::array items;
    for (const auto& c : page->items) {
        auto row = render_inbox_row(c, *directory);
        const auto* category = directory->find_category(c.category_code);
        row["emergency"] = category != nullptr && category->emergency;
        if (c.confidential) row["title"] = nullptr;
        items.push_back(std::move(row));
    }
    co_return http::json_response(req, status::ok, json::object{{"items", std::move(items)}});
}

awaitable<http::Response> figures(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::read_emergency_report); !r)
        co_return http::error_response(req, r.error());
    auto period = parse_period(ctx, PeriodBounds::dates_or_times);
    if (!period) co_return http::error_response(req, period.error());
    store::StatsQuery q{period->from, period->to, domain::Channel::emergency_112};
    auto stats = co_await api.figures.complaint_stats(q);
    if (!stats) co_return http::error_response(req, stats.error());
    std::int64_t emergency = 0;
    json::array by_category;
    for (const auto& row : stats->by_category) {
        const auto* category = directory->find_category(row.key);
        const bool is_emergency = category && category->emergency;
        if (is_emergency) emergency += row.received;
        by_category.push_back({{"category", row.key},
                               {"name", category ? category->name : row.name},
                               {"emergency", is_emergency},
                               {"calls", row.received}});
    }
    const auto calls = stats->total;
    json::object out{
        {"from", period->from_text.empty() ? json::value(nullptr) : json::value(period->from_text)},
        {"to", period->to_text.empty() ? json::value(nullptr) : json::value(period->to_text)},
        {"calls", calls},
        {"emergency", emergency},
        {"non_emergency", calls - emergency},
        {"non_emergency_share",
         calls == 0
             ? json::value(nullptr)
             : json::value(static_cast<double>(calls - emergency) / static_cast<double>(calls))},
        {"by_category", std::move(by_category)}};
    co_return http::json_response(req, status::ok, std::move(out));
}

}  // namespace

void add_emergency_routes(http::Router& router, Api& api) {
    router.add(verb::post,
               "/api/v1/staff/emergency-calls",
               staff_only(api, [&api](http::Context& ctx) { return take_call(api, ctx); }));
    router.add(verb::get,
               "/api/v1/staff/emergency-calls",
               staff_only(api, [&api](http::Context& ctx) { return board(api, ctx); }));
    router.add(verb::get,
               "/api/v1/reports/emergency-line",
               staff_only(api, [&api](http::Context& ctx) { return figures(api, ctx); }));
}

}  // namespace tanggap::api

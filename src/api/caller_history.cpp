// GET /api/v1/staff/caller-history?phone=: a caller's earlier complaints, for the operator who
// takes the call. GET /api/v1/staff/find?q=: what the console's find box was given (a ticket, a
// phone number or words), decided by the domain's own rules so the browser keeps no copy. Both
// take the text in the query, not the path, so that access logs (which record the path only)
// never hold a caller's number.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "domain/submission.hpp"
#include "domain/ticket.hpp"
#include "domain/visibility.hpp"
#include "http/response.hpp"
#include "store/store.hpp"
#include "util/text.hpp"
#include "util/time_format.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <cctype>
#include <string>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

// How far back a history looks: the store's largest page. A caller with more complaints than
// this is counted up to it.
constexpr int kLookBack = 200;
constexpr int kDefaultItems = 20;
constexpr int kMaxItems = 50;

json::object render_entry(const domain::Complaint& c,
                          domain::CallerHistoryEntry entry,
                          const domain::DirectoryIndex& directory) {
    const auto* unit = directory.find_unit(c.unit_code);
    const bool full = entry == domain::CallerHistoryEntry::full;
    return json::object{
        {"ticket", c.ticket},
        {"title", full ? json::value(c.title) : json::value(nullptr)},
        {"limited", !full},
        {"status", domain::to_string(c.status)},
        {"open", domain::is_open(c.status)},
        {"unit_code", c.unit_code},
        {"unit_name", unit ? unit->name : c.unit_code},
        {"channel", domain::to_string(c.channel)},
        {"created_at", util::format_iso8601(c.created_at)},
        {"due_at", c.due_at ? json::value(util::format_iso8601(*c.due_at)) : json::value(nullptr)},
    };
}

awaitable<http::Response> caller_history(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    if (auto r = require(ctx, domain::Duty::look_up_callers); !r)
        co_return http::error_response(req, r.error());
    auto phone = domain::normalize_phone(ctx.query("phone").value_or(""));
    if (!phone) {
        co_return http::error_response(
            req,
            make_error(ErrorCode::invalid_field,
                       "Nomor telepon tidak sah (mis. 0812-3456-7890 atau +62 812 3456 7890)",
                       "phone"));
    }
    auto limit = int_query(ctx, "limit", 1, kMaxItems);
    if (!limit) co_return http::error_response(req, limit.error());
    const auto shown = static_cast<std::size_t>(limit->value_or(kDefaultItems));

    auto found = co_await api.complaints.by_reporter_phone(*phone, kLookBack);
    if (!found) co_return http::error_response(req, found.error());

    struct Row {
        const domain::Complaint* complaint;
        domain::CallerHistoryEntry entry;
    };
    std::vector<Row> rows;
    for (const auto& c : *found) {
        auto entry = domain::caller_history_entry(c, staff_of(ctx));
        if (entry != domain::CallerHistoryEntry::hidden) rows.push_back({&c, entry});
    }
    // Work in hand first; the store's newest-first order holds within each group.
    std::stable_partition(rows.begin(), rows.end(), [](const Row& r) {
        return domain::is_open(r.complaint->status);
    });
    const auto open_count = std::count_if(rows.begin(), rows.end(), [](const Row& r) {
        return domain::is_open(r.complaint->status);
    });

    json::array items;
    for (std::size_t i = 0; i < rows.size() && i < shown; ++i) {
        items.push_back(render_entry(*rows[i].complaint, rows[i].entry, *directory));
    }
    co_return http::json_response(req,
                                  status::ok,
                                  json::object{{"phone", *phone},
                                               {"total", rows.size()},
                                               {"open_count", open_count},
                                               {"items", std::move(items)}});
}

// A ticket as people type it (lower case, spaces) is still that ticket; anything else that
// normalize_phone accepts is a caller's number; the rest are words the find box does not search.
json::object classify_find(std::string_view text) {
    std::string compact;
    for (char c : text) {
        if (!std::isspace(static_cast<unsigned char>(c))) {
            compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    if (compact.empty()) return json::object{{"kind", "empty"}};
    if (domain::is_ticket_shaped(compact))
        return json::object{{"kind", "ticket"}, {"ticket", compact}};
    if (auto phone = domain::normalize_phone(util::trim(text))) {
        return json::object{{"kind", "phone"}, {"phone", *phone}};
    }
    return json::object{{"kind", "words"}};
}

// The find box sits on the inbox: whoever works it may ask.
awaitable<http::Response> find(http::Context& ctx) {
    if (auto r = require(ctx, domain::Duty::work_inbox); !r)
        co_return http::error_response(ctx.request, r.error());
    co_return http::json_response(
        ctx.request, status::ok, classify_find(ctx.query("q").value_or("")));
}

}  // namespace

void add_caller_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/staff/find", staff_only(api, [](http::Context& ctx) {
                   return find(ctx);
               }));
    router.add(verb::get,
               "/api/v1/staff/caller-history",
               staff_only(api, [&api](http::Context& ctx) { return caller_history(api, ctx); }));
}

}  // namespace tanggap::api

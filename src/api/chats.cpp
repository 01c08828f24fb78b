// The operator console's chats: the conversations received on WhatsApp, Messenger and
// Instagram, an operator's reply (WhatsApp, inside the 24-hour window), and filing a complaint
// from a chat with one action. Who sees which chat: domain::chat_scope_for.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/complaint_json.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "api/query_params.hpp"
#include "api/submission_input.hpp"
#include "domain/outbound.hpp"
#include "domain/submission.hpp"
#include "http/response.hpp"
#include "service/chat_intake.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <regex>

namespace tanggap::api {
namespace {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

void add_window(json::object& out, const store::ChatThread& t, domain::Timestamp now) {
    const bool whatsapp = t.source == "whatsapp";
    out["window_open"] = whatsapp && domain::whatsapp_window_open(t.last_at, now);
    out["window_closes_at"] =
        whatsapp ? time_or_null(t.last_at + domain::kWhatsAppWindow) : json::value(nullptr);
}

json::object render_thread(const store::ChatThread& t, domain::Timestamp now) {
    json::object out{
        {"source", t.source},
        {"sender", t.sender},
        {"profile_name", t.profile_name},
        {"last_text", t.last_text},
        {"last_at", util::format_iso8601(t.last_at)},
        {"messages", t.messages},
        {"complaint_ticket",
         t.complaint_ticket.empty() ? json::value(nullptr) : json::value(t.complaint_ticket)}};
    add_window(out, t, now);
    return out;
}

// A filed chat's reply carries the reporter's tracking link; its token is theirs alone (it
// lets its holder confirm or reopen), so staff see the link without it.
std::string without_tokens(std::string text) {
    static const std::regex token("token=[A-Za-z0-9_-]+");
    return std::regex_replace(text, token, "token=...");
}

json::object render_outbound(const domain::Outbound& m) {
    return {{"direction", "out"},
            {"at", util::format_iso8601(m.created_at)},
            {"text", without_tokens(m.body)},
            {"type", domain::to_string(m.purpose)},
            {"state", domain::to_string(m.state)},
            {"delivery", domain::to_string(m.delivery)}};
}

// The chat's messages both ways, oldest first.
json::array transcript(const std::vector<store::InboundRecord>& in,
                       const std::vector<domain::Outbound>& out) {
    std::vector<std::pair<domain::Timestamp, json::object>> all;
    for (const auto& m : in) {
        all.emplace_back(m.received_at,
                         json::object{{"direction", "in"},
                                      {"at", util::format_iso8601(m.received_at)},
                                      {"text", m.text},
                                      {"type", m.type}});
    }
    for (const auto& m : out) all.emplace_back(m.created_at, render_outbound(m));
    std::stable_sort(
        all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    json::array items;
    for (auto& [at, item] : all) items.push_back(std::move(item));
    return items;
}

// The chats the signed-in staff member may see, or forbidden.
core::Result<store::ChatScope> chat_scope(Api& api, const http::Context& ctx) {
    if (auto r = require(ctx, domain::Duty::answer_chats); !r) return r.error();
    const auto directory = api.directory.snapshot();
    const auto* line_unit = directory->super_admin_unit();
    return domain::chat_scope_for(staff_of(ctx), line_unit ? line_unit->code : std::string());
}

awaitable<http::Response> list(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    auto scope = chat_scope(api, ctx);
    if (!scope) co_return http::error_response(req, scope.error());
    auto limit = int_query(ctx, "limit", 1, 200);
    if (!limit) co_return http::error_response(req, limit.error());
    const int n = limit->value_or(50);
    auto threads = co_await api.channels.chats(n, *scope);
    if (!threads) co_return http::error_response(req, threads.error());
    const auto now = util::now();
    json::array items;
    for (const auto& t : *threads) items.push_back(render_thread(t, now));
    co_return http::json_response(req, status::ok, json::object{{"items", std::move(items)}});
}

awaitable<http::Response> show(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    auto scope = chat_scope(api, ctx);
    if (!scope) co_return http::error_response(req, scope.error());
    auto view = co_await api.channels.chat(ctx.param("source"), ctx.param("sender"), *scope);
    if (!view) co_return http::error_response(req, view.error());
    auto body = render_thread(view->thread, util::now());
    body.erase("last_text");
    body["messages"] = transcript(view->received, view->sent);
    co_return http::json_response(req, status::ok, std::move(body));
}

awaitable<http::Response> reply(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    auto scope = chat_scope(api, ctx);
    if (!scope) co_return http::error_response(req, scope.error());
    if (ctx.param("source") != "whatsapp") {
        co_return http::error_response(
            req, make_error(ErrorCode::not_found, "Balasan hanya dapat dikirim lewat WhatsApp"));
    }
    if (!api.outreach.whatsapp) {
        co_return http::error_response(
            req, make_error(ErrorCode::conflict, "Kanal WhatsApp tidak aktif", "text"));
    }
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    JsonFields f(*body);
    auto text = f.string("text");
    if (!text) co_return http::error_response(req, text.error());
    const auto length = *text ? domain::utf8_length(**text) : std::nullopt;
    if (!length || *length == 0 || *length > domain::kChatReplyMax) {
        co_return http::error_response(
            req,
            make_error(ErrorCode::invalid_field,
                       "Pesan wajib diisi, paling banyak " + std::to_string(domain::kChatReplyMax) +
                           " karakter",
                       "text"));
    }
    auto sent = co_await api.channels.reply(
        ctx.param("sender"), **text, staff_of(ctx).username, *scope, util::now());
    if (!sent) co_return http::error_response(req, sent.error());
    api.outbox_queued();
    co_return http::json_response(
        req, status::created, json::object{{"message", render_outbound(*sent)}});
}

awaitable<http::Response> file(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto scope = chat_scope(api, ctx);
    if (!scope) co_return http::error_response(req, scope.error());
    const auto source = ctx.param("source");
    auto channel = service::chat_channel(source);
    if (!channel) {
        co_return http::error_response(
            req, make_error(ErrorCode::not_found, "Percakapan tidak ditemukan"));
    }
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    // The intake rules apply; channel and reporter come from the chat.
    (*body)["channel"] = domain::to_string(*channel);
    body->erase("reporter");
    auto submission = read_submission_json(*body, /*staff_intake=*/true, *directory);
    if (!submission) co_return http::error_response(req, submission.error());
    service::SubmitRequest request{std::move(*submission), staff_of(ctx).username, {}, util::now()};
    auto receipt = co_await api.channels.file_from_chat(
        std::move(request), source, ctx.param("sender"), *scope, api.public_url);
    if (!receipt) co_return http::error_response(req, receipt.error());
    api.outbox_queued();
    co_return http::json_response(req, status::created, render_receipt(*receipt, *directory));
}

}  // namespace

void add_chat_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/staff/chats", staff_only(api, [&api](http::Context& ctx) {
                   return list(api, ctx);
               }));
    router.add(verb::get,
               "/api/v1/staff/chats/{source}/{sender}",
               staff_only(api, [&api](http::Context& ctx) { return show(api, ctx); }));
    router.add(verb::post,
               "/api/v1/staff/chats/{source}/{sender}/messages",
               staff_only(api, [&api](http::Context& ctx) { return reply(api, ctx); }));
    router.add(verb::post,
               "/api/v1/staff/chats/{source}/{sender}/complaint",
               staff_only(api, [&api](http::Context& ctx) { return file(api, ctx); }));
}

}  // namespace tanggap::api

// Public complaint routes: submit, track, give feedback.

#include "api/api.hpp"
#include "api/complaint_json.hpp"
#include "api/json_body.hpp"
#include "api/submission_input.hpp"
#include "domain/submission.hpp"
#include "http/response.hpp"
#include "service/citizen_notices.hpp"
#include "service/complaint_service.hpp"
#include "util/time_format.hpp"

#include <boost/json/object.hpp>

#include <algorithm>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

// A client-chosen key (a UUID from the offline queue): visible ASCII, long enough to be
// unguessable, short enough to keep.
core::Result<std::string> idempotency_key(const http::Request& req) {
    const auto header = req["Idempotency-Key"];
    const bool printable =
        std::all_of(header.begin(), header.end(), [](char c) { return c > ' ' && c < 127; });
    if (header.empty()) return std::string{};
    if (header.size() < 16 || header.size() > 200 || !printable) {
        return make_error(ErrorCode::malformed,
                          "Idempotency-Key harus 16 sampai 200 karakter ASCII tanpa spasi",
                          "Idempotency-Key");
    }
    return std::string(header);
}

http::Response receipt_response(const http::Request& req,
                                const service::SubmitReceipt& receipt,
                                const domain::DirectoryIndex& directory) {
    auto res = http::json_response(req, status::created, render_receipt(receipt, directory));
    if (receipt.replayed) res.set("Idempotent-Replayed", "true");
    return res;
}

awaitable<http::Response> submit(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    if (!api.submit_limiter.allow(ctx.client_address)) {
        co_return http::error_response(
            req,
            make_error(ErrorCode::rate_limited,
                       "Terlalu banyak aduan dari alamat ini; coba lagi sebentar lagi"));
    }
    auto key = idempotency_key(req);
    if (!key) co_return http::error_response(req, key.error());
    if (!key->empty()) {  // answered before: no photo is processed again
        auto earlier = co_await api.complaints.earlier_submission(*key);
        if (!earlier) co_return http::error_response(req, earlier.error());
        if (*earlier) co_return receipt_response(req, **earlier, *directory);
    }
    auto input = read_submission(req, /*staff_intake=*/false, *directory);
    if (!input) co_return http::error_response(req, input.error());
    auto receipt =
        co_await store_submission(api, std::move(*input), /*created_by=*/{}, std::move(*key));
    if (!receipt) co_return http::error_response(req, receipt.error());
    co_return receipt_response(req, *receipt, *directory);
}

awaitable<http::Response> track(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto record = co_await api.complaints.load(ctx.param("ticket"));
    if (!record) co_return http::error_response(req, record.error());
    auto token = ctx.query("token");
    const bool holds_token =
        *record && token && service::token_matches((*record)->complaint, *token);
    auto visibility = *record
                          ? domain::visibility_for((*record)->complaint, std::nullopt, holds_token)
                          : domain::Visibility{};
    if (!visibility.visible) {
        co_return http::error_response(req,
                                       make_error(ErrorCode::not_found, "Aduan tidak ditemukan"));
    }
    co_return http::json_response(
        req, status::ok, render_complaint(**record, visibility, *directory, false));
}

struct FeedbackInput {
    std::string token;
    domain::Feedback feedback;
};

core::Result<FeedbackInput> parse_feedback(const json::object& body) {
    JsonFields f(body);
    FeedbackInput in;
    auto token = f.string("token");
    if (!token) return token.error();
    if (!*token || (*token)->empty()) {
        return make_error(ErrorCode::invalid_field, "Token pelacakan wajib diisi", "token");
    }
    in.token = **token;
    auto solved = f.boolean("solved");
    if (!solved) return solved.error();
    if (!*solved)
        return make_error(ErrorCode::invalid_field, "Isi solved: true atau false", "solved");
    in.feedback.solved = **solved;
    auto rating = f.integer("rating");
    if (!rating) return rating.error();
    if (!*rating || **rating < 1 || **rating > 5) {
        return make_error(ErrorCode::invalid_field, "Nilai harus 1 sampai 5", "rating");
    }
    in.feedback.rating = static_cast<int>(**rating);
    auto comment = f.string("comment");
    if (!comment) return comment.error();
    in.feedback.comment = comment->value_or("");
    auto length = domain::utf8_length(in.feedback.comment);
    if (!length || *length > domain::kFeedbackCommentMax) {
        return make_error(
            ErrorCode::invalid_field,
            "Komentar paling banyak " + std::to_string(domain::kFeedbackCommentMax) + " karakter",
            "comment");
    }
    in.feedback.at = util::now();
    return in;
}

awaitable<http::Response> feedback(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    auto input = parse_feedback(*body);
    if (!input) co_return http::error_response(req, input.error());
    auto record = co_await api.complaints.give_feedback(directory,
                                                        api.deadlines.snapshot(),
                                                        ctx.param("ticket"),
                                                        std::move(input->token),
                                                        std::move(input->feedback));
    if (!record) co_return http::error_response(req, record.error());
    auto visibility = domain::visibility_for(record->complaint, std::nullopt, true);
    co_return http::json_response(
        req, status::ok, render_complaint(*record, visibility, *directory, false));
}

// The reporter's switch for notices (service::set_reporter_notices): {"token", "enabled"}.
awaitable<http::Response> notices(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    JsonFields f(*body);
    auto token = f.string("token");
    if (!token) co_return http::error_response(req, token.error());
    auto enabled = body->if_contains("enabled");
    if (!enabled || !enabled->is_bool()) {
        co_return http::error_response(
            req, make_error(ErrorCode::invalid_field, "enabled harus true atau false", "enabled"));
    }
    auto changed = co_await api.complaints.set_reporter_notices(
        ctx.param("ticket"), token->value_or(""), enabled->as_bool(), util::now());
    if (!changed) co_return http::error_response(req, changed.error());
    co_return http::json_response(
        req, status::ok, json::object{{"enabled", enabled->as_bool()}, {"addresses", *changed}});
}

}  // namespace

void add_complaint_routes(http::Router& router, Api& api) {
    router.add(
        verb::post, "/api/v1/complaints", [&api](http::Context& ctx) { return submit(api, ctx); });
    router.add(verb::get, "/api/v1/complaints/{ticket}", [&api](http::Context& ctx) {
        return track(api, ctx);
    });
    router.add(verb::post, "/api/v1/complaints/{ticket}/notices", [&api](http::Context& ctx) {
        return notices(api, ctx);
    });
    router.add(verb::post, "/api/v1/complaints/{ticket}/feedback", [&api](http::Context& ctx) {
        return feedback(api, ctx);
    });
}

}  // namespace tanggap::api

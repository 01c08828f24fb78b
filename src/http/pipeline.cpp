#include "http/pipeline.hpp"

#include "http/access_log.hpp"
#include "http/response.hpp"
#include "util/crypto.hpp"
#include "util/text.hpp"

#include <boost/url/parse.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>

namespace tanggap::http {
namespace {

bool is_trusted(const std::string& address, const std::vector<std::string>& trusted) {
    return std::find(trusted.begin(), trusted.end(), address) != trusted.end();
}

// A client-supplied id is kept only if short and plain, so logs cannot be forged through it.
std::string request_id_for(const Request& request) {
    auto it = request.find("X-Request-Id");
    if (it != request.end()) {
        auto v = it->value();
        if (!v.empty() && v.size() <= 64 && std::all_of(v.begin(), v.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
            })) {
            return std::string(v);
        }
    }
    return util::random_token(12);
}

Response route_error(const Request& request, core::ErrorCode code, const char* message) {
    return error_response(request, core::Error{code, message, {}});
}

boost::asio::awaitable<Response> dispatch(PipelineDeps deps, Context& ctx) {
    const Request& request = ctx.request;
    auto match = deps.router.match(request.method(), ctx.target.encoded_path());
    switch (match.outcome) {
        case Router::Outcome::no_route:
            ctx.route = "unmatched";
            co_return route_error(request, core::ErrorCode::not_found, "Alamat tidak ditemukan");
        case Router::Outcome::wrong_method: {
            ctx.route = "unmatched";
            auto res = route_error(request,
                                   core::ErrorCode::method_not_allowed,
                                   "Metode tidak diizinkan untuk alamat ini");
            res.set(beast_http::field::allow, match.allowed);
            co_return res;
        }
        case Router::Outcome::matched:
            break;
    }
    ctx.route = match.route;
    ctx.params = std::move(match.params);
    co_return co_await (*match.handler)(ctx);
}

}  // namespace

std::optional<std::string> Context::query(std::string_view name) const {
    auto params = target.params();
    auto it = params.find(name);
    if (it == params.end()) return std::nullopt;
    return std::string((*it).value);
}

std::string client_address(const Request& request,
                           const std::string& peer,
                           const std::vector<std::string>& trusted_proxies) {
    if (!is_trusted(peer, trusted_proxies)) return peer;
    auto it = request.find("X-Forwarded-For");
    if (it == request.end()) return peer;
    std::string_view list = it->value();
    while (!list.empty()) {
        auto comma = list.rfind(',');
        std::string candidate = std::string(
            util::trim(comma == std::string_view::npos ? list : list.substr(comma + 1)));
        if (!candidate.empty() && !is_trusted(candidate, trusted_proxies)) return candidate;
        if (comma == std::string_view::npos) break;
        list = list.substr(0, comma);
    }
    return peer;
}

bool came_over_https(const Request& request,
                     const std::string& peer,
                     const std::vector<std::string>& trusted_proxies) {
    if (!is_trusted(peer, trusted_proxies)) return false;
    auto it = request.find("X-Forwarded-Proto");
    if (it == request.end()) return false;
    std::string_view proto = it->value();
    // A chain of proxies lists one scheme each; the client's is the first.
    proto = util::trim(proto.substr(0, proto.find(',')));
    constexpr std::string_view kHttps = "https";
    return proto.size() == kHttps.size() &&
           std::equal(proto.begin(), proto.end(), kHttps.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
}

boost::asio::awaitable<Response> handle_request(PipelineDeps deps,
                                                Request& request,
                                                const std::string& peer) {
    const auto started = std::chrono::steady_clock::now();
    std::string request_id = request_id_for(request);
    std::string path;
    Response response;
    std::string route = "unmatched";

    auto target = boost::urls::parse_origin_form(request.target());
    if (!target) {
        response = route_error(request, core::ErrorCode::malformed, "Alamat permintaan tidak sah");
    } else {
        path = target->path();
        Context ctx{request,
                    request_id,
                    client_address(request, peer, deps.trusted_proxies),
                    *target,
                    {},
                    {},
                    {},
                    came_over_https(request, peer, deps.trusted_proxies)};
        try {
            response = co_await dispatch(deps, ctx);
        } catch (const std::exception& e) {
            log_request_error(request_id, e.what());
            response =
                route_error(request, core::ErrorCode::internal, "Terjadi kesalahan pada server");
        }
        route = ctx.route;
    }
    response.set("X-Request-Id", request_id);
    if (!request.keep_alive()) response.keep_alive(false);

    auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
                       std::chrono::steady_clock::now() - started)
                       .count();
    deps.metrics.record(route, response.result_int(), elapsed);
    log_access(AccessRecord{request_id,
                            request.method_string(),
                            path,
                            peer,
                            response.result_int(),
                            response.body().size(),
                            elapsed});
    co_return response;
}

}  // namespace tanggap::http

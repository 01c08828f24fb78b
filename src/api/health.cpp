// Operations: liveness, readiness, metrics, and the OpenAPI document.

#include "api/api.hpp"
#include "api/openapi_document.hpp"
#include "http/response.hpp"

#include <boost/json/parse.hpp>
#include <fmt/format.h>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using http::beast_http::field;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

http::Response text(const http::Request& req, status s, std::string body, const char* type) {
    http::Response res{s, req.version()};
    res.set(field::content_type, type);
    res.set(field::cache_control, "no-store");
    res.keep_alive(req.keep_alive());
    res.body() = std::move(body);
    res.prepare_payload();
    return res;
}

awaitable<http::Response> readyz(Api& api, http::Context& ctx) {
    // A real query on a reader: proves the file opens and the schema is there.
    auto counted = co_await api.figures.answers();
    const bool ready = counted && *counted;
    co_return ready
        ? text(ctx.request, status::ok, "ready\n", "text/plain")
        : text(ctx.request, status::service_unavailable, "store unreachable\n", "text/plain");
}

std::string render_gauges(const core::Result<service::StoreGauges>& read) {
    std::string gauges =
        "# HELP tanggap_complaints Complaints by current status.\n"
        "# TYPE tanggap_complaints gauge\n";
    for (auto s : domain::kAllStatuses) {
        std::int64_t n = 0;
        if (read) {
            auto it = read->complaints.find(s);
            if (it != read->complaints.end()) n = it->second;
        }
        gauges += fmt::format("tanggap_complaints{{status=\"{}\"}} {}\n", domain::to_string(s), n);
    }
    // Absent rather than zero when the store cannot be read: zero would say "all sent".
    if (!read) return gauges;
    gauges += fmt::format(
        "# HELP tanggap_outbox_messages Messages to citizens and staff not yet sent, by state.\n"
        "# TYPE tanggap_outbox_messages gauge\n"
        "tanggap_outbox_messages{{state=\"pending\"}} {}\n"
        "tanggap_outbox_messages{{state=\"sending\"}} {}\n"
        "# HELP tanggap_webhooks_waiting Webhook bodies received and not yet processed.\n"
        "# TYPE tanggap_webhooks_waiting gauge\n"
        "tanggap_webhooks_waiting {}\n",
        read->queues.outbox_pending,
        read->queues.outbox_sending,
        read->queues.webhooks_waiting);
    return gauges;
}

awaitable<http::Response> metrics(Api& api, http::Context& ctx) {
    const auto read = co_await api.figures.gauges();
    const auto gauges = render_gauges(read);
    co_return text(ctx.request,
                   status::ok,
                   api.metrics.render([&] { return gauges; }),
                   "text/plain; version=0.0.4");
}

}  // namespace

void add_health_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/healthz", [](http::Context& ctx) -> awaitable<http::Response> {
        co_return text(ctx.request, status::ok, "ok\n", "text/plain");
    });
    router.add(verb::get, "/readyz", [&api](http::Context& ctx) { return readyz(api, ctx); });
    router.add(verb::get, "/metrics", [&api](http::Context& ctx) { return metrics(api, ctx); });
    router.add(verb::get, "/api/openapi.json", [](http::Context& ctx) -> awaitable<http::Response> {
        co_return text(
            ctx.request, status::ok, std::string(openapi_document()), "application/json");
    });
}

}  // namespace tanggap::api

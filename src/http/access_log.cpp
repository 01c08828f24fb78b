#include "http/access_log.hpp"

#include "util/time_format.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace tanggap::http {
namespace {

spdlog::logger& json_logger() {
    static auto logger = [] {
        auto l = spdlog::stderr_logger_mt("tanggap-json");
        l->set_pattern("%v");
        return l;
    }();
    return *logger;
}

std::string now_text() { return util::format_iso8601(util::now()); }

}  // namespace

void log_access(const AccessRecord& r) {
    boost::json::object line{{"ts", now_text()},
                             {"level", "info"},
                             {"msg", "request"},
                             {"request_id", r.request_id},
                             {"method", r.method},
                             {"path", r.path},
                             {"client", r.client},
                             {"status", r.status},
                             {"bytes", r.bytes},
                             {"us", r.microseconds}};
    json_logger().info(boost::json::serialize(line));
}

void log_request_error(std::string_view request_id, std::string_view what) {
    boost::json::object line{
        {"ts", now_text()}, {"level", "error"}, {"msg", what}, {"request_id", request_id}};
    json_logger().error(boost::json::serialize(line));
}

void log_server_error(std::string_view what, std::string_view detail) {
    boost::json::object line{
        {"ts", now_text()}, {"level", "error"}, {"msg", what}, {"detail", detail}};
    json_logger().error(boost::json::serialize(line));
}

}  // namespace tanggap::http

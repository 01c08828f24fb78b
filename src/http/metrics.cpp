#include "http/metrics.hpp"

#include <fmt/format.h>

namespace tanggap::http {

void Metrics::record(const std::string& route, unsigned status, std::int64_t microseconds) {
    double seconds = static_cast<double>(microseconds) / 1e6;
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
    for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i) {
        if (seconds <= kBucketsSeconds[i]) ++buckets_[i];
    }
    ++count_;
    sum_seconds_ += seconds;
}

std::string Metrics::render(const GaugeLines& extra) const {
    std::string out;
    out += "# HELP tanggap_http_requests_total HTTP requests by route and status.\n";
    out += "# TYPE tanggap_http_requests_total counter\n";
    std::lock_guard lock(mutex_);
    for (const auto& [key, n] : requests_) {
        out += fmt::format("tanggap_http_requests_total{{route=\"{}\",status=\"{}\"}} {}\n",
                           key.first,
                           key.second,
                           n);
    }
    out += "# HELP tanggap_http_request_duration_seconds Time from request read to response.\n";
    out += "# TYPE tanggap_http_request_duration_seconds histogram\n";
    for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i) {
        out += fmt::format("tanggap_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n",
                           kBucketsSeconds[i],
                           buckets_[i]);
    }
    out += fmt::format("tanggap_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", count_);
    out += fmt::format("tanggap_http_request_duration_seconds_sum {}\n", sum_seconds_);
    out += fmt::format("tanggap_http_request_duration_seconds_count {}\n", count_);
    if (extra) out += extra();
    return out;
}

}  // namespace tanggap::http

#pragma once
// Request counters and a latency histogram, rendered in the Prometheus text format.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace tanggap::http {

class Metrics {
  public:
    // Thread-safe; called once per request by the session.
    void record(const std::string& route, unsigned status, std::int64_t microseconds);

    // Extra gauges appended at render time (e.g. complaints by status, read from the store).
    using GaugeLines = std::function<std::string()>;

    std::string render(const GaugeLines& extra) const;

  private:
    static constexpr std::array<double, 10> kBucketsSeconds{
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1.0};
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, unsigned>, std::uint64_t> requests_;
    std::array<std::uint64_t, kBucketsSeconds.size()> buckets_{};
    std::uint64_t count_ = 0;
    double sum_seconds_ = 0;
};

}  // namespace tanggap::http

#pragma once
// Structured logs: one JSON object per line on stderr, each request's line with its id.

#include <cstdint>
#include <string>
#include <string_view>

namespace tanggap::http {

struct AccessRecord {
    std::string_view request_id;
    std::string_view method;
    std::string_view path;
    std::string_view client;
    unsigned status = 0;
    std::uint64_t bytes = 0;
    std::int64_t microseconds = 0;
};

void log_access(const AccessRecord& record);

// An unexpected condition inside a request (logged with its id; the client sees only a 500).
void log_request_error(std::string_view request_id, std::string_view what);

// A server-level event with no request (accept failures, shutdown).
void log_server_error(std::string_view what, std::string_view detail);

}  // namespace tanggap::http

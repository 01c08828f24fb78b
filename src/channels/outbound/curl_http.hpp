#pragma once
// A small blocking HTTP client over one libcurl easy handle per call: the transport every HTTP
// sender (WhatsApp Cloud API, SMS gateway, media download) shares. Follows no redirects, sends no
// signals, enforces a connect and a total timeout and a cap on the response body.
//
// Thread-safety: request() may be called from any number of threads at once (each call owns its
// handle); curl_global_init runs once, on the first call.

#include <chrono>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace tanggap::channels::outbound {

struct Timeouts {
    std::chrono::milliseconds connect{5'000};
    std::chrono::milliseconds total{15'000};
};

struct HttpRequest {
    std::string method = "GET";  // GET, POST, PUT, ...
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;  // name, value
    std::string body;                                          // sent unless method is GET
    Timeouts timeouts;
    std::size_t max_response_bytes = 1024 * 1024;
};

struct HttpResult {
    // Why no complete HTTP answer arrived; `ok` whenever a status line and the body were read,
    // whatever the status.
    enum class Transport {
        ok,
        timeout,    // connect or total timeout
        refused,    // could not connect (refused, unreachable, DNS)
        too_large,  // the body exceeded max_response_bytes (status/content_type are still set)
        other,      // TLS, protocol or I/O error
    };
    Transport transport = Transport::ok;
    std::string transport_error;  // one line, "" when transport == ok
    long status = 0;              // 0 unless an HTTP status line was read
    std::string content_type;
    std::string body;

    bool ok() const { return transport == Transport::ok; }
    bool success() const { return ok() && status >= 200 && status < 300; }
};

// Never throws for network problems (they are in the result); std::bad_alloc aside.
HttpResult request(const HttpRequest& req);

// Once per process, thread-safe; called by request() and the SMTP sender.
void ensure_curl_global_init();

}  // namespace tanggap::channels::outbound

#pragma once
// What happens to a request between the socket and its handler, as one ordered list:
//   1. request id       every response and log line carries X-Request-Id
//   2. access log, metrics  outermost, so they see the final status and time
//   3. error mapping    an escaped exception becomes a 500 with a generic body, logged with the id
//   4. client address   X-Forwarded-For only from a trusted proxy
//   5. routing          404 for unknown paths, 405 (with Allow) for known paths, other methods
//   6. handler          staff routes wrap themselves in authentication and CSRF (src/api/auth)
// Body and header limits are enforced before this, while reading (server.cpp).

#include "http/metrics.hpp"
#include "http/router.hpp"

#include <boost/asio/awaitable.hpp>

#include <string>
#include <vector>

namespace tanggap::http {

struct PipelineDeps {
    const Router& router;
    Metrics& metrics;
    const std::vector<std::string>& trusted_proxies;
};

boost::asio::awaitable<Response> handle_request(PipelineDeps deps,
                                                Request& request,
                                                const std::string& peer);

// The client address: `peer`, or the right-most X-Forwarded-For entry not itself a trusted
// proxy when `peer` is one.
std::string client_address(const Request& request,
                           const std::string& peer,
                           const std::vector<std::string>& trusted_proxies);

// Whether the client spoke HTTPS: `peer` is a trusted proxy whose X-Forwarded-Proto is
// "https". Anyone else's header is ignored (a client could claim anything).
bool came_over_https(const Request& request,
                     const std::string& peer,
                     const std::vector<std::string>& trusted_proxies);

}  // namespace tanggap::http

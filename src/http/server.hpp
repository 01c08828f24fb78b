#pragma once
// The HTTP/1.1 server: one io_context run by one thread per core, a coroutine per connection.
// The session loop owns timers, limits, keep-alive and shutdown; handlers only map a request
// to a response (see router.hpp).

#include "http/metrics.hpp"
#include "http/router.hpp"

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace tanggap::http {

struct HttpLimits {
    std::size_t header_bytes = 8 * 1024;
    std::size_t json_body_bytes = 1024 * 1024;
    // Five 10 MB photos plus 1 MB for the complaint part and the multipart framing.
    std::size_t multipart_body_bytes = 51 * 1024 * 1024;
    std::chrono::seconds idle{30};  // a keep-alive connection waiting for a request
    // Reading one request body: all of it within body_read, and no pause longer than
    // body_idle, so a client trickling a body cannot hold a connection for long. Slow phones
    // with big photos are the proxy's to absorb (deploy/nginx buffers request bodies).
    std::chrono::seconds body_read{60};
    std::chrono::seconds body_idle{15};
    std::chrono::seconds write{60};
    // Open connections per remote address; the one over it is closed at once, unanswered.
    // Trusted proxies are exempt: all their clients share their address (the proxy caps each
    // client itself, deploy/nginx). 0: no cap.
    int connections_per_address = 64;
};

struct ServerOptions {
    std::string address = "127.0.0.1";
    unsigned short port = 8080;
    int threads = 0;  // 0: one per core
    HttpLimits limits;
    // Peers whose X-Forwarded-For is believed (reverse proxies in front of us).
    std::vector<std::string> trusted_proxies;
    std::chrono::seconds shutdown_grace{15};
};

class Server {
  public:
    Server(ServerOptions options, const Router& router, Metrics& metrics);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds and listens; returns the bound port (useful with port 0).
    // Throws std::system_error naming the address when it cannot bind (a startup error).
    unsigned short listen();

    // Serves until SIGINT/SIGTERM or stop(), then drains: stops accepting, lets in-flight
    // requests finish (up to shutdown_grace), closes idle connections. Blocks.
    void run();

    // Asks run() to drain and return; thread-safe.
    void stop();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tanggap::http

#pragma once
// The HTTP half of every fake partner: a Beast server on 127.0.0.1, port 0, one thread, one
// coroutine per connection (keep-alive honoured), that hands each request to a handler and can
// hold a reply back to provoke a client timeout. The fakes own one each; tests rarely need it.
//
// Thread-safety: the handler runs on the server's thread only; port()/base_url() are fixed at
// construction; stop() (also run by the destructor) may be called from any other thread.

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace tanggap::fakes {

struct HttpExchange {
    std::string method;                          // "GET", "POST", ...
    std::string target;                          // path and query as sent
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;

    std::string header(std::string_view lower_case_name) const;
};

struct HttpReply {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::chrono::milliseconds delay{0};  // wait this long before answering
};

class LoopbackHttpServer {
  public:
    using Handler = std::function<HttpReply(const HttpExchange&)>;

    explicit LoopbackHttpServer(Handler handler);
    ~LoopbackHttpServer();
    LoopbackHttpServer(const LoopbackHttpServer&) = delete;
    LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

    unsigned short port() const;
    std::string base_url() const;  // "http://127.0.0.1:<port>", no trailing '/'
    void stop();                   // idempotent; afterwards the port refuses connections

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tanggap::fakes

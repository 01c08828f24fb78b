#pragma once
// A small synchronous HTTP/1.1 client for integration tests, on Boost.Beast.
//
// Beast stays inside http_client.cpp (each translation unit that includes it costs ~20 s and
// 0.8 GB to compile), so this header only shows plain types.
//
// A client talks to one server (127.0.0.1:port) over one connection, reused while both sides
// keep it alive (ClientOptions::keep_alive). It keeps a cookie jar (name -> value from
// Set-Cookie, sent back as Cookie) and, once set_csrf_token() was called, sends X-CSRF-Token on
// POST/PUT/PATCH/DELETE unless the request names that header itself.
//
// Requests never throw: a transport failure (refused, reset, timeout, no answer) comes back as
// a Response with status 0 and `transport_error` set. Not thread-safe: one client per thread.

#include <boost/json/value.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::integration {

struct Header {
    std::string name;
    std::string value;
};
using Headers = std::vector<Header>;

struct Response {
    int status = 0;               // 0: no HTTP answer, see transport_error
    std::string transport_error;  // empty when an answer arrived
    Headers headers;
    std::string body;

    // First value of a header (case-insensitive name), empty when absent.
    std::string header(std::string_view name) const;
    std::vector<std::string> header_values(std::string_view name) const;
    // The body parsed as JSON; throws std::runtime_error (with describe()) when it is not.
    boost::json::value json() const;
    // "HTTP 422 <first 600 bytes of the body>" or the transport error, for failure messages.
    std::string describe() const;
};

// A multipart/form-data body.
class Multipart {
  public:
    Multipart& field(std::string name, std::string value, std::string content_type = {});
    Multipart& file(std::string name,
                    std::string filename,
                    std::string content_type,
                    std::string bytes);
    std::string content_type() const;
    std::string body() const;

  private:
    struct Part {
        std::string name;
        std::optional<std::string> filename;
        std::string content_type;
        std::string bytes;
    };
    std::vector<Part> parts_;
};

struct ClientOptions {
    bool keep_alive = true;
    // Resend once on a fresh connection when a kept-alive one turns out closed by the server.
    // Off where a request must never be sent twice (durability tests).
    bool retry_stale_connection = true;
    std::chrono::milliseconds timeout{std::chrono::seconds(60)};  // per request
};

class HttpClient {
  public:
    explicit HttpClient(std::uint16_t port, ClientOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    Response send(std::string_view method,
                  std::string_view target,
                  std::string body = {},
                  std::string content_type = {},
                  const Headers& headers = {});

    Response get(std::string_view target, const Headers& headers = {});
    Response post(std::string_view target,
                  std::string body,
                  std::string content_type,
                  const Headers& headers = {});
    Response post_json(std::string_view target,
                       const boost::json::value& body,
                       const Headers& headers = {});
    Response post_multipart(std::string_view target,
                            const Multipart& body,
                            const Headers& headers = {});

    // Cookie jar.
    std::optional<std::string> cookie(const std::string& name) const;
    void set_cookie(const std::string& name, const std::string& value);
    void clear_cookies();

    // Sent as X-CSRF-Token on state-changing methods; empty stops sending it.
    void set_csrf_token(std::string token) { csrf_token_ = std::move(token); }
    const std::string& csrf_token() const { return csrf_token_; }

    // Drops the connection; the next request opens a new one.
    void disconnect();

    std::uint16_t port() const { return port_; }

  private:
    struct Impl;
    void remember_cookies(const Response& response);

    std::uint16_t port_;
    ClientOptions options_;
    std::unique_ptr<Impl> impl_;
    std::map<std::string, std::string> cookies_;
    std::string csrf_token_;
};

}  // namespace tanggap::integration

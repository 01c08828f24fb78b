#include "http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace tanggap::integration {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr std::string_view kBoundary = "tanggap-itest-boundary-3f9c2e71a8d4";
constexpr std::uint64_t kMaxResponseBody = 256u * 1024 * 1024;

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

bool changes_state(std::string_view method) {
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

}  // namespace

std::string Response::header(std::string_view name) const {
    for (const auto& h : headers) {
        if (iequals(h.name, name)) return h.value;
    }
    return {};
}

std::vector<std::string> Response::header_values(std::string_view name) const {
    std::vector<std::string> out;
    for (const auto& h : headers) {
        if (iequals(h.name, name)) out.push_back(h.value);
    }
    return out;
}

boost::json::value Response::json() const {
    boost::system::error_code ec;
    auto value = boost::json::parse(body, ec);
    if (ec)
        throw std::runtime_error("response body is not JSON (" + ec.message() + "): " + describe());
    return value;
}

std::string Response::describe() const {
    if (status == 0) return "no HTTP answer: " + transport_error;
    constexpr std::size_t kShown = 600;
    std::string shown = body.size() > kShown ? body.substr(0, kShown) + "..." : body;
    return "HTTP " + std::to_string(status) + " " + shown;
}

Multipart& Multipart::field(std::string name, std::string value, std::string content_type) {
    parts_.push_back({std::move(name), std::nullopt, std::move(content_type), std::move(value)});
    return *this;
}

Multipart& Multipart::file(std::string name,
                           std::string filename,
                           std::string content_type,
                           std::string bytes) {
    parts_.push_back(
        {std::move(name), std::move(filename), std::move(content_type), std::move(bytes)});
    return *this;
}

std::string Multipart::content_type() const {
    return "multipart/form-data; boundary=" + std::string(kBoundary);
}

std::string Multipart::body() const {
    std::string out;
    for (const auto& part : parts_) {
        out += "--";
        out += kBoundary;
        out += "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
        if (part.filename) out += "; filename=\"" + *part.filename + "\"";
        out += "\r\n";
        if (!part.content_type.empty()) out += "Content-Type: " + part.content_type + "\r\n";
        out += "\r\n";
        out += part.bytes;
        out += "\r\n";
    }
    out += "--";
    out += kBoundary;
    out += "--\r\n";
    return out;
}

struct HttpClient::Impl {
    asio::io_context ioc;
    std::optional<beast::tcp_stream> stream;
    beast::flat_buffer buffer;
    bool reused = false;  // the connection already carried a request

    // Runs one asynchronous operation to completion under the stream's timer.
    template <class Start>
    beast::error_code run(std::chrono::milliseconds timeout, Start start) {
        beast::error_code result = asio::error::would_block;
        stream->expires_after(timeout);
        start([&result](beast::error_code ec, auto&&...) { result = ec; });
        ioc.restart();
        ioc.run();
        return result;
    }

    beast::error_code connect(std::uint16_t port, std::chrono::milliseconds timeout) {
        stream.emplace(ioc);
        buffer.clear();
        reused = false;
        tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
        auto ec = run(timeout, [&](auto handler) { stream->async_connect(endpoint, handler); });
        if (!ec) stream->socket().set_option(tcp::no_delay(true));
        return ec;
    }

    void close() {
        if (stream) {
            beast::error_code ignored;
            stream->socket().shutdown(tcp::socket::shutdown_both, ignored);
            stream->close();
        }
        stream.reset();
        buffer.clear();
        reused = false;
    }
};

HttpClient::HttpClient(std::uint16_t port, ClientOptions options)
    : port_(port), options_(options), impl_(std::make_unique<Impl>()) {}

HttpClient::~HttpClient() { impl_->close(); }

void HttpClient::disconnect() { impl_->close(); }

Response HttpClient::send(std::string_view method,
                          std::string_view target,
                          std::string body,
                          std::string content_type,
                          const Headers& headers) {
    http::request<http::string_body> request;
    request.method_string(method);
    request.target(target);
    request.version(11);
    request.set(http::field::host, "127.0.0.1:" + std::to_string(port_));
    request.set(http::field::user_agent, "tanggap-itest");
    if (!content_type.empty()) request.set(http::field::content_type, content_type);
    if (!cookies_.empty()) {
        std::string cookie_header;
        for (const auto& [name, value] : cookies_) {
            if (!cookie_header.empty()) cookie_header += "; ";
            cookie_header += name + "=" + value;
        }
        request.set(http::field::cookie, cookie_header);
    }
    bool names_csrf = std::any_of(headers.begin(), headers.end(), [](const Header& h) {
        return iequals(h.name, "X-CSRF-Token");
    });
    if (!csrf_token_.empty() && !names_csrf && changes_state(method)) {
        request.set("X-CSRF-Token", csrf_token_);
    }
    for (const auto& h : headers) request.set(h.name, h.value);
    request.keep_alive(options_.keep_alive);
    request.body() = std::move(body);
    if (!request.body().empty() || changes_state(method)) request.prepare_payload();

    Response response;
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool was_reused = impl_->stream && impl_->reused;
        if (!impl_->stream) {
            if (auto ec = impl_->connect(port_, options_.timeout)) {
                impl_->close();
                response.transport_error = "connect: " + ec.message();
                return response;
            }
        }
        auto write_ec = impl_->run(options_.timeout, [&](auto handler) {
            http::async_write(*impl_->stream, request, handler);
        });
        // The server may answer (413, 415) and close before it has read the whole body, so a
        // failed write still gets its chance to read the answer.
        http::response_parser<http::string_body> parser;
        parser.body_limit(kMaxResponseBody);
        auto read_ec = impl_->run(options_.timeout, [&](auto handler) {
            http::async_read(*impl_->stream, impl_->buffer, parser, handler);
        });
        if (read_ec) {
            impl_->close();
            // A kept-alive connection the server already closed: open a fresh one, once.
            bool stale = (read_ec == http::error::end_of_stream ||
                          read_ec == asio::error::connection_reset ||
                          read_ec == asio::error::broken_pipe || write_ec) &&
                         !parser.got_some();
            if (was_reused && stale && attempt == 0 && options_.retry_stale_connection) continue;
            response.transport_error = (write_ec ? "write: " + write_ec.message() + "; " : "") +
                                       "read: " + read_ec.message();
            return response;
        }
        auto& message = parser.get();
        response.status = static_cast<int>(message.result_int());
        for (const auto& field : message) {
            response.headers.push_back(
                {std::string(field.name_string()), std::string(field.value())});
        }
        response.body = std::move(message.body());
        if (message.keep_alive() && options_.keep_alive && !write_ec) {
            impl_->reused = true;
        } else {
            impl_->close();
        }
        remember_cookies(response);
        return response;
    }
    return response;
}

Response HttpClient::get(std::string_view target, const Headers& headers) {
    return send("GET", target, {}, {}, headers);
}

Response HttpClient::post(std::string_view target,
                          std::string body,
                          std::string content_type,
                          const Headers& headers) {
    return send("POST", target, std::move(body), std::move(content_type), headers);
}

Response HttpClient::post_json(std::string_view target,
                               const boost::json::value& body,
                               const Headers& headers) {
    return send("POST", target, boost::json::serialize(body), "application/json", headers);
}

Response HttpClient::post_multipart(std::string_view target,
                                    const Multipart& body,
                                    const Headers& headers) {
    return send("POST", target, body.body(), body.content_type(), headers);
}

std::optional<std::string> HttpClient::cookie(const std::string& name) const {
    auto it = cookies_.find(name);
    if (it == cookies_.end()) return std::nullopt;
    return it->second;
}

void HttpClient::set_cookie(const std::string& name, const std::string& value) {
    cookies_[name] = value;
}

void HttpClient::clear_cookies() { cookies_.clear(); }

void HttpClient::remember_cookies(const Response& response) {
    for (const auto& set_cookie : response.header_values("Set-Cookie")) {
        std::string_view text(set_cookie);
        auto semi = text.find(';');
        std::string_view pair = text.substr(0, semi);
        auto eq = pair.find('=');
        if (eq == std::string_view::npos) continue;
        std::string name = trim(pair.substr(0, eq));
        std::string value = trim(pair.substr(eq + 1));
        std::string attributes =
            semi == std::string_view::npos ? std::string() : std::string(text.substr(semi));
        std::transform(
            attributes.begin(), attributes.end(), attributes.begin(), [](unsigned char c) {
                return static_cast<char>(std::tolower(c));
            });
        bool expired = value.empty() || attributes.find("max-age=0") != std::string::npos ||
                       attributes.find("expires=thu, 01 jan 1970") != std::string::npos;
        if (expired) {
            cookies_.erase(name);
        } else {
            cookies_[name] = value;
        }
    }
}

}  // namespace tanggap::integration

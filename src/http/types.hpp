#pragma once
// The request/response types and per-request context handed to handlers.

#include <boost/asio/awaitable.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/url/url_view.hpp>

#include <any>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace tanggap::http {

namespace beast_http = boost::beast::http;
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;

struct Context {
    const Request& request;
    std::string request_id;
    std::string client_address;    // the peer, or X-Forwarded-For's client behind a trusted proxy
    boost::urls::url_view target;  // parsed origin-form target (path + query)
    std::map<std::string, std::string, std::less<>> params;  // path template captures
    std::string route;  // the matched template, for logs and metrics

    // Who the request speaks for, set by the API layer's authentication. HTTP never looks
    // inside: users and roles are not its business (src/api/principal.hpp reads it).
    std::any principal;

    // The client reached us over HTTPS: a trusted proxy in front terminated TLS and said so
    // (X-Forwarded-Proto: https). Cookies are then marked Secure.
    bool over_https = false;

    std::string param(const std::string& name) const {
        auto it = params.find(name);
        return it == params.end() ? std::string{} : it->second;
    }
    // The first value of a query parameter, percent-decoded; nullopt when absent.
    std::optional<std::string> query(std::string_view name) const;
};

using Handler = std::function<boost::asio::awaitable<Response>(Context&)>;

}  // namespace tanggap::http

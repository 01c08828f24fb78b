#pragma once
// Method + path template -> handler. Templates are literal segments and `{name}` captures,
// registered by each resource in its own file (src/api/*).

#include "http/types.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::http {

class Router {
  public:
    void add(beast_http::verb method, std::string path_template, Handler handler);

    // Answers GET/HEAD requests that match no route and whose path is not under one of
    // `reserved_prefixes` (those stay JSON 404s): the web app's files and deep links.
    void set_fallback(Handler handler, std::vector<std::string> reserved_prefixes);

    enum class Outcome { matched, no_route, wrong_method };
    struct Match {
        Outcome outcome = Outcome::no_route;
        const Handler* handler = nullptr;
        std::string route;
        std::map<std::string, std::string, std::less<>> params;
        std::string allowed;  // for 405: the methods the path accepts, comma-separated
    };
    // `path` is the path as sent (still percent-encoded), without query. It is split on '/'
    // first; literal segments must match as written, and each captured segment is decoded
    // alone, so `%2F` stays inside one parameter and never joins or splits segments.
    // Not thread-safe to add() while matching.
    Match match(beast_http::verb method, std::string_view path) const;

  private:
    struct Route {
        beast_http::verb method;
        std::string path_template;
        std::vector<std::string> segments;
        Handler handler;
    };
    std::vector<Route> routes_;
    Handler fallback_;
    std::vector<std::string> reserved_prefixes_;
};

}  // namespace tanggap::http

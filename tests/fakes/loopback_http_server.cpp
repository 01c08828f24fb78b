#include "loopback_http_server.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <cctype>
#include <exception>
#include <mutex>
#include <thread>

namespace tanggap::fakes {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
constexpr auto kAwait = asio::as_tuple(asio::use_awaitable);
constexpr auto kIdle = std::chrono::seconds(30);

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return out;
}

asio::awaitable<void> session(beast::tcp_stream stream,
                              const LoopbackHttpServer::Handler& handler) {
    beast::flat_buffer buffer;
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(64 * 1024 * 1024);
        stream.expires_after(kIdle);
        auto [read_ec, read_n] = co_await http::async_read(stream, buffer, parser, kAwait);
        if (read_ec) break;  // end of stream, idle timeout, bad request, stop: all end the session
        const auto& req = parser.get();

        HttpExchange exchange;
        exchange.method = std::string(req.method_string());
        exchange.target = std::string(req.target());
        for (const auto& field : req) exchange.headers[lower(field.name_string())] = field.value();
        exchange.body = req.body();

        HttpReply reply;
        try {
            reply = handler(exchange);
        } catch (const std::exception& e) {
            reply = HttpReply{500, "text/plain", std::string("fake handler threw: ") + e.what()};
        }
        if (reply.delay.count() > 0) {
            asio::steady_timer timer(stream.get_executor(), reply.delay);
            co_await timer.async_wait(kAwait);
        }

        http::response<http::string_body> res{static_cast<http::status>(reply.status),
                                              req.version()};
        res.set(http::field::server, "tanggap-fake");
        res.set(http::field::content_type, reply.content_type);
        res.keep_alive(req.keep_alive());
        res.body() = std::move(reply.body);
        res.prepare_payload();
        stream.expires_after(kIdle);
        auto [write_ec, write_n] = co_await http::async_write(stream, res, kAwait);
        if (write_ec || !res.keep_alive()) break;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor,
                                  const LoopbackHttpServer::Handler& handler) {
    for (;;) {
        auto [ec, socket] = co_await acceptor.async_accept(kAwait);
        if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
        if (ec) continue;  // e.g. a connection reset before accept finished
        asio::co_spawn(acceptor.get_executor(),
                       session(beast::tcp_stream(std::move(socket)), handler),
                       asio::detached);
    }
}

}  // namespace

std::string HttpExchange::header(std::string_view lower_case_name) const {
    const auto it = headers.find(std::string(lower_case_name));
    return it == headers.end() ? std::string() : it->second;
}

struct LoopbackHttpServer::Impl {
    explicit Impl(Handler h) : handler(std::move(h)) {}

    Handler handler;
    asio::io_context io{1};
    tcp::acceptor acceptor{io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)};
    unsigned short port = acceptor.local_endpoint().port();
    std::thread thread;
    std::once_flag stopped;
};

LoopbackHttpServer::LoopbackHttpServer(Handler handler)
    : impl_(std::make_unique<Impl>(std::move(handler))) {
    asio::co_spawn(impl_->io, accept_loop(impl_->acceptor, impl_->handler), asio::detached);
    impl_->thread = std::thread([io = &impl_->io] { io->run(); });
}

LoopbackHttpServer::~LoopbackHttpServer() { stop(); }

unsigned short LoopbackHttpServer::port() const { return impl_->port; }

std::string LoopbackHttpServer::base_url() const {
    return "http://127.0.0.1:" + std::to_string(impl_->port);
}

void LoopbackHttpServer::stop() {
    std::call_once(impl_->stopped, [this] {
        impl_->io.stop();
        if (impl_->thread.joinable()) impl_->thread.join();
        beast::error_code ignored;
        impl_->acceptor.close(ignored);
    });
}

}  // namespace tanggap::fakes

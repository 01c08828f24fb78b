#include "http/server.hpp"

#include "http/access_log.hpp"
#include "http/pipeline.hpp"
#include "http/response.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <list>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace tanggap::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

namespace {

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    }
    return true;
}

// A response the session writes itself, before any handler ran (limits, broken requests).
// The connection closes after it: the rest of the request is unread. Its message is in the
// header's Accept-Language once the header was read.
Response early_error(beast_http::status status,
                     core::ErrorCode code,
                     const char* message,
                     std::string_view accept_language = {}) {
    Request unknown{beast_http::verb::get, "/", 11};
    if (!accept_language.empty()) unknown.set(beast_http::field::accept_language, accept_language);
    Response res = error_response(unknown, core::Error{code, message, {}});
    res.result(status);
    res.keep_alive(false);
    return res;
}

// Only "chunked", alone, is a transfer coding we can read; Beast would read a body in any
// other coding (gzip, "gzip, chunked") as empty or as raw bytes.
bool unsupported_transfer_coding(const Request& header) {
    auto [first, last] = header.equal_range(beast_http::field::transfer_encoding);
    if (first == last) return false;
    int codings = 0;
    bool chunked = false;
    for (auto it = first; it != last; ++it) {
        for (const auto& coding : beast_http::token_list{it->value()}) {
            ++codings;
            chunked = beast::iequals(coding, "chunked");
        }
    }
    return codings != 1 || !chunked;
}

// Beast's parse errors (bad chunk sizes, framing that does not add up) as opposed to the
// client leaving or going quiet: those get an answer before the connection closes.
bool is_framing_error(const boost::system::error_code& ec) {
    return ec.category() == beast_http::make_error_code(beast_http::error::bad_chunk).category() &&
           ec != beast_http::error::partial_message && ec != beast_http::error::end_of_stream;
}

}  // namespace

// One connection. `busy` tells the drain whether it may cut the connection now.
struct Connection {
    beast::tcp_stream stream;
    std::atomic<bool> busy{false};
    explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
};

struct Server::Impl {
    ServerOptions options;
    const Router& router;
    Metrics& metrics;
    asio::io_context ioc;
    tcp::acceptor acceptor{ioc};
    asio::signal_set signals{ioc, SIGINT, SIGTERM};
    std::atomic<bool> stopping{false};
    std::mutex connections_mutex;
    std::list<std::weak_ptr<Connection>> connections;
    std::atomic<int> live_sessions{0};
    asio::steady_timer drain_timer{ioc};
    std::mutex addresses_mutex;
    std::unordered_map<std::string, int> connections_per_address;

    Impl(ServerOptions o, const Router& r, Metrics& m)
        : options(std::move(o)), router(r), metrics(m) {}

    asio::awaitable<void> accept_loop();
    asio::awaitable<void> session(std::shared_ptr<Connection> conn, std::string peer);
    asio::awaitable<void> answer_and_close(beast::tcp_stream& stream, Response res);
    bool admit(const std::string& peer);
    void release(const std::string& peer);
    void begin_drain();
    void finish_if_drained();
};

asio::awaitable<void> Server::Impl::accept_loop() {
    for (;;) {
        auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ioc), kTuple);
        if (ec == asio::error::operation_aborted || stopping) co_return;
        if (ec) {
            // EMFILE and friends: back off briefly instead of spinning.
            log_server_error("accept failed", ec.message());
            asio::steady_timer pause(ioc, std::chrono::milliseconds(50));
            co_await pause.async_wait(kTuple);
            continue;
        }
        std::string peer;
        if (auto endpoint = socket.remote_endpoint(ec); !ec) peer = endpoint.address().to_string();
        if (!admit(peer)) {
            // Closed unanswered: an answer would cost the very descriptors the cap protects.
            socket.close(ec);
            continue;
        }
        socket.set_option(tcp::no_delay(true), ec);
        auto conn = std::make_shared<Connection>(std::move(socket));
        {
            std::lock_guard lock(connections_mutex);
            connections.remove_if([](const auto& w) { return w.expired(); });
            connections.push_back(conn);
        }
        ++live_sessions;
        auto executor = conn->stream.get_executor();
        asio::co_spawn(
            executor, session(std::move(conn), peer), [this, peer](std::exception_ptr e) {
                if (e) {
                    try {
                        std::rethrow_exception(e);
                    } catch (const std::exception& ex) {
                        log_server_error("session ended by exception", ex.what());
                    }
                }
                release(peer);
                --live_sessions;
                if (stopping) asio::post(ioc, [this] { finish_if_drained(); });
            });
    }
}

bool Server::Impl::admit(const std::string& peer) {
    const int cap = options.limits.connections_per_address;
    if (cap <= 0 || peer.empty()) return true;
    std::lock_guard lock(addresses_mutex);
    auto& open = connections_per_address[peer];
    const bool trusted =
        std::find(options.trusted_proxies.begin(), options.trusted_proxies.end(), peer) !=
        options.trusted_proxies.end();
    if (!trusted && open >= cap) return false;
    ++open;
    return true;
}

void Server::Impl::release(const std::string& peer) {
    if (options.limits.connections_per_address <= 0 || peer.empty()) return;
    std::lock_guard lock(addresses_mutex);
    auto it = connections_per_address.find(peer);
    if (it != connections_per_address.end() && --it->second <= 0) {
        connections_per_address.erase(it);
    }
}

// Writes an answer the session gives before or instead of reading the whole request, then
// closes. The unread rest of the request is drained briefly first: closing with unread bytes
// sends a reset, which can destroy the answer before the client reads it.
asio::awaitable<void> Server::Impl::answer_and_close(beast::tcp_stream& stream, Response res) {
    stream.expires_after(options.limits.write);
    auto [write_ec, written] = co_await beast_http::async_write(stream, res, kTuple);
    if (write_ec) co_return;
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream.expires_after(std::chrono::seconds(2));
    std::array<char, 16 * 1024> scratch{};
    std::size_t drained = 0;
    while (drained < 1024 * 1024) {
        auto [ec, n] = co_await stream.async_read_some(asio::buffer(scratch), kTuple);
        if (ec) break;
        drained += n;
    }
}

asio::awaitable<void> Server::Impl::session(std::shared_ptr<Connection> conn, std::string peer) {
    auto& stream = conn->stream;
    beast::flat_buffer buffer;
    const auto& limits = options.limits;

    while (!stopping) {
        beast_http::request_parser<beast_http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(limits.header_bytes));
        parser.body_limit(limits.multipart_body_bytes);
        conn->busy = false;
        stream.expires_after(limits.idle);
        auto [ec, n] = co_await beast_http::async_read_header(stream, buffer, parser, kTuple);
        if (ec == beast_http::error::end_of_stream || ec == beast::error::timeout ||
            ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
            ec == asio::error::eof) {
            break;  // the client left, went quiet, or we are draining
        }
        conn->busy = true;
        if (ec) {
            // A Content-Length over the largest body limit is refused while the header is read.
            auto res = ec == beast_http::error::header_limit
                           ? early_error(beast_http::status::request_header_fields_too_large,
                                         core::ErrorCode::malformed,
                                         "Header permintaan terlalu besar")
                       : ec == beast_http::error::body_limit
                           ? early_error(beast_http::status::payload_too_large,
                                         core::ErrorCode::too_large,
                                         "Isi permintaan melebihi batas")
                           : early_error(beast_http::status::bad_request,
                                         core::ErrorCode::malformed,
                                         "Permintaan HTTP tidak dapat dibaca");
            co_await answer_and_close(stream, std::move(res));
            break;
        }

        const auto& header = parser.get();
        if (unsupported_transfer_coding(header)) {
            co_await answer_and_close(stream,
                                      early_error(beast_http::status::not_implemented,
                                                  core::ErrorCode::not_implemented,
                                                  "Transfer-Encoding selain chunked tidak didukung",
                                                  header[beast_http::field::accept_language]));
            break;
        }
        const bool multipart =
            starts_with_ci(header[beast_http::field::content_type], "multipart/form-data");
        const std::size_t body_limit =
            multipart ? limits.multipart_body_bytes : limits.json_body_bytes;
        if (parser.content_length() && *parser.content_length() > body_limit) {
            co_await answer_and_close(stream,
                                      early_error(beast_http::status::payload_too_large,
                                                  core::ErrorCode::too_large,
                                                  "Isi permintaan melebihi batas",
                                                  header[beast_http::field::accept_language]));
            break;  // the unread body makes the connection unusable
        }
        parser.body_limit(body_limit);
        if (beast_http::token_list{header[beast_http::field::expect]}.exists("100-continue")) {
            beast_http::response<beast_http::empty_body> cont{beast_http::status::continue_, 11};
            stream.expires_after(limits.write);
            co_await beast_http::async_write(stream, cont, kTuple);
        }
        boost::system::error_code body_ec;
        const auto body_deadline = std::chrono::steady_clock::now() + limits.body_read;
        while (!parser.is_done() && !body_ec) {
            const auto left = body_deadline - std::chrono::steady_clock::now();
            if (left <= std::chrono::steady_clock::duration::zero()) {
                body_ec = beast::error::timeout;
                break;
            }
            stream.expires_after(
                std::min<std::chrono::steady_clock::duration>(limits.body_idle, left));
            auto [read_ec, read_n] =
                co_await beast_http::async_read_some(stream, buffer, parser, kTuple);
            body_ec = read_ec;
        }
        if (body_ec == beast_http::error::body_limit) {
            co_await answer_and_close(stream,
                                      early_error(beast_http::status::payload_too_large,
                                                  core::ErrorCode::too_large,
                                                  "Isi permintaan melebihi batas",
                                                  header[beast_http::field::accept_language]));
            break;
        }
        if (body_ec && is_framing_error(body_ec)) {
            co_await answer_and_close(
                stream,
                early_error(beast_http::status::bad_request,
                            core::ErrorCode::malformed,
                            "Isi permintaan tidak dapat dibaca (pembingkaian chunked rusak)",
                            header[beast_http::field::accept_language]));
            break;
        }
        if (body_ec) break;  // the client left or went quiet

        Request request = parser.release();
        Response response = co_await handle_request(
            PipelineDeps{router, metrics, options.trusted_proxies}, request, peer);
        if (stopping) response.keep_alive(false);
        stream.expires_after(limits.write);
        auto [write_ec, written] = co_await beast_http::async_write(stream, response, kTuple);
        if (write_ec || !response.keep_alive()) break;
    }
    conn->busy = false;
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

void Server::Impl::begin_drain() {
    if (stopping.exchange(true)) return;
    boost::system::error_code ignored;
    acceptor.close(ignored);
    signals.cancel();
    {
        std::lock_guard lock(connections_mutex);
        for (auto& weak : connections) {
            if (auto conn = weak.lock()) {
                // Cut idle keep-alive connections; busy ones stop after their response.
                asio::post(conn->stream.get_executor(), [conn] {
                    if (!conn->busy) conn->stream.cancel();
                });
            }
        }
    }
    drain_timer.expires_after(options.shutdown_grace);
    drain_timer.async_wait([this](boost::system::error_code ec) {
        if (!ec) {
            log_server_error("shutdown grace expired",
                             std::to_string(live_sessions.load()) + " connections still open");
            ioc.stop();
        }
    });
    finish_if_drained();
}

void Server::Impl::finish_if_drained() {
    if (live_sessions == 0) {
        drain_timer.cancel();
        ioc.stop();
        return;
    }
    // Connections that were mid-request at the drain may go idle later: cut them then.
    std::lock_guard lock(connections_mutex);
    for (auto& weak : connections) {
        if (auto conn = weak.lock()) {
            asio::post(conn->stream.get_executor(), [conn] {
                if (!conn->busy) conn->stream.cancel();
            });
        }
    }
}

Server::Server(ServerOptions options, const Router& router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), router, metrics)) {}

Server::~Server() = default;

unsigned short Server::listen() {
    auto& o = impl_->options;
    boost::system::error_code ec;
    auto address = asio::ip::make_address(o.address, ec);
    if (ec) throw std::system_error(ec, "listen address " + o.address);
    tcp::endpoint endpoint{address, o.port};
    auto& acceptor = impl_->acceptor;
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint, ec);
    if (ec)
        throw std::system_error(ec, "cannot listen on " + o.address + ":" + std::to_string(o.port));
    acceptor.listen(asio::socket_base::max_listen_connections);
    return acceptor.local_endpoint().port();
}

void Server::run() {
    auto& impl = *impl_;
    impl.signals.async_wait([&impl](boost::system::error_code ec, int) {
        if (!ec) impl.begin_drain();
    });
    asio::co_spawn(impl.ioc, impl.accept_loop(), asio::detached);
    int threads = impl.options.threads > 0
                      ? impl.options.threads
                      : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back([&impl] { impl.ioc.run(); });
    impl.ioc.run();
    for (auto& t : pool) t.join();
}

void Server::stop() {
    asio::post(impl_->ioc, [impl = impl_.get()] { impl->begin_drain(); });
}

}  // namespace tanggap::http

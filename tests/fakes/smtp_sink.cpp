#include "smtp_sink.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <optional>
#include <thread>

namespace tanggap::fakes {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
constexpr auto kAwait = asio::as_tuple(asio::use_awaitable);
constexpr std::size_t kMaxLine = 64 * 1024;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return s;
}

std::string decode_base64(std::string_view in) {
    std::string out;
    std::uint32_t acc = 0;
    int bits = 0;
    for (char c : in) {
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+')
            v = 62;
        else if (c == '/')
            v = 63;
        else
            continue;  // '=', CR, LF
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    return out;
}

std::string decode_q(std::string_view in) {
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '_') {
            out += ' ';
        } else if (in[i] == '=' && i + 2 < in.size()) {
            out += static_cast<char>(std::stoi(std::string(in.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += in[i];
        }
    }
    return out;
}

// The address inside <...> of "MAIL FROM:<a@b> SIZE=1" / "RCPT TO:<a@b>".
std::string angle_address(const std::string& line) {
    const auto open = line.find('<');
    const auto close = line.find('>', open);
    if (open == std::string::npos || close == std::string::npos) return {};
    return line.substr(open + 1, close - open - 1);
}

SmtpSink::Message parse_message(std::string mail_from,
                                std::vector<std::string> rcpt,
                                std::string raw) {
    SmtpSink::Message m{std::move(mail_from), std::move(rcpt), std::move(raw), {}, {}, {}};
    const auto split = m.raw.find("\r\n\r\n");
    const std::string head = m.raw.substr(0, split);
    std::string body = split == std::string::npos ? std::string() : m.raw.substr(split + 4);

    std::string last;
    std::size_t pos = 0;
    while (pos < head.size()) {
        auto end = head.find("\r\n", pos);
        if (end == std::string::npos) end = head.size();
        const std::string line = head.substr(pos, end - pos);
        pos = end + 2;
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !last.empty()) {
            m.headers[last] += line;  // unfold: CRLF goes, the whitespace stays
            continue;
        }
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        last = lower(line.substr(0, colon));
        std::size_t start = colon + 1;
        while (start < line.size() && line[start] == ' ') ++start;
        m.headers[last] = line.substr(start);
    }
    m.subject = SmtpSink::decode_rfc2047(m.headers["subject"]);
    if (lower(m.headers["content-transfer-encoding"]) == "base64") body = decode_base64(body);
    for (std::size_t i = 0; (i = body.find("\r\n", i)) != std::string::npos;) body.erase(i, 1);
    m.body = std::move(body);
    return m;
}

}  // namespace

struct SmtpSink::Impl {
    struct Failure {
        Stage stage;
        int code;
    };

    asio::io_context io{1};
    tcp::acceptor acceptor{io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)};
    unsigned short port = acceptor.local_endpoint().port();
    std::thread thread;
    std::once_flag stopped;

    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    std::vector<Message> messages;
    std::deque<Failure> failures;

    // The code to answer at `stage` instead of success, or 0.
    int take_failure(Stage stage) {
        std::lock_guard lock(mutex);
        if (failures.empty() || failures.front().stage != stage) return 0;
        const int code = failures.front().code;
        failures.pop_front();
        return code;
    }

    void record(Message m) {
        std::lock_guard lock(mutex);
        messages.push_back(std::move(m));
        changed.notify_all();
    }

    asio::awaitable<void> session(tcp::socket socket);
    asio::awaitable<void> accept_loop();
};

asio::awaitable<void> SmtpSink::Impl::session(tcp::socket socket) {
    std::string buffer;
    auto read_line = [&]() -> asio::awaitable<std::optional<std::string>> {
        auto [ec, n] = co_await asio::async_read_until(
            socket, asio::dynamic_buffer(buffer, kMaxLine), "\r\n", kAwait);
        if (ec) co_return std::nullopt;
        std::string line = buffer.substr(0, n - 2);
        buffer.erase(0, n);
        co_return line;
    };
    auto reply = [&](std::string text) -> asio::awaitable<bool> {
        auto [ec, n] = co_await asio::async_write(socket, asio::buffer(text), kAwait);
        co_return !ec;
    };
    auto failure_text = [](int code) {
        return std::to_string(code) + (code < 500 ? " 4.3.0 Try again later (fake)\r\n"
                                                  : " 5.1.1 Rejected for good (fake)\r\n");
    };

    std::optional<std::string> from;
    std::vector<std::string> rcpt;
    if (!co_await reply("220 fake-smtp.tanggap.test ESMTP ready\r\n")) co_return;
    for (;;) {
        const auto line = co_await read_line();
        if (!line) co_return;
        const std::string verb = lower(line->substr(0, line->find(' ')));
        std::string answer;
        if (verb == "ehlo") {
            answer = "250-fake-smtp.tanggap.test\r\n250-8BITMIME\r\n250 HELP\r\n";
        } else if (verb == "helo" || verb == "noop") {
            answer = "250 OK\r\n";
        } else if (verb == "rset") {
            from.reset();
            rcpt.clear();
            answer = "250 OK\r\n";
        } else if (verb == "quit") {
            co_await reply("221 Bye\r\n");
            co_return;
        } else if (verb == "mail") {
            if (const int code = take_failure(Stage::mail_from)) {
                answer = failure_text(code);
            } else {
                from = angle_address(*line);
                rcpt.clear();
                answer = "250 OK\r\n";
            }
        } else if (verb == "rcpt") {
            if (!from) {
                answer = "503 5.5.1 MAIL first\r\n";
            } else if (const int code = take_failure(Stage::rcpt)) {
                answer = failure_text(code);
            } else {
                rcpt.push_back(angle_address(*line));
                answer = "250 OK\r\n";
            }
        } else if (verb == "data") {
            if (!from || rcpt.empty()) {
                answer = "503 5.5.1 RCPT first\r\n";
            } else {
                if (!co_await reply("354 End data with <CR><LF>.<CR><LF>\r\n")) co_return;
                std::string raw;
                for (;;) {
                    auto data_line = co_await read_line();
                    if (!data_line) co_return;
                    if (*data_line == ".") break;
                    if (data_line->starts_with('.')) data_line->erase(0, 1);
                    raw += *data_line + "\r\n";
                }
                if (const int code = take_failure(Stage::data)) {
                    answer = failure_text(code);
                } else {
                    record(parse_message(*from, rcpt, std::move(raw)));
                    answer = "250 OK queued\r\n";
                }
                from.reset();
                rcpt.clear();
            }
        } else {
            answer = "502 5.5.2 Command not implemented\r\n";
        }
        if (!co_await reply(std::move(answer))) co_return;
    }
}

asio::awaitable<void> SmtpSink::Impl::accept_loop() {
    for (;;) {
        auto [ec, socket] = co_await acceptor.async_accept(kAwait);
        if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
        if (ec) continue;
        asio::co_spawn(io, session(std::move(socket)), asio::detached);
    }
}

SmtpSink::SmtpSink() : impl_(std::make_unique<Impl>()) {
    asio::co_spawn(impl_->io, impl_->accept_loop(), asio::detached);
    impl_->thread = std::thread([io = &impl_->io] { io->run(); });
}

SmtpSink::~SmtpSink() { stop(); }

unsigned short SmtpSink::port() const { return impl_->port; }

std::string SmtpSink::url() const { return "smtp://127.0.0.1:" + std::to_string(impl_->port); }

void SmtpSink::stop() {
    std::call_once(impl_->stopped, [this] {
        impl_->io.stop();
        if (impl_->thread.joinable()) impl_->thread.join();
        boost::system::error_code ignored;
        impl_->acceptor.close(ignored);
    });
}

std::vector<SmtpSink::Message> SmtpSink::messages() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->messages;
}

std::size_t SmtpSink::count() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->messages.size();
}

bool SmtpSink::wait_for(std::size_t n, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(impl_->mutex);
    return impl_->changed.wait_for(lock, timeout, [&] { return impl_->messages.size() >= n; });
}

void SmtpSink::fail_next(int n, int code, Stage stage) {
    std::lock_guard lock(impl_->mutex);
    for (int i = 0; i < n; ++i) impl_->failures.push_back({stage, code});
}

std::string SmtpSink::decode_rfc2047(const std::string& value) {
    std::string out;
    std::size_t pos = 0;
    bool previous_was_word = false;
    while (pos < value.size()) {
        const auto start = value.find("=?", pos);
        if (start == std::string::npos) {
            out += value.substr(pos);
            break;
        }
        // charset ? encoding ? text ?=
        const auto q1 = value.find('?', start + 2);
        const auto q2 = q1 == std::string::npos ? q1 : value.find('?', q1 + 1);
        const auto end = q2 == std::string::npos ? q2 : value.find("?=", q2 + 1);
        if (end == std::string::npos) {
            out += value.substr(pos);
            break;
        }
        const std::string between = value.substr(pos, start - pos);
        // Whitespace between two encoded-words is not part of the text (RFC 2047 section 6.2).
        const bool blank = std::all_of(between.begin(), between.end(), [](char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n';
        });
        if (!(previous_was_word && blank)) out += between;
        const char encoding = static_cast<char>(std::toupper(value[q1 + 1]));
        const std::string_view text = std::string_view(value).substr(q2 + 1, end - q2 - 1);
        out += encoding == 'B' ? decode_base64(text) : decode_q(text);
        previous_was_word = true;
        pos = end + 2;
    }
    return out;
}

}  // namespace tanggap::fakes

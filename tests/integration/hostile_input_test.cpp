// Hostile requests against the real server, one test per defect a flood of them found: parallel
// sign-in guesses, an attacker locking staff out, percent-encoded paths, broken HTTP framing,
// transfer codings we cannot read, bodies over the limit, too many connections from one
// address, and text a CSV body smuggles past the checks JSON gets.
//
// Framing errors cannot be sent with HttpClient (Beast writes correct HTTP), so those tests
// speak raw TCP through RawSocket.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

// One TCP connection to 127.0.0.1:port that sends bytes exactly as given.
class RawSocket {
  public:
    explicit RawSocket(std::uint16_t port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected_ =
            fd_ >= 0 &&
            ::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    }
    ~RawSocket() {
        if (fd_ >= 0) ::close(fd_);
    }
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    bool connected() const { return connected_; }

    bool send(std::string_view data) {
        while (!data.empty()) {
            const auto n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
            if (n <= 0) return false;
            data.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }

    // What the server sends until it closes the connection; `closed` says whether it did
    // within `timeout`.
    std::string read_until_closed(std::chrono::milliseconds timeout, bool* closed = nullptr) {
        std::string out;
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        bool ended = false;
        while (!ended) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left <= 0ms) break;
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
            char buffer[4096];
            const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n > 0) {
                out.append(buffer, static_cast<std::size_t>(n));
            } else {
                ended = n == 0 || errno == ECONNRESET;
                if (!ended) break;
            }
        }
        if (closed != nullptr) *closed = ended;
        return out;
    }

    // Sends GET /healthz on this connection, kept alive, and waits for its answer: proof that
    // the server accepted the connection and counts it.
    bool healthz(std::chrono::milliseconds timeout) {
        if (!send("GET /healthz HTTP/1.1\r\nHost: tanggap\r\n\r\n")) return false;
        std::string out;
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (out.find("\r\n\r\nok\n") == std::string::npos) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            pollfd p{fd_, POLLIN, 0};
            if (left <= 0ms || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) return false;
            char buffer[1024];
            const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n <= 0) return false;
            out.append(buffer, static_cast<std::size_t>(n));
        }
        return true;
    }

  private:
    int fd_;
    bool connected_ = false;
};

// The status and body of a raw HTTP/1.1 answer.
Response parse_raw(const std::string& raw) {
    Response response;
    if (raw.rfind("HTTP/1.1 ", 0) != 0 || raw.size() < 12) {
        response.transport_error = "no HTTP answer: '" + raw.substr(0, 80) + "'";
        return response;
    }
    response.status = std::stoi(raw.substr(9, 3));
    const auto end = raw.find("\r\n\r\n");
    if (end != std::string::npos) {
        std::size_t line = raw.find("\r\n") + 2;
        while (line < end) {
            const auto next = raw.find("\r\n", line);
            const auto colon = raw.find(':', line);
            if (colon != std::string::npos && colon < next) {
                auto value = raw.substr(colon + 1, next - colon - 1);
                while (!value.empty() && value.front() == ' ') value.erase(0, 1);
                response.headers.push_back({raw.substr(line, colon - line), value});
            }
            line = next + 2;
        }
        response.body = raw.substr(end + 4);
    }
    return response;
}

// Sends `request` on a new connection; the answer, and whether the server then closed.
Response exchange(std::uint16_t port, std::string_view request, bool* closed) {
    RawSocket socket(port);
    if (!socket.connected() || !socket.send(request)) {
        Response failed;
        failed.transport_error = "cannot send";
        return failed;
    }
    return parse_raw(socket.read_until_closed(10s, closed));
}

// `extra_headers`: whole lines, each ending in CRLF.
std::string chunked_post(std::string_view body, std::string_view extra_headers = {}) {
    return "POST /api/v1/complaints HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n" +
           std::string(extra_headers) + "\r\n" + std::string(body);
}

using HostileInput = DemoServerTest;

TEST_F(HostileInput, EncodedSlashesNeverJoinPathSegments) {
    auto client = make_client();
    ASSERT_EQ(client->get("/api/v1/units").status, 200);
    EXPECT_TRUE(is_error(client->get("/api%2fv1%2funits"), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get("/api%2Fv1%2Funits"), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get("/api/v1/%75nits"), 404, "not_found"));
    // Inside a parameter, %2F stays part of that one value.
    auto inside = client->get("/api/v1/complaints/IDM%2F..%2Funits");
    EXPECT_TRUE(inside.status == 404 || inside.status == 422) << inside.describe();
    EXPECT_TRUE(is_error(inside, inside.status));
}

TEST_F(HostileInput, MalformedChunkedFramingIs400ThenClose) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"not hex", "zz\r\n{}\r\n0\r\n\r\n"},
        {"negative", "-5\r\n{\"a\":1}\r\n0\r\n\r\n"},
        {"overflowing", "fffffffffffffffffffffff\r\n{}\r\n0\r\n\r\n"},
        {"longer than its size", "2\r\n{\"a\":1}\r\n0\r\n\r\n"},
        {"shorter than its size", "4\r\n{}\r\n0\r\n\r\n"},
    };
    for (const auto& [name, body] : cases) {
        bool closed = false;
        auto response = exchange(port(), chunked_post(body), &closed);
        EXPECT_TRUE(is_error(response, 400, "malformed")) << name << ": " << response.describe();
        EXPECT_TRUE(closed) << name;
    }
    // A well-formed chunked body still reaches the handler.
    bool closed = false;
    auto fine =
        exchange(port(), chunked_post("2\r\n{}\r\n0\r\n\r\n", "Connection: close\r\n"), &closed);
    EXPECT_TRUE(is_error(fine, 422, "invalid_field")) << fine.describe();
}

TEST_F(HostileInput, TransferCodingsOtherThanChunkedAre501) {
    for (const std::string_view coding : {"gzip", "gzip, chunked", "chunked, gzip"}) {
        bool closed = false;
        auto response = exchange(port(),
                                 "POST /api/v1/complaints HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Content-Type: application/json\r\nTransfer-Encoding: " +
                                     std::string(coding) + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
                                 &closed);
        EXPECT_TRUE(is_error(response, 501, "not_implemented"))
            << coding << ": " << response.describe();
        EXPECT_TRUE(closed) << coding;
    }
}

TEST_F(HostileInput, MultipartBodyOverTheLimitIs413) {
    bool closed = false;
    auto response = exchange(port(),
                             "POST /api/v1/complaints HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: multipart/form-data; boundary=batas\r\n"
                             "Content-Length: 60000000\r\n\r\n--batas\r\n",
                             &closed);
    EXPECT_TRUE(is_error(response, 413, "too_large")) << response.describe();
    EXPECT_TRUE(closed);
    // Chunked, where the size shows only while reading.
    RawSocket socket(port());
    ASSERT_TRUE(
        socket.send("POST /api/v1/complaints HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: multipart/form-data; boundary=batas\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n"));
    const std::string piece(1024 * 1024, 'x');
    char size_line[32];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", piece.size());
    for (int i = 0; i < 52; ++i) {
        if (!socket.send(size_line + piece + "\r\n")) break;
    }
    auto chunked = parse_raw(socket.read_until_closed(10s));
    EXPECT_TRUE(is_error(chunked, 413, "too_large")) << chunked.describe();
}

TEST_F(HostileInput, HolidayCsvWithInvalidUtf8IsRefusedLikeJson) {
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const std::string target = "/api/v1/admin/holidays/2027";
    auto csv = admin->send("PUT",
                           target,
                           "date,kind,name\n2027-01-01,libur_nasional,Tahun \xff\xfe Baru\n",
                           "text/csv");
    EXPECT_TRUE(is_error(csv, 422, "invalid_field", "name")) << csv.describe();
    auto control = admin->send(
        "PUT", target, "date,kind,name\n2027-01-01,libur_nasional,Tahun\x01 Baru\n", "text/csv");
    EXPECT_TRUE(is_error(control, 422, "invalid_field", "name")) << control.describe();
    // The public list is still JSON.
    auto listed = make_client()->get("/api/v1/holidays?year=2027");
    ASSERT_EQ(listed.status, 200);
    EXPECT_NO_THROW(listed.json()) << listed.describe();
}

json::object guess(std::string_view username, std::string password) {
    return json::object{{"username", username}, {"password", std::move(password)}};
}

TEST(HostileLogin, ParallelGuessesFromOneAddressAreCountedBeforeHashing) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    constexpr int kGuesses = 40;
    std::vector<Response> answers(kGuesses);
    std::vector<std::thread> threads;
    for (int i = 0; i < kGuesses; ++i) {
        threads.emplace_back([&, i] {
            HttpClient client(server.port());
            answers[static_cast<std::size_t>(i)] = client.post_json(
                "/api/v1/auth/login", guess("dinsos.petugas", "salah-" + std::to_string(i)));
        });
    }
    for (auto& t : threads) t.join();
    int checked = 0;
    int limited = 0;
    for (const auto& answer : answers) {
        if (answer.status == 401) {
            ++checked;
        } else {
            EXPECT_TRUE(is_error(answer, 429, "rate_limited")) << answer.describe();
            EXPECT_GT(std::atoi(answer.header("Retry-After").c_str()), 0) << answer.describe();
            ++limited;
        }
    }
    EXPECT_LE(checked, 10) << "every guess past the limit was still checked";
    EXPECT_EQ(checked + limited, kGuesses);
}

TEST(HostileLogin, AnAttackerCannotLockTheAccountOwnerOut) {
    DemoServer server({"--trusted-proxy", "127.0.0.1"});
    ASSERT_EQ(server.start(), "");
    HttpClient attacker(server.port());
    const Headers from_attacker{{"X-Forwarded-For", "203.0.113.66"}};
    for (int i = 0; i < 15; ++i) {
        auto answer = attacker.post_json("/api/v1/auth/login",
                                         guess("dinsos.petugas", "salah-" + std::to_string(i)),
                                         from_attacker);
        EXPECT_EQ(answer.status, i < 10 ? 401 : 429) << i << ": " << answer.describe();
    }
    // The account's owner, elsewhere, still signs in.
    HttpClient owner(server.port());
    auto signed_in = owner.post_json("/api/v1/auth/login",
                                     guess("dinsos.petugas", std::string(kDemoPassword)),
                                     {{"X-Forwarded-For", "198.51.100.7"}});
    EXPECT_EQ(signed_in.status, 200) << signed_in.describe();
    // The attacker's address cannot move on to many other accounts either (50 guesses).
    int limited = 0;
    for (int i = 0; i < 45; ++i) {
        auto answer = attacker.post_json(
            "/api/v1/auth/login", guess("akun" + std::to_string(i), "salah"), from_attacker);
        if (answer.status == 429) ++limited;
    }
    EXPECT_GT(limited, 0);
}

TEST(HostileConnections, ConnectionsOverThePerAddressCapAreClosedAtOnce) {
    DemoServer server({"--max-connections-per-address", "4"});
    ASSERT_EQ(server.start(), "");
    std::vector<std::unique_ptr<RawSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<RawSocket>(server.port()));
        ASSERT_TRUE(held.back()->connected());
        ASSERT_TRUE(held.back()->healthz(10s)) << "connection " << i << " was not served";
    }
    RawSocket over(server.port());
    bool closed = false;
    const auto answer = over.read_until_closed(5s, &closed);
    EXPECT_TRUE(closed) << "a fifth connection from one address was kept open";
    EXPECT_TRUE(answer.empty()) << answer;
    // One of the four leaves: a new connection is served again.
    held.pop_back();
    bool served = false;
    for (int attempt = 0; attempt < 50 && !served; ++attempt) {
        std::this_thread::sleep_for(100ms);
        HttpClient client(server.port());
        served = client.get("/healthz").status == 200;
    }
    EXPECT_TRUE(served) << server.process().log_tail();
}

TEST(HostileConnections, TheDefaultCapLeavesRoomForManyClients) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int i = 0; i < 40; ++i) {
        clients.push_back(std::make_unique<HttpClient>(server.port()));
        ASSERT_EQ(clients.back()->get("/healthz").status, 200) << i;
    }
}

}  // namespace
}  // namespace tanggap::integration

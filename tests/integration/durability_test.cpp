// Acknowledged means durable: clients submit concurrently while the server is killed (SIGKILL)
// or stopped (SIGTERM) mid-stream; after a restart on the same data directory every complaint
// that got its 201 is there, intact, with its tracking token. Requests that failed or got no
// answer may or may not exist.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr int kClients = 8;
constexpr std::size_t kAckedBeforeStop = 300;

struct Acked {
    std::string ticket;
    std::string token;
    std::string title;
    std::string description;
    bool confidential = false;
};

// Clients that submit as fast as the server answers until told to stop.
class SubmitterPool {
  public:
    explicit SubmitterPool(std::uint16_t port) {
        for (int id = 0; id < kClients; ++id) {
            threads_.emplace_back([this, port, id] { run(port, id); });
        }
    }
    ~SubmitterPool() { stop(); }

    void stop() {
        stop_ = true;
        for (auto& t : threads_) {
            if (t.joinable()) t.join();
        }
    }

    // Waits until `count` submissions were acknowledged, or `timeout`.
    bool wait_for_acks(std::size_t count, Clock::duration timeout) {
        auto deadline = Clock::now() + timeout;
        while (Clock::now() < deadline) {
            if (acked_count() >= count) return true;
            std::this_thread::sleep_for(5ms);
        }
        return false;
    }

    std::size_t acked_count() const {
        std::lock_guard lock(mutex_);
        return acked_.size();
    }
    std::vector<Acked> acked() const {
        std::lock_guard lock(mutex_);
        return acked_;
    }
    // Answers other than 201, by status ("503 x2 ..."), leaving out `allowed`.
    std::string refusals(int allowed = 0) const {
        std::lock_guard lock(mutex_);
        std::string out;
        for (const auto& [status, count] : refused_) {
            if (status != allowed)
                out += std::to_string(status) + " x" + std::to_string(count) + " ";
        }
        if (!out.empty()) out += "(e.g. " + first_refusal_ + ")";
        return out;
    }
    int unanswered() const { return unanswered_; }

  private:
    void run(std::uint16_t port, int id) {
        ClientOptions options;
        options.retry_stale_connection = false;  // never send a submission twice
        options.timeout = 20s;
        HttpClient client(port, options);
        for (int seq = 0; !stop_; ++seq) {
            Acked entry;
            entry.title = "Tahan banting " + std::to_string(id) + "-" + std::to_string(seq);
            entry.description = "Laporan ke-" + std::to_string(seq) + " dari klien " +
                                std::to_string(id) +
                                ": saluran air di Desa Sukra tersumbat \xE2\x80\x94 mohon segera.";
            entry.confidential = seq % 2 == 1;
            auto body = submission("infrastruktur.drainase", entry.title, entry.description);
            body["confidential"] = entry.confidential;
            auto response = client.post_json(kComplaints, body);
            if (response.status == 201) {
                auto answer = response.json();
                entry.ticket = string_at(answer, "ticket");
                entry.token = string_at(answer, "tracking_token");
                std::lock_guard lock(mutex_);
                acked_.push_back(std::move(entry));
            } else if (response.status == 0) {
                ++unanswered_;
                std::this_thread::sleep_for(2ms);  // the server is gone; do not spin
            } else {
                std::lock_guard lock(mutex_);
                ++refused_[response.status];
                if (refused_[response.status] == 1) first_refusal_ = response.describe();
            }
        }
    }

    std::atomic<bool> stop_{false};
    std::vector<std::thread> threads_;
    mutable std::mutex mutex_;
    std::vector<Acked> acked_;
    std::map<int, int> refused_;
    std::string first_refusal_;
    std::atomic<int> unanswered_{0};
};

// Reads every acknowledged complaint back and checks it is the one that was sent.
void expect_all_intact(std::uint16_t port, const std::vector<Acked>& acked) {
    HttpClient client(port);
    int missing = 0;
    for (const auto& entry : acked) {
        auto response = public_view(client, entry.ticket, entry.token);
        if (response.status != 200) {
            if (++missing <= 5) {
                ADD_FAILURE() << "acknowledged " << entry.ticket
                              << " lost: " << response.describe();
            }
            continue;
        }
        auto view = response.json();
        EXPECT_EQ(string_at(view, "title"), entry.title) << entry.ticket;
        EXPECT_EQ(string_at(view, "description"), entry.description) << entry.ticket;
        EXPECT_EQ(string_at(view, "status"), "diterima") << entry.ticket;
        if (entry.confidential) {
            // Only the stored token hash can let this read through.
            EXPECT_EQ(public_view(client, entry.ticket).status, 404) << entry.ticket;
        }
    }
    EXPECT_EQ(missing, 0) << "of " << acked.size() << " acknowledged complaints";
}

void expect_unique_tickets(const std::vector<Acked>& acked) {
    std::set<std::string> tickets;
    for (const auto& entry : acked) {
        EXPECT_TRUE(tickets.insert(entry.ticket).second) << "ticket issued twice: " << entry.ticket;
    }
}

// New tickets after the restart must not reuse the numbers of acknowledged ones.
void expect_fresh_tickets_after_restart(std::uint16_t port, const std::vector<Acked>& acked) {
    std::set<std::string> tickets;
    for (const auto& entry : acked) tickets.insert(entry.ticket);
    HttpClient client(port);
    for (int i = 0; i < 10; ++i) {
        auto created = submit_ok(client,
                                 submission("infrastruktur.drainase",
                                            "Setelah restart",
                                            "Laporan baru setelah server hidup lagi."));
        EXPECT_EQ(tickets.count(created.ticket), 0u) << "ticket reused: " << created.ticket;
    }
}

TEST(Durability, AcknowledgedSubmissionsSurviveSigkill) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    SubmitterPool pool(server.port());
    bool enough = pool.wait_for_acks(kAckedBeforeStop, 120s);
    auto killed = server.process().kill();  // mid-stream: the clients are still sending
    std::this_thread::sleep_for(200ms);     // let every client see the dead server
    pool.stop();
    ASSERT_TRUE(enough) << "only " << pool.acked_count() << " acknowledged before the timeout\n"
                        << server.process().log_tail();
    EXPECT_EQ(killed.signal.value_or(0), SIGKILL) << killed.describe();
    EXPECT_EQ(pool.refusals(), "") << "valid submissions were refused";

    auto acked = pool.acked();
    std::cout << acked.size() << " acknowledged; " << pool.unanswered()
              << " requests got no answer (in flight at the kill, or refused after it)"
              << std::endl;
    expect_unique_tickets(acked);

    ASSERT_EQ(server.process().start(), "") << "restart after SIGKILL";
    expect_all_intact(server.port(), acked);
    expect_fresh_tickets_after_restart(server.port(), acked);
    EXPECT_TRUE(server.process().stop().clean()) << server.process().log_tail();
}

TEST(Durability, GracefulStopUnderLoadExitsCleanlyAndKeepsEverything) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    SubmitterPool pool(server.port());
    bool enough = pool.wait_for_acks(kAckedBeforeStop / 2, 120s);
    auto stopped = server.process().stop();  // SIGTERM while requests are in flight
    std::this_thread::sleep_for(200ms);
    pool.stop();
    ASSERT_TRUE(enough) << server.process().log_tail();
    EXPECT_TRUE(stopped.clean()) << "SIGTERM must end the server with exit code 0, got "
                                 << stopped.describe() << "\n"
                                 << server.process().log_tail();
    // While draining the server may turn new requests away with 503, nothing else.
    EXPECT_EQ(pool.refusals(503), "");

    auto acked = pool.acked();
    expect_unique_tickets(acked);
    ASSERT_EQ(server.process().start(), "");
    expect_all_intact(server.port(), acked);
}

}  // namespace
}  // namespace tanggap::integration

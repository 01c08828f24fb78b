#pragma once
// Citizens submitting as fast as a server answers, and the checks that every acknowledged
// complaint is there afterwards: shared by the durability tests (a killed server) and the
// several-servers tests (a killed server beside a live one, a PostgreSQL restart).

#include "api_calls.hpp"
#include "http_client.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace tanggap::integration {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr int kClients = 8;

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
inline void expect_all_intact(std::uint16_t port, const std::vector<Acked>& acked) {
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

inline void expect_unique_tickets(const std::vector<Acked>& acked) {
    std::set<std::string> tickets;
    for (const auto& entry : acked) {
        EXPECT_TRUE(tickets.insert(entry.ticket).second) << "ticket issued twice: " << entry.ticket;
    }
}

}  // namespace tanggap::integration

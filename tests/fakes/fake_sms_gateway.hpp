#pragma once
// A fake HTTP SMS gateway on 127.0.0.1: every POST (any path; use base_url() + "/send") with a
// JSON body {"to", "message", "reference"} is recorded and answered
// 200 {"id": "sms-<n>", "status": "queued"}. When constructed with a token, requests must carry
// "Authorization: Bearer <token>" (401 otherwise). Errors answer {"message": "..."}.
//
// Idempotency: a POST whose Idempotency-Key was already accepted answers the original response
// and is not recorded twice. Thread-safety: every public member may be called from any thread.

#include "loopback_http_server.hpp"

#include <boost/json/value.hpp>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace tanggap::fakes {

class FakeSmsGateway {
  public:
    struct Sms {
        std::string path;
        std::string authorization;
        std::string idempotency_key;
        boost::json::value json;
        std::string id;  // the id answered
    };

    explicit FakeSmsGateway(std::string bearer_token = "");
    ~FakeSmsGateway();

    unsigned short port() const { return server_.port(); }
    std::string base_url() const { return server_.base_url(); }
    void stop() { server_.stop(); }

    std::vector<Sms> messages() const;
    std::size_t accepted() const;
    std::size_t requests_seen() const;
    bool wait_for_accepted(std::size_t n, std::chrono::milliseconds timeout) const;

    void fail_next(int n, int status);                        // unprocessed, {"message": ...}
    void delay_next(int n, std::chrono::milliseconds delay);  // processed, answered late
    void reject_recipient(std::string to);                    // "+62..." -> 422

  private:
    HttpReply handle(const HttpExchange& request);

    std::string token_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::vector<Sms> messages_;
    std::map<std::string, HttpReply> answered_;
    std::set<std::string> rejected_;
    std::size_t seen_ = 0;
    int fail_count_ = 0;
    int fail_status_ = 500;
    int delay_count_ = 0;
    std::chrono::milliseconds delay_{0};
    LoopbackHttpServer server_;  // last: stopped before the state above goes
};

}  // namespace tanggap::fakes

#pragma once
// A fake of Meta's WhatsApp Cloud API (Graph API) on 127.0.0.1: POST /{phone_number_id}/messages
// and the two-step media download (GET /{media_id} -> JSON with a url back at this server, GET
// /media-download/{media_id} -> the bytes). Every request must carry "Authorization: Bearer
// <access_token>" (401 otherwise, Meta-shaped). Use base_url() as WhatsAppCloudConfig::api_base.
//
// Idempotency: a POST whose Idempotency-Key was already accepted answers the original response
// again and is not recorded twice (requests_seen() counts it, accepted() does not).
// A delayed request (delay_next) is processed and recorded at once; only its answer is late,
// as when Meta took a message but the client timed out.
//
// Thread-safety: every public member may be called from any thread while the server runs.

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

class FakeGraphApi {
  public:
    struct Message {
        std::string path;             // "/<phone_number_id>/messages"
        std::string authorization;    // the header as sent
        std::string idempotency_key;  // "" when the header was absent
        boost::json::value json;      // the parsed body
        std::string wamid;            // the id answered
    };

    explicit FakeGraphApi(std::string phone_number_id = "109876543210",
                          std::string access_token = "test-access-token");
    ~FakeGraphApi();

    unsigned short port() const { return server_.port(); }
    std::string base_url() const { return server_.base_url(); }
    const std::string& phone_number_id() const { return phone_number_id_; }
    const std::string& access_token() const { return access_token_; }
    void stop() { server_.stop(); }

    std::vector<Message> messages() const;  // accepted messages, in order
    std::size_t accepted() const;
    std::size_t requests_seen() const;    // every POST .../messages, duplicates and failures too
    std::size_t media_downloads() const;  // successful GET /media-download/...
    bool wait_for_accepted(std::size_t n, std::chrono::milliseconds timeout) const;

    // The next n requests (any path) answer `status` with a Meta-shaped error, unprocessed.
    void fail_next(int n, int status);
    // The next n requests are answered `delay` late.
    void delay_next(int n, std::chrono::milliseconds delay);
    // Messages to this recipient (digits as in "to") get 400, error code 131030.
    void reject_recipient(std::string phone);

    void add_media(std::string media_id, std::string bytes, std::string mime_type);
    void expire_media(const std::string& media_id);  // its download url answers 404
    void corrupt_sha(const std::string& media_id);   // its metadata announces a wrong sha256

  private:
    struct Media {
        std::string bytes;
        std::string mime_type;
        bool expired = false;
        bool corrupt_sha = false;
    };

    HttpReply handle(const HttpExchange& request);
    HttpReply post_message(const HttpExchange& request);
    HttpReply media_metadata(const std::string& media_id);
    HttpReply media_download(const std::string& media_id);

    std::string phone_number_id_;
    std::string access_token_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::vector<Message> messages_;
    std::map<std::string, HttpReply> answered_;  // by Idempotency-Key
    std::set<std::string> rejected_;
    std::map<std::string, Media> media_;
    std::size_t seen_ = 0;
    std::size_t downloads_ = 0;
    int fail_count_ = 0;
    int fail_status_ = 500;
    int delay_count_ = 0;
    std::chrono::milliseconds delay_{0};
    LoopbackHttpServer server_;  // last: stopped before the state above goes
};

}  // namespace tanggap::fakes

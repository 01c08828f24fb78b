#pragma once
// Processes the webhook queue: every body Meta posted (signature already checked, stored before
// the 200) is parsed and each of its messages and statuses handled (service/chat_intake.hpp),
// one transaction per message. Images are fetched from the Graph API and stored like web
// uploads first. A body whose media or store fails for a passing reason is processed again
// later (messages already handled are recognised by their id and skipped); one that is not
// Meta's JSON is marked failed.
//
// The fetching and storing of media are passed in, so this layer knows neither libcurl nor
// libvips.

#include "channels/meta/webhook_payload.hpp"
#include "jobs/periodic.hpp"
#include "service/chat_intake.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>
#include <string>

namespace tanggap::jobs {

struct FetchedMedia {
    enum class Kind { ok, retry, permanent };
    Kind kind = Kind::permanent;
    std::string bytes;
    std::string error;
};

struct WebhookHandling {
    const service::ChatContext& chat;
    std::function<FetchedMedia(const std::string& media_id)> fetch_media;
    // Stores fetched bytes as a report photo; its id, or the reason it was refused.
    std::function<core::Result<domain::Photo>(const std::string& bytes)> save_photo;
    std::function<void(const std::string& photo_id)> remove_photo;
    std::function<domain::Timestamp()> now;
    int batch = 8;
    int max_attempts = 6;
    std::chrono::milliseconds lease{std::chrono::minutes(2)};
    std::chrono::milliseconds retry_base{std::chrono::seconds(10)};
};

struct WebhookRound {
    int bodies = 0;
    int messages = 0;
    int duplicates = 0;
    int statuses = 0;
    int retried = 0;
    int failed = 0;
};

core::Result<WebhookRound> process_webhooks(store::Store& store, const WebhookHandling& handling);

class WebhookWorker {
  public:
    WebhookWorker(store::Store& store, WebhookHandling handling, std::chrono::milliseconds poll);
    void wake() { periodic_.wake(); }

  private:
    store::Store& store_;
    const WebhookHandling handling_;
    Periodic periodic_;  // last
};

}  // namespace tanggap::jobs

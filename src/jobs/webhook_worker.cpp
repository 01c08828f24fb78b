#include "jobs/webhook_worker.hpp"

#include <spdlog/spdlog.h>

namespace tanggap::jobs {
namespace {

using channels::meta::InboundMessage;

enum class BodyOutcome { done, retry, failed };

// Fetches and stores an image; the message then carries the photo id, or none when the media
// is gone or not an image (the chat says so). nullopt: try the whole body again later.
std::optional<std::string> store_image(const InboundMessage& m, const WebhookHandling& h) {
    // Never into the Graph API's URL, and never retried: the id cannot get better later.
    if (!channels::meta::is_media_id(m.media_id)) {
        spdlog::warn("webhook: message from {} has an invalid media id ({} bytes); photo dropped",
                     m.source,
                     m.media_id.size());
        return std::string{};
    }
    auto media = h.fetch_media(m.media_id);
    if (media.kind == FetchedMedia::Kind::retry) {
        spdlog::warn("webhook: media {} not fetched yet: {}", m.media_id, media.error);
        return std::nullopt;
    }
    if (media.kind == FetchedMedia::Kind::permanent) {
        spdlog::warn("webhook: media {} refused: {}", m.media_id, media.error);
        return std::string{};
    }
    auto photo = h.save_photo(media.bytes);
    if (!photo) {
        spdlog::warn(
            "webhook: media {} is not a usable photo: {}", m.media_id, photo.error().message);
        return std::string{};
    }
    return photo->id;
}

BodyOutcome process_body(store::Store& store,
                         const store::QueuedWebhook& queued,
                         const WebhookHandling& h,
                         WebhookRound& round) {
    auto batch = channels::meta::parse_webhook(queued.body);
    if (!batch) return BodyOutcome::failed;
    for (const auto& status : batch->statuses) {
        auto r = store::write_sync(
            store, [&](store::WriteTx& tx) { return service::record_delivery_status(tx, status); });
        if (!r) return BodyOutcome::retry;
        ++round.statuses;
    }
    for (auto message : batch->messages) {
        if (message.type == InboundMessage::Type::image && message.source == "whatsapp") {
            auto photo_id = store_image(message, h);
            if (!photo_id) return BodyOutcome::retry;
            message.stored_photo_id = *photo_id;
        }
        auto outcome =
            store::write_sync_value<service::ChatOutcome>(store, [&](store::WriteTx& tx) {
                return service::handle_chat_message(tx, message, h.chat, h.now());
            });
        if (!outcome || outcome->duplicate) {
            // Not kept: the stored message (a repeat) has its own photo already.
            if (!message.stored_photo_id.empty()) h.remove_photo(message.stored_photo_id);
        }
        if (!outcome) {
            spdlog::warn(
                "webhook: message {} not handled: {}", message.id, outcome.error().message);
            return BodyOutcome::retry;
        }
        ++(outcome->duplicate ? round.duplicates : round.messages);
    }
    return BodyOutcome::done;
}

}  // namespace

core::Result<WebhookRound> process_webhooks(store::Store& store, const WebhookHandling& h) {
    const auto now = h.now();
    auto claimed = store::write_sync_value<std::vector<store::QueuedWebhook>>(
        store, [&](store::WriteTx& tx) { return tx.claim_webhooks(now, now + h.lease, h.batch); });
    if (!claimed) return claimed.error();
    WebhookRound round;
    for (const auto& queued : *claimed) {
        ++round.bodies;
        auto outcome = process_body(store, queued, h, round);
        std::optional<domain::Timestamp> retry_at;
        std::string error;
        if (outcome == BodyOutcome::retry && queued.attempts >= h.max_attempts) {
            outcome = BodyOutcome::failed;
            error = "gave up after " + std::to_string(queued.attempts) + " attempts";
        } else if (outcome == BodyOutcome::retry) {
            retry_at = h.now() + h.retry_base * (1 << std::min(queued.attempts - 1, 10));
            error = "retrying";
            ++round.retried;
        } else if (outcome == BodyOutcome::failed) {
            error = "not a Meta webhook body";
        }
        if (outcome == BodyOutcome::failed) ++round.failed;
        auto finished = store::write_sync(store, [&](store::WriteTx& tx) {
            return tx.finish_webhook(queued.id, outcome == BodyOutcome::done, retry_at, error);
        });
        if (!finished) return finished.error();  // its lease runs out: processed again, once
    }
    return round;
}

WebhookWorker::WebhookWorker(store::Store& store,
                             WebhookHandling handling,
                             std::chrono::milliseconds poll)
    : store_(store), handling_(std::move(handling)), periodic_(poll, [this] {
          auto round = process_webhooks(store_, handling_);
          if (!round) {
              spdlog::warn("webhook queue: {}", round.error().message);
              return false;
          }
          return round->bodies == handling_.batch;
      }) {}

}  // namespace tanggap::jobs

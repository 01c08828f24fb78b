#pragma once
// The background side of the channels in a running server: the outbox worker (every
// configured sender) and, when WhatsApp is on, the webhook worker that turns received bodies
// into conversations. Wires the API's wake-ups to them.
//
// Destroy before the store closes: destruction waits for the send or message in progress.

#include "api/api.hpp"
#include "app/channel_config.hpp"
#include "jobs/outbox_worker.hpp"
#include "jobs/webhook_worker.hpp"
#include "media/photo_store.hpp"
#include "service/chat_intake.hpp"

#include <optional>

namespace tanggap::app {

class ChannelWorkers {
  public:
    ChannelWorkers(store::Store& store,
                   const ChannelConfig& config,
                   api::Api& api,
                   const media::PhotoStore& photos);
    ~ChannelWorkers();
    ChannelWorkers(const ChannelWorkers&) = delete;
    ChannelWorkers& operator=(const ChannelWorkers&) = delete;

  private:
    api::Api& api_;
    ChannelSenders senders_;
    service::ChatContext chat_;
    std::optional<jobs::OutboxWorker> outbox_;
    std::optional<jobs::WebhookWorker> webhooks_;
};

}  // namespace tanggap::app

#include "app/channel_workers.hpp"

#include "channels/outbound/whatsapp_media.hpp"
#include "util/time_format.hpp"

namespace tanggap::app {
namespace {

// Meta allows 5 MB images; the photo pipeline refuses larger uploads anyway.
constexpr std::size_t kMaxMediaBytes = 16 * 1024 * 1024;

jobs::FetchedMedia fetch(const channels::outbound::WhatsAppCloudConfig& config,
                         const std::string& media_id) {
    using Kind = channels::outbound::MediaFetch::Kind;
    auto got = channels::outbound::fetch_media(config, media_id, kMaxMediaBytes);
    jobs::FetchedMedia out;
    out.kind = got.kind == Kind::ok      ? jobs::FetchedMedia::Kind::ok
               : got.kind == Kind::retry ? jobs::FetchedMedia::Kind::retry
                                         : jobs::FetchedMedia::Kind::permanent;
    out.bytes = std::move(got.bytes);
    out.error = std::move(got.error);
    return out;
}

}  // namespace

ChannelWorkers::ChannelWorkers(store::Store& store,
                               const ChannelConfig& config,
                               api::Api& api,
                               const media::PhotoStore& photos)
    : api_(api),
      senders_(config),
      chat_{api.directory, api.deadlines, api.outreach, config.public_url, nullptr} {
    chat_.describe_photo = [&photos](const std::string& id) { return photos.describe(id); };
    outbox_.emplace(store, senders_.senders(), outbox_options(config), util::now);
    api.outbox_queued = [this] { outbox_->wake(); };
    if (!config.whatsapp_enabled()) return;
    jobs::WebhookHandling handling{chat_, nullptr, nullptr, nullptr, util::now};
    handling.fetch_media = [cloud = whatsapp_cloud(config)](const std::string& id) {
        return fetch(cloud, id);
    };
    handling.save_photo = [&photos](const std::string& bytes) {
        return photos.save(bytes, domain::PhotoStage::report);
    };
    handling.remove_photo = [&photos](const std::string& id) { photos.remove(id); };
    webhooks_.emplace(store, std::move(handling), std::chrono::seconds(1));
    api.webhook_queued = [this] { webhooks_->wake(); };
}

ChannelWorkers::~ChannelWorkers() {
    api_.webhook_queued = [] {};
    api_.outbox_queued = [] {};
}

}  // namespace tanggap::app

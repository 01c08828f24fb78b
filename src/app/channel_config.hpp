#pragma once
// The outbound and chat channels' settings (flags, then TANGGAP_* variables): which providers
// are configured decides what is sent through them (domain::Outreach) and whether the Meta
// webhook answers at all.

#include "api/api.hpp"
#include "channels/outbound/sms_gateway_sender.hpp"
#include "channels/outbound/smtp_sender.hpp"
#include "channels/outbound/whatsapp_cloud_sender.hpp"
#include "domain/outbound.hpp"
#include "jobs/outbox_worker.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace tanggap::app {

struct ChannelConfig {
    std::string public_url;  // where citizens open tracking links; default http://LISTEN

    std::string whatsapp_verify_token;
    std::string whatsapp_app_secret;
    std::string whatsapp_access_token;
    std::string whatsapp_phone_number_id;
    std::string whatsapp_api_base = "https://graph.facebook.com/v21.0";
    std::string whatsapp_status_template = "status_pengaduan";
    std::string whatsapp_template_language = "id";
    std::string whatsapp_number;  // as citizens dial it, for the 112 operators' advice

    std::string smtp_url;  // smtp://host:587 or smtps://host:465; empty: no e-mail
    std::string smtp_username;
    std::string smtp_password;
    std::string smtp_from = "noreply@tanggap.local";
    std::string smtp_from_name = "Tanggap";

    std::string sms_url;  // the gateway's POST endpoint; empty: no SMS
    std::string sms_token;

    int outbox_retry_base_ms = 30000;
    int outbox_lease_seconds = 120;
    int provider_timeout_ms = 15000;

    bool whatsapp_enabled() const {
        return !whatsapp_verify_token.empty() && !whatsapp_app_secret.empty() &&
               !whatsapp_access_token.empty() && !whatsapp_phone_number_id.empty();
    }
};

void add_channel_options(CLI::App& command, ChannelConfig& config);

domain::Outreach outreach(const ChannelConfig& config);
api::MetaWebhookSettings meta_webhook(const ChannelConfig& config);
channels::outbound::WhatsAppCloudConfig whatsapp_cloud(const ChannelConfig& config);
jobs::OutboxOptions outbox_options(const ChannelConfig& config);

// The configured senders, owned here; senders() points into them.
class ChannelSenders {
  public:
    explicit ChannelSenders(const ChannelConfig& config);
    jobs::Senders senders() const;

  private:
    std::unique_ptr<channels::outbound::WhatsAppCloudSender> whatsapp_;
    std::unique_ptr<channels::outbound::SmtpSender> email_;
    std::unique_ptr<channels::outbound::SmsGatewaySender> sms_;
};

}  // namespace tanggap::app

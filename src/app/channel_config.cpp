#include "app/channel_config.hpp"

namespace tanggap::app {
namespace {

namespace outbound = channels::outbound;

outbound::Timeouts timeouts(const ChannelConfig& c) {
    outbound::Timeouts t;
    t.total = std::chrono::milliseconds(c.provider_timeout_ms);
    t.connect = std::min(t.connect, t.total);
    return t;
}

void add_text(CLI::App& command,
              const std::string& flag,
              std::string& value,
              const std::string& env,
              const std::string& help) {
    command.add_option(flag, value, help)->envname(env);
}

}  // namespace

void add_channel_options(CLI::App& command, ChannelConfig& c) {
    add_text(command,
             "--public-url",
             c.public_url,
             "TANGGAP_PUBLIC_URL",
             "Base URL citizens open tracking links on (default http://LISTEN)");
    add_text(command,
             "--whatsapp-verify-token",
             c.whatsapp_verify_token,
             "TANGGAP_WHATSAPP_VERIFY_TOKEN",
             "WhatsApp webhook verify token");
    add_text(command,
             "--whatsapp-app-secret",
             c.whatsapp_app_secret,
             "TANGGAP_WHATSAPP_APP_SECRET",
             "Meta app secret (webhook signatures)");
    add_text(command,
             "--whatsapp-access-token",
             c.whatsapp_access_token,
             "TANGGAP_WHATSAPP_ACCESS_TOKEN",
             "WhatsApp Cloud API access token");
    add_text(command,
             "--whatsapp-phone-number-id",
             c.whatsapp_phone_number_id,
             "TANGGAP_WHATSAPP_PHONE_NUMBER_ID",
             "WhatsApp business phone number id");
    add_text(command,
             "--whatsapp-api-base",
             c.whatsapp_api_base,
             "TANGGAP_WHATSAPP_API_BASE",
             "Graph API base with its version");
    add_text(command,
             "--whatsapp-status-template",
             c.whatsapp_status_template,
             "TANGGAP_WHATSAPP_STATUS_TEMPLATE",
             "Approved template for status notices outside the 24-hour window "
             "({{1}} ticket, {{2}} status, {{3}} message)");
    add_text(command,
             "--whatsapp-template-language",
             c.whatsapp_template_language,
             "TANGGAP_WHATSAPP_TEMPLATE_LANGUAGE",
             "The template's language code");
    add_text(command,
             "--whatsapp-number",
             c.whatsapp_number,
             "TANGGAP_WHATSAPP_NUMBER",
             "The WhatsApp line as citizens dial it (told to non-emergency 112 callers)");
    add_text(command,
             "--smtp-url",
             c.smtp_url,
             "TANGGAP_SMTP_URL",
             "SMTP server for e-mail (smtp://host:587 or smtps://host:465)");
    add_text(command, "--smtp-username", c.smtp_username, "TANGGAP_SMTP_USERNAME", "SMTP login");
    add_text(command, "--smtp-password", c.smtp_password, "TANGGAP_SMTP_PASSWORD", "SMTP password");
    add_text(command, "--smtp-from", c.smtp_from, "TANGGAP_SMTP_FROM", "Sender address");
    add_text(
        command, "--smtp-from-name", c.smtp_from_name, "TANGGAP_SMTP_FROM_NAME", "Sender name");
    add_text(command, "--sms-url", c.sms_url, "TANGGAP_SMS_URL", "HTTP SMS gateway endpoint");
    add_text(command, "--sms-token", c.sms_token, "TANGGAP_SMS_TOKEN", "SMS gateway bearer token");
    command
        .add_option("--outbox-retry-base",
                    c.outbox_retry_base_ms,
                    "First retry delay of a failed send, ms (doubling)")
        ->envname("TANGGAP_OUTBOX_RETRY_BASE")
        ->check(CLI::Range(1, 3600 * 1000))
        ->capture_default_str();
    command
        .add_option("--outbox-lease",
                    c.outbox_lease_seconds,
                    "Seconds before a send claimed by a dead worker is tried again")
        ->envname("TANGGAP_OUTBOX_LEASE")
        ->check(CLI::Range(1, 24 * 3600))
        ->capture_default_str();
    command
        .add_option(
            "--provider-timeout", c.provider_timeout_ms, "Timeout of one call to a provider, ms")
        ->envname("TANGGAP_PROVIDER_TIMEOUT")
        ->check(CLI::Range(100, 120 * 1000))
        ->capture_default_str();
}

domain::Outreach outreach(const ChannelConfig& c) {
    domain::Outreach o;
    o.whatsapp = c.whatsapp_enabled();
    o.email = !c.smtp_url.empty();
    o.sms = !c.sms_url.empty();
    // No link rather than a relative one (`tanggap sweep` without --public-url).
    o.tracking_base_url = c.public_url.empty() ? "" : c.public_url + "/lacak/";
    o.console_base_url = c.public_url.empty() ? "" : c.public_url + "/petugas/aduan/";
    o.status_template = c.whatsapp_status_template;
    return o;
}

api::MetaWebhookSettings meta_webhook(const ChannelConfig& c) {
    return {c.whatsapp_verify_token, c.whatsapp_app_secret, c.whatsapp_enabled()};
}

outbound::WhatsAppCloudConfig whatsapp_cloud(const ChannelConfig& c) {
    return {c.whatsapp_api_base, c.whatsapp_phone_number_id, c.whatsapp_access_token, timeouts(c)};
}

jobs::OutboxOptions outbox_options(const ChannelConfig& c) {
    jobs::OutboxOptions o;
    o.retry_base = std::chrono::milliseconds(c.outbox_retry_base_ms);
    o.lease = std::chrono::seconds(c.outbox_lease_seconds);
    o.template_language = c.whatsapp_template_language;
    return o;
}

ChannelSenders::ChannelSenders(const ChannelConfig& c) {
    if (c.whatsapp_enabled()) {
        whatsapp_ = std::make_unique<outbound::WhatsAppCloudSender>(whatsapp_cloud(c));
    }
    if (!c.smtp_url.empty()) {
        outbound::SmtpConfig smtp;
        smtp.url = c.smtp_url;
        smtp.username = c.smtp_username;
        smtp.password = c.smtp_password;
        smtp.from_address = c.smtp_from;
        smtp.from_name = c.smtp_from_name;
        smtp.timeouts = timeouts(c);
        email_ = std::make_unique<outbound::SmtpSender>(smtp);
    }
    if (!c.sms_url.empty()) {
        sms_ = std::make_unique<outbound::SmsGatewaySender>(
            outbound::SmsGatewayConfig{c.sms_url, c.sms_token, timeouts(c)});
    }
}

jobs::Senders ChannelSenders::senders() const {
    jobs::Senders out;
    if (whatsapp_) out[domain::OutboundChannel::whatsapp] = whatsapp_.get();
    if (email_) out[domain::OutboundChannel::email] = email_.get();
    if (sms_) out[domain::OutboundChannel::sms] = sms_.get();
    return out;
}

}  // namespace tanggap::app

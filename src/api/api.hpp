#pragma once
// Everything the HTTP resources need, built once in src/app and passed by reference.

#include "api/rate_limiter.hpp"
#include "api/work_gate.hpp"
#include "domain/directory_holder.hpp"
#include "domain/outbound.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "media/photo_store.hpp"
#include "service/admin_desk.hpp"
#include "service/channel_desk.hpp"
#include "service/complaint_desk.hpp"
#include "service/deadline_clock.hpp"
#include "service/emergency_calls.hpp"
#include "service/figure_desk.hpp"
#include "service/privacy_desk.hpp"
#include "service/staff_desk.hpp"

#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace tanggap::api {

struct ApiOptions {
    int submit_rate_limit = 30;  // public submissions per client address per minute; 0: off
    std::chrono::seconds session_ttl{8 * 3600};
    // Sign-in guesses per account from one address per 15 minutes; five times as many per
    // address over all accounts (auth.cpp says why two limits). 0 switches both off.
    int login_attempts = 10;
};

// The Meta webhook (WhatsApp; Messenger and Instagram share it): off, answering 404, unless
// every setting is there.
struct MetaWebhookSettings {
    std::string verify_token;  // the subscription handshake's hub.verify_token
    std::string app_secret;    // X-Hub-Signature-256 is HMAC-SHA256 of the body with this
    bool enabled = false;
};

// The HTTP resources' view of the server: the desks, their only way into the store (a handler
// parses, awaits one desk's use case and renders; it never holds a transaction), and what
// lives beside the store (photos on disk, the directory and deadline clock the super admin
// replaces, the CPU pool, the channels' settings).
struct Api {
    Api(store::Store& store,
        domain::DirectoryHolder::Snapshot directory_index,
        media::PhotoStore& photo_store,
        http::Metrics& server_metrics,
        boost::asio::thread_pool& cpu,
        service::DeadlineClockHolder::Snapshot clock,
        const domain::Outreach& reach,
        ApiOptions api_options = {},
        MetaWebhookSettings webhook = {})
        : directory(std::move(directory_index)),
          photos(photo_store),
          metrics(server_metrics),
          cpu_pool(cpu),
          deadlines(std::move(clock)),
          outreach(reach),
          options(api_options),
          meta_webhook(std::move(webhook)),
          complaints(store, outreach),
          staff(store, service::SignInLimits{options.login_attempts, options.login_attempts * 5}),
          channels(store, directory, deadlines, outreach),
          figures(store),
          privacy(store, outreach),
          admin(store, directory, deadlines) {}

    // Take one snapshot per request (directory.snapshot()); the super admin's edits replace it.
    domain::DirectoryHolder directory;
    media::PhotoStore& photos;
    http::Metrics& metrics;
    boost::asio::thread_pool& cpu_pool;  // argon2id and image work, off the I/O threads
    // Due times of complaint steps; one snapshot per request, replaced when the super admin
    // edits the deadline settings.
    service::DeadlineClockHolder deadlines;
    const domain::Outreach& outreach;  // how reporters are told (outbound channels)
    ApiOptions options;
    MetaWebhookSettings meta_webhook;
    std::function<void()> webhook_queued = [] {};  // wakes the webhook worker
    std::function<void()> outbox_queued = [] {};   // wakes the outbox worker
    service::EmergencyLineSettings emergency_line{domain::standard_emergency_line(), "", ""};
    std::string public_url = "";  // where citizens open tracking links
    RateLimiter submit_limiter{options.submit_rate_limit, std::chrono::minutes(1)};
    // Requests decoding photos at once (each decodes its photos one after the other on
    // cpu_pool): beyond four, 503 and Retry-After.
    WorkGate photo_work{4};

    service::ComplaintDesk complaints;
    // Sign-in limits are counted in the store (service/sign_in.hpp): they hold across
    // restarts and servers.
    service::StaffDesk staff;
    service::ChannelDesk channels;
    service::FigureDesk figures;
    service::PrivacyDesk privacy;
    service::AdminDesk admin;
};

// Each resource registers its own routes (one file each).
void add_health_routes(http::Router& router, Api& api);
void add_directory_routes(http::Router& router, Api& api);
void add_complaint_routes(http::Router& router, Api& api);
void add_media_routes(http::Router& router, Api& api);
void add_auth_routes(http::Router& router, Api& api);
void add_staff_routes(http::Router& router, Api& api);
void add_proof_photo_routes(http::Router& router, Api& api);  // the unit's proof photos
void add_caller_routes(http::Router& router, Api& api);       // operators' caller history
void add_public_routes(http::Router& router, Api& api);       // dashboard figures, public list
void add_leadership_routes(http::Router& router, Api& api);   // the leadership heat map
void add_report_routes(http::Router& router, Api& api);       // staff performance reports (monev)
void add_monev_routes(http::Router& router, Api& api);        // a unit's monthly monev PDF
void add_webhook_routes(http::Router& router, Api& api);      // Meta's webhooks (WhatsApp, ...)
void add_chat_routes(http::Router& router, Api& api);         // the operators' chat console
void add_outbox_routes(http::Router& router, Api& api);       // outbound messages, dead letters
void add_emergency_routes(http::Router& router, Api& api);    // the 112 line
void add_admin_user_routes(http::Router& router, Api& api);   // staff accounts and roles
void add_admin_directory_routes(http::Router& router, Api& api);  // units, categories, routing
void add_admin_deadline_routes(http::Router& router, Api& api);   // policies, holidays
void add_admin_audit_routes(http::Router& router, Api& api);      // the audit log
void add_privacy_routes(http::Router& router, Api& api);  // people's requests about their data
void add_breach_routes(http::Router& router, Api& api);   // the breach register

inline void add_all_routes(http::Router& router, Api& api) {
    add_health_routes(router, api);
    add_directory_routes(router, api);
    add_complaint_routes(router, api);
    add_media_routes(router, api);
    add_auth_routes(router, api);
    add_staff_routes(router, api);
    add_proof_photo_routes(router, api);
    add_caller_routes(router, api);
    add_public_routes(router, api);
    add_leadership_routes(router, api);
    add_report_routes(router, api);
    add_monev_routes(router, api);
    add_webhook_routes(router, api);
    add_chat_routes(router, api);
    add_outbox_routes(router, api);
    add_emergency_routes(router, api);
    add_admin_user_routes(router, api);
    add_admin_directory_routes(router, api);
    add_admin_deadline_routes(router, api);
    add_admin_audit_routes(router, api);
    add_privacy_routes(router, api);
    add_breach_routes(router, api);
}

}  // namespace tanggap::api

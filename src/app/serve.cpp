#include "api/api.hpp"
#include "api/web_app.hpp"
#include "app/audit_key.hpp"
#include "app/channel_workers.hpp"
#include "app/commands.hpp"
#include "app/demo_setup.hpp"
#include "demo/indramayu_directory.hpp"
#include "http/server.hpp"
#include "jobs/audit_sealer.hpp"
#include "jobs/deadline_scheduler.hpp"
#include "jobs/retention_sweeper.hpp"
#include "media/media_init.hpp"
#include "media/photo_store.hpp"
#include "service/deadline_clock.hpp"
#include "util/crypto.hpp"
#include "util/time_format.hpp"

#include <boost/asio/thread_pool.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

namespace tanggap::app {

namespace {

std::shared_ptr<const domain::DirectoryIndex> load_directory(store::Store& store) {
    auto units = store::read_sync<std::vector<domain::Unit>>(
        store, [](store::ReadTx& tx) { return tx.units(); });
    auto categories = store::read_sync<std::vector<domain::Category>>(
        store, [](store::ReadTx& tx) { return tx.categories(); });
    if (!units) throw std::runtime_error("reading units: " + units.error().message);
    if (!categories) throw std::runtime_error("reading categories: " + categories.error().message);
    return std::make_shared<const domain::DirectoryIndex>(std::move(*units),
                                                          std::move(*categories));
}

}  // namespace

int run_serve(const ServeConfig& config) {
    // Bad settings stop the start, naming the setting, before anything is touched.
    auto server_opts = server_options(config);
    auto api_opts = api_options(config);
    const auto retention = retention_settings(config);
    apply_time_zone(config.time_zone);
    const auto holidays = read_holiday_files(config.holiday_files);  // a bad file stops us here
    auto channels = config.channels;
    auto reach = outreach(channels);

    util::init_crypto();
    media::init_media("tanggap");
    std::filesystem::create_directories(config.store.data_dir);
    auto opened = open_store(config.store);
    if (!opened) throw std::runtime_error("opening the store: " + opened.error().message);
    std::unique_ptr<store::Store> store = std::move(*opened);
    const auto deadlines = prepare_deadline_clock(*store, holidays, config.reminders);
    auto audit_key =
        load_or_create_audit_key(audit_key_path(config.audit_key_file, config.store.data_dir));
    if (!audit_key) throw std::runtime_error("the audit key: " + audit_key.error().message);

    std::vector<DemoLogin> demo_logins;
    if (config.demo) {
        demo_logins = load_demo_if_empty(*store, config.area_data_dir, *deadlines, util::now());
    }

    media::PhotoStore photos(config.store.data_dir);
    http::Metrics metrics;
    // argon2id holds 64 MiB per hash: two at a time bounds memory on a small server.
    boost::asio::thread_pool cpu_pool(2);
    api::Api api{*store,
                 load_directory(*store),
                 photos,
                 metrics,
                 cpu_pool,
                 deadlines,
                 reach,
                 api_opts,
                 meta_webhook(channels)};

    api.emergency_line.whatsapp_number = channels.whatsapp_number;
    http::Router router;
    api::add_all_routes(router, api);
    api::WebApp web_app(config.web_dir);
    if (web_app.empty()) {
        std::cerr << "tanggap: no web front end at '" << config.web_dir
                  << "' (build it with make run); serving the API only\n";
    }
    web_app.install(router);

    http::Server server(server_opts, router, metrics);
    auto port = server.listen();
    // Links for citizens: the configured public URL, else this server as it listens.
    if (channels.public_url.empty()) {
        channels.public_url = "http://" + server_opts.address + ":" + std::to_string(port);
    }
    reach = outreach(channels);
    api.public_url = channels.public_url;
    api.emergency_line.public_url = channels.public_url;
    std::cout << "tanggap listening on http://" << server_opts.address << ":" << port << std::endl;
    if (!demo_logins.empty()) {
        std::cout << "demo staff logins (password: " << demo::kDemoPassword << "):\n";
        for (const auto& login : demo_logins) {
            std::cout << "  " << login.username << "  " << login.role << "  " << login.unit << "\n";
            if (!login.otpauth_uri.empty()) {
                std::cout << "    one-time codes (add to an authenticator app): "
                          << login.otpauth_uri << "\n";
            }
        }
        std::cout.flush();
    }
    std::optional<jobs::DeadlineScheduler> scheduler;
    if (config.sweep_every_seconds > 0) {
        scheduler.emplace(*store,
                          api.deadlines,
                          reach,
                          std::chrono::seconds(config.sweep_every_seconds),
                          util::now);
    }
    // Every ten minutes: a finished day is sealed soon after midnight.
    std::optional<jobs::AuditSealer> sealer;
    sealer.emplace(*store, audit_key->secret_key, std::chrono::minutes(10), util::now);
    std::optional<jobs::RetentionSweeper> retention_sweeper;
    if (config.retention_every_seconds > 0) {
        retention_sweeper.emplace(*store,
                                  retention,
                                  std::chrono::seconds(config.retention_every_seconds),
                                  util::now,
                                  [&photos](const std::vector<std::string>& ids) {
                                      for (const auto& id : ids) photos.remove(id);
                                  });
    }
    std::optional<ChannelWorkers> channel_workers;
    channel_workers.emplace(*store, channels, api, photos);
    server.run();
    channel_workers.reset();  // the send or message in progress finishes first
    scheduler.reset();        // a sweep in progress finishes first
    retention_sweeper.reset();
    sealer.reset();
    cpu_pool.join();
    store->close();  // the writer finishes every acknowledged batch first
    std::cout << "tanggap stopped" << std::endl;
    return 0;
}

}  // namespace tanggap::app

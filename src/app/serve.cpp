#include "api/api.hpp"
#include "api/web_app.hpp"
#include "app/commands.hpp"
#include "app/demo_setup.hpp"
#include "http/server.hpp"
#include "media/media_init.hpp"
#include "media/photo_store.hpp"
#include "service/deadline_clock.hpp"
#include "sla/holidays.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/crypto.hpp"

#include <boost/asio/thread_pool.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
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

// The office calendar closes on the shipped holidays plus those of --holidays; a file that cannot
// be read or parsed stops the start, naming it.
service::DeadlineClock deadline_clock(const ServeConfig& config) {
    std::vector<sla::Holiday> extra;
    for (const auto& path : config.holiday_files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw std::invalid_argument("--holidays / TANGGAP_HOLIDAYS: cannot read " + path);
        std::ostringstream text;
        text << in.rdbuf();
        auto parsed = sla::parse_holidays(text.str());
        if (!parsed) {
            throw std::invalid_argument("--holidays / TANGGAP_HOLIDAYS: " + path + ": " +
                                        parsed.error().message);
        }
        extra.insert(extra.end(), parsed->begin(), parsed->end());
    }
    return service::make_standard_deadline_clock(extra);
}

}  // namespace

int run_serve(const ServeConfig& config) {
    // Bad settings stop the start, naming the setting, before anything is touched.
    auto server_opts = server_options(config);
    auto api_opts = api_options(config);
    const auto deadlines = deadline_clock(config);

    util::init_crypto();
    media::init_media("tanggap");
    std::filesystem::create_directories(config.data_dir);
    auto opened = store::sqlite::open_sqlite_store({.path = database_path(config.data_dir)});
    if (!opened) throw std::runtime_error("opening the store: " + opened.error().message);
    std::unique_ptr<store::Store> store = std::move(*opened);

    std::vector<DemoLogin> demo_logins;
    if (config.demo) demo_logins = load_demo_if_empty(*store, config.area_data_dir);

    media::PhotoStore photos(config.data_dir);
    http::Metrics metrics;
    // argon2id holds 64 MiB per hash: two at a time bounds memory on a small server.
    boost::asio::thread_pool cpu_pool(2);
    api::Api api{*store, load_directory(*store), photos, metrics, cpu_pool, deadlines, api_opts};
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
    std::cout << "tanggap listening on http://" << server_opts.address << ":" << port << std::endl;
    if (!demo_logins.empty()) {
        std::cout << "demo staff logins (password: " << kDemoPassword << "):\n";
        for (const auto& login : demo_logins) {
            std::cout << "  " << login.username << "  " << login.role << "  " << login.unit << "\n";
        }
        std::cout.flush();
    }
    server.run();
    cpu_pool.join();
    store->close();  // the writer finishes every acknowledged batch first
    std::cout << "tanggap stopped" << std::endl;
    return 0;
}

}  // namespace tanggap::app

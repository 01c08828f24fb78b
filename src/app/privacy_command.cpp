#include "api/privacy_json.hpp"
#include "app/commands.hpp"
#include "media/photo_store.hpp"
#include "service/privacy_requests.hpp"
#include "util/time_format.hpp"

#include <boost/json/serialize.hpp>

#include <cstdlib>
#include <iostream>

namespace tanggap::app {
namespace {

// The register names who answered: the login of whoever ran the command.
std::string cli_actor() {
    const char* user = std::getenv("USER");
    return std::string("cli:") + (user && *user ? user : "unknown");
}

}  // namespace

int run_privacy(const PrivacyOptions& options) {
    const char* name = options.erase ? "tanggap privacy erase" : "tanggap privacy export";
    auto key = domain::read_person_key(options.phone, options.email, options.nik);
    if (!key) {
        std::cerr << name << ": " << key.error().message << "\n";
        return 2;
    }
    if (!store_exists(options.store)) {
        std::cerr << name << ": no store at " << describe(options.store) << "\n";
        return 2;
    }
    auto store = open_store(options.store);
    if (!store) {
        std::cerr << name << ": " << store.error().message << "\n";
        return 2;
    }
    const auto now = util::now();
    const auto actor = cli_actor();
    if (!options.erase) {
        auto data = store::write_sync_value<service::PersonData>(**store, [&](store::WriteTx& tx) {
            return service::export_person(tx, *key, actor, now);
        });
        (*store)->close();
        if (!data) {
            std::cerr << name << ": " << data.error().message << "\n";
            return 1;
        }
        std::cout << boost::json::serialize(api::render_person_data(*data, now)) << "\n";
        return 0;
    }
    auto erased = store::write_sync_value<service::PersonErased>(**store, [&](store::WriteTx& tx) {
        return service::erase_person(tx, *key, options.reason, actor, now);
    });
    (*store)->close();
    if (!erased) {
        std::cerr << name << ": " << erased.error().message << "\n";
        return 1;
    }
    // Durable: the photos' files go too.
    media::PhotoStore photos(options.store.data_dir);
    for (const auto& id : erased->traces.photo_ids) photos.remove(id);
    std::cout << boost::json::serialize(api::render_person_erased(*erased, now)) << "\n";
    return 0;
}

}  // namespace tanggap::app

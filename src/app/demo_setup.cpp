#include "app/demo_setup.hpp"

#include "demo/demo_loader.hpp"
#include "demo/indramayu.hpp"
#include "util/crypto.hpp"

#include <stdexcept>

namespace tanggap::app {

std::vector<DemoLogin> load_demo_if_empty(store::Store& store, const std::string& area_data_dir) {
    auto data = demo::build_indramayu_demo(area_data_dir);
    if (!data) throw std::runtime_error("demo: " + data.error().message);
    if (!demo::store_has_units(store)) {
        auto loaded = demo::load_demo(
            store, *data, [](std::string_view password) { return util::hash_password(password); });
        if (!loaded) throw std::runtime_error("demo: " + loaded.error().message);
    }
    std::vector<DemoLogin> logins;
    for (const auto& staff : data->staff) {
        logins.push_back({staff.user.username,
                          std::string(domain::to_string(staff.user.role)),
                          staff.user.unit_code});
    }
    return logins;
}

}  // namespace tanggap::app

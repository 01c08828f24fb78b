#pragma once
// Another server on a demo server's PostgreSQL database and photo directory, for the tests of
// several servers sharing one database.

#include "demo_server.hpp"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace tanggap::integration {

inline std::unique_ptr<ServerProcess> second_server(
    const DemoServer& first, std::vector<std::pair<std::string, std::string>> env = {}) {
    ServerOptions options;
    options.data_dir = first.dir() / "data";
    auto store = first.store_args();
    options.extra_args.assign(store.begin() + 2, store.end());  // --database URI
    options.extra_args.insert(options.extra_args.end(), {"--submit-rate-limit", "0"});
    options.env = std::move(env);
    return std::make_unique<ServerProcess>(std::move(options));
}

}  // namespace tanggap::integration

// The conformance suite on the embedded SQLite back end. Another back end is one more
// INSTANTIATE_TEST_SUITE_P with its own BackEnd.
#include "store/sqlite/sqlite_store.hpp"
#include "store_conformance.hpp"

namespace tanggap::store::conformance {
namespace {

BackEnd sqlite_back_end() {
    auto open_file = [](const std::filesystem::path& file) {
        // One reader thread more than the default, so reads really run side by side.
        return sqlite::open_sqlite_store({file.string(), 3, 64});
    };
    return BackEnd{
        "Sqlite",
        [open_file](const std::filesystem::path& dir) { return open_file(dir / "tanggap.db"); },
        open_file,
    };
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Sqlite,
                         StoreConformance,
                         ::testing::Values(sqlite_back_end()),
                         [](const auto& info) { return info.param.name; });

}  // namespace tanggap::store::conformance

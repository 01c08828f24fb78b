// The conformance suite on PostgreSQL. Each test gets a database of its own in the private
// cluster `make test` starts (scripts/pg-test-cluster); ctest names its URI file in
// TANGGAP_TEST_POSTGRES_FILE, or TANGGAP_TEST_POSTGRES gives a URI directly.
#include "postgres_test_database.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store_conformance.hpp"

#include <fstream>

namespace tanggap::store::conformance {
namespace {

BackEnd postgres_back_end() {
    return BackEnd{
        "Postgres",
        [](const std::filesystem::path& dir) -> Result<std::unique_ptr<Store>> {
            // The directory remembers its database, so opening it again finds the same data.
            const auto name_file = dir / "postgres-database";
            std::string name;
            if (std::ifstream in(name_file); in) std::getline(in, name);
            if (name.empty()) {
                auto created = testing_support::create_test_database();
                if (!created) return created.error();
                name = *created;
                std::ofstream(name_file) << name << '\n';
            }
            return postgres::open_postgres_store({testing_support::test_database_uri(name), 3, 64});
        },
        nullptr,
    };
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Postgres,
                         StoreConformance,
                         ::testing::Values(postgres_back_end()),
                         [](const auto& info) { return info.param.name; });

}  // namespace tanggap::store::conformance

#include "postgres_test_database.hpp"

#include <cstdlib>
#include <fstream>
#include <libpq-fe.h>
#include <random>

namespace tanggap::testing_support {
namespace {

domain::Error no_cluster(const std::string& why) {
    return domain::make_error(domain::ErrorCode::unavailable,
                              "no PostgreSQL test cluster (" + why +
                                  "): run the tests through ctest, which starts one, or start "
                                  "one with scripts/pg-test-cluster and set "
                                  "TANGGAP_TEST_POSTGRES to its URI");
}

}  // namespace

domain::Result<std::string> test_cluster_uri() {
    if (const char* uri = std::getenv("TANGGAP_TEST_POSTGRES"); uri != nullptr && *uri != 0) {
        return std::string(uri);
    }
    const char* file = std::getenv("TANGGAP_TEST_POSTGRES_FILE");
    if (file == nullptr || *file == 0) return no_cluster("neither variable is set");
    std::ifstream in(file);
    std::string uri;
    if (!in || !std::getline(in, uri) || uri.empty()) {
        return no_cluster(std::string("cannot read ") + file);
    }
    return uri;
}

domain::Result<std::string> create_test_database() {
    auto admin = test_cluster_uri();
    if (!admin) return admin.error();
    std::random_device random;
    std::string name = "t_";
    for (int i = 0; i < 12; ++i) name += "0123456789abcdef"[random() % 16];

    PGconn* conn = PQconnectdb(admin->c_str());
    std::string failure;
    if (PQstatus(conn) != CONNECTION_OK) {
        failure = PQerrorMessage(conn);
    } else {
        PGresult* created = PQexec(conn, ("CREATE DATABASE " + name).c_str());
        if (PQresultStatus(created) != PGRES_COMMAND_OK) failure = PQresultErrorMessage(created);
        PQclear(created);
    }
    PQfinish(conn);
    if (!failure.empty()) {
        return domain::make_error(domain::ErrorCode::unavailable,
                                  "cannot create a test database: " + failure);
    }
    return name;
}

std::string test_database_uri(const std::string& name) {
    auto admin = test_cluster_uri();
    if (!admin) return {};
    // postgresql://user@host:port/postgres -> .../name
    const auto slash = admin->rfind('/');
    return admin->substr(0, slash + 1) + name;
}

}  // namespace tanggap::testing_support

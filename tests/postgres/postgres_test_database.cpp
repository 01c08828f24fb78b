#include "postgres_test_database.hpp"

#include <cstdlib>
#include <fstream>
#include <libpq-fe.h>
#include <random>

namespace tanggap::testing_support {
namespace {

core::Error no_cluster(const std::string& why) {
    return core::make_error(core::ErrorCode::unavailable,
                            "no PostgreSQL test cluster (" + why +
                                "): run the tests through ctest, which starts one, or start "
                                "one with scripts/pg-test-cluster and set "
                                "TANGGAP_TEST_POSTGRES to its URI");
}

}  // namespace

core::Result<std::string> test_cluster_uri() {
    if (const char* uri = std::getenv("TANGGAP_TEST_POSTGRES"); uri != nullptr && *uri != 0) {
        return std::string(uri);
    }
    // The integration tests' PostgreSQL run names the file under its own variable, which also
    // tells the harness to run its servers on PostgreSQL.
    const char* file = std::getenv("TANGGAP_TEST_POSTGRES_FILE");
    if (file == nullptr) file = std::getenv("TANGGAP_ITEST_POSTGRES_FILE");
    if (file == nullptr || *file == 0) return no_cluster("neither variable is set");
    std::ifstream in(file);
    std::string uri;
    if (!in || !std::getline(in, uri) || uri.empty()) {
        return no_cluster(std::string("cannot read ") + file);
    }
    return uri;
}

namespace {

// The first row's first value of `sql` on the administrative database ("" when no row).
core::Result<std::string> query_cluster(const std::string& sql) {
    auto admin = test_cluster_uri();
    if (!admin) return admin.error();
    PGconn* conn = PQconnectdb(admin->c_str());
    std::string failure;
    std::string value;
    if (PQstatus(conn) != CONNECTION_OK) {
        failure = PQerrorMessage(conn);
    } else {
        PGresult* result = PQexec(conn, sql.c_str());
        const auto status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK && PQntuples(result) > 0) {
            value = PQgetvalue(result, 0, 0);
        } else if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            failure = PQresultErrorMessage(result);
        }
        PQclear(result);
    }
    PQfinish(conn);
    if (!failure.empty()) {
        return core::make_error(core::ErrorCode::unavailable,
                                "test cluster: " + failure + " in: " + sql);
    }
    return value;
}

}  // namespace

core::Result<void> run_cluster_sql(const std::string& sql) {
    auto done = query_cluster(sql);
    if (!done) return done.error();
    return {};
}

core::Result<bool> database_exists(const std::string& name) {
    // Names here are ours (letters, digits, underscores), so they need no quoting.
    auto found = query_cluster("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'");
    if (!found) return found.error();
    return *found == "1";
}

core::Result<std::string> create_test_database(const std::string& template_name) {
    std::random_device random;
    std::string name = "t_";
    for (int i = 0; i < 12; ++i) name += "0123456789abcdef"[random() % 16];
    std::string sql = "CREATE DATABASE " + name;
    if (!template_name.empty()) sql += " TEMPLATE " + template_name;
    if (auto done = run_cluster_sql(sql); !done) return done.error();
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

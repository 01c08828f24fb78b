#pragma once
// Databases for tests in the private PostgreSQL cluster `make test` starts
// (scripts/pg-test-cluster, as a ctest fixture). The cluster's URI comes from
// TANGGAP_TEST_POSTGRES (a URI) or the file TANGGAP_TEST_POSTGRES_FILE names (ctest sets it;
// the integration tests' PostgreSQL run sets TANGGAP_ITEST_POSTGRES_FILE instead).

#include "core/error.hpp"

#include <string>

namespace tanggap::testing_support {

// The cluster's administrative URI (database "postgres"). Errors: unavailable, saying how to
// start a cluster, when neither variable names one.
core::Result<std::string> test_cluster_uri();

// Creates a database with a fresh random name ("t_" and hex), empty or as a copy of
// `template_name`, and returns its name.
core::Result<std::string> create_test_database(const std::string& template_name = {});

// Runs one statement on the cluster's administrative database.
core::Result<void> run_cluster_sql(const std::string& sql);

// Whether the cluster has a database of that name.
core::Result<bool> database_exists(const std::string& name);

// The URI of database `name` in the test cluster ("" when there is no cluster).
std::string test_database_uri(const std::string& name);

}  // namespace tanggap::testing_support

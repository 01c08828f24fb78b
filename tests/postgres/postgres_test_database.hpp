#pragma once
// Databases for tests in the private PostgreSQL cluster `make test` starts
// (scripts/pg-test-cluster, as a ctest fixture). The cluster's URI comes from
// TANGGAP_TEST_POSTGRES (a URI) or the file TANGGAP_TEST_POSTGRES_FILE names (ctest sets it).

#include "domain/error.hpp"

#include <string>

namespace tanggap::testing_support {

// The cluster's administrative URI (database "postgres"). Errors: unavailable, saying how to
// start a cluster, when neither variable names one.
domain::Result<std::string> test_cluster_uri();

// Creates an empty database with a fresh random name ("t_" and hex) and returns its name.
domain::Result<std::string> create_test_database();

// The URI of database `name` in the test cluster ("" when there is no cluster).
std::string test_database_uri(const std::string& name);

}  // namespace tanggap::testing_support

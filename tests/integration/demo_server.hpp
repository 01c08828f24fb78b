#pragma once
// A server loaded with the Indramayu demo, shared by the tests of one suite.
//
// ctest runs every TEST as its own process, and loading the demo takes a while, so the first
// process builds a template data directory once per binary under test (`serve --demo`, then a
// graceful stop; guarded by flock so parallel ctest jobs wait for each other) and every suite
// starts its server on a fresh copy of it. The store already has its units, so `--demo` loads
// nothing more; the copy is private to the suite, so tests may change it freely.

#include "http_client.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace tanggap::integration {

// Returns the template's data directory, building it if needed. Throws std::runtime_error
// when the server cannot build it.
std::filesystem::path demo_template();

// Whether this run's servers use PostgreSQL (ctest's PostgreSQL run of the integration tests
// sets TANGGAP_ITEST_POSTGRES_FILE): each demo server then gets a copy of the template as a
// database of its own in the test cluster, and --database.
bool on_postgres();

// A demo server on a private copy of the template. `extra_args` go after the serve flags;
// unless --submit-rate-limit or TANGGAP_SUBMIT_RATE_LIMIT is given, the submission limit is
// switched off (0).
class DemoServer {
  public:
    explicit DemoServer(std::vector<std::string> extra_args = {},
                        std::vector<std::pair<std::string, std::string>> env = {});
    // Empty on success, else what went wrong.
    std::string start();
    ServerProcess& process() { return *process_; }
    std::uint16_t port() const { return process_->port(); }
    const TempDir& dir() const { return dir_; }
    // The flags that point a sub-command (sweep, user add, ...) at this server's store:
    // --data, and --database on PostgreSQL.
    std::vector<std::string> store_args() const;

  private:
    TempDir dir_;
    std::string database_uri_;  // on PostgreSQL
    std::unique_ptr<ServerProcess> process_;
};

// Fixture for suites that share one demo server (per suite, so per process under ctest).
// Tests make their own clients: `auto client = make_client();`.
class DemoServerTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override;
    void TearDown() override;

    static DemoServer& server() { return *server_; }
    static std::uint16_t port() { return server_->port(); }
    static std::unique_ptr<HttpClient> make_client(ClientOptions options = {}) {
        return std::make_unique<HttpClient>(port(), options);
    }

  private:
    static inline std::unique_ptr<DemoServer> server_;
    static inline std::string start_error_;
};

}  // namespace tanggap::integration

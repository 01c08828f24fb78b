#include "demo_server.hpp"

#include "postgres_test_database.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <sys/file.h>
#include <system_error>
#include <unistd.h>

namespace tanggap::integration {
namespace {

namespace fs = std::filesystem;

// Names the template after the binary's size and modification time, so a rebuilt server (maybe
// with new migrations or demo data) gets a fresh template.
std::string binary_key() {
    auto binary = tanggap_binary();
    auto size = fs::file_size(binary);
    auto mtime = fs::last_write_time(binary).time_since_epoch().count();
    return std::to_string(size) + "-" + std::to_string(mtime);
}

class FileLock {
  public:
    explicit FileLock(const fs::path& path) {
        fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd_ < 0) throw std::system_error(errno, std::generic_category(), path.string());
        while (::flock(fd_, LOCK_EX) != 0) {
            if (errno != EINTR) throw std::system_error(errno, std::generic_category(), "flock");
        }
    }
    ~FileLock() { ::close(fd_); }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

  private:
    int fd_ = -1;
};

}  // namespace

fs::path demo_template() {
    fs::path root = TANGGAP_ITEST_CACHE_DIR;
    fs::create_directories(root);
    FileLock lock(root / "lock");
    fs::path dir = root / ("demo-" + binary_key());
    if (fs::exists(dir / "ready")) return dir / "data";

    fs::remove_all(dir);
    fs::create_directories(dir);
    ServerOptions options;
    options.data_dir = dir / "data";
    options.demo = true;
    ServerProcess server(std::move(options));
    if (auto error = server.start(); !error.empty()) {
        throw std::runtime_error("building the demo template failed: " + error);
    }
    auto status = server.stop();
    // A process that had to be killed may have left a half-written store: do not keep it.
    if (!status.code) {
        throw std::runtime_error("the demo server did not stop on SIGTERM (" + status.describe() +
                                 ")\n" + server.log_tail());
    }
    std::ofstream(dir / "ready") << "built from " << tanggap_binary().string() << "\n";
    for (const auto& entry : fs::directory_iterator(root)) {
        auto name = entry.path().filename().string();
        if (entry.is_directory() && name.starts_with("demo-") && entry.path() != dir) {
            std::error_code ignored;
            fs::remove_all(entry.path(), ignored);
        }
    }
    return dir / "data";
}

// The template as a PostgreSQL database of the test cluster, built once per binary as the
// directory one is (under the same lock); suites copy it with CREATE DATABASE ... TEMPLATE.
// Returns its name and the directory of its photos.
std::pair<std::string, fs::path> postgres_demo_template() {
    fs::path root = TANGGAP_ITEST_CACHE_DIR;
    fs::create_directories(root);
    FileLock lock(root / "lock");
    const std::string name =
        "demo_" + std::to_string(std::hash<std::string>{}(binary_key()) % 1000000007);
    const fs::path dir = root / ("pg-" + name);
    auto exists = testing_support::database_exists(name);
    if (!exists) throw std::runtime_error(exists.error().message);
    if (*exists && fs::exists(dir / "data")) return {name, dir / "data"};

    // Built under another name and renamed when complete, so a half-built one is never used.
    const std::string building = name + "_building";
    for (const auto& sql : {"DROP DATABASE IF EXISTS " + building,
                            "DROP DATABASE IF EXISTS " + name,
                            "CREATE DATABASE " + building}) {
        if (auto done = testing_support::run_cluster_sql(sql); !done) {
            throw std::runtime_error(done.error().message);
        }
    }
    fs::remove_all(dir);
    ServerOptions options;
    options.data_dir = dir / "data";
    options.demo = true;
    options.extra_args = {"--database", testing_support::test_database_uri(building)};
    ServerProcess server(std::move(options));
    if (auto error = server.start(); !error.empty()) {
        throw std::runtime_error("building the PostgreSQL demo template failed: " + error);
    }
    if (auto status = server.stop(); !status.code) {
        throw std::runtime_error("the demo server did not stop on SIGTERM (" + status.describe() +
                                 ")\n" + server.log_tail());
    }
    if (auto done =
            testing_support::run_cluster_sql("ALTER DATABASE " + building + " RENAME TO " + name);
        !done) {
        throw std::runtime_error(done.error().message);
    }
    return {name, dir / "data"};
}

DemoServer::DemoServer(std::vector<std::string> extra_args,
                       std::vector<std::pair<std::string, std::string>> env)
    : dir_("tanggap-demo") {
    bool names_limit =
        std::any_of(extra_args.begin(),
                    extra_args.end(),
                    [](const auto& a) { return a.starts_with("--submit-rate-limit"); }) ||
        std::any_of(env.begin(), env.end(), [](const auto& kv) {
            return kv.first == "TANGGAP_SUBMIT_RATE_LIMIT";
        });
    if (!names_limit) {
        extra_args.push_back("--submit-rate-limit");
        extra_args.push_back("0");
    }
    ServerOptions options;
    options.data_dir = dir_ / "data";
    options.demo = true;
    options.extra_args = std::move(extra_args);
    options.env = std::move(env);
    process_ = std::make_unique<ServerProcess>(std::move(options));
}

bool on_postgres() { return std::getenv("TANGGAP_ITEST_POSTGRES_FILE") != nullptr; }

std::string DemoServer::start() {
    try {
        if (on_postgres()) {
            auto [name, photos] = postgres_demo_template();
            auto copy = testing_support::create_test_database(name);
            if (!copy) return copy.error().message;
            fs::copy(photos, dir_ / "data", fs::copy_options::recursive);
            database_uri_ = testing_support::test_database_uri(*copy);
            process_->add_args({"--database", database_uri_});
        } else {
            fs::copy(demo_template(), dir_ / "data", fs::copy_options::recursive);
        }
    } catch (const std::exception& e) {
        return e.what();
    }
    return process_->start();
}

std::vector<std::string> DemoServer::store_args() const {
    std::vector<std::string> args{"--data", (dir_ / "data").string()};
    if (!database_uri_.empty()) args.insert(args.end(), {"--database", database_uri_});
    return args;
}

void DemoServerTest::SetUpTestSuite() {
    server_ = std::make_unique<DemoServer>();
    start_error_ = server_->start();
}

void DemoServerTest::TearDownTestSuite() {
    if (server_ && server_->process().running()) server_->process().stop();
    server_.reset();
}

void DemoServerTest::SetUp() {
    ASSERT_TRUE(start_error_.empty()) << start_error_;
    ASSERT_TRUE(server_->process().running()) << server_->process().log_tail();
}

void DemoServerTest::TearDown() {
    if (HasFailure() && server_) {
        std::cerr << server_->process().log_tail(30) << std::endl;
    }
}

}  // namespace tanggap::integration

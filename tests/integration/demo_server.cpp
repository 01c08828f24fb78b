#include "demo_server.hpp"

#include <algorithm>
#include <chrono>
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

std::string DemoServer::start() {
    try {
        fs::copy(demo_template(), dir_ / "data", fs::copy_options::recursive);
    } catch (const std::exception& e) {
        return e.what();
    }
    return process_->start();
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

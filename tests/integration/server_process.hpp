#pragma once
// The real `tanggap` binary as a child process, for integration tests.
//
// `start()` spawns `tanggap serve --listen 127.0.0.1:0 --data DIR ...` with posix_spawn, reads
// its stdout until the line `tanggap listening on http://127.0.0.1:PORT` (bounded by
// `start_timeout`) and remembers the port. Standard output keeps being drained by a reader
// thread so the server never blocks on a full pipe; standard error goes to a log file beside the
// data directory, whose tail `log_tail()` returns for failure messages.
//
// Inherited TANGGAP_* variables are removed from the child's environment so a developer's shell
// cannot change a test; `env` adds the ones a test wants.
//
// Not thread-safe: one thread drives one ServerProcess. The destructor kills a running child.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <thread>
#include <utility>
#include <vector>

namespace tanggap::integration {

struct ServerOptions {
    std::filesystem::path data_dir;                        // --data; created if missing
    bool demo = false;                                     // --demo
    std::vector<std::string> extra_args;                   // appended after the serve flags
    std::vector<std::pair<std::string, std::string>> env;  // TANGGAP_* and others
    std::chrono::milliseconds start_timeout{std::chrono::seconds(120)};
    std::chrono::milliseconds stop_timeout{std::chrono::seconds(30)};
};

// How a child ended: exit code, or the signal that ended it.
struct ExitStatus {
    std::optional<int> code;
    std::optional<int> signal;
    std::string describe() const;
    bool clean() const { return code && *code == 0; }
};

class ServerProcess {
  public:
    explicit ServerProcess(ServerOptions options);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Spawns the server and waits for its listening line. Returns an empty string on success,
    // otherwise what went wrong (with the tail of the server's log).
    std::string start();

    // SIGTERM, then waits up to stop_timeout (SIGKILL after that). Returns how it ended.
    ExitStatus stop();

    // SIGKILL and reap: a crash, as far as the data directory can tell.
    ExitStatus kill();

    // stop() (or kill() when `hard`) followed by start() on the same data directory.
    std::string restart(bool hard = false);

    // More serve flags for the next start().
    void add_args(const std::vector<std::string>& args) {
        options_.extra_args.insert(options_.extra_args.end(), args.begin(), args.end());
    }

    bool running() const { return pid_ > 0; }
    pid_t pid() const { return pid_; }
    std::uint16_t port() const { return port_; }
    const ServerOptions& options() const { return options_; }
    const std::filesystem::path& data_dir() const { return options_.data_dir; }

    // The last `lines` lines of the server's standard error (its log) and standard output.
    std::string log_tail(std::size_t lines = 40) const;

    // Everything the server wrote to standard output so far.
    std::string stdout_text() const;

  private:
    ExitStatus wait_for_exit(std::chrono::milliseconds timeout);
    void reader_loop(int fd);
    void join_reader();

    ServerOptions options_;
    std::filesystem::path log_path_;
    pid_t pid_ = -1;
    std::uint16_t port_ = 0;
    std::thread reader_;
    mutable std::mutex mutex_;  // guards the three fields below
    std::condition_variable stdout_cv_;
    std::string stdout_;
    std::optional<std::uint16_t> listening_port_;
    bool stdout_closed_ = false;
};

// Runs `tanggap ARGS...` to completion (a sub-command such as `user add` or `backup`), feeding
// `stdin_text` on standard input, with `env` added to the environment (TANGGAP_* inherited
// from the test's environment are removed). Returns the exit status and the combined output;
// a command still running after `timeout` is killed.
struct CommandResult {
    ExitStatus status;
    std::string output;
};
CommandResult run_tanggap(const std::vector<std::string>& args,
                          const std::string& stdin_text = {},
                          std::chrono::milliseconds timeout = std::chrono::seconds(120),
                          const std::vector<std::pair<std::string, std::string>>& env = {});

// Path of the binary under test (the TANGGAP_BINARY compile definition).
std::filesystem::path tanggap_binary();

// A fresh directory under $TMPDIR (or /tmp), removed with its content on destruction unless
// TANGGAP_ITEST_KEEP is set in the environment.
class TempDir {
  public:
    explicit TempDir(const std::string& prefix = "tanggap-itest");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

}  // namespace tanggap::integration

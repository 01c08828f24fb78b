#include "server_process.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>

extern char** environ;

namespace tanggap::integration {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kListeningPrefix = "tanggap listening on http://127.0.0.1:";

std::string errno_text(const char* what, int err) {
    return std::string(what) + ": " + std::strerror(err);
}

// argv/envp storage for posix_spawn: the strings must outlive the call.
class CStrings {
  public:
    explicit CStrings(std::vector<std::string> items) : items_(std::move(items)) {
        for (auto& s : items_) pointers_.push_back(s.data());
        pointers_.push_back(nullptr);
    }
    char* const* get() { return pointers_.data(); }

  private:
    std::vector<std::string> items_;
    std::vector<char*> pointers_;
};

std::vector<std::string> child_environment(
    const std::vector<std::pair<std::string, std::string>>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) {
        std::string_view entry(*e);
        if (entry.starts_with("TANGGAP_")) continue;
        bool overridden = std::any_of(extra.begin(), extra.end(), [&](const auto& kv) {
            return entry.starts_with(kv.first + "=");
        });
        if (!overridden) env.emplace_back(entry);
    }
    for (const auto& [name, value] : extra) env.push_back(name + "=" + value);
    return env;
}

ExitStatus decode_wait_status(int status) {
    ExitStatus out;
    if (WIFEXITED(status)) out.code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
    return out;
}

// Polls waitpid so that a bounded wait needs no signal handler.
std::optional<ExitStatus> wait_pid(pid_t pid, std::chrono::milliseconds timeout) {
    auto deadline = Clock::now() + timeout;
    while (true) {
        int status = 0;
        pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid) return decode_wait_status(status);
        if (r < 0 && errno != EINTR) return ExitStatus{};
        if (Clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// The last `lines` lines of `text`, each cut to a readable width (sanitizer stack frames of
// Asio handlers run to thousands of characters).
std::string tail_lines(const std::string& text, std::size_t lines) {
    constexpr std::size_t kWidth = 400;
    std::vector<std::string_view> kept;
    std::string_view rest(text);
    while (!rest.empty() && kept.size() < lines) {
        if (rest.back() == '\n') rest.remove_suffix(1);
        auto nl = rest.rfind('\n');
        auto line = nl == std::string_view::npos ? rest : rest.substr(nl + 1);
        kept.push_back(line);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(0, nl + 1);
    }
    std::string out;
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
        out += it->size() > kWidth ? std::string(it->substr(0, kWidth)) + " ..." : std::string(*it);
        out += '\n';
    }
    return out;
}

}  // namespace

std::string ExitStatus::describe() const {
    if (code) return "exit code " + std::to_string(*code);
    if (signal) return std::string("signal ") + ::strsignal(*signal);
    return "unknown exit";
}

fs::path tanggap_binary() { return fs::path(TANGGAP_BINARY); }

ServerProcess::ServerProcess(ServerOptions options) : options_(std::move(options)) {
    if (options_.data_dir.empty()) throw std::invalid_argument("ServerOptions.data_dir is empty");
    auto name = options_.data_dir.filename().string();
    log_path_ = options_.data_dir.parent_path() / (name + ".server.log");
}

ServerProcess::~ServerProcess() {
    if (running()) kill();
    join_reader();
}

std::string ServerProcess::start() {
    if (running()) return "server already running";
    join_reader();
    fs::create_directories(options_.data_dir);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return errno_text("pipe2", errno);

    std::vector<std::string> args = {tanggap_binary().string(),
                                     "serve",
                                     "--listen",
                                     "127.0.0.1:0",
                                     "--data",
                                     options_.data_dir.string()};
    if (options_.demo) args.emplace_back("--demo");
    args.insert(args.end(), options_.extra_args.begin(), options_.extra_args.end());
    CStrings argv(args);
    CStrings envp(child_environment(options_.env));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addopen(
        &actions, 2, log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    pid_t pid = -1;
    int rc = ::posix_spawn(&pid, args[0].c_str(), &actions, nullptr, argv.get(), envp.get());
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        return errno_text(("posix_spawn " + args[0]).c_str(), rc);
    }
    pid_ = pid;
    port_ = 0;
    {
        std::lock_guard lock(mutex_);
        listening_port_.reset();
        stdout_closed_ = false;
        stdout_.clear();
    }
    reader_ = std::thread([this, fd = fds[0]] { reader_loop(fd); });

    auto deadline = Clock::now() + options_.start_timeout;
    std::unique_lock lock(mutex_);
    while (!listening_port_) {
        if (stdout_closed_ || Clock::now() >= deadline) break;
        stdout_cv_.wait_for(lock, std::chrono::milliseconds(50));
    }
    if (listening_port_) {
        port_ = *listening_port_;
        return {};
    }
    bool closed = stdout_closed_;
    lock.unlock();
    std::string why = closed ? "the server exited before listening"
                             : "no listening line within the start timeout";
    auto status = kill();
    return why + " (" + status.describe() + ")\n" + log_tail();
}

void ServerProcess::reader_loop(int fd) {
    char buffer[4096];
    while (true) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        std::lock_guard lock(mutex_);
        stdout_.append(buffer, static_cast<std::size_t>(n));
        if (!listening_port_) {
            auto pos = stdout_.find(kListeningPrefix);
            auto eol = pos == std::string::npos ? pos : stdout_.find('\n', pos);
            if (eol != std::string::npos) {
                const char* first = stdout_.data() + pos + kListeningPrefix.size();
                std::uint16_t port = 0;
                auto [end, ec] = std::from_chars(first, stdout_.data() + eol, port);
                if (ec == std::errc{} && port != 0) listening_port_ = port;
            }
            stdout_cv_.notify_all();
        }
    }
    ::close(fd);
    std::lock_guard lock(mutex_);
    stdout_closed_ = true;
    stdout_cv_.notify_all();
}

void ServerProcess::join_reader() {
    if (reader_.joinable()) reader_.join();
}

ExitStatus ServerProcess::wait_for_exit(std::chrono::milliseconds timeout) {
    auto status = wait_pid(pid_, timeout);
    if (!status) {
        ::kill(pid_, SIGKILL);
        status = wait_pid(pid_, std::chrono::seconds(30));
        if (status) status->code.reset();  // it did not stop in time: report the kill
    }
    pid_ = -1;
    join_reader();
    return status.value_or(ExitStatus{});
}

ExitStatus ServerProcess::stop() {
    if (!running()) return {};
    ::kill(pid_, SIGTERM);
    return wait_for_exit(options_.stop_timeout);
}

ExitStatus ServerProcess::kill() {
    if (!running()) return {};
    ::kill(pid_, SIGKILL);
    return wait_for_exit(std::chrono::seconds(30));
}

std::string ServerProcess::restart(bool hard) {
    ExitStatus status = hard ? kill() : stop();
    if (!hard && !status.clean()) {
        return "server did not stop cleanly: " + status.describe() + "\n" + log_tail();
    }
    return start();
}

std::string ServerProcess::log_tail(std::size_t lines) const {
    std::ifstream in(log_path_);
    std::stringstream log;
    log << in.rdbuf();
    std::string text = log.str();
    std::string out;
    // A crash report's head names the bug; the tail is only its last stack frames.
    for (const char* marker : {"ERROR: AddressSanitizer",
                               "ERROR: LeakSanitizer",
                               "runtime error:",
                               "terminate called"}) {
        auto at = text.find(marker);
        if (at == std::string::npos) continue;
        at = text.rfind('\n', at);
        std::string head = text.substr(at == std::string::npos ? 0 : at + 1);
        auto cut = head.find("\n\n");
        out +=
            "--- first crash report in the server log ---\n" + tail_lines(head.substr(0, cut), 25);
        break;
    }
    return out + "--- server log (" + log_path_.string() + ") ---\n" + tail_lines(text, lines) +
           "--- server stdout ---\n" + tail_lines(stdout_text(), lines);
}

std::string ServerProcess::stdout_text() const {
    std::lock_guard lock(mutex_);
    return stdout_;
}

CommandResult run_tanggap(const std::vector<std::string>& args,
                          const std::string& stdin_text,
                          std::chrono::milliseconds timeout,
                          const std::vector<std::pair<std::string, std::string>>& env) {
    ::signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill the test
    int in_fds[2];
    int out_fds[2];
    if (::pipe2(in_fds, O_CLOEXEC) != 0 || ::pipe2(out_fds, O_CLOEXEC) != 0) {
        return {ExitStatus{}, errno_text("pipe2", errno)};
    }
    std::vector<std::string> all = {tanggap_binary().string()};
    all.insert(all.end(), args.begin(), args.end());
    CStrings argv(all);
    CStrings envp(child_environment(env));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in_fds[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, out_fds[1], 2);
    pid_t pid = -1;
    int rc = ::posix_spawn(&pid, all[0].c_str(), &actions, nullptr, argv.get(), envp.get());
    posix_spawn_file_actions_destroy(&actions);
    ::close(in_fds[0]);
    ::close(out_fds[1]);
    if (rc != 0) {
        ::close(in_fds[1]);
        ::close(out_fds[0]);
        return {ExitStatus{}, errno_text("posix_spawn", rc)};
    }
    std::size_t written = 0;
    while (written < stdin_text.size()) {
        ssize_t n = ::write(in_fds[1], stdin_text.data() + written, stdin_text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    ::close(in_fds[1]);

    std::string output;
    auto deadline = Clock::now() + timeout;
    char buffer[4096];
    while (Clock::now() < deadline) {
        pollfd p{out_fds[0], POLLIN, 0};
        int ready = ::poll(&p, 1, 100);
        if (ready < 0 && errno != EINTR) break;
        if (ready <= 0) continue;
        ssize_t n = ::read(out_fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        output.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(out_fds[0]);
    auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    auto status = wait_pid(pid, std::max(remaining, std::chrono::milliseconds(100)));
    if (!status) {
        ::kill(pid, SIGKILL);
        status = wait_pid(pid, std::chrono::seconds(30));
        output += "\n[killed after timeout]";
        if (status) status->code.reset();
    }
    return {status.value_or(ExitStatus{}), output};
}

TempDir::TempDir(const std::string& prefix) {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = (fs::path(base && *base ? base : "/tmp") / (prefix + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    if (std::getenv("TANGGAP_ITEST_KEEP") != nullptr) return;
    std::error_code ec;
    fs::remove_all(path_, ec);
}

}  // namespace tanggap::integration

#include "media/durable_file.hpp"

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace tanggap::media {
namespace {

std::error_code last_error() { return {errno, std::system_category()}; }

class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    // close() can report a deferred write error (NFS, quota), so it is checked once.
    std::error_code close() {
        int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0 ? std::error_code{} : last_error();
    }

  private:
    int fd_;
};

std::error_code write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return last_error();
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

std::error_code write_and_sync(const std::filesystem::path& path, std::string_view data) {
    // O_EXCL: never write through a file or symlink that is already there.
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (fd.get() < 0) return last_error();
    if (auto ec = write_all(fd.get(), data)) return ec;
    if (::fsync(fd.get()) != 0) return last_error();
    return fd.close();
}

}  // namespace

std::error_code write_file_synced(const std::filesystem::path& dir,
                                  std::string_view name,
                                  std::string_view data) {
    auto final_path = dir / std::string(name);
    // Built with += : g++ 12 -O3 raises a false -Wrestrict on the chained operator+.
    std::string temp_name = ".";
    temp_name += name;
    temp_name += ".tmp";
    auto temp_path = dir / temp_name;
    auto ec = write_and_sync(temp_path, data);
    if (!ec && ::rename(temp_path.c_str(), final_path.c_str()) != 0) ec = last_error();
    if (ec) ::unlink(temp_path.c_str());
    return ec;
}

std::error_code sync_directory(const std::filesystem::path& dir) {
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0) return last_error();
    if (::fsync(fd.get()) != 0) return last_error();
    return fd.close();
}

std::error_code ensure_directories(const std::filesystem::path& parent,
                                   std::span<const std::string> names) {
    bool created = false;
    for (const auto& name : names) {
        auto dir = parent / name;
        if (::mkdir(dir.c_str(), 0755) == 0) {
            created = true;
            continue;
        }
        if (errno != EEXIST) return last_error();
        struct stat st {};
        if (::stat(dir.c_str(), &st) != 0) return last_error();
        if (!S_ISDIR(st.st_mode)) return std::make_error_code(std::errc::not_a_directory);
    }
    return created ? sync_directory(parent) : std::error_code{};
}

}  // namespace tanggap::media

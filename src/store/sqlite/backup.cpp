#include "store/sqlite/backup.hpp"

#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_error.hpp"

#include <sqlite3.h>

#include <fcntl.h>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace tanggap::store::sqlite {
namespace {

namespace fs = std::filesystem;

constexpr int kBusyRetries = 100;
constexpr int kBusySleepMs = 20;

// The rename is only durable once the directory entry is on disk too.
void sync_directory(const fs::path& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
}

core::Result<void> copy_into(Connection& source, const std::string& tmp) {
    sqlite3* target = nullptr;
    const int open_rc =
        sqlite3_open_v2(tmp.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    // A plain connection, not Connection::open: the copy stays a single file (no WAL).
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close(db); }
    } closer{target};
    if (open_rc != SQLITE_OK) {
        log_store_error("backup: cannot create " + tmp);
        return unavailable_error();
    }
    sqlite3_exec(target, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);

    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source.handle(), "main");
    if (backup == nullptr) {
        return map_sqlite_error(sqlite3_extended_errcode(target), sqlite3_errmsg(target));
    }
    int rc = SQLITE_OK;
    // -1 copies every page in one step, hence in one read snapshot of the source.
    for (int attempt = 0; attempt < kBusyRetries; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        sqlite3_sleep(kBusySleepMs);
    }
    const int finish_rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) return map_sqlite_error(rc, "backup step failed");
    if (finish_rc != SQLITE_OK) {
        return map_sqlite_error(sqlite3_extended_errcode(target), sqlite3_errmsg(target));
    }
    return {};
}

}  // namespace

core::Result<void> backup_database(const std::string& source_path, const std::string& target) {
    const fs::path target_path(target);
    std::error_code ec;
    if (target_path.has_parent_path()) fs::create_directories(target_path.parent_path(), ec);
    if (ec) {
        log_store_error("backup: cannot create the directory of " + target + ": " + ec.message());
        return unavailable_error();
    }
    auto source = Connection::open(source_path, Connection::Mode::read_only);
    if (!source) return source.error();

    const std::string tmp = target + ".tmp";
    fs::remove(tmp, ec);
    fs::remove(tmp + "-journal", ec);
    if (auto copied = copy_into(*source, tmp); !copied) {
        fs::remove(tmp, ec);
        return copied;
    }
    fs::rename(tmp, target_path, ec);
    if (ec) {
        log_store_error("backup: cannot rename " + tmp + " to " + target + ": " + ec.message());
        fs::remove(tmp, ec);
        return unavailable_error();
    }
    sync_directory(target_path.parent_path());
    return {};
}

}  // namespace tanggap::store::sqlite

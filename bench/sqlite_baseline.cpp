// The plain SQLite insert loop that `make bench` sets beside the server: the same durability as
// Tanggap promises (WAL, synchronous=FULL), a complaint-sized row (~520 bytes), one row per
// commit and 64 rows per commit. It prints the SQLite version, then one line per mode:
//
//   sqlite_baseline sqlite=3.40.1
//   sqlite_baseline mode=single rows=N seconds=S rows_per_s=R
//   sqlite_baseline mode=batch64 rows=N seconds=S rows_per_s=R
//
// Usage: sqlite_baseline DIR [SECONDS]   (each mode runs for SECONDS, default 5, in whole
// commits; DIR is created if missing and its databases are recreated). Fsync costs vary a lot
// between machines and moments (0.2 to 5 ms here), so the loop is bounded by time, not rows.

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace {

namespace fs = std::filesystem;

class Database {
  public:
    explicit Database(const fs::path& path) {
        if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) fail("open");
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
        exec(
            "CREATE TABLE complaint ("
            " id INTEGER PRIMARY KEY,"
            " ticket TEXT NOT NULL UNIQUE,"
            " kind TEXT NOT NULL, channel TEXT NOT NULL, category TEXT, unit TEXT NOT NULL,"
            " status TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,"
            " token_hash TEXT NOT NULL, created_at TEXT NOT NULL, lat REAL, lon REAL)");
        if (sqlite3_prepare_v2(db_,
                               "INSERT INTO complaint (ticket, kind, channel, category, unit, "
                               "status, title, description, token_hash, created_at, lat, lon) "
                               "VALUES (?, 'pengaduan', 'web', 'sosial.bansos', 'dinsos', "
                               "'diterima', ?, ?, ?, ?, -6.33, 108.32)",
                               -1,
                               &insert_,
                               nullptr) != SQLITE_OK) {
            fail("prepare");
        }
    }
    ~Database() {
        sqlite3_finalize(insert_);
        sqlite3_close(db_);
    }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const char* sql) {
        if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql);
    }

    void insert(long n) {
        static const std::string description(400, 'd');
        std::string ticket = "IDM-BENCH-" + std::to_string(n);
        std::string title = "Laporan uji kinerja nomor " + std::to_string(n);
        sqlite3_bind_text(insert_, 1, ticket.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert_, 2, title.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert_, 3, description.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(insert_,
                          4,
                          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                          -1,
                          SQLITE_STATIC);
        sqlite3_bind_text(insert_, 5, "2026-11-25T16:00:00+07:00", -1, SQLITE_STATIC);
        if (sqlite3_step(insert_) != SQLITE_DONE) fail("insert");
        sqlite3_reset(insert_);
    }

  private:
    [[noreturn]] void fail(const char* what) {
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db_));
    }

    sqlite3* db_ = nullptr;
    sqlite3_stmt* insert_ = nullptr;
};

// Inserts rows, `per_commit` per transaction, for about `seconds`, and prints the rate.
void run(const fs::path& dir, const char* mode, double seconds_wanted, long per_commit) {
    fs::path path = dir / (std::string(mode) + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
    Database db(path);
    long next = 0;
    auto start = std::chrono::steady_clock::now();
    std::chrono::duration<double> seconds{0};
    while (seconds.count() < seconds_wanted) {
        db.exec("BEGIN IMMEDIATE");
        for (long i = 0; i < per_commit; ++i) db.insert(next++);
        db.exec("COMMIT");
        seconds = std::chrono::steady_clock::now() - start;
    }
    long rows = next;
    std::printf("sqlite_baseline mode=%s rows=%ld seconds=%.3f rows_per_s=%.0f\n",
                mode,
                rows,
                seconds.count(),
                double(rows) / seconds.count());
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [SECONDS]\n", argv[0]);
        return 2;
    }
    try {
        fs::path dir = argv[1];
        fs::create_directories(dir);
        std::printf("sqlite_baseline sqlite=%s\n", sqlite3_libversion());
        double seconds = argc > 2 ? std::atof(argv[2]) : 5.0;
        if (seconds <= 0) seconds = 5.0;
        run(dir, "single", seconds, 1);
        run(dir, "batch64", seconds, 64);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sqlite_baseline: %s\n", e.what());
        return 1;
    }
    return 0;
}

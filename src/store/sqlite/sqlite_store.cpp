#include "store/sqlite/sqlite_store.hpp"

#include "store/sqlite/backup.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/migrations.hpp"
#include "store/sqlite/sqlite_error.hpp"
#include "store/sqlite/sqlite_reader.hpp"
#include "store/sqlite/sqlite_write_tx.hpp"
#include "store/sqlite/unavailable_read_tx.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace tanggap::store::sqlite {
namespace {

using SqliteReadTx = SqliteReader<ReadTx>;

// Opens the read-write connection and brings the schema up to date.
Result<std::pair<Connection, int>> open_migrated(const std::string& path) {
    if (path.empty()) {
        return domain::make_error(
            domain::ErrorCode::invalid_field, "Lokasi basis data belum ditentukan.", "path");
    }
    const std::filesystem::path file(path);
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) {
        log_store_error("cannot create the directory of " + path + ": " + ec.message());
        return unavailable_error();
    }
    auto db = Connection::open(path, Connection::Mode::read_write);
    if (!db) return db.error();
    auto applied = apply_migrations(*db, embedded_migrations());
    if (!applied) return applied.error();
    return std::pair<Connection, int>(std::move(*db), *applied);
}

class SqliteStore final : public Store {
  public:
    SqliteStore(std::string path,
                std::size_t max_batch,
                Connection writer,
                std::vector<Connection> readers,
                Connection ping)
        : path_(std::move(path)),
          max_batch_(max_batch),
          writer_db_(std::move(writer)),
          reader_dbs_(std::move(readers)),
          ping_db_(std::move(ping)) {}

    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;
    ~SqliteStore() override { close(); }

    // Separate from the constructor: the threads must see a fully built object.
    void start() {
        writer_ = std::thread([this] { writer_loop(); });
        readers_.reserve(reader_dbs_.size());
        for (auto& db : reader_dbs_) readers_.emplace_back([this, &db] { reader_loop(db); });
    }

    void read(ReadJob job) override {
        {
            std::lock_guard lock(read_mutex_);
            if (!read_closed_) {
                read_queue_.push_back(std::move(job));
                read_cv_.notify_one();
                return;
            }
        }
        UnavailableReadTx closed;
        run_read_job(job, closed);
    }

    void write(WriteJob job, WriteDone done) override {
        {
            std::lock_guard lock(write_mutex_);
            if (!write_closed_) {
                write_queue_.push_back(PendingWrite{std::move(job), std::move(done)});
                write_cv_.notify_one();
                return;
            }
        }
        if (done) done(unavailable_error());
    }

    bool ping() override {
        std::lock_guard lock(ping_mutex_);
        if (!ping_db_) return false;
        auto select = ping_db_->prepare("SELECT count(*) FROM schema_migrations");
        if (!select) return false;
        auto row = (*select)->step();
        return row && *row;
    }

    Result<void> backup_to(const std::string& path) override {
        if (closed_.load()) return unavailable_error();
        return backup_database(path_, path);
    }

    void close() override {
        std::lock_guard close_lock(close_mutex_);
        if (closed_.exchange(true)) return;
        {
            std::lock_guard lock(write_mutex_);
            write_closed_ = true;
        }
        write_cv_.notify_all();
        {
            std::lock_guard lock(read_mutex_);
            read_closed_ = true;
        }
        read_cv_.notify_all();
        if (writer_.joinable()) writer_.join();
        for (auto& reader : readers_) {
            if (reader.joinable()) reader.join();
        }
        {
            std::lock_guard lock(ping_mutex_);
            ping_db_.reset();
        }
        reader_dbs_.clear();
        writer_db_.reset();  // the last connection to close checkpoints and removes the WAL
    }

  private:
    struct PendingWrite {
        WriteJob job;
        WriteDone done;
        Result<void> result = unavailable_error();
    };

    static void run_read_job(const ReadJob& job, ReadTx& tx) {
        try {
            job(tx);
        } catch (const std::exception& e) {
            log_store_error(std::string("a read job threw: ") + e.what());
        } catch (...) {
            log_store_error("a read job threw a non-standard exception");
        }
    }

    void reader_loop(Connection& db) {
        SqliteReadTx tx(db);
        UnavailableReadTx unavailable;
        for (;;) {
            ReadJob job;
            {
                std::unique_lock lock(read_mutex_);
                read_cv_.wait(lock, [&] { return !read_queue_.empty() || read_closed_; });
                if (read_queue_.empty()) return;  // closed and drained
                job = std::move(read_queue_.front());
                read_queue_.pop_front();
            }
            if (!db.run("BEGIN")) {
                run_read_job(job, unavailable);
                continue;
            }
            run_read_job(job, tx);
            // A failed query may already have ended the transaction.
            if (db.in_transaction() && !db.run("COMMIT")) (void)db.run("ROLLBACK");
        }
    }

    void writer_loop() {
        SqliteWriteTx tx(*writer_db_);
        std::vector<PendingWrite> batch;
        for (;;) {
            {
                std::unique_lock lock(write_mutex_);
                write_cv_.wait(lock, [&] { return !write_queue_.empty() || write_closed_; });
                if (write_queue_.empty()) return;  // closed and drained
                const auto take = std::min(write_queue_.size(), max_batch_);
                const auto end = write_queue_.begin() + static_cast<std::ptrdiff_t>(take);
                batch.assign(std::make_move_iterator(write_queue_.begin()),
                             std::make_move_iterator(end));
                write_queue_.erase(write_queue_.begin(), end);
            }
            commit_batch(tx, batch);
            // Only now is every job of the batch durable (or known lost).
            for (auto& pending : batch) deliver(pending);
            batch.clear();
        }
    }

    // Runs the batch's jobs in as few transactions as possible: normally one. Should SQLite
    // abandon the transaction midway (disk full, I/O error), the jobs run so far are lost and
    // get `unavailable`, and the rest go on in a fresh transaction.
    void commit_batch(WriteTx& tx, std::vector<PendingWrite>& batch) {
        Connection& db = *writer_db_;
        std::size_t next = 0;
        while (next < batch.size()) {
            const std::size_t first = next;
            if (!db.run("BEGIN IMMEDIATE")) {
                for (std::size_t i = first; i < batch.size(); ++i) {
                    batch[i].result = unavailable_error();
                }
                return;
            }
            bool abandoned = false;
            while (next < batch.size() && !abandoned) {
                run_write_job(db, tx, batch[next]);
                ++next;
                abandoned = !db.in_transaction();
            }
            bool committed = !abandoned && db.run("COMMIT").has_value();
            if (!committed) {
                if (db.in_transaction()) (void)db.run("ROLLBACK");
                log_store_error("a write batch was rolled back");
                for (std::size_t i = first; i < next; ++i) batch[i].result = unavailable_error();
            }
        }
    }

    static void run_write_job(Connection& db, WriteTx& tx, PendingWrite& pending) {
        if (auto r = db.run("SAVEPOINT job"); !r) {
            pending.result = r.error();
            return;
        }
        Result<void> result = unavailable_error();
        try {
            result = pending.job(tx);
        } catch (const std::exception& e) {
            result = internal_error(std::string("a write job threw: ") + e.what());
        } catch (...) {
            result = internal_error("a write job threw a non-standard exception");
        }
        if (!result && !db.run("ROLLBACK TO job")) {
            // The job's half-done changes cannot be undone alone: give up the transaction.
            (void)db.run("ROLLBACK");
        }
        if (db.in_transaction() && !db.run("RELEASE job")) (void)db.run("ROLLBACK");
        pending.result = std::move(result);
    }

    static void deliver(PendingWrite& pending) {
        if (!pending.done) return;
        try {
            pending.done(std::move(pending.result));
        } catch (const std::exception& e) {
            log_store_error(std::string("a write callback threw: ") + e.what());
        } catch (...) {
            log_store_error("a write callback threw a non-standard exception");
        }
    }

    const std::string path_;
    const std::size_t max_batch_;
    std::optional<Connection> writer_db_;  // used by the writer thread only
    std::vector<Connection> reader_dbs_;   // one per reader thread; never resized while running

    std::mutex ping_mutex_;
    std::optional<Connection> ping_db_;

    std::mutex write_mutex_;
    std::condition_variable write_cv_;
    std::deque<PendingWrite> write_queue_;
    bool write_closed_ = false;

    std::mutex read_mutex_;
    std::condition_variable read_cv_;
    std::deque<ReadJob> read_queue_;
    bool read_closed_ = false;

    std::mutex close_mutex_;
    std::atomic<bool> closed_{false};
    std::thread writer_;
    std::vector<std::thread> readers_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const SqliteOptions& options) {
    auto writer = open_migrated(options.path);
    if (!writer) return writer.error();

    std::vector<Connection> readers;
    const int reader_count = std::max(1, options.reader_threads);
    for (int i = 0; i < reader_count; ++i) {
        auto reader = Connection::open(options.path, Connection::Mode::read_only);
        if (!reader) return reader.error();
        readers.push_back(std::move(*reader));
    }
    auto ping = Connection::open(options.path, Connection::Mode::read_only);
    if (!ping) return ping.error();

    auto store =
        std::make_unique<SqliteStore>(options.path,
                                      static_cast<std::size_t>(std::max(1, options.max_batch)),
                                      std::move(writer->first),
                                      std::move(readers),
                                      std::move(*ping));
    store->start();
    return std::unique_ptr<Store>(std::move(store));
}

Result<int> migrate(const std::string& path) {
    auto migrated = open_migrated(path);
    if (!migrated) return migrated.error();
    return migrated->second;
}

}  // namespace tanggap::store::sqlite

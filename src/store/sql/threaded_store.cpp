#include "store/sql/threaded_store.hpp"

#include "store/sql/reader.hpp"
#include "store/sql/store_errors.hpp"
#include "store/sql/unavailable_read_tx.hpp"
#include "store/sql/write_tx.hpp"

#include <algorithm>
#include <exception>
#include <string>
#include <utility>

namespace tanggap::store::sql {

ThreadedStore::ThreadedStore(std::size_t max_batch,
                             std::unique_ptr<Connection> writer,
                             std::vector<std::unique_ptr<Connection>> readers)
    : max_batch_(std::max<std::size_t>(1, max_batch)),
      writer_db_(std::move(writer)),
      reader_dbs_(std::move(readers)) {}

ThreadedStore::~ThreadedStore() { close(); }

void ThreadedStore::start() {
    writer_ = std::thread([this] { writer_loop(); });
    readers_.reserve(reader_dbs_.size());
    for (auto& db : reader_dbs_) readers_.emplace_back([this, &db] { reader_loop(*db); });
}

void ThreadedStore::read(ReadJob job) {
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

void ThreadedStore::write(WriteJob job, WriteDone done) {
    {
        std::lock_guard lock(write_mutex_);
        if (!write_closed_) {
            write_queue_.push_back(
                PendingWrite{std::move(job), std::move(done), unavailable_error()});
            write_cv_.notify_one();
            return;
        }
    }
    if (done) done(unavailable_error());
}

void ThreadedStore::close() {
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
    on_close();
    reader_dbs_.clear();
    writer_db_.reset();  // SQLite: the last connection to close checkpoints and removes the WAL
}

void ThreadedStore::run_read_job(const ReadJob& job, ReadTx& tx) {
    try {
        job(tx);
    } catch (const std::exception& e) {
        log_store_error(std::string("a read job threw: ") + e.what());
    } catch (...) {
        log_store_error("a read job threw a non-standard exception");
    }
}

void ThreadedStore::reader_loop(Connection& db) {
    SqlReader<ReadTx> tx(db);
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
        if (!begin_read(db)) {
            run_read_job(job, unavailable);
            continue;
        }
        run_read_job(job, tx);
        // A failed query may already have ended the transaction.
        if (db.in_transaction() && !db.run("COMMIT")) (void)db.run("ROLLBACK");
    }
}

void ThreadedStore::writer_loop() {
    SqlWriteTx tx(*writer_db_);
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

// Runs the batch's jobs in as few transactions as possible: normally one. Should the back end
// abandon the transaction midway (disk full, I/O error, a lost connection), the jobs run so far
// are lost and get `unavailable`, and the rest go on in a fresh transaction.
void ThreadedStore::commit_batch(WriteTx& tx, std::vector<PendingWrite>& batch) {
    Connection& db = *writer_db_;
    std::size_t next = 0;
    while (next < batch.size()) {
        const std::size_t first = next;
        if (!begin_write(db)) {
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

void ThreadedStore::run_write_job(Connection& db, WriteTx& tx, PendingWrite& pending) {
    if (auto r = db.run("SAVEPOINT job"); !r) {
        pending.result = r.error();
        return;
    }
    Result<void> result = unavailable_error();
    for (int attempt = 1;; ++attempt) {
        (void)db.take_conflict();
        try {
            result = pending.job(tx);
        } catch (const std::exception& e) {
            result = internal_error(std::string("a write job threw: ") + e.what());
        } catch (...) {
            result = internal_error("a write job threw a non-standard exception");
        }
        if (result) break;
        if (!db.run("ROLLBACK TO job")) {
            // The job's half-done changes cannot be undone alone: give up the transaction.
            (void)db.run("ROLLBACK");
            break;
        }
        // Another server's transaction got in the way (PostgreSQL broke a deadlock by failing
        // this job): the rollback released the job's locks, so running it again usually passes.
        if (!db.take_conflict() || attempt == kAttemptsOnConflict) break;
    }
    if (db.in_transaction() && !db.run("RELEASE job")) (void)db.run("ROLLBACK");
    pending.result = std::move(result);
}

void ThreadedStore::deliver(PendingWrite& pending) {
    if (!pending.done) return;
    try {
        pending.done(std::move(pending.result));
    } catch (const std::exception& e) {
        log_store_error(std::string("a write callback threw: ") + e.what());
    } catch (...) {
        log_store_error("a write callback threw a non-standard exception");
    }
}

}  // namespace tanggap::store::sql

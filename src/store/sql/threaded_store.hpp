#pragma once
// The threads of a SQL back end's Store, the same for SQLite and PostgreSQL: one writer thread
// owns the read-write connection and commits queued write jobs in batches (group commit: one
// commit per batch, each job in its own SAVEPOINT); a pool of reader threads each owns a
// connection and runs a read job in one snapshot. A back end subclasses it for what differs:
// how a transaction begins (and getting a lost connection back), ping() and backup_to().
//
// Behaviour (see store/store.hpp for the contract):
//  - write(): the writer takes up to `max_batch` queued jobs, begins a write transaction, runs
//    each job in its own SAVEPOINT (a job that fails, or throws, is rolled back alone; a throw is
//    logged and reported as `internal`), then COMMIT, and only then calls each `done` in queue
//    order on the writer thread. If the transaction fails as a whole, its jobs get `unavailable`.
//    A job that failed only because a concurrent transaction got in the way (a deadlock another
//    server's transaction was part of) is rolled back to its savepoint and run again, up to
//    kAttemptsOnConflict times in all: a job must not act outside its transaction.
//  - read(): the job runs on a reader thread inside one read transaction. A job that throws is
//    logged; it must answer its caller itself.
//  - After close(), write() calls `done(unavailable)` and read() runs the job with a ReadTx that
//    answers `unavailable` to everything, both at once on the calling thread.
//  - close() must not be called from a job or a done callback (it joins the store's threads).
//    Subclasses call close() in their destructor.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tanggap::store::sql {

class ThreadedStore : public Store {
  public:
    ThreadedStore(std::size_t max_batch,
                  std::unique_ptr<Connection> writer,
                  std::vector<std::unique_ptr<Connection>> readers);
    ThreadedStore(const ThreadedStore&) = delete;
    ThreadedStore& operator=(const ThreadedStore&) = delete;
    ~ThreadedStore() override;

    // Separate from the constructor: the threads must see a fully built object.
    void start();

    void read(ReadJob job) override;
    void write(WriteJob job, WriteDone done) override;
    void close() override;

  protected:
    // Open a write transaction, or a read snapshot, on `db` (a back end may first reconnect a
    // connection its server dropped). False when it cannot: the jobs then fail with
    // `unavailable`.
    virtual bool begin_write(Connection& db) = 0;
    virtual bool begin_read(Connection& db) = 0;
    // After the threads stopped, before the connections close (e.g. a ping connection).
    virtual void on_close() {}

    bool closed() const { return closed_.load(); }

  private:
    struct PendingWrite {
        WriteJob job;
        WriteDone done;
        Result<void> result;
    };

    void reader_loop(Connection& db);
    void writer_loop();
    void commit_batch(WriteTx& tx, std::vector<PendingWrite>& batch);
    static constexpr int kAttemptsOnConflict = 3;
    static void run_write_job(Connection& db, WriteTx& tx, PendingWrite& pending);
    static void run_read_job(const ReadJob& job, ReadTx& tx);
    static void deliver(PendingWrite& pending);

    const std::size_t max_batch_;
    std::unique_ptr<Connection> writer_db_;                // the writer thread's only
    std::vector<std::unique_ptr<Connection>> reader_dbs_;  // one per reader thread

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

}  // namespace tanggap::store::sql

#pragma once
// The store: the door to persistence. Each aggregate has its own narrow interface (the
// *_store.hpp beside this file); ReadTx and WriteTx compose them for a transaction. The back ends
// (sqlite/, postgres/, over the queries of sql/) implement them and translate their own error
// codes into core::ErrorCode; nothing above this folder sees SQL, sqlite3_* or SQLSTATE.

#include "core/error.hpp"
#include "store/audit_store.hpp"
#include "store/channel_store.hpp"
#include "store/complaint_store.hpp"
#include "store/deadline_store.hpp"
#include "store/directory_store.hpp"
#include "store/privacy_store.hpp"
#include "store/reporting_store.hpp"
#include "store/staff_store.hpp"

#include <functional>
#include <string>

namespace tanggap::store {

using core::Result;

// Reads run in a consistent snapshot. Every method returns `unavailable` when the back end
// fails; "not there" is an empty optional, not an error.
class ReadTx : public ComplaintReads,
               public DirectoryReads,
               public DeadlineReads,
               public StaffReads,
               public ChannelReads,
               public ReportingReads,
               public AuditReads,
               public PrivacyReads {
  public:
    ~ReadTx() override = default;
};

// Writes see their own changes. A write job that returns an error is rolled back alone
// (a savepoint); the others in its batch still commit.
class WriteTx : public ReadTx,
                public ComplaintWrites,
                public DirectoryWrites,
                public DeadlineWrites,
                public StaffWrites,
                public ChannelWrites,
                public AuditWrites,
                public PrivacyWrites {
  public:
    ~WriteTx() override = default;
};

// The store's entry points. Jobs run on the store's own threads, never on the caller's:
// the HTTP I/O threads hand work over and are called back.
//
// Thread-safety: all methods may be called from any thread. `done` callbacks run on a store
// thread and must only hand the result on (post to an executor), never block.
class Store {
  public:
    using ReadJob = std::function<void(ReadTx&)>;
    using WriteJob = std::function<Result<void>(WriteTx&)>;
    using WriteDone = std::function<void(Result<void>)>;

    virtual ~Store() = default;

    // Runs `job` on a reader with a snapshot of committed data.
    virtual void read(ReadJob job) = 0;

    // Queues `job` for the single writer. Jobs queued together share one transaction and one
    // fsync (group commit). `done` gets the job's own result once the batch is durable, or
    // `unavailable` if the commit failed (then nothing of the job was stored).
    virtual void write(WriteJob job, WriteDone done) = 0;

    // Whether the back end answers (GET /readyz).
    virtual bool ping() = 0;

    // A consistent copy of the whole store at `path`, safe while the server writes.
    virtual Result<void> backup_to(const std::string& path) = 0;

    // Finishes queued writes, then stops the threads. Further calls fail with `unavailable`.
    virtual void close() = 0;
};

// Blocking helpers for the command line and tests (never call these on an I/O thread).
Result<void> write_sync(Store& store, const Store::WriteJob& job);
// A write job with a value, returned once the job's batch is durable.
template <class T>
Result<T> write_sync_value(Store& store, std::function<Result<T>(WriteTx&)> job);
template <class T>
Result<T> read_sync(Store& store, std::function<Result<T>(ReadTx&)> job);

}  // namespace tanggap::store

#include "store/store_sync.ipp"

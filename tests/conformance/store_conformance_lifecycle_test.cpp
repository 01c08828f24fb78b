// The store as a whole: batches of concurrent writes, snapshots, close, reopen and backup.
#include "store_conformance.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using core::ErrorCode;

// Counts callbacks and lets the test wait for all of them.
class Completions {
  public:
    explicit Completions(int expected) : expected_(expected) {}

    Store::WriteDone slot(Result<void>* into) {
        return [this, into](Result<void> r) {
            std::lock_guard lock(mutex_);
            *into = std::move(r);
            if (++done_ == expected_) all_.notify_all();
        };
    }
    bool wait(seconds timeout = seconds(30)) {
        std::unique_lock lock(mutex_);
        return all_.wait_for(lock, timeout, [&] { return done_ == expected_; });
    }
    int done() {
        std::lock_guard lock(mutex_);
        return done_;
    }

  private:
    std::mutex mutex_;
    std::condition_variable all_;
    int expected_;
    int done_ = 0;
};

Store::WriteJob insert_job(const std::string& ticket) {
    return [ticket](WriteTx& tx) {
        domain::Complaint c = make_complaint(ticket);
        auto event = submit_event(c);
        return tx.insert_complaint(c, event);
    };
}

bool exists(Store& store, const std::string& ticket) {
    auto found = read_sync<std::optional<domain::Complaint>>(
        store, [&](ReadTx& tx) { return tx.complaint_by_ticket(ticket); });
    return found && found->has_value();
}

TEST_P(StoreConformance, FailingJobsInABatchRollBackAloneWhileOthersCommit) {
    // Hold the writer so that everything below queues up and lands in one batch.
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    Result<void> blocker_result = core::make_error(ErrorCode::internal, "not run");
    Completions blocker(1);
    store_->write(
        [released](WriteTx&) -> Result<void> {
            released.wait_for(seconds(30));
            return {};
        },
        blocker.slot(&blocker_result));

    constexpr int kJobs = 30;
    std::vector<Result<void>> results(kJobs, core::make_error(ErrorCode::internal, "not run"));
    Completions completions(kJobs);
    std::vector<std::thread> submitters;
    for (int t = 0; t < 3; ++t) {
        submitters.emplace_back([&, t] {
            for (int i = t; i < kJobs; i += 3) {
                const std::string ticket = "BATCH-" + std::to_string(i);
                Store::WriteJob job;
                if (i % 5 == 1) {  // writes, then reports an error
                    job = [ticket](WriteTx& tx) -> Result<void> {
                        if (auto r = insert_job(ticket)(tx); !r) return r;
                        return core::make_error(ErrorCode::invalid_field, "ditolak", "title");
                    };
                } else if (i % 5 == 3) {  // writes, then throws
                    job = [ticket](WriteTx& tx) -> Result<void> {
                        if (auto r = insert_job(ticket)(tx); !r) return r;
                        throw std::runtime_error("job failed on purpose");
                    };
                } else {
                    job = insert_job(ticket);
                }
                store_->write(job, completions.slot(&results[i]));
            }
        });
    }
    for (auto& s : submitters) s.join();
    release.set_value();
    ASSERT_TRUE(blocker.wait());
    ASSERT_TRUE(completions.wait());
    EXPECT_TRUE(blocker_result);

    int committed = 0;
    for (int i = 0; i < kJobs; ++i) {
        const std::string ticket = "BATCH-" + std::to_string(i);
        SCOPED_TRACE(ticket);
        if (i % 5 == 1) {
            ASSERT_FALSE(results[i]);
            EXPECT_EQ(results[i].error().code, ErrorCode::invalid_field);
            EXPECT_EQ(results[i].error().field, "title");
            EXPECT_FALSE(exists(*store_, ticket));
        } else if (i % 5 == 3) {
            ASSERT_FALSE(results[i]);
            EXPECT_EQ(results[i].error().code, ErrorCode::internal);
            EXPECT_FALSE(exists(*store_, ticket));
        } else {
            EXPECT_TRUE(results[i]) << results[i].error().message;
            EXPECT_TRUE(exists(*store_, ticket));
            ++committed;
        }
    }
    EXPECT_EQ(complaint_count(*store_), committed);
}

TEST_P(StoreConformance, ConcurrentWritersAllCommitAndAreReadableWhenDone) {
    constexpr int kThreads = 8;
    constexpr int kPerThread = 40;
    std::atomic<int> failures{0};
    std::atomic<int> unseen{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                const std::string ticket = "CW-" + std::to_string(t) + "-" + std::to_string(i);
                if (!write_sync(*store_, insert_job(ticket))) ++failures;
                // Acknowledged means committed: a read started now must see it.
                if (!exists(*store_, ticket)) ++unseen;
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(unseen.load(), 0);
    EXPECT_EQ(complaint_count(*store_), kThreads * kPerThread);
}

TEST_P(StoreConformance, ReadJobSeesOneSnapshot) {
    domain::Complaint first = make_complaint("SNAP-1");
    insert(first);
    auto counts = read_sync<std::pair<
        std::int64_t,
        std::int64_t>>(*store_, [&](ReadTx& tx) -> Result<std::pair<std::int64_t, std::int64_t>> {
        auto before = tx.count_by_status();
        if (!before) return before.error();
        // A write that commits while this read is open stays invisible to it.
        EXPECT_TRUE(write_sync(*store_, insert_job("SNAP-2")));
        auto after = tx.count_by_status();
        if (!after) return after.error();
        return std::pair{before->at(domain::Status::diterima), after->at(domain::Status::diterima)};
    });
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->first, 1);
    EXPECT_EQ(counts->second, 1);
    EXPECT_EQ(complaint_count(*store_), 2);
}

TEST_P(StoreConformance, CloseFinishesQueuedWritesThenRefusesEverything) {
    constexpr int kQueued = 50;
    std::vector<Result<void>> results(kQueued, core::make_error(ErrorCode::internal, "not run"));
    Completions completions(kQueued);
    for (int i = 0; i < kQueued; ++i) {
        store_->write(insert_job("CLOSE-" + std::to_string(i)), completions.slot(&results[i]));
    }
    store_->close();
    EXPECT_EQ(completions.done(), kQueued);  // close() returned after every callback
    for (const auto& r : results) EXPECT_TRUE(r);

    // After close: writes fail at once, reads get a transaction that answers unavailable.
    bool write_called = false;
    store_->write(insert_job("AFTER-CLOSE"), [&](Result<void> r) {
        write_called = true;
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, ErrorCode::unavailable);
    });
    EXPECT_TRUE(write_called);
    bool read_called = false;
    store_->read([&](ReadTx& tx) {
        read_called = true;
        auto expect_unavailable = [](const auto& r) {
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code, ErrorCode::unavailable);
        };
        expect_unavailable(tx.units());
        expect_unavailable(tx.categories());
        expect_unavailable(tx.complaint_by_ticket("CLOSE-1"));
        expect_unavailable(tx.complaint_by_photo("ph"));
        expect_unavailable(tx.events(1));
        expect_unavailable(tx.inbox(InboxQuery{}));
        expect_unavailable(tx.count_by_status());
        expect_unavailable(tx.staff_by_username("x"));
        expect_unavailable(tx.staff_by_id(1));
        expect_unavailable(tx.session("x"));
    });
    EXPECT_TRUE(read_called);
    EXPECT_FALSE(store_->ping());
    auto backup = store_->backup_to((dir_.path() / "after-close.db").string());
    ASSERT_FALSE(backup);
    EXPECT_EQ(backup.error().code, ErrorCode::unavailable);
    store_->close();  // again: nothing happens

    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(complaint_count(*reopened), kQueued);
    EXPECT_FALSE(exists(*reopened, "AFTER-CLOSE"));
    reopened->close();
}

TEST_P(StoreConformance, ReopenKeepsEverything) {
    auto unit = make_unit("dpupr", domain::UnitKind::perangkat_daerah);
    unit.call_center = {"+62234000111"};
    auto category = make_category("infrastruktur", "");
    domain::StaffUser user{0, "rina", "Rina Marlina", domain::Role::officer, "dpupr", "", "", true};
    domain::Complaint c = make_complaint("KEEP-1");
    c.photos = {{"ph-keep", domain::PhotoStage::report, "image/jpeg", 100, 80}};
    auto first = submit_event(c);
    auto verify = make_event(
        "verify", domain::Status::diterima, domain::Status::diverifikasi, c.created_at + hours(1));
    std::int64_t user_id = 0;
    write_ok([&](WriteTx& tx) -> Result<void> {
        if (auto r = tx.upsert_unit(unit); !r) return r;
        if (auto r = tx.upsert_category(category); !r) return r;
        auto id = tx.insert_staff(user, "hash");
        if (!id) return id.error();
        user_id = *id;
        if (auto r = tx.insert_session({"sess", user_id, "csrf", c.created_at, c.created_at}); !r) {
            return r;
        }
        if (auto r = tx.insert_complaint(c, first); !r) return r;
        return tx.append_event(c.id, verify);
    });
    store_->close();

    auto store = reopen();
    ASSERT_TRUE(store);
    expect_same(by_ticket(*store, "KEEP-1"), c);
    auto events = read_sync<std::vector<domain::ComplaintEvent>>(
        *store, [&](ReadTx& tx) { return tx.events(c.id); });
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 2u);
    expect_same((*events)[1], verify);
    auto units =
        read_sync<std::vector<domain::Unit>>(*store, [](ReadTx& tx) { return tx.units(); });
    ASSERT_TRUE(units);
    ASSERT_EQ(units->size(), 1u);
    expect_same(units->front(), unit);
    auto staff = read_sync<std::optional<domain::StaffUser>>(
        *store, [&](ReadTx& tx) { return tx.staff_by_id(user_id); });
    ASSERT_TRUE(staff && staff->has_value());
    EXPECT_EQ((*staff)->username, "rina");
    auto session = read_sync<std::optional<StaffSession>>(
        *store, [](ReadTx& tx) { return tx.session("sess"); });
    ASSERT_TRUE(session && session->has_value());
    store->close();
}

TEST_P(StoreConformance, BackupWhileWritingIsAConsistentStore) {
    if (!GetParam().open_backup) {
        auto refused = store_->backup_to((dir_.path() / "copy.db").string());
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::invalid_field);
        GTEST_SKIP() << GetParam().name << " is backed up by its own tools; backup_to() refuses";
    }
    write_ok([](WriteTx& tx) {
        return tx.upsert_unit(make_unit("dpupr", domain::UnitKind::perangkat_daerah));
    });
    // Each job stores a complaint and two more events: a consistent copy never splits one.
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        for (int i = 0; !stop.load() || written.load() < 20; ++i) {
            auto r = write_sync(*store_, [i](WriteTx& tx) -> Result<void> {
                domain::Complaint c = make_complaint("BK-" + std::to_string(i));
                auto event = submit_event(c);
                if (auto r = tx.insert_complaint(c, event); !r) return r;
                for (int k = 0; k < 2; ++k) {
                    auto note = make_event("note", c.status, c.status, c.created_at);
                    if (auto r = tx.append_event(c.id, note); !r) return r;
                }
                return {};
            });
            if (r) ++written;
        }
    });
    while (written.load() < 10) std::this_thread::sleep_for(milliseconds(1));
    const auto file = dir_.path() / "backups" / "copy.db";
    auto backup = store_->backup_to(file.string());
    stop = true;
    writer.join();
    ASSERT_TRUE(backup) << backup.error().message;

    auto copy = GetParam().open_backup(file);
    ASSERT_TRUE(copy) << copy.error().message;
    const auto copied = complaint_count(**copy);
    EXPECT_GE(copied, 10);
    EXPECT_LE(copied, written.load());
    for (int i = 0; i < copied; ++i) {
        const auto c = by_ticket(**copy, "BK-" + std::to_string(i));
        auto events = read_sync<std::vector<domain::ComplaintEvent>>(
            **copy, [&](ReadTx& tx) { return tx.events(c.id); });
        ASSERT_TRUE(events);
        EXPECT_EQ(events->size(), 3u) << "BK-" << i;
    }
    auto units =
        read_sync<std::vector<domain::Unit>>(**copy, [](ReadTx& tx) { return tx.units(); });
    ASSERT_TRUE(units);
    EXPECT_EQ(units->size(), 1u);
    (*copy)->close();
}

}  // namespace
}  // namespace tanggap::store::conformance

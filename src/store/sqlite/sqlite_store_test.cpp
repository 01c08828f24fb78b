// What the conformance suite cannot see from the interface: the file, the pragmas, the
// triggers, and that a batch really shares one commit.
#include "store/sqlite/sqlite_store.hpp"

#include "store/sqlite/sqlite_connection.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>

namespace tanggap::store::sqlite {
namespace {

using core::ErrorCode;

std::unique_ptr<Store> open_store(const SqliteOptions& options) {
    auto store = open_sqlite_store(options);
    if (!store) {
        ADD_FAILURE() << store.error().message;
        return nullptr;
    }
    return std::move(*store);
}

Store::WriteJob insert_job(const std::string& ticket) {
    return [ticket](WriteTx& tx) {
        domain::Complaint c;
        c.ticket = ticket;
        c.description = "Sampah menumpuk di pinggir jalan desa.";
        c.unit_code = "dlh";
        c.tracking_token_hash = "h";
        domain::ComplaintEvent event;
        event.actor = domain::EventActor::reporter();
        event.action = "submit";
        return tx.insert_complaint(c, event);
    };
}

std::int64_t count_rows(const std::string& path, const std::string& table) {
    auto db = Connection::open(path, Connection::Mode::read_only);
    if (!db) return -1;
    auto select = db->prepare("SELECT count(*) FROM " + table);
    if (!select || !(*select)->step()) return -1;
    return (*select)->column_int(0);
}

TEST(SqliteStore, FileIsInWalModeAndForeignKeysAreEnforced) {
    util::TempDir dir;
    const auto path = dir.file("tanggap.db");
    auto store = open_store({path});
    ASSERT_TRUE(store);
    auto db = Connection::open(path, Connection::Mode::read_only);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->query_text("PRAGMA journal_mode").value(), "wal");

    // The writer's connection refuses an event without its complaint.
    domain::ComplaintEvent orphan;
    auto result = write_sync(*store, [&](WriteTx& tx) { return tx.append_event(12345, orphan); });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::not_found);
    store->close();
}

TEST(SqliteStore, EventsCannotBeUpdatedOrDeleted) {
    util::TempDir dir;
    const auto path = dir.file("tanggap.db");
    auto store = open_store({path});
    ASSERT_TRUE(store);
    ASSERT_TRUE(write_sync(*store, insert_job("EV-1")));

    auto db = Connection::open(path, Connection::Mode::read_write);
    ASSERT_TRUE(db);
    auto update = db->exec("UPDATE complaint_events SET public_text = 'diubah'");
    ASSERT_FALSE(update);
    EXPECT_EQ(update.error().code, ErrorCode::internal);
    auto erase = db->exec("DELETE FROM complaint_events");
    ASSERT_FALSE(erase);
    EXPECT_EQ(erase.error().code, ErrorCode::internal);
    EXPECT_EQ(count_rows(path, "complaint_events"), 1);
    store->close();
}

TEST(SqliteStore, QueuedWritesShareOneCommitPerBatch) {
    util::TempDir dir;
    const auto path = dir.file("tanggap.db");
    auto store = open_store({path, 1, 4});
    ASSERT_TRUE(store);

    std::promise<void> running;
    std::promise<void> release;
    auto released = release.get_future();
    std::promise<Result<void>> blocker_done;
    store->write(
        [&](WriteTx&) -> Result<void> {
            running.set_value();
            released.wait();
            return {};
        },
        [&](Result<void> r) { blocker_done.set_value(std::move(r)); });
    running.get_future().wait();  // the writer holds the blocker alone

    constexpr int kJobs = 10;
    std::mutex mutex;
    std::vector<std::int64_t> visible(kJobs, -1);
    std::promise<void> all_done;
    int done = 0;
    for (int i = 0; i < kJobs; ++i) {
        store->write(insert_job("GC-" + std::to_string(i)), [&, i](Result<void> r) {
            EXPECT_TRUE(r);
            // What a fresh connection sees when this job is acknowledged.
            const auto rows = count_rows(path, "complaints");
            std::lock_guard lock(mutex);
            visible[i] = rows;
            if (++done == kJobs) all_done.set_value();
        });
    }
    release.set_value();
    EXPECT_TRUE(blocker_done.get_future().get());
    all_done.get_future().wait();
    // Batches of max_batch = 4: every job of a batch is durable when the first is acknowledged.
    EXPECT_EQ(visible, (std::vector<std::int64_t>{4, 4, 4, 4, 8, 8, 8, 8, 10, 10}));
    store->close();
}

TEST(SqliteStore, CloseCheckpointsAndRemovesTheWal) {
    util::TempDir dir;
    const auto path = dir.file("tanggap.db");
    auto store = open_store({path});
    ASSERT_TRUE(store);
    ASSERT_TRUE(write_sync(*store, insert_job("WAL-1")));
    EXPECT_TRUE(std::filesystem::exists(path + "-wal"));
    store->close();
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    EXPECT_EQ(count_rows(path, "complaints"), 1);
}

TEST(SqliteStore, OptionsBelowOneStillGiveAWorkingStore) {
    util::TempDir dir;
    auto store = open_store({dir.file("tanggap.db"), 0, 0});
    ASSERT_TRUE(store);
    ASSERT_TRUE(write_sync(*store, insert_job("OPT-1")));
    auto found = read_sync<std::optional<domain::Complaint>>(
        *store, [](ReadTx& tx) { return tx.complaint_by_ticket("OPT-1"); });
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->has_value());
    store->close();
}

TEST(SqliteStore, BadPathsAreRefused) {
    auto empty = open_sqlite_store({""});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::invalid_field);
    EXPECT_EQ(empty.error().field, "path");

    util::TempDir dir;
    std::ofstream(dir.file("plain-file")) << "not a directory";
    auto under_file = open_sqlite_store({dir.file("plain-file/tanggap.db")});
    ASSERT_FALSE(under_file);
    EXPECT_EQ(under_file.error().code, ErrorCode::unavailable);

    std::ofstream(dir.file("not-a-db")) << std::string(4096, 'x');
    auto garbage = open_sqlite_store({dir.file("not-a-db")});
    ASSERT_FALSE(garbage);
    EXPECT_EQ(garbage.error().code, ErrorCode::unavailable);
}

TEST(SqliteStore, BackupIsASingleFileThatOpensAsAStore) {
    util::TempDir dir;
    auto store = open_store({dir.file("tanggap.db")});
    ASSERT_TRUE(store);
    ASSERT_TRUE(write_sync(*store, insert_job("BK-1")));
    const auto target = dir.file("backups/nightly.db");
    ASSERT_TRUE(store->backup_to(target));
    EXPECT_TRUE(std::filesystem::exists(target));
    EXPECT_FALSE(std::filesystem::exists(target + ".tmp"));
    EXPECT_FALSE(std::filesystem::exists(target + "-wal"));
    // Backing up again replaces the copy.
    ASSERT_TRUE(write_sync(*store, insert_job("BK-2")));
    ASSERT_TRUE(store->backup_to(target));
    store->close();
    EXPECT_EQ(count_rows(target, "complaints"), 2);
}

}  // namespace
}  // namespace tanggap::store::sqlite

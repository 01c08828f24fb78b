// Reading a table a page at a time and summing it up, on an SQLite file: every row once, in key
// order, whatever the page size; the digest sees every value and its type.

#include "store/transfer/table_rows.hpp"

#include "store/sqlite/sqlite_connection.hpp"
#include "store/transfer/table_digest.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

namespace tanggap::store::transfer {
namespace {

class TableRows : public ::testing::Test {
  protected:
    void SetUp() override {
        path_ = std::filesystem::temp_directory_path() /
                ("tanggap-table-rows-" + std::to_string(::getpid()) + ".db");
        std::filesystem::remove(path_);
        auto db = sqlite::Connection::open(path_.string(), sqlite::Connection::Mode::read_write);
        ASSERT_TRUE(db) << db.error().message;
        db_.emplace(std::move(*db));
        ASSERT_TRUE(
            db_->exec("CREATE TABLE events (complaint_id INTEGER, seq INTEGER, "
                      "note TEXT, score REAL, PRIMARY KEY (complaint_id, seq))"));
    }
    void TearDown() override {
        db_.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path_.string() + suffix);
        }
    }
    static TableLayout events() {
        return {"events",
                {{"complaint_id", ColumnType::integer},
                 {"seq", ColumnType::integer},
                 {"note", ColumnType::text},
                 {"score", ColumnType::real}},
                {0, 1},
                ""};
    }
    // Pairs (complaint_id, seq) in the order they were read, and the page sizes.
    std::pair<std::vector<std::pair<std::int64_t, std::int64_t>>, std::vector<std::size_t>> read(
        int page_rows) {
        std::vector<std::pair<std::int64_t, std::int64_t>> keys;
        std::vector<std::size_t> pages;
        auto done = for_each_page(
            *db_,
            events(),
            [&](const std::vector<Row>& rows) -> core::Result<void> {
                pages.push_back(rows.size());
                for (const auto& row : rows) {
                    keys.emplace_back(std::get<std::int64_t>(row[0]),
                                      std::get<std::int64_t>(row[1]));
                }
                return {};
            },
            page_rows);
        EXPECT_TRUE(done) << done.error().message;
        return {keys, pages};
    }
    TableDigest digest() {
        auto d = digest_table(*db_, events());
        EXPECT_TRUE(d) << d.error().message;
        return d ? *d : TableDigest{};
    }

    std::filesystem::path path_;
    std::optional<sqlite::Connection> db_;
};

TEST_F(TableRows, EveryRowComesOnceInKeyOrderWhateverThePageSize) {
    // Complaints 1..3 with 4, 1 and 5 events, inserted out of order.
    ASSERT_TRUE(
        db_->exec("INSERT INTO events VALUES (3,1,'a',1), (1,2,'b',2), (3,5,'c',3), "
                  "(2,1,NULL,NULL), (1,1,'d',4), (3,2,'e',5), (1,4,'f',6), (3,3,'',7), "
                  "(1,3,'g',8), (3,4,'h',9)"));
    const std::vector<std::pair<std::int64_t, std::int64_t>> in_order{
        {1, 1}, {1, 2}, {1, 3}, {1, 4}, {2, 1}, {3, 1}, {3, 2}, {3, 3}, {3, 4}, {3, 5}};
    for (int page_rows : {1, 3, 5, 10, 2000}) {
        auto [keys, pages] = read(page_rows);
        EXPECT_EQ(keys, in_order) << "pages of " << page_rows;
        for (auto size : pages) EXPECT_LE(size, static_cast<std::size_t>(page_rows));
    }
    EXPECT_EQ(read(3).second, (std::vector<std::size_t>{3, 3, 3, 1}));
}

TEST_F(TableRows, TheDigestSeesEveryValueAndItsKind) {
    ASSERT_TRUE(db_->exec("INSERT INTO events VALUES (1,1,'Jalan rusak',0.1), (1,2,'',NULL)"));
    const auto first = digest();
    EXPECT_EQ(first.rows, 2);
    EXPECT_EQ(first.sha256.size(), 64u);

    // The same rows inserted in another order: the same digest.
    ASSERT_TRUE(
        db_->exec("DELETE FROM events; INSERT INTO events VALUES (1,2,'',NULL), "
                  "(1,1,'Jalan rusak',0.1)"));
    EXPECT_EQ(digest(), first);

    // An empty text is not NULL, a real changed in its last digit is another value.
    ASSERT_TRUE(db_->exec("UPDATE events SET note = NULL WHERE seq = 2"));
    EXPECT_NE(digest().sha256, first.sha256);
    ASSERT_TRUE(db_->exec("UPDATE events SET note = '' WHERE seq = 2"));
    EXPECT_EQ(digest(), first);
    ASSERT_TRUE(db_->exec("UPDATE events SET score = 0.10000000000000002 WHERE seq = 1"));
    EXPECT_NE(digest().sha256, first.sha256);
}

}  // namespace
}  // namespace tanggap::store::transfer

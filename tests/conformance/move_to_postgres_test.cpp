// Moving an embedded store into PostgreSQL (store/transfer): what was written through the
// SQLite store reads back the same through the PostgreSQL one, to the last bit of a coordinate;
// a source at another schema version, a target that holds rows and a changed row are caught.

#include "store/transfer/move_to_postgres.hpp"

#include "postgres_test_database.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store_conformance.hpp"

#include <sqlite3.h>

namespace tanggap::store::conformance {
namespace {

using transfer::MoveOptions;

class MoveToPostgres : public ::testing::Test {
  protected:
    void SetUp() override {
        auto name = testing_support::create_test_database();
        ASSERT_TRUE(name) << name.error().message;
        uri_ = testing_support::test_database_uri(*name);
    }

    std::string sqlite_path() const { return (dir_.path() / "tanggap.db").string(); }
    MoveOptions options() const { return {sqlite_path(), uri_, nullptr}; }

    std::unique_ptr<Store> open_sqlite() {
        auto store = sqlite::open_sqlite_store({sqlite_path(), 1, 16});
        EXPECT_TRUE(store) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }
    std::unique_ptr<Store> open_postgres() {
        auto store = postgres::open_postgres_store({uri_, 1, 16});
        EXPECT_TRUE(store) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    // Stores `complaint` with its first event through `store`; returns its id.
    static std::int64_t insert(Store& store, domain::Complaint& complaint) {
        auto event = submit_event(complaint);
        auto written =
            write_sync(store, [&](WriteTx& tx) { return tx.insert_complaint(complaint, event); });
        EXPECT_TRUE(written) << written.error().message;
        return complaint.id;
    }
    static std::optional<domain::Complaint> by_ticket(Store& store, const std::string& ticket) {
        auto found = read_sync<std::optional<domain::Complaint>>(
            store, [&](ReadTx& tx) { return tx.complaint_by_ticket(ticket); });
        EXPECT_TRUE(found) << found.error().message;
        return found ? *found : std::nullopt;
    }

    // An embedded store holding one complaint, closed.
    void embedded_with_one_complaint(const std::string& ticket) {
        auto embedded = open_sqlite();
        ASSERT_TRUE(embedded);
        auto complaint = make_complaint(ticket);
        insert(*embedded, complaint);
        embedded->close();
    }

    // Runs one statement on the embedded store's file behind the store's back.
    void sqlite_exec(const std::string& sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(sqlite_path().c_str(), &db), SQLITE_OK);
        char* message = nullptr;
        EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
            << (message ? message : "");
        sqlite3_free(message);
        sqlite3_close(db);
    }

    TempDir dir_;
    std::string uri_;
};

TEST_F(MoveToPostgres, EveryValueReadsBackTheSameAndNewIdsFollowTheMovedOnes) {
    auto embedded = open_sqlite();
    ASSERT_TRUE(embedded);
    auto plain = make_complaint("ADU-2611-00001");
    auto tricky = make_complaint("ADU-2611-00002");
    tricky.title = "Jalan \"rusak\" 'parah' \\ di Desa Ciwaringin; -- bukan SQL";
    tricky.description = "Baris satu\nBaris dua\ttab, emoji 🚧, aksara ꦲꦤꦕꦫꦏ, dan 100% nyata.";
    tricky.location.lat = -6.327512345678901;  // every digit a double holds
    tricky.location.lon = 108.32490000000001;
    tricky.location.address.clear();  // an optional column left NULL
    insert(*embedded, plain);
    insert(*embedded, tricky);
    embedded->close();

    auto report = transfer::move_embedded_store(options());
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_GT(report->schema_version, 0);
    for (const auto& table : report->tables) {
        EXPECT_EQ(table.source, table.target) << table.table;
        if (table.table == "complaints" || table.table == "complaint_events") {
            EXPECT_EQ(table.source.rows, 2) << table.table;
        }
    }

    auto moved = open_postgres();
    ASSERT_TRUE(moved);
    for (const auto* original : {&plain, &tricky}) {
        auto read = by_ticket(*moved, original->ticket);
        ASSERT_TRUE(read) << original->ticket;
        expect_same(*read, *original);
        EXPECT_EQ(read->location.lat, original->location.lat);  // exactly, not nearly
    }
    auto next = make_complaint("ADU-2611-00003");
    EXPECT_GT(insert(*moved, next), tricky.id) << "the identity sequence moved past the copies";
    moved->close();
}

TEST_F(MoveToPostgres, ATargetThatHoldsRowsIsRefusedAndKeepsThem) {
    ASSERT_NO_FATAL_FAILURE(embedded_with_one_complaint("ADU-2611-00001"));

    auto target = open_postgres();
    ASSERT_TRUE(target);
    auto there = make_complaint("ADU-2611-09999");
    insert(*target, there);

    auto report = transfer::move_embedded_store(options());
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, core::ErrorCode::conflict);
    EXPECT_EQ(report.error().field, "to");
    EXPECT_NE(report.error().message.find("complaints: 1 rows"), std::string::npos)
        << report.error().message;
    EXPECT_TRUE(by_ticket(*target, "ADU-2611-09999"));
    EXPECT_FALSE(by_ticket(*target, "ADU-2611-00001"));
    target->close();
}

TEST_F(MoveToPostgres, ASourceAtAnotherSchemaVersionIsRefused) {
    open_sqlite()->close();
    sqlite_exec(
        "DELETE FROM schema_migrations WHERE version = "
        "(SELECT max(version) FROM schema_migrations)");
    auto report = transfer::move_embedded_store(options());
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, core::ErrorCode::invalid_field);
    EXPECT_EQ(report.error().field, "from");
    EXPECT_NE(report.error().message.find("tanggap migrate"), std::string::npos)
        << report.error().message;
}

TEST_F(MoveToPostgres, ComparingFindsARowChangedAfterTheMove) {
    ASSERT_NO_FATAL_FAILURE(embedded_with_one_complaint("ADU-2611-00001"));
    ASSERT_TRUE(transfer::move_embedded_store(options()));

    auto same = transfer::compare_stores(options());
    ASSERT_TRUE(same) << same.error().message;
    for (const auto& table : same->tables) EXPECT_EQ(table.source, table.target) << table.table;

    // One character of one description, on the embedded side.
    sqlite_exec("UPDATE complaints SET description = description || '.'");
    auto changed = transfer::compare_stores(options());
    ASSERT_TRUE(changed) << changed.error().message;
    for (const auto& table : changed->tables) {
        if (table.table == "complaints") {
            EXPECT_EQ(table.source.rows, table.target.rows);
            EXPECT_NE(table.source.sha256, table.target.sha256);
        } else {
            EXPECT_EQ(table.source, table.target) << table.table;
        }
    }
}

}  // namespace
}  // namespace tanggap::store::conformance

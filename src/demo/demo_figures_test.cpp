// The demo's published figures, found the way a report would find them: the demo is loaded
// into a real SQLite store, then the database file is queried with plain SQL.
#include "demo/demo_loader.hpp"
#include "demo/indramayu.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/crypto.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <memory>
#include <string>

namespace tanggap::demo {
namespace {

const std::filesystem::path kAreaData = TANGGAP_SOURCE_DIR "/web/node_modules/idn-area-data/data";

// Read-only SQL over the store's file, independent of the store's own code.
class Database {
  public:
    explicit Database(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path);
        }
    }
    ~Database() { sqlite3_close(db_); }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Rows of (text key, integer value).
    std::map<std::string, std::int64_t> pairs(const std::string& sql) const {
        std::map<std::string, std::int64_t> out;
        run(sql, [&](sqlite3_stmt* s) {
            const auto* key = sqlite3_column_text(s, 0);
            out[key ? reinterpret_cast<const char*>(key) : ""] = sqlite3_column_int64(s, 1);
        });
        return out;
    }

    std::int64_t scalar(const std::string& sql) const {
        std::int64_t value = -1;
        run(sql, [&](sqlite3_stmt* s) { value = sqlite3_column_int64(s, 0); });
        return value;
    }

  private:
    template <class OnRow>
    void run(const std::string& sql, OnRow on_row) const {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
            throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + " in " + sql);
        }
        std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, sqlite3_finalize);
        int rc;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) on_row(raw);
        if (rc != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
    }

    sqlite3* db_ = nullptr;
};

// The year of created_at on the WIB (UTC+7) calendar.
constexpr const char* kYear =
    "CAST(strftime('%Y', c.created_at / 1000 + 7 * 3600, 'unixepoch') AS INTEGER)";

std::string sql(const std::string& text) {
    std::string out = text;
    for (auto at = out.find("{year}"); at != std::string::npos; at = out.find("{year}")) {
        out.replace(at, 6, kYear);
    }
    return out;
}

std::unique_ptr<store::Store> open_store(const std::string& path) {
    auto store = store::sqlite::open_sqlite_store({path});
    if (!store) throw std::runtime_error(store.error().message);
    return std::move(*store);
}

class DemoFigures : public ::testing::Test {
  protected:
    // Loading 3,090 complaints with their histories takes a few seconds: once for the suite.
    static void SetUpTestSuite() {
        dir_ = new util::TempDir;
        auto data = build_indramayu_demo(kAreaData);
        ASSERT_TRUE(data) << data.error().message;
        data_ = new DemoData(std::move(*data));

        auto store = open_store(dir_->file("tanggap.db"));
        // A store that only has users counts as empty: the demo loads and keeps the user.
        util::init_crypto();
        auto added = store::write_sync(*store, [](store::WriteTx& tx) -> core::Result<void> {
            domain::StaffUser admin;
            admin.username = "admin.lama";
            admin.role = domain::Role::super_admin;
            auto id = tx.insert_staff(admin, util::hash_password("rahasia-lama"));
            if (!id) return id.error();
            return {};
        });
        ASSERT_TRUE(added);
        empty_before_ = !store_has_units(*store);

        auto summary = load_demo(*store, *data_, util::hash_password);
        ASSERT_TRUE(summary) << summary.error().message;
        summary_ = *summary;
        has_units_after_ = store_has_units(*store);
        store->close();
    }
    static void TearDownTestSuite() {
        delete data_;
        delete dir_;
    }

    static Database database() { return Database(dir_->file("tanggap.db")); }

    static util::TempDir* dir_;
    static DemoData* data_;
    static LoadSummary summary_;
    static bool empty_before_;
    static bool has_units_after_;
};

util::TempDir* DemoFigures::dir_ = nullptr;
DemoData* DemoFigures::data_ = nullptr;
LoadSummary DemoFigures::summary_;
bool DemoFigures::empty_before_ = false;
bool DemoFigures::has_units_after_ = false;

TEST_F(DemoFigures, LoadsIntoAStoreThatOnlyHadUsersAndReadsBackWhole) {
    EXPECT_TRUE(empty_before_);
    EXPECT_TRUE(has_units_after_);
    EXPECT_EQ(summary_.units, 430u);
    EXPECT_EQ(summary_.categories, 20u);
    EXPECT_EQ(summary_.staff_added, 11u);
    EXPECT_EQ(summary_.complaints_added, 3090u);
    const auto db = database();
    EXPECT_EQ(db.scalar("SELECT count(*) FROM staff_users"), 12);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM staff_users WHERE username = 'admin.lama'"), 1);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM complaint_events"),
              static_cast<std::int64_t>(summary_.events_added));

    // The store gives back what was generated.
    auto store = open_store(dir_->file("tanggap.db"));
    const auto& expected = data_->complaints[1234];
    auto read = store::read_sync<std::optional<domain::Complaint>>(*store, [&](store::ReadTx& tx) {
        return tx.complaint_by_ticket(expected.complaint.ticket);
    });
    ASSERT_TRUE(read);
    ASSERT_TRUE(read->has_value());
    const auto& c = **read;
    EXPECT_EQ(c.title, expected.complaint.title);
    EXPECT_EQ(c.status, expected.complaint.status);
    EXPECT_EQ(c.unit_code, expected.complaint.unit_code);
    EXPECT_EQ(c.created_at, expected.complaint.created_at);
    EXPECT_EQ(c.handling_units, expected.complaint.handling_units);
    EXPECT_EQ(c.feedback.has_value(), expected.complaint.feedback.has_value());
    auto events = store::read_sync<std::vector<domain::ComplaintEvent>>(
        *store, [&](store::ReadTx& tx) { return tx.events(c.id); });
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), expected.events.size());
    for (std::size_t i = 0; i < events->size(); ++i) {
        EXPECT_EQ((*events)[i].action, expected.events[i].action);
        EXPECT_EQ((*events)[i].at, expected.events[i].at);
        EXPECT_EQ((*events)[i].public_text, expected.events[i].public_text);
    }

    // The demo logins work with the demo password.
    auto login = store::read_sync<std::optional<store::StaffCredentials>>(
        *store, [](store::ReadTx& tx) { return tx.staff_by_username("losarang.petugas"); });
    ASSERT_TRUE(login);
    ASSERT_TRUE(login->has_value());
    EXPECT_EQ((*login)->user.unit_code, "32.12.20");
    EXPECT_TRUE(util::verify_password("tanggap-demo", (*login)->password_hash));
    EXPECT_FALSE(util::verify_password("salah", (*login)->password_hash));

    // Loading again changes nothing: no new login (so no hashing), no new complaint.
    int hashed = 0;
    auto again = load_demo(*store, *data_, [&](std::string_view) {
        ++hashed;
        return std::string("x");
    });
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->staff_added, 0u);
    EXPECT_EQ(again->complaints_added, 0u);
    EXPECT_EQ(hashed, 0);
    store->close();
    EXPECT_EQ(database().scalar("SELECT count(*) FROM complaints"), 3090);
}

TEST_F(DemoFigures, PublishedFiguresAreFoundWithSql) {
    const auto db = database();
    // 2021: 2,245; 2022: 845.
    const auto by_year =
        db.pairs(sql("SELECT CAST({year} AS TEXT), count(*) FROM complaints c GROUP BY {year}"));
    EXPECT_EQ(by_year, (std::map<std::string, std::int64_t>{{"2021", 2245}, {"2022", 845}}));

    // 2022: 767 by agencies (perangkat daerah, RSUD and BUMD; see complaint_history.hpp),
    // 43 by kecamatan, 35 by puskesmas.
    const auto by_bucket = db.pairs(
        sql("SELECT CASE WHEN u.kind IN ('perangkat_daerah', 'rsud', 'bumd') THEN 'agencies'"
            " ELSE u.kind END AS bucket, count(*)"
            " FROM complaints c JOIN units u ON u.code = c.unit_code"
            " WHERE {year} = 2022 GROUP BY bucket"));
    EXPECT_EQ(by_bucket,
              (std::map<std::string, std::int64_t>{
                  {"agencies", 767}, {"kecamatan", 43}, {"puskesmas", 35}}));

    // 2022: Dinas Sosial 281, Kecamatan Losarang 14, Puskesmas Gantar 25.
    const auto by_unit = db.pairs(
        sql("SELECT u.name, count(*) FROM complaints c JOIN units u ON u.code = c.unit_code"
            " WHERE {year} = 2022 AND u.code IN ('dinsos', '32.12.20', 'pkm-gantar')"
            " GROUP BY u.code"));
    EXPECT_EQ(by_unit,
              (std::map<std::string, std::int64_t>{
                  {"Dinas Sosial", 281}, {"Kecamatan Losarang", 14}, {"Puskesmas Gantar", 25}}));
    // "Mostly social aid".
    const auto bansos = db.scalar(
        sql("SELECT count(*) FROM complaints c WHERE {year} = 2022 AND c.unit_code = 'dinsos'"
            " AND c.category_code = 'sosial.bansos'"));
    EXPECT_GT(bansos, 281 / 2);
}

TEST_F(DemoFigures, EveryComplaintIsStoredFollowedUpWithItsHistory) {
    const auto db = database();
    const auto by_status = db.pairs("SELECT status, count(*) FROM complaints GROUP BY status");
    ASSERT_EQ(by_status.size(), 2u);
    EXPECT_EQ(by_status.at("ditutup") + by_status.at("selesai"), 3090);
    EXPECT_GT(by_status.at("ditutup"), by_status.at("selesai"));
    // Every complaint's history has its submission, verification, follow-up and resolution,
    // and its last event leaves it in the status it has.
    EXPECT_EQ(db.scalar("SELECT count(*) FROM complaints c WHERE (SELECT count(*) FROM"
                        " complaint_events e WHERE e.complaint_id = c.id) < 4"),
              0);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM complaints c JOIN complaint_events e"
                        " ON e.complaint_id = c.id AND e.seq = (SELECT max(seq) FROM"
                        " complaint_events WHERE complaint_id = c.id)"
                        " WHERE e.to_status <> c.status OR e.unit_to <> c.unit_code"
                        " OR e.at <> c.updated_at"),
              0);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM complaint_events WHERE seq = 1 AND"
                        " action <> 'submit'"),
              0);

    // Tracking tokens: hashes of random tokens nobody was given.
    EXPECT_EQ(db.scalar("SELECT count(DISTINCT tracking_token_hash) FROM complaints"), 3090);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM complaints WHERE length(tracking_token_hash) <> 64"
                        " OR tracking_token_hash GLOB '*[^0-9a-f]*'"),
              0);

    // Hand-overs are recorded as handling units.
    // Complaints passed on hold both units; the rest hold only their own.
    EXPECT_EQ(db.scalar("SELECT count(*) FROM complaints c WHERE NOT EXISTS (SELECT 1 FROM"
                        " complaint_units h WHERE h.complaint_id = c.id"
                        " AND h.unit_code = c.unit_code)"),
              0);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT complaint_id FROM complaint_units"
                        " GROUP BY complaint_id HAVING count(*) = 2)"),
              db.scalar("SELECT count(DISTINCT complaint_id) FROM complaint_events"
                        " WHERE action = 'dispose'"));
}

}  // namespace
}  // namespace tanggap::demo

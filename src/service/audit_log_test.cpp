// The audit log holds against hands on the database: every change or removal of a row is found
// and named, a log rewritten with fresh hashes is caught by the day's signed seal, and erasing
// a person keeps the chain whole.

#include "service/audit_log.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

namespace tanggap::service {
namespace {

using namespace testing_support;
using namespace std::chrono;

class AuditLog : public ServiceFixture {
  protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        key_ = util::generate_signing_key();
    }

    void record(const std::string& actor, const std::string& action, domain::Timestamp at) {
        ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = record_audit(tx, {actor, action, "2612-ABCDEF", "status diterima -> x"}, at);
            if (!r) return r.error();
            return {};
        }));
    }

    int seal(domain::Timestamp now) {
        int sealed = -1;
        EXPECT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = seal_audit_days(tx, key_.secret_key, now);
            if (!r) return r.error();
            sealed = *r;
            return {};
        }));
        return sealed;
    }

    AuditVerdict verify() {
        auto r = store::read_sync<AuditVerdict>(
            *store_, [&](store::ReadTx& tx) { return verify_audit(tx, key_.public_key); });
        EXPECT_TRUE(r) << (r ? "" : r.error().message);
        return r ? *r : AuditVerdict{};
    }

    // Changes the database by hand, as someone with the file would, the server stopped.
    void tamper(const std::string& sql) {
        store_->close();
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(dir_.file("tanggap.db").c_str(), &db), SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
        EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
        sqlite3_free(message);
        sqlite3_close(db);
        restart_closed();
    }

    void restart_closed() {
        auto opened = store::sqlite::open_sqlite_store({dir_.file("tanggap.db")});
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(*opened);
    }

    // Five entries over two days, 6 and 7 December 2026 (WIB).
    void five_entries() {
        record("dinsos.petugas", "complaint.verify", day6_);
        record("dinsos.petugas", "complaint.dispose", day6_ + minutes(5));
        record("superadmin", "admin.user", day6_ + hours(2));
        record("dinsos.petugas", "complaint.start", day7_);
        record("dinsos.petugas", "complaint.resolve", day7_ + minutes(1));
    }

    util::SigningKey key_;
    const domain::Timestamp day6_ = wib(2026y / 12 / 6, hours(9));
    const domain::Timestamp day7_ = wib(2026y / 12 / 7, hours(9));
};

TEST_F(AuditLog, AnUntouchedLogVerifiesWithItsSeals) {
    five_entries();
    EXPECT_EQ(seal(day7_ + hours(1)), 1) << "6 December ended; the 7th has not";
    EXPECT_EQ(seal(day7_ + hours(2)), 0) << "nothing new to seal";
    EXPECT_EQ(seal(day7_ + days(1)), 1);
    const auto verdict = verify();
    EXPECT_TRUE(verdict.intact) << verdict.problem;
    EXPECT_EQ(verdict.entries, 5);
    EXPECT_EQ(verdict.seals, 2);
    EXPECT_EQ(verdict.sealed_through, 5);
}

TEST_F(AuditLog, AChangedRowIsNamed) {
    five_entries();
    tamper("UPDATE audit_log SET detail = 'status diterima -> ditolak' WHERE seq = 3");
    auto verdict = verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_EQ(verdict.first_bad_seq, 3);
    EXPECT_NE(verdict.problem.find("#3"), std::string::npos) << verdict.problem;

    tamper("UPDATE audit_log SET detail = 'status diterima -> x', at = at + 1 WHERE seq = 3");
    verdict = verify();
    EXPECT_EQ(verdict.first_bad_seq, 3) << verdict.problem;
}

TEST_F(AuditLog, ARemovedRowIsNamedInTheMiddleAndAtTheEnd) {
    five_entries();
    tamper("DELETE FROM audit_log WHERE seq = 2");
    auto verdict = verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_EQ(verdict.first_bad_seq, 2) << verdict.problem;

    tamper("DELETE FROM audit_log WHERE seq >= 2");
    verdict = verify();
    EXPECT_FALSE(verdict.intact) << "the head still names entry 5";
    EXPECT_EQ(verdict.first_bad_seq, 2) << verdict.problem;
}

TEST_F(AuditLog, ALogRewrittenWithFreshHashesFailsItsSeal) {
    five_entries();
    ASSERT_EQ(seal(day7_ + days(1)), 2);
    // Whoever rewrites entry 2 and every hash after it still cannot sign a new seal.
    auto forged = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [](store::ReadTx& tx) { return tx.audit_chain(0, 10); });
    ASSERT_TRUE(forged);
    std::string prev(domain::kAuditGenesis);
    std::string sql;
    for (auto& e : *forged) {
        if (e.seq == 2) {
            e.detail = "tidak pernah terjadi";
            e.commitment = util::sha256_hex(domain::audit_commitment_text(e));
        }
        e.prev_hash = prev;
        e.hash = util::sha256_hex(domain::audit_chain_text(e));
        prev = e.hash;
        sql += "UPDATE audit_log SET detail = '" + e.detail + "', commitment = '" + e.commitment +
               "', prev_hash = '" + e.prev_hash + "', hash = '" + e.hash +
               "' WHERE seq = " + std::to_string(e.seq) + ";";
    }
    sql += "UPDATE audit_head SET hash = '" + prev + "';";
    tamper(sql);
    const auto verdict = verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_EQ(verdict.first_bad_seq, 3) << "the seal of 6 December ends at entry 3";
    EXPECT_NE(verdict.problem.find("2026-12-06"), std::string::npos) << verdict.problem;
}

TEST_F(AuditLog, ASealSignedByAnotherKeyIsRefused) {
    five_entries();
    const auto real_key = key_;
    key_ = util::generate_signing_key();
    ASSERT_EQ(seal(day7_ + days(1)), 2);
    key_ = real_key;
    const auto verdict = verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_NE(verdict.problem.find("tanda tangan"), std::string::npos) << verdict.problem;
}

TEST_F(AuditLog, ErasingAPersonKeepsTheChainWhole) {
    five_entries();
    ASSERT_EQ(seal(day7_ + days(1)), 2);
    std::int64_t erased = 0;
    ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
        auto r = tx.erase_audit_actor("dinsos.petugas");
        if (!r) return r.error();
        erased = *r;
        return {};
    }));
    EXPECT_EQ(erased, 4);
    const auto verdict = verify();
    EXPECT_TRUE(verdict.intact) << verdict.problem;
    auto entries = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [](store::ReadTx& tx) { return tx.audit_chain(0, 10); });
    ASSERT_TRUE(entries);
    EXPECT_EQ((*entries)[0].actor, domain::kAuditTombstone);
    EXPECT_EQ((*entries)[2].actor, "superadmin");
    // A tombstone put on by hand, nonce kept, is a change like any other.
    tamper("UPDATE audit_log SET actor = '[dihapus]' WHERE seq = 3");
    EXPECT_EQ(verify().first_bad_seq, 3);
}

TEST_F(AuditLog, TheAuditorsPageFiltersNewestFirst) {
    five_entries();
    store::AuditQuery q;
    q.actor = "dinsos.petugas";
    q.limit = 2;
    auto page = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [&](store::ReadTx& tx) { return tx.audit_entries(q); });
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 2u);
    EXPECT_EQ((*page)[0].seq, 5);
    EXPECT_EQ((*page)[1].seq, 4);
    q.before_seq = 4;
    page = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [&](store::ReadTx& tx) { return tx.audit_entries(q); });
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 2u);
    EXPECT_EQ((*page)[0].seq, 2);
    EXPECT_EQ((*page)[1].seq, 1);
}

}  // namespace
}  // namespace tanggap::service

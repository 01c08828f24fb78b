#pragma once
// For service tests: a real SQLite store in a temporary directory with Dinas Sosial, Diskominfo
// and one category (bantuan sosial, the default SP4N-LAPOR! policy), and helpers to submit and
// act through the service as an officer of Dinas Sosial.

#include "service/complaint_service.hpp"
#include "service/test_time.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/crypto.hpp"
#include "util/temp_dir.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>

namespace tanggap::service::testing_support {

using namespace std::chrono;

class ServiceFixture : public ::testing::Test {
  protected:
    void SetUp() override {
        util::init_crypto();
        auto opened = store::sqlite::open_sqlite_store({dir_.file("tanggap.db")});
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(*opened);

        domain::Unit dinsos;
        dinsos.code = "dinsos";
        dinsos.name = "Dinas Sosial";
        dinsos.categories = {"sosial.bansos"};
        domain::Unit kominfo;
        kominfo.code = "diskominfo";
        kominfo.name = "Diskominfo";
        kominfo.super_admin = true;
        domain::Category bansos;
        bansos.code = "sosial.bansos";
        bansos.name = "Bantuan Sosial";
        bansos.responsible_unit = "dinsos";
        bansos.deadline_policy = "prioritas_48_jam";  // not a known policy: sp4n_lapor
        ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            if (auto r = tx.upsert_unit(dinsos); !r) return r;
            if (auto r = tx.upsert_unit(kominfo); !r) return r;
            return tx.upsert_category(bansos);
        }));
        directory_ = domain::DirectoryIndex({dinsos, kominfo}, {bansos});
        officer_.id = 1;
        officer_.username = "dinsos.petugas";
        officer_.role = domain::Role::officer;
        officer_.unit_code = "dinsos";
    }
    void TearDown() override {
        if (store_) store_->close();
    }

    // Closes the store and opens the same file again, as a restarted server would.
    void restart() {
        store_->close();
        auto opened = store::sqlite::open_sqlite_store({dir_.file("tanggap.db")});
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(*opened);
    }

    SubmitReceipt submit(domain::Timestamp now,
                         domain::Reporter reporter = {},
                         domain::Channel channel = domain::Channel::web) {
        SubmitRequest request;
        request.submission.reporter = std::move(reporter);
        request.submission.channel = channel;
        request.submission.title = "Bansos belum cair";
        request.submission.description = "Sudah tiga bulan bantuan PKH belum cair.";
        request.submission.category_code = "sosial.bansos";
        request.now = now;
        SubmitReceipt receipt;
        auto written = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = submit_complaint(tx, directory_, request, clock_, outreach_);
            if (!r) return r.error();
            receipt = *r;
            return {};
        });
        EXPECT_TRUE(written) << (written ? "" : written.error().message);
        return receipt;
    }

    domain::Complaint act(const std::string& ticket,
                          domain::ActionRequest action,
                          domain::Timestamp now) {
        domain::Complaint out;
        auto written = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r =
                act_on_complaint(tx, directory_, ticket, officer_, action, now, clock_, outreach_);
            if (!r) return r.error();
            out = r->complaint;
            return {};
        });
        EXPECT_TRUE(written) << (written ? "" : written.error().message);
        return out;
    }

    domain::Complaint stored(const std::string& ticket) {
        auto found = store::read_sync<std::optional<domain::Complaint>>(
            *store_, [&](store::ReadTx& tx) { return tx.complaint_by_ticket(ticket); });
        EXPECT_TRUE(found && *found);
        return found && *found ? **found : domain::Complaint{};
    }

    util::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    domain::DirectoryIndex directory_;
    domain::StaffUser officer_;
    const DeadlineClock& clock_ = standard_deadline_clock();
    domain::Outreach outreach_;  // no channel: tests that want reporter notices turn one on
};

inline domain::ActionRequest action(domain::Action a, std::string message = {}) {
    domain::ActionRequest r;
    r.action = a;
    r.message = std::move(message);
    r.note = a == domain::Action::note ? "catatan" : "";
    return r;
}

}  // namespace tanggap::service::testing_support

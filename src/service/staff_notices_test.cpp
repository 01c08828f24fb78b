// Reminders and escalations reach officers outside the console through the outbox, written in
// the sweep's own transaction (a real SQLite store; time driven by hand).
#include "service/staff_notices.hpp"

#include "service/deadline_sweep.hpp"
#include "service_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using domain::OutboundChannel;
using domain::OutboundPurpose;
using domain::Role;
using testing_support::wib;

// Verification of a complaint filed Monday 2 March 2026 10:00 WIB is due Thursday 10:00; the
// first reminder falls due Tuesday 22:00 (deadline_sweep_test.cpp has the arithmetic).
const auto kSubmitted = wib(2026y / 3 / 2, 10h);

class StaffNotices : public testing_support::ServiceFixture {
  protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        outreach_.email = outreach_.sms = true;
        outreach_.console_base_url = "https://tanggap.example/petugas/aduan/";
        add("dinsos.petugas", Role::officer, "dinsos", "petugas@dinsos.example", "");
        add("dinsos.lapangan", Role::officer, "dinsos", "", "081211112222");
        add("dinsos.operator", Role::operator_, "dinsos", "operator@dinsos.example", "");
        add("dinsos.pensiun", Role::officer, "dinsos", "pensiun@dinsos.example", "", false);
        add("kominfo.petugas", Role::officer, "diskominfo", "petugas@kominfo.example", "");
        add("superadmin", Role::super_admin, "diskominfo", "admin@kominfo.example", "");
        add("bupati", Role::leadership, "", "", "");  // unreachable: in the console only
    }

    void add(std::string username,
             Role role,
             std::string unit,
             std::string email,
             std::string phone,
             bool active = true) {
        domain::StaffUser u;
        u.username = std::move(username);
        u.role = role;
        u.unit_code = std::move(unit);
        u.email = std::move(email);
        u.phone = phone.empty() ? "" : *domain::normalize_phone(phone);
        u.active = active;
        ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto id = tx.insert_staff(u, "hash");
            if (!id) return id.error();
            return {};
        }));
    }

    void sweep(domain::Timestamp now) {
        ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            auto r = sweep_deadlines(tx, clock_, outreach_, now, 100);
            if (!r) return r.error();
            return {};
        }));
    }

    // The recipients of the staff notices queued so far, sorted.
    std::vector<std::string> told() {
        auto rows = store::read_sync<std::vector<domain::Outbound>>(
            *store_, [](store::ReadTx& tx) { return tx.outbox({}); });
        EXPECT_TRUE(rows);
        std::vector<std::string> out;
        for (const auto& m : rows ? *rows : std::vector<domain::Outbound>{}) {
            if (m.purpose == OutboundPurpose::staff_notice) {
                out.push_back(std::string(to_string(m.channel)) + ":" + m.recipient);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }
};

TEST_F(StaffNotices, AReminderReachesTheUnitsActiveOfficersByEmailOrSms) {
    submit(kSubmitted);
    sweep(wib(2026y / 3 / 3, 22h));
    EXPECT_EQ(told(),
              (std::vector<std::string>{"email:petugas@dinsos.example", "sms:6281211112222"}));
    sweep(wib(2026y / 3 / 3, 23h));
    EXPECT_EQ(told().size(), 2U) << "nothing is queued twice";
}

TEST_F(StaffNotices, AnEscalationAlsoReachesDiskominfosSuperAdmin) {
    submit(kSubmitted);
    sweep(wib(2026y / 3 / 5, 10h) + minutes(1));
    EXPECT_EQ(
        told(),
        (std::vector<std::string>{
            "email:admin@kominfo.example", "email:petugas@dinsos.example", "sms:6281211112222"}));
}

TEST_F(StaffNotices, NothingIsQueuedWhenTheTransactionRollsBack) {
    const auto ticket = submit(kSubmitted).ticket;
    auto failed = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
        domain::Notification n;
        n.unit_code = "dinsos";
        n.complaint_id = stored(ticket).id;
        n.ticket = ticket;
        n.text = "Pengingat";
        n.created_at = kSubmitted;
        if (auto r = notify_staff(tx, n, outreach_); !r) return r;
        return core::make_error(core::ErrorCode::unavailable, "disk full");
    });
    ASSERT_FALSE(failed);
    EXPECT_TRUE(told().empty());
}

TEST_F(StaffNotices, WithoutEmailOrSmsOnlyTheConsoleHearsOfIt) {
    outreach_ = {};
    outreach_.whatsapp = true;
    submit(kSubmitted);
    sweep(wib(2026y / 3 / 3, 22h));
    EXPECT_TRUE(told().empty());
}

}  // namespace
}  // namespace tanggap::service

// The super admin's writes of staff accounts: each is checked, saved and audited in one
// transaction; switching an account off or giving it a new password ends its sessions.
#include "service/staff_accounts.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using core::ErrorCode;
using testing_support::wib;

class StaffAccounts : public testing_support::ServiceFixture {
  protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        admin_.username = "superadmin";
        admin_.display_name = "Super Admin";
        admin_.role = domain::Role::super_admin;
        admin_.unit_code = "diskominfo";
        domain::StaffUser officer;
        officer.username = "siti";
        officer.display_name = "Siti";
        officer.role = domain::Role::officer;
        officer.unit_code = "dinsos";
        ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> core::Result<void> {
            auto admin = tx.insert_staff(admin_, "hash");
            if (!admin) return admin.error();
            admin_.id = *admin;
            auto created = create_staff_account(tx, officer, "hash", admin_, kNow);
            if (!created) return created.error();
            siti_ = *created;
            return tx.insert_session({"sesi-siti", siti_.id, "csrf", kNow, kNow + hours(8)});
        }));
    }

    core::Result<domain::StaffUser> change(const StaffAccountChange& c, std::int64_t id = 0) {
        return store::write_sync_value<domain::StaffUser>(*store_, [&](store::WriteTx& tx) {
            return change_staff_account(tx, id ? id : siti_.id, c, directory_, admin_, kNow);
        });
    }

    bool siti_has_a_session() {
        auto s = store::read_sync<std::optional<store::StaffSession>>(
            *store_, [](store::ReadTx& tx) { return tx.session("sesi-siti"); });
        return s && s->has_value();
    }

    std::vector<std::string> audit_details() {
        auto entries = store::read_sync<std::vector<domain::AuditEntry>>(
            *store_, [](store::ReadTx& tx) { return tx.audit_chain(0, 50); });
        std::vector<std::string> out;
        if (entries) {
            for (const auto& e : *entries) out.push_back(e.detail);
        }
        return out;
    }

    const domain::Timestamp kNow = wib(2026y / December / 7, 9h);
    domain::StaffUser admin_;
    domain::StaffUser siti_;
};

TEST_F(StaffAccounts, ACreatedAccountIsAuditedWithItsRoleAndUnit) {
    EXPECT_GT(siti_.id, 0);
    EXPECT_EQ(audit_details(),
              std::vector<std::string>{"pengguna siti dibuat: peran officer, unit dinsos"});
}

TEST_F(StaffAccounts, AChangeKeepsWhatItDoesNotNameAndIsAudited) {
    StaffAccountChange c;
    c.display_name = "Siti Aminah";
    auto changed = change(c);
    ASSERT_TRUE(changed) << changed.error().message;
    EXPECT_EQ(changed->display_name, "Siti Aminah");
    EXPECT_EQ(changed->unit_code, "dinsos");
    EXPECT_EQ(changed->role, domain::Role::officer);
    EXPECT_TRUE(siti_has_a_session());
    EXPECT_EQ(audit_details().back(), "pengguna siti diubah: peran officer, unit dinsos");
}

TEST_F(StaffAccounts, SwitchingAnAccountOffEndsItsSessionsAtOnce) {
    StaffAccountChange c;
    c.active = false;
    ASSERT_TRUE(change(c));
    EXPECT_FALSE(siti_has_a_session());
    EXPECT_EQ(audit_details().back(), "pengguna siti diubah: peran officer, unit dinsos, nonaktif");
}

TEST_F(StaffAccounts, RefusedChangesWriteNothing) {
    StaffAccountChange rename;
    rename.username = "siti2";
    auto renamed = change(rename);
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.error().field, "username");

    StaffAccountChange off_unit;
    off_unit.unit_code = "";  // an officer needs a unit
    auto no_unit = change(off_unit);
    ASSERT_FALSE(no_unit);
    EXPECT_EQ(no_unit.error().field, "unit");

    StaffAccountChange self;
    self.active = false;
    auto locked_out = change(self, admin_.id);
    ASSERT_FALSE(locked_out);
    EXPECT_EQ(locked_out.error().code, ErrorCode::conflict);

    auto missing = change({}, 9999);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);

    EXPECT_EQ(audit_details().size(), 1U) << "only the creation";
    EXPECT_TRUE(siti_has_a_session());
}

TEST_F(StaffAccounts, ANewPasswordEndsSomeoneElsesSessionsButNotTheActorsOwn) {
    ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) {
        return set_staff_account_password(tx, siti_.id, "hash2", admin_, kNow);
    }));
    EXPECT_FALSE(siti_has_a_session());
    EXPECT_EQ(audit_details().back(),
              "kata sandi pengguna #" + std::to_string(siti_.id) + " diganti");

    auto self = siti_;
    ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) -> core::Result<void> {
        return tx.insert_session({"sesi-siti", siti_.id, "csrf", kNow, kNow + hours(8)});
    }));
    ASSERT_TRUE(store::write_sync(*store_, [&](store::WriteTx& tx) {
        return set_staff_account_password(tx, siti_.id, "hash3", self, kNow);
    }));
    EXPECT_TRUE(siti_has_a_session());

    auto missing = store::write_sync(*store_, [&](store::WriteTx& tx) {
        return set_staff_account_password(tx, 9999, "hash", admin_, kNow);
    });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace tanggap::service

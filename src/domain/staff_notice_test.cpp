// Which staff hear of a notification outside the console, and through which channel.
#include "domain/staff_notice.hpp"

#include <gtest/gtest.h>

namespace tanggap::domain {
namespace {

Notification reminder() {
    Notification n;
    n.id = 41;
    n.unit_code = "dinsos";
    n.complaint_id = 7;
    n.ticket = "IDM-2603-0001";
    n.kind = NotificationKind::reminder;
    n.level = 1;
    n.text = "Pengingat 1: verifikasi IDM-2603-0001 jatuh tempo Kamis 5 Maret 10.00 WIB.";
    n.created_at = Timestamp{std::chrono::milliseconds{1'772'420'400'000}};
    return n;
}

StaffUser officer(std::string email, std::string phone) {
    StaffUser u;
    u.id = 3;
    u.username = "dinsos.petugas";
    u.display_name = "Petugas Dinas Sosial";
    u.role = Role::officer;
    u.unit_code = "dinsos";
    u.email = std::move(email);
    u.phone = std::move(phone);
    return u;
}

Outreach email_and_sms() {
    Outreach o;
    o.email = o.sms = true;
    o.console_base_url = "https://tanggap.example/petugas/aduan/";
    return o;
}

TEST(StaffNotice, GoesByEmailWithTheTextAndTheConsoleLink) {
    auto m = staff_notice(
        reminder(), officer("petugas@dinsos.example", "081234567890"), email_and_sms());
    ASSERT_TRUE(m);
    EXPECT_EQ(m->channel, OutboundChannel::email);
    EXPECT_EQ(m->recipient, "petugas@dinsos.example");
    EXPECT_EQ(m->purpose, OutboundPurpose::staff_notice);
    EXPECT_EQ(m->idempotency_key, "staff:41:3");
    EXPECT_EQ(m->complaint_id, 7);
    EXPECT_EQ(m->subject, "[Tanggap] Pengingat tenggat IDM-2603-0001");
    EXPECT_NE(m->body.find("Yth. Petugas Dinas Sosial"), std::string::npos);
    EXPECT_NE(m->body.find(reminder().text), std::string::npos);
    EXPECT_NE(m->body.find("https://tanggap.example/petugas/aduan/IDM-2603-0001"),
              std::string::npos);
    EXPECT_EQ(m->next_attempt_at, reminder().created_at);
}

TEST(StaffNotice, FallsBackToSmsToThePhoneDigits) {
    auto no_email = staff_notice(reminder(), officer("", "0812-3456-7890"), email_and_sms());
    ASSERT_TRUE(no_email);
    EXPECT_EQ(no_email->channel, OutboundChannel::sms);
    EXPECT_EQ(no_email->recipient, "6281234567890");
    EXPECT_NE(no_email->body.find(reminder().text), std::string::npos);

    auto sms_only = email_and_sms();
    sms_only.email = false;
    auto m =
        staff_notice(reminder(), officer("petugas@dinsos.example", "+6281234567890"), sms_only);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->channel, OutboundChannel::sms);
}

TEST(StaffNotice, NothingForSomeoneUnreachableOrSwitchedOff) {
    EXPECT_FALSE(staff_notice(reminder(), officer("", ""), email_and_sms()));
    EXPECT_FALSE(staff_notice(reminder(), officer("", "bukan nomor"), email_and_sms()));
    EXPECT_FALSE(staff_notice(reminder(), officer("petugas@dinsos.example", ""), Outreach{}));
    auto off = officer("petugas@dinsos.example", "");
    off.active = false;
    EXPECT_FALSE(staff_notice(reminder(), off, email_and_sms()));
}

TEST(StaffNotice, EachKindHasItsSubjectAndAudience) {
    auto n = reminder();
    EXPECT_EQ(roles_told(n), (std::vector<Role>{Role::officer, Role::unit_admin}));
    n.kind = NotificationKind::escalation;
    n.level = 2;
    n.unit_code.clear();
    n.role = Role::leadership;
    EXPECT_EQ(roles_told(n), std::vector<Role>{Role::leadership});
    auto bupati = officer("bupati@indramayu.example", "");
    bupati.role = Role::leadership;
    EXPECT_EQ(staff_notice(n, bupati, email_and_sms())->subject,
              "[Tanggap] Eskalasi level 2: IDM-2603-0001");
    n.kind = NotificationKind::dispatch;
    EXPECT_EQ(staff_notice(n, bupati, email_and_sms())->subject,
              "[Tanggap] DARURAT 112: IDM-2603-0001");
}

}  // namespace
}  // namespace tanggap::domain

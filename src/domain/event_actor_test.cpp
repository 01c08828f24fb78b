#include "domain/complaint.hpp"
#include "domain/status_machine.hpp"

#include <gtest/gtest.h>

namespace tanggap::domain {
namespace {

TEST(EventActor, ReadsBackAsItselfFromItsStoredWord) {
    for (const auto& actor :
         {EventActor::reporter(), EventActor::system(), EventActor::staff("dinsos.petugas")}) {
        EXPECT_EQ(EventActor::parse(to_string(actor)), actor) << to_string(actor);
    }
    EXPECT_EQ(to_string(EventActor::reporter()), "pelapor");
    EXPECT_EQ(to_string(EventActor::system()), "sistem");
    EXPECT_EQ(EventActor::parse("dinsos.petugas").kind(), EventActor::Kind::staff);
    EXPECT_EQ(EventActor::parse("dinsos.petugas").username(), "dinsos.petugas");
}

TEST(EventActor, TheReservedWordsAreNoAccountsName) {
    EXPECT_TRUE(is_reserved_actor_name("pelapor"));
    EXPECT_TRUE(is_reserved_actor_name("sistem"));
    EXPECT_FALSE(is_reserved_actor_name("dinsos.petugas"));
}

TEST(EventActor, AStaffActionIsByTheStaffMemberAndFeedbackByTheReporter) {
    Complaint c;
    c.status = Status::selesai;
    c.unit_code = "dinsos";
    const Actor officer{StaffUser{1, "dinsos.petugas", "Petugas", Role::officer, "dinsos"}};
    ActionRequest close;
    close.action = Action::close;
    auto closed = apply_action(c, officer, close);
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->event.actor, EventActor::staff("dinsos.petugas"));
    auto feedback = apply_feedback(c, Feedback{true, 5, "Terima kasih", {}});
    ASSERT_TRUE(feedback);
    EXPECT_EQ(feedback->event.actor, EventActor::reporter());
}

}  // namespace
}  // namespace tanggap::domain

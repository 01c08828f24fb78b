#include "domain/staff.hpp"

#include <gtest/gtest.h>

namespace tanggap::domain {
namespace {

TEST(SecondFactor, TheSuperAdminCannotSignInWithoutEnrolment) {
    EXPECT_EQ(second_factor(Role::super_admin, false), SecondFactor::not_enrolled);
    EXPECT_EQ(second_factor(Role::super_admin, true), SecondFactor::code);
}

TEST(SecondFactor, OtherStaffMayEnrolAndThenAlwaysGiveTheCode) {
    for (auto role :
         {Role::operator_, Role::officer, Role::unit_admin, Role::leadership, Role::auditor}) {
        EXPECT_EQ(second_factor(role, false), SecondFactor::none) << to_string(role);
        EXPECT_EQ(second_factor(role, true), SecondFactor::code) << to_string(role);
    }
}

}  // namespace
}  // namespace tanggap::domain

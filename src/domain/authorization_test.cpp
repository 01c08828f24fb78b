#include "domain/authorization.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace tanggap::domain {
namespace {

constexpr UnitRelation kRelations[] = {
    UnitRelation::holds, UnitRelation::held, UnitRelation::oversees, UnitRelation::other};
constexpr Secrecy kSecrecies[] = {
    Secrecy::plain, Secrecy::confidential, Secrecy::confidential_escalated};

StaffUser staff(Role role, std::string unit, std::vector<std::string> below = {}) {
    StaffUser s;
    s.username = "u";
    s.role = role;
    s.unit_code = std::move(unit);
    s.units_below = std::move(below);
    return s;
}

Complaint held_by(std::string unit, std::vector<std::string> earlier = {}) {
    Complaint c;
    c.unit_code = std::move(unit);
    c.handling_units = std::move(earlier);
    c.handling_units.push_back(c.unit_code);
    return c;
}

TEST(Authorization, TheRelationOfAUnitToAComplaint) {
    const auto c = held_by("desa-a", {"kec-losarang-not-holder"});
    EXPECT_EQ(relation_of(c, staff(Role::officer, "desa-a")), UnitRelation::holds);
    EXPECT_EQ(relation_of(c, staff(Role::officer, "kec-losarang-not-holder")), UnitRelation::held);
    EXPECT_EQ(relation_of(c, staff(Role::officer, "kec", {"desa-a"})), UnitRelation::oversees);
    EXPECT_EQ(relation_of(c, staff(Role::officer, "dpupr")), UnitRelation::other);
    // Roles without a unit stand in no relation to any complaint.
    EXPECT_EQ(relation_of(c, staff(Role::leadership, "")), UnitRelation::other);
    EXPECT_EQ(relation_of(c, staff(Role::officer, "")), UnitRelation::other);
}

TEST(Authorization, AConfidentialComplaintReachesLeadershipOnlyOnceEscalatedToTheBupati) {
    Complaint c = held_by("dinsos");
    EXPECT_EQ(secrecy_of(c), Secrecy::plain);
    c.confidential = true;
    c.escalation_level = 1;
    EXPECT_EQ(secrecy_of(c), Secrecy::confidential);
    EXPECT_EQ(complaint_rights(Role::leadership, UnitRelation::other, secrecy_of(c)).reach,
              Reach::none);
    c.escalation_level = kTopEscalationLevel;
    EXPECT_EQ(secrecy_of(c), Secrecy::confidential_escalated);
    EXPECT_EQ(complaint_rights(Role::leadership, UnitRelation::other, secrecy_of(c)).reach,
              Reach::whole);
    EXPECT_FALSE(complaint_rights(Role::leadership, UnitRelation::other, secrecy_of(c)).contact);
}

TEST(Authorization, NobodyButTheHandlingUnitsAndTheSuperAdminReachesAConfidentialComplaint) {
    for (auto role : kAllRoles) {
        for (auto relation : kRelations) {
            const auto r = complaint_rights(role, relation, Secrecy::confidential);
            const bool handles = role_needs_unit(role) && (relation == UnitRelation::holds ||
                                                           relation == UnitRelation::held);
            EXPECT_EQ(r.reach != Reach::none, handles || role == Role::super_admin)
                << to_string(role) << " " << to_string(relation);
        }
    }
}

TEST(Authorization, ContactDetailsGoOnlyToWhoeverReadsTheWholeComplaintAsItsHandler) {
    for (auto role : kAllRoles) {
        for (auto relation : kRelations) {
            for (auto secrecy : kSecrecies) {
                const auto r = complaint_rights(role, relation, secrecy);
                if (r.contact) {
                    EXPECT_EQ(r.reach, Reach::whole) << to_string(role);
                    EXPECT_NE(role, Role::leadership);
                    EXPECT_NE(role, Role::auditor);
                }
            }
        }
    }
}

TEST(Authorization, OnlyTheUnitHoldingAComplaintWorksItAndAUnitAboveMayChaseOrTakeItOver) {
    EXPECT_TRUE(complaint_rights(Role::officer, UnitRelation::holds, Secrecy::plain)
                    .actions.has(Action::resolve));
    EXPECT_FALSE(complaint_rights(Role::officer, UnitRelation::held, Secrecy::plain)
                     .actions.has(Action::note));
    const auto above = complaint_rights(Role::officer, UnitRelation::oversees, Secrecy::plain);
    EXPECT_EQ(above.reach, Reach::whole);
    EXPECT_TRUE(above.actions.has(Action::note));
    EXPECT_TRUE(above.actions.has(Action::dispose));
    EXPECT_FALSE(above.actions.has(Action::resolve));
    EXPECT_EQ(complaint_rights(Role::officer, UnitRelation::oversees, Secrecy::confidential).reach,
              Reach::none);
    EXPECT_TRUE(
        complaint_rights(Role::officer, UnitRelation::other, Secrecy::plain).actions.empty());
    EXPECT_FALSE(complaint_rights(Role::operator_, UnitRelation::holds, Secrecy::plain)
                     .actions.has(Action::resolve));
    EXPECT_FALSE(complaint_rights(Role::officer, UnitRelation::holds, Secrecy::plain)
                     .actions.has(Action::escalate));
    EXPECT_TRUE(complaint_rights(Role::super_admin, UnitRelation::other, Secrecy::confidential)
                    .actions.has(Action::escalate));
    for (auto role : {Role::leadership, Role::auditor}) {
        for (auto secrecy : kSecrecies) {
            EXPECT_TRUE(complaint_rights(role, UnitRelation::other, secrecy).actions.empty());
        }
    }
}

TEST(Authorization, EveryDutyHasARowAndAdministrationIsTheSuperAdminsAlone) {
    for (auto duty : kAllDuties) {
        EXPECT_FALSE(to_string(duty).empty());
        // A person's export and erasure are the privacy officer's alone: the account that
        // administers everything else does not also erase citizens' data.
        EXPECT_EQ(may(Role::super_admin, duty), duty != Duty::handle_privacy_requests)
            << to_string(duty);
    }
    for (auto role : kAllRoles) {
        EXPECT_EQ(may(role, Duty::handle_privacy_requests), role == Role::privacy_officer);
    }
    for (auto duty : {Duty::manage_users,
                      Duty::manage_directory,
                      Duty::manage_deadlines,
                      Duty::manage_outbox}) {
        for (auto role : kAllRoles) {
            EXPECT_EQ(may(role, duty), role == Role::super_admin) << to_string(duty);
        }
    }
    EXPECT_TRUE(may(Role::auditor, Duty::read_audit));
    EXPECT_FALSE(may(Role::officer, Duty::read_audit));
    EXPECT_FALSE(may(Role::leadership, Duty::answer_chats));  // chats carry phone numbers
    const auto refusal = duty_refusal(Role::officer, Duty::read_audit);
    EXPECT_EQ(refusal.code, core::ErrorCode::forbidden);
    EXPECT_NE(refusal.message.find("membaca log audit"), std::string::npos);
    EXPECT_EQ(refusal.message.find("officer"), std::string::npos) << "no internal code";
}

// docs/PRIVACY.md shows the table exactly as the code decides it.
TEST(Authorization, ThePrivacyPageShowsTheTableTheCodeHolds) {
    std::ifstream in(std::string(TANGGAP_SOURCE_DIR) + "/docs/PRIVACY.md");
    ASSERT_TRUE(in.good());
    std::stringstream page;
    page << in.rdbuf();
    EXPECT_NE(page.str().find(authorization_table_markdown()), std::string::npos)
        << "Paste this table into docs/PRIVACY.md:\n"
        << authorization_table_markdown();
}

}  // namespace
}  // namespace tanggap::domain

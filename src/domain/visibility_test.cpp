#include "domain/visibility.hpp"

#include "domain/authorization.hpp"
#include "domain/publication.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace tanggap::domain {
namespace {

constexpr const char* kUnit = "dinsos";           // handles the complaint now
constexpr const char* kEarlierUnit = "32.12.05";  // passed it on to dinsos
constexpr const char* kOtherUnit = "dpupr";       // never held it

enum Flavour { plain, anonymous, confidential, anonymous_confidential };
constexpr Flavour kFlavours[] = {plain, anonymous, confidential, anonymous_confidential};
const char* const kFlavourNames[] = {
    "plain", "anonymous", "confidential", "anonymous+confidential"};

Complaint complaint(Flavour flavour) {
    Complaint c;
    c.ticket = "2611-ABCDEF";
    c.unit_code = kUnit;
    c.handling_units = {kEarlierUnit, kUnit};
    c.reporter = Reporter{"Siti", "+6281234567890", "siti@example.id"};
    c.anonymous = flavour == anonymous || flavour == anonymous_confidential;
    c.confidential = flavour == confidential || flavour == anonymous_confidential;
    c.status = Status::didisposisikan;
    note_verification(c, Timestamp{});
    return c;
}

StaffUser staff(Role role, std::string unit = {}) {
    return StaffUser{1, "petugas", "Petugas", role, std::move(unit), "", "", true};
}

struct Viewer {
    const char* who;
    std::optional<StaffUser> staff;
    bool holds_token;
};

// What each kind of viewer sees, per flavour: {visible, name, contact, notes, location,
// original}.
struct Expected {
    Viewer viewer;
    Visibility see[4];  // indexed by Flavour
};

constexpr Visibility kAll{true, true, true, true, true, true};
constexpr Visibility kNothing{false, false, false, false, false, false};
constexpr Visibility kPublic{true, false, false, false, true, false};
constexpr Visibility kReporter{true, true, false, false, true, true};
constexpr Visibility kColleague{true, true, false, false, true, false};
constexpr Visibility kLeadership{true, true, false, true, true, true};
constexpr Visibility kLeadershipAnonymous{true, false, false, true, true, true};
constexpr Visibility kAuditor{true, false, false, true, true, false};

std::vector<Expected> table() {
    return {
        {{"the public", std::nullopt, false}, {kPublic, kPublic, kNothing, kNothing}},
        {{"the reporter holding the token", std::nullopt, true},
         {kReporter, kReporter, kReporter, kReporter}},
        {{"officer of the handling unit", staff(Role::officer, kUnit), false},
         {kAll, kAll, kAll, kAll}},
        {{"operator of the handling unit", staff(Role::operator_, kUnit), false},
         {kAll, kAll, kAll, kAll}},
        {{"unit_admin of the handling unit", staff(Role::unit_admin, kUnit), false},
         {kAll, kAll, kAll, kAll}},
        {{"officer of the unit that passed it on", staff(Role::officer, kEarlierUnit), false},
         {kAll, kAll, kAll, kAll}},
        {{"officer of another unit", staff(Role::officer, kOtherUnit), false},
         {kColleague, kPublic, kNothing, kNothing}},
        {{"unit_admin of another unit", staff(Role::unit_admin, kOtherUnit), false},
         {kColleague, kPublic, kNothing, kNothing}},
        {{"super_admin", staff(Role::super_admin, "diskominfo"), false}, {kAll, kAll, kAll, kAll}},
        {{"leadership", staff(Role::leadership), false},
         {kLeadership, kLeadershipAnonymous, kNothing, kNothing}},
        {{"auditor", staff(Role::auditor), false}, {kAuditor, kAuditor, kNothing, kNothing}},
        // A role that needs no unit is never a handler, even with a matching unit code.
        {{"leadership carrying the unit's code", staff(Role::leadership, kUnit), false},
         {kLeadership, kLeadershipAnonymous, kNothing, kNothing}},
        {{"auditor carrying the unit's code", staff(Role::auditor, kUnit), false},
         {kAuditor, kAuditor, kNothing, kNothing}},
        {{"unit staff without a unit", staff(Role::officer, ""), false},
         {kColleague, kPublic, kNothing, kNothing}},
    };
}

std::string describe(const Visibility& v) {
    return std::string("{visible=") + (v.visible ? "1" : "0") +
           " name=" + (v.reporter_name ? "1" : "0") +
           " contact=" + (v.reporter_contact ? "1" : "0") +
           " notes=" + (v.internal_notes ? "1" : "0") + " location=" + (v.location ? "1" : "0") +
           " original=" + (v.original ? "1" : "0") + "}";
}

TEST(Visibility, EachViewerSeesExactlyItsGrant) {
    for (const auto& row : table()) {
        for (Flavour f : kFlavours) {
            Visibility got = visibility_for(complaint(f), row.viewer.staff, row.viewer.holds_token);
            EXPECT_EQ(describe(got), describe(row.see[f]))
                << row.viewer.who << ", " << kFlavourNames[f];
        }
    }
}

bool is_handler(const Viewer& v) {
    return v.staff && (v.staff->role == Role::super_admin ||
                       (role_needs_unit(v.staff->role) &&
                        (v.staff->unit_code == kUnit || v.staff->unit_code == kEarlierUnit)));
}

TEST(Visibility, NobodyOutsideTheHandlingUnitsAndSuperAdminSeesContactDetails) {
    for (const auto& row : table()) {
        if (is_handler(row.viewer)) continue;
        for (Flavour f : kFlavours) {
            EXPECT_FALSE(visibility_for(complaint(f), row.viewer.staff, row.viewer.holds_token)
                             .reporter_contact)
                << row.viewer.who << ", " << kFlavourNames[f];
        }
    }
}

TEST(Visibility, AnonymousReporterIsNamedOnlyToHandlersAndThemselves) {
    for (const auto& row : table()) {
        if (is_handler(row.viewer) || row.viewer.holds_token) continue;
        EXPECT_FALSE(visibility_for(complaint(anonymous), row.viewer.staff, false).reporter_name)
            << row.viewer.who;
    }
}

TEST(Visibility, ConfidentialIsInvisibleToEveryoneButHandlersAndTheReporter) {
    for (const auto& row : table()) {
        if (is_handler(row.viewer) || row.viewer.holds_token) continue;
        for (Flavour f : {confidential, anonymous_confidential}) {
            Visibility v = visibility_for(complaint(f), row.viewer.staff, false);
            EXPECT_EQ(describe(v), describe(kNothing))
                << row.viewer.who << ", " << kFlavourNames[f];
        }
    }
}

TEST(Visibility, TheTokenNeverGrantsContactDetailsOrNotes) {
    // A shared or leaked tracking link must not expose the phone number.
    for (Flavour f : kFlavours) {
        Visibility v = visibility_for(complaint(f), std::nullopt, true);
        EXPECT_TRUE(v.visible);
        EXPECT_FALSE(v.reporter_contact);
        EXPECT_FALSE(v.internal_notes);
    }
}

TEST(Visibility, AnUnverifiedComplaintIsSeenOnlyByItsUnitsTheReporterAndOversight) {
    Complaint c = complaint(plain);
    c.status = Status::diterima;
    c.verified_at.reset();
    EXPECT_EQ(describe(visibility_for(c, std::nullopt, false)), describe(kNothing));
    EXPECT_EQ(describe(visibility_for(c, staff(Role::officer, kOtherUnit), false)),
              describe(kNothing));
    EXPECT_EQ(describe(visibility_for(c, std::nullopt, true)), describe(kReporter));
    EXPECT_EQ(describe(visibility_for(c, staff(Role::officer, kUnit), false)), describe(kAll));
    EXPECT_EQ(describe(visibility_for(c, staff(Role::leadership), false)), describe(kLeadership));
    EXPECT_EQ(describe(visibility_for(c, staff(Role::auditor), false)), describe(kAuditor));
    c.status = Status::didisposisikan;
    note_verification(c, Timestamp{});
    c.status = Status::ditolak;  // rejected spam leaves the public copy
    EXPECT_EQ(describe(visibility_for(c, std::nullopt, false)), describe(kNothing));
}

TEST(Visibility, HandledByUnitCoversCurrentAndEarlierUnits) {
    Complaint c = complaint(plain);
    EXPECT_TRUE(handled_by_unit(c, kUnit));
    EXPECT_TRUE(handled_by_unit(c, kEarlierUnit));
    EXPECT_FALSE(handled_by_unit(c, kOtherUnit));
    EXPECT_FALSE(handled_by_unit(c, ""));
    c.unit_code.clear();
    c.handling_units.clear();
    EXPECT_FALSE(handled_by_unit(c, ""));
}

struct ScopeCase {
    Role role;
    std::string unit;
    std::optional<std::string> scope_unit;
    InboxScope::Confidential confidential;
};

TEST(Visibility, InboxScopePerRole) {
    using C = InboxScope::Confidential;
    const ScopeCase cases[] = {
        {Role::operator_, kUnit, std::string(kUnit), C::all},
        {Role::officer, kUnit, std::string(kUnit), C::all},
        {Role::unit_admin, kUnit, std::string(kUnit), C::all},
        {Role::super_admin, "diskominfo", std::nullopt, C::all},
        {Role::leadership, "", std::nullopt, C::escalated},
        {Role::auditor, "", std::nullopt, C::none},
    };
    for (const auto& sc : cases) {
        auto scope = inbox_scope_for(staff(sc.role, sc.unit));
        ASSERT_TRUE(scope.has_value()) << to_string(sc.role);
        EXPECT_EQ(scope->unit_code, sc.scope_unit) << to_string(sc.role);
        EXPECT_EQ(scope->confidential, sc.confidential) << to_string(sc.role);
    }
}

TEST(Visibility, AUnitOpensTheQueuesOfTheUnitsBelowItWithoutTheirConfidentialComplaints) {
    auto camat = staff(Role::officer, "kec-losarang");
    camat.units_below = {"desa-a", "desa-b"};
    auto own = inbox_scope_for(camat, std::string("kec-losarang"));
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->unit_code, std::optional<std::string>("kec-losarang"));

    auto desa = inbox_scope_for(camat, std::string("desa-b"));
    ASSERT_TRUE(desa.has_value());
    EXPECT_EQ(desa->unit_code, std::nullopt);  // the caller narrows to the desa's current queue
    EXPECT_EQ(desa->confidential, InboxScope::Confidential::none);

    EXPECT_FALSE(inbox_scope_for(camat, std::string("dinsos")).has_value());
    EXPECT_FALSE(inbox_scope_for(staff(Role::officer, "desa-a"), std::string("kec-losarang")));
}

const char* describe(CallerHistoryEntry entry) {
    switch (entry) {
        case CallerHistoryEntry::hidden:
            return "hidden";
        case CallerHistoryEntry::summary:
            return "summary";
        case CallerHistoryEntry::full:
            return "full";
    }
    return "?";
}

TEST(Visibility, CallerLookUpIsForCallTakersAndHandlersOnly) {
    EXPECT_TRUE(may(Role::operator_, Duty::look_up_callers));
    EXPECT_TRUE(may(Role::officer, Duty::look_up_callers));
    EXPECT_TRUE(may(Role::unit_admin, Duty::look_up_callers));
    EXPECT_TRUE(may(Role::super_admin, Duty::look_up_callers));
    EXPECT_FALSE(may(Role::leadership, Duty::look_up_callers));  // no contact details, ever
    EXPECT_FALSE(may(Role::auditor, Duty::look_up_callers));
}

// Per flavour {plain, anonymous, confidential, anonymous+confidential}.
TEST(Visibility, CallerHistoryShowsInFullOnlyWhatTheContactGrantAllows) {
    using enum CallerHistoryEntry;
    struct Case {
        StaffUser viewer;
        CallerHistoryEntry entry[4];
    };
    const Case cases[] = {
        {staff(Role::operator_, kUnit), {full, full, full, full}},
        {staff(Role::officer, kEarlierUnit), {full, full, full, full}},
        {staff(Role::super_admin, "diskominfo"), {full, full, full, full}},
        // Another unit learns that the caller has a ticket elsewhere, never about an anonymous
        // or a confidential one.
        {staff(Role::operator_, kOtherUnit), {summary, hidden, hidden, hidden}},
        {staff(Role::unit_admin, kOtherUnit), {summary, hidden, hidden, hidden}},
        {staff(Role::leadership), {hidden, hidden, hidden, hidden}},
        {staff(Role::auditor, kUnit), {hidden, hidden, hidden, hidden}},
    };
    for (const auto& c : cases) {
        for (Flavour f : kFlavours) {
            EXPECT_STREQ(describe(caller_history_entry(complaint(f), c.viewer)),
                         describe(c.entry[f]))
                << to_string(c.viewer.role) << " of '" << c.viewer.unit_code << "', "
                << kFlavourNames[f];
        }
    }
}

}  // namespace
}  // namespace tanggap::domain

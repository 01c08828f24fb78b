#include "domain/status_machine.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::domain {
namespace {

using S = Status;
using A = Action;

constexpr std::array<Action, 15> kAllActions = {
    A::verify,
    A::dispose,
    A::start,
    A::respond,
    A::note,
    A::resolve,
    A::close,
    A::reopen,
    A::defer,
    A::not_authority,
    A::reject,
    A::archive,
    A::explain_delay,
    A::escalate,
    A::recategorize,
};

// The whole machine, written out by hand: one row per status, one column per action in the
// order of kAllActions; `no` is an illegal transition. A change to the machine must change this
// table. Short names keep it a grid:
//   rcv diterima   ver diverifikasi  dsp didisposisikan  tdl ditindaklanjuti  sls selesai
//   ttp ditutup    tnd ditunda       bkw bukan_wewenang  tlk ditolak          ars diarsipkan
//   bkk dibuka_kembali
constexpr Status rcv = S::diterima, ver = S::diverifikasi, dsp = S::didisposisikan,
                 tdl = S::ditindaklanjuti, sls = S::selesai, ttp = S::ditutup, tnd = S::ditunda,
                 bkw = S::bukan_wewenang, tlk = S::ditolak, ars = S::diarsipkan,
                 bkk = S::dibuka_kembali;
constexpr std::optional<Status> no = std::nullopt;

struct Row {
    Status from;
    std::array<std::optional<Status>, 15> to;
};
// clang-format off
const Row kMachine[] = {
    //     verify dispose start respond note resolve close reopen defer not_auth reject archive explain escalate recat
    {rcv, {ver,   dsp,    no,   rcv,    rcv, no,     no,   no,    tnd,  bkw,     tlk,   ars,    rcv,    rcv,    rcv}},
    {ver, {no,    dsp,    tdl,  ver,    ver, sls,    no,   no,    tnd,  bkw,     tlk,   ars,    ver,    ver,    ver}},
    {dsp, {no,    dsp,    tdl,  dsp,    dsp, sls,    no,   no,    tnd,  bkw,     no,    no,     dsp,    dsp,    dsp}},
    {tdl, {no,    dsp,    no,   tdl,    tdl, sls,    no,   no,    tnd,  bkw,     no,    no,     tdl,    tdl,    tdl}},
    {sls, {no,    no,     no,   sls,    sls, no,     ttp,  bkk,   no,   no,      no,    no,     sls,    sls,    sls}},
    {ttp, {no,    no,     no,   no,     ttp, no,     no,   no,    no,   no,      no,    no,     no,     no,     no}},
    {tnd, {ver,   dsp,    tdl,  tnd,    tnd, no,     no,   no,    no,   no,      tlk,   ars,    tnd,    tnd,    tnd}},
    {bkw, {no,    dsp,    no,   bkw,    bkw, no,     no,   no,    no,   no,      tlk,   ars,    bkw,    bkw,    bkw}},
    {tlk, {no,    no,     no,   no,     tlk, no,     no,   no,    no,   no,      no,    no,     no,     no,     no}},
    {ars, {no,    no,     no,   no,     ars, no,     no,   no,    no,   no,      no,    no,     no,     no,     no}},
    {bkk, {no,    dsp,    tdl,  bkk,    bkk, sls,    no,   no,    tnd,  bkw,     no,    no,     bkk,    bkk,    bkk}},
};
// clang-format on

std::string name(std::optional<Status> s) { return s ? std::string(to_string(*s)) : "--"; }

TEST(StatusMachine, TableCoversEveryStatus) {
    ASSERT_EQ(std::size(kMachine), std::size(kAllStatuses));
    for (std::size_t i = 0; i < std::size(kMachine); ++i) {
        EXPECT_EQ(kMachine[i].from, kAllStatuses[i]);
    }
}

TEST(StatusMachine, NextStatusMatchesTheTableForEveryStatusAndAction) {
    for (const auto& row : kMachine) {
        for (std::size_t a = 0; a < kAllActions.size(); ++a) {
            EXPECT_EQ(name(next_status(row.from, kAllActions[a])), name(row.to[a]))
                << to_string(row.from) << " --" << to_string(kAllActions[a]) << "-->";
        }
    }
}

TEST(StatusMachine, ResolveFromReceivedIsIllegal) {
    EXPECT_EQ(next_status(S::diterima, A::resolve), std::nullopt);
}

TEST(StatusMachine, TerminalStatesTakeOnlyNotes) {
    for (Status from : kAllStatuses) {
        if (!is_terminal(from)) continue;
        for (Action action : kAllActions) {
            auto to = next_status(from, action);
            if (action == A::note) {
                EXPECT_EQ(to, from);
            } else {
                EXPECT_EQ(to, std::nullopt) << to_string(from) << " " << to_string(action);
            }
        }
    }
}

TEST(StatusMachine, ActionAndReasonNamesRoundTrip) {
    for (Action action : kAllActions) {
        EXPECT_EQ(parse_action(to_string(action)), action);
    }
    EXPECT_EQ(parse_action("approve"), std::nullopt);
    for (auto reason : {RejectReason::spam, RejectReason::abusive, RejectReason::duplicate}) {
        EXPECT_EQ(parse_reject_reason(to_string(reason)), reason);
    }
    EXPECT_EQ(parse_reject_reason("boring"), std::nullopt);
}

// --- apply_action -----------------------------------------------------------------------

constexpr const char* kUnit = "dinsos";
constexpr const char* kOtherUnit = "dpupr";

Complaint complaint_in(Status status, std::string unit = kUnit) {
    Complaint c;
    c.ticket = "2611-ABCDEF";
    c.status = status;
    c.unit_code = std::move(unit);
    c.handling_units = {c.unit_code};
    return c;
}

Actor staff(Role role, std::string unit = {}, std::string username = "petugas") {
    return Actor{StaffUser{1, std::move(username), "Petugas", role, std::move(unit), "", "", true}};
}

// A request carrying every field any action needs, so only role and status decide.
ActionRequest full_request(Action action) {
    ActionRequest r;
    r.action = action;
    r.unit = kOtherUnit;
    r.message = "Pesan untuk pelapor";
    r.note = "Catatan internal";
    r.reason = RejectReason::duplicate;
    r.category = "infrastruktur.jalan";
    return r;
}

// A status from which each action is legal (checked against the table below).
Status legal_source(Action action) {
    switch (action) {
        case A::verify:
        case A::reject:
        case A::archive:
            return S::diterima;
        case A::dispose:
        case A::start:
        case A::defer:
            return S::diverifikasi;
        case A::not_authority:
            return S::didisposisikan;
        case A::respond:
        case A::note:
        case A::resolve:
        case A::explain_delay:
        case A::escalate:
        case A::recategorize:
            return S::ditindaklanjuti;
        case A::close:
        case A::reopen:
            return S::selesai;
    }
    return S::diterima;
}

struct RoleCase {
    const char* who;
    Actor actor;
    bool may_verify_note_defer_respond;  // the operator's actions
    bool may_everything_else;
};

std::vector<RoleCase> role_cases() {
    return {
        {"operator of the unit", staff(Role::operator_, kUnit), true, false},
        {"officer of the unit", staff(Role::officer, kUnit), true, true},
        {"unit_admin of the unit", staff(Role::unit_admin, kUnit), true, true},
        {"officer of another unit", staff(Role::officer, kOtherUnit), false, false},
        {"unit_admin of another unit", staff(Role::unit_admin, kOtherUnit), false, false},
        {"operator of another unit", staff(Role::operator_, kOtherUnit), false, false},
        {"super_admin", staff(Role::super_admin, "diskominfo"), true, true},
        {"leadership", staff(Role::leadership), false, false},
        {"auditor", staff(Role::auditor), false, false},
        {"the reporter", Actor::reporter(), false, false},
    };
}

TEST(StatusMachine, EachRoleMayTakeExactlyItsActions) {
    for (const auto& rc : role_cases()) {
        for (Action action : kAllActions) {
            Status from = legal_source(action);
            ASSERT_TRUE(next_status(from, action).has_value());
            bool operator_action = action == A::verify || action == A::note || action == A::defer ||
                                   action == A::respond;
            bool allowed =
                operator_action ? rc.may_verify_note_defer_respond : rc.may_everything_else;
            if (action == A::escalate)
                allowed = rc.actor.staff && rc.actor.staff->role == Role::super_admin;
            auto result = apply_action(complaint_in(from), rc.actor, full_request(action));
            if (allowed) {
                EXPECT_TRUE(result.has_value())
                    << rc.who << " " << to_string(action) << ": " << result.error().message;
            } else {
                ASSERT_FALSE(result.has_value()) << rc.who << " " << to_string(action);
                EXPECT_EQ(result.error().code, core::ErrorCode::forbidden)
                    << rc.who << " " << to_string(action);
            }
        }
    }
}

TEST(StatusMachine, StaffOfAnEarlierUnitMayNoLongerAct) {
    Complaint c = complaint_in(S::didisposisikan, kOtherUnit);
    c.handling_units = {kUnit, kOtherUnit};
    auto result = apply_action(c, staff(Role::officer, kUnit), full_request(A::start));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, core::ErrorCode::forbidden);
}

TEST(StatusMachine, UnitStaffWithoutAUnitMayNotActOnAComplaintWithoutAUnit) {
    Complaint c = complaint_in(S::diterima, "");
    auto result = apply_action(c, staff(Role::officer, ""), full_request(A::verify));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, core::ErrorCode::forbidden);
}

TEST(StatusMachine, ACorrectedCategoryKeepsStatusAndUnitAndSaysWhatChanged) {
    Complaint c = complaint_in(S::diverifikasi);
    c.category_code = "sosial.bansos";
    ActionRequest r;
    r.action = A::recategorize;
    r.category = "sosial.pkh";
    r.note = "Pelapor menyebut PKH, bukan BPNT";
    auto t = apply_action(c, staff(Role::officer, kUnit), r);
    ASSERT_TRUE(t.has_value()) << t.error().message;
    EXPECT_EQ(t->to, S::diverifikasi);
    EXPECT_EQ(t->unit_to, kUnit);
    EXPECT_EQ(t->category_to, "sosial.pkh");
    EXPECT_EQ(t->event.internal_note,
              "kategori: sosial.bansos -> sosial.pkh; Pelapor menyebut PKH, bukan BPNT");
    EXPECT_TRUE(t->event.public_text.empty());

    r.category = "sosial.bansos";
    auto same = apply_action(c, staff(Role::officer, kUnit), r);
    ASSERT_FALSE(same.has_value());
    EXPECT_EQ(same.error().field, "category");
    r.category.clear();
    auto none = apply_action(c, staff(Role::officer, kUnit), r);
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().field, "category");
}

TEST(StatusMachine, OtherUnitIsForbiddenWhateverTheStatus) {
    // Forbidden, not illegal_transition: a stranger learns nothing about the state.
    for (Status from : kAllStatuses) {
        auto result = apply_action(
            complaint_in(from), staff(Role::officer, kOtherUnit), full_request(A::resolve));
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().code, core::ErrorCode::forbidden) << to_string(from);
    }
}

TEST(StatusMachine, IllegalTransitionIsRefusedNamingTheCurrentStatus) {
    auto result = apply_action(
        complaint_in(S::diterima), staff(Role::officer, kUnit), full_request(A::resolve));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, core::ErrorCode::illegal_transition);
    EXPECT_NE(result.error().message.find("diterima"), std::string::npos) << result.error().message;
}

TEST(StatusMachine, EveryIllegalCellIsRefusedForTheSuperAdmin) {
    for (const auto& row : kMachine) {
        for (std::size_t a = 0; a < kAllActions.size(); ++a) {
            if (row.to[a]) continue;
            auto result = apply_action(
                complaint_in(row.from), staff(Role::super_admin), full_request(kAllActions[a]));
            ASSERT_FALSE(result.has_value());
            EXPECT_EQ(result.error().code, core::ErrorCode::illegal_transition);
            EXPECT_NE(result.error().message.find(to_string(row.from)), std::string::npos)
                << result.error().message;
        }
    }
}

TEST(StatusMachine, EveryLegalCellIsAppliedForTheSuperAdmin) {
    for (const auto& row : kMachine) {
        for (std::size_t a = 0; a < kAllActions.size(); ++a) {
            if (!row.to[a]) continue;
            auto result = apply_action(
                complaint_in(row.from), staff(Role::super_admin), full_request(kAllActions[a]));
            ASSERT_TRUE(result.has_value())
                << to_string(row.from) << " " << to_string(kAllActions[a]);
            EXPECT_EQ(result->to, *row.to[a]);
            EXPECT_EQ(result->event.from, row.from);
            EXPECT_EQ(result->event.to, *row.to[a]);
            EXPECT_EQ(result->event.action, to_string(kAllActions[a]));
        }
    }
}

struct MissingField {
    Action action;
    Status from;
    ActionRequest request;
    const char* field;
};

ActionRequest without(Action action, std::string ActionRequest::*member) {
    ActionRequest r = full_request(action);
    r.*member = "";
    return r;
}

TEST(StatusMachine, RequiredFieldsAreCheckedPerAction) {
    ActionRequest same_unit = full_request(A::dispose);
    same_unit.unit = kUnit;
    ActionRequest no_reason = full_request(A::reject);
    no_reason.reason.reset();
    ActionRequest empty_note = full_request(A::note);
    empty_note.note.clear();
    empty_note.message.clear();
    const MissingField cases[] = {
        {A::dispose, S::diverifikasi, without(A::dispose, &ActionRequest::unit), "unit"},
        {A::dispose, S::diverifikasi, same_unit, "unit"},
        {A::resolve, S::ditindaklanjuti, without(A::resolve, &ActionRequest::message), "message"},
        {A::defer, S::diverifikasi, without(A::defer, &ActionRequest::message), "message"},
        {A::not_authority,
         S::didisposisikan,
         without(A::not_authority, &ActionRequest::message),
         "message"},
        {A::reopen, S::selesai, without(A::reopen, &ActionRequest::message), "message"},
        {A::respond, S::ditindaklanjuti, without(A::respond, &ActionRequest::message), "message"},
        {A::reject, S::diterima, no_reason, "reason"},
        {A::note, S::ditindaklanjuti, empty_note, "note"},
        {A::explain_delay,
         S::ditindaklanjuti,
         without(A::explain_delay, &ActionRequest::note),
         "note"},
    };
    for (const auto& mf : cases) {
        auto result = apply_action(complaint_in(mf.from), staff(Role::officer, kUnit), mf.request);
        ASSERT_FALSE(result.has_value()) << to_string(mf.action);
        EXPECT_EQ(result.error().code, core::ErrorCode::invalid_field) << to_string(mf.action);
        EXPECT_EQ(result.error().field, mf.field) << to_string(mf.action);
    }
}

TEST(StatusMachine, ActionsWithoutRequiredFieldsNeedNothing) {
    for (Action action : {A::verify, A::start, A::close, A::archive}) {
        ActionRequest bare;
        bare.action = action;
        auto result =
            apply_action(complaint_in(legal_source(action)), staff(Role::officer, kUnit), bare);
        EXPECT_TRUE(result.has_value()) << to_string(action);
    }
}

TEST(StatusMachine, BukanWewenangIsReroutedOnlyByTheSuperAdmin) {
    Complaint c = complaint_in(S::bukan_wewenang);
    for (Role role : {Role::officer, Role::unit_admin, Role::operator_}) {
        for (Action action : kAllActions) {
            if (action == A::note) continue;
            auto result = apply_action(c, staff(role, kUnit), full_request(action));
            ASSERT_FALSE(result.has_value()) << to_string(role) << " " << to_string(action);
            EXPECT_EQ(result.error().code, core::ErrorCode::forbidden);
        }
    }
    auto disposed = apply_action(c, staff(Role::super_admin), full_request(A::dispose));
    ASSERT_TRUE(disposed.has_value());
    EXPECT_EQ(disposed->to, S::didisposisikan);
    EXPECT_EQ(disposed->unit_to, kOtherUnit);
}

TEST(StatusMachine, BukanWewenangStillTakesTheUnitsInternalNotes) {
    auto result = apply_action(
        complaint_in(S::bukan_wewenang), staff(Role::officer, kUnit), full_request(A::note));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::bukan_wewenang);
}

TEST(StatusMachine, DisposeEventRecordsTheHandOver) {
    ActionRequest r;
    r.action = A::dispose;
    r.unit = kOtherUnit;
    r.note = "Bukan bansos, jalan rusak";
    auto result = apply_action(
        complaint_in(S::diverifikasi), staff(Role::super_admin, "diskominfo", "ani"), r);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::didisposisikan);
    EXPECT_EQ(result->unit_to, kOtherUnit);
    const ComplaintEvent& e = result->event;
    EXPECT_EQ(e.actor, EventActor::staff("ani"));
    EXPECT_EQ(e.action, "dispose");
    EXPECT_EQ(e.from, S::diverifikasi);
    EXPECT_EQ(e.to, S::didisposisikan);
    EXPECT_EQ(e.unit_from, kUnit);
    EXPECT_EQ(e.unit_to, kOtherUnit);
    EXPECT_EQ(e.internal_note, "Bukan bansos, jalan rusak");
    EXPECT_EQ(e.public_text, "");
}

TEST(StatusMachine, OtherActionsKeepTheUnit) {
    for (Action action : kAllActions) {
        if (action == A::dispose) continue;
        const Role role = action == A::escalate ? Role::super_admin : Role::officer;
        auto result = apply_action(
            complaint_in(legal_source(action)), staff(role, kUnit, "budi"), full_request(action));
        ASSERT_TRUE(result.has_value()) << to_string(action);
        EXPECT_EQ(result->unit_to, kUnit);
        EXPECT_EQ(result->event.unit_from, kUnit);
        EXPECT_EQ(result->event.unit_to, kUnit);
        EXPECT_EQ(result->event.actor, EventActor::staff("budi"));
    }
}

TEST(StatusMachine, ResolveCarriesTheAnswerAsPublicText) {
    ActionRequest r;
    r.action = A::resolve;
    r.message = "Bantuan sudah disalurkan";
    r.note = "SK no. 12";
    auto result = apply_action(complaint_in(S::ditindaklanjuti), staff(Role::officer, kUnit), r);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::selesai);
    EXPECT_EQ(result->event.public_text, "Bantuan sudah disalurkan");
    EXPECT_EQ(result->event.internal_note, "SK no. 12");
}

TEST(StatusMachine, NoteGivenAsMessageNeverBecomesPublicText) {
    ActionRequest r;
    r.action = A::note;
    r.message = "Pelapor kerabat kepala desa";
    auto result = apply_action(complaint_in(S::ditindaklanjuti), staff(Role::officer, kUnit), r);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::ditindaklanjuti);
    EXPECT_EQ(result->event.public_text, "");
    EXPECT_EQ(result->event.internal_note, "Pelapor kerabat kepala desa");
}

TEST(StatusMachine, NoteWithBothNoteAndMessageNeverBecomesPublicText) {
    ActionRequest r;
    r.action = A::note;
    r.note = "Catatan";
    r.message = "Jangan sampai terbaca publik";
    for (Status from : kAllStatuses) {
        auto result = apply_action(complaint_in(from), staff(Role::super_admin), r);
        ASSERT_TRUE(result.has_value()) << to_string(from);
        EXPECT_EQ(result->event.public_text, "") << to_string(from);
        EXPECT_NE(result->event.internal_note.find("Catatan"), std::string::npos);
        EXPECT_NE(result->event.internal_note.find("Jangan sampai"), std::string::npos);
    }
}

TEST(StatusMachine, RejectRecordsTheReasonInTheInternalNote) {
    ActionRequest r;
    r.action = A::reject;
    r.reason = RejectReason::spam;
    auto result = apply_action(complaint_in(S::diterima), staff(Role::officer, kUnit), r);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::ditolak);
    EXPECT_EQ(result->event.internal_note, "alasan: spam");

    r.note = "sama dengan 2611-ABCDEG";
    r.reason = RejectReason::duplicate;
    result = apply_action(complaint_in(S::diterima), staff(Role::officer, kUnit), r);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->event.internal_note, "alasan: duplicate; sama dengan 2611-ABCDEG");
}

// --- apply_feedback ---------------------------------------------------------------------

Feedback feedback(bool solved, int rating, std::string comment = {}) {
    return Feedback{solved, rating, std::move(comment), {}};
}

TEST(StatusMachine, FeedbackOnlyFromSelesai) {
    for (Status from : kAllStatuses) {
        if (from == S::selesai) continue;
        auto result = apply_feedback(complaint_in(from), feedback(true, 5));
        ASSERT_FALSE(result.has_value()) << to_string(from);
        EXPECT_EQ(result.error().code, core::ErrorCode::illegal_transition);
        EXPECT_NE(result.error().message.find(to_string(from)), std::string::npos);
    }
}

TEST(StatusMachine, FeedbackRatingMustBeOneToFive) {
    for (int rating : {-1, 0, 6, 100}) {
        auto result = apply_feedback(complaint_in(S::selesai), feedback(true, rating));
        ASSERT_FALSE(result.has_value()) << rating;
        EXPECT_EQ(result.error().code, core::ErrorCode::invalid_field);
        EXPECT_EQ(result.error().field, "rating");
    }
    for (int rating = 1; rating <= 5; ++rating) {
        EXPECT_TRUE(apply_feedback(complaint_in(S::selesai), feedback(true, rating)).has_value())
            << rating;
    }
}

TEST(StatusMachine, FeedbackReopenNeedsAComment) {
    auto result = apply_feedback(complaint_in(S::selesai), feedback(false, 2));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, core::ErrorCode::invalid_field);
    EXPECT_EQ(result.error().field, "comment");
}

TEST(StatusMachine, FeedbackSolvedClosesTheComplaint) {
    auto result = apply_feedback(complaint_in(S::selesai), feedback(true, 5));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::ditutup);
    EXPECT_EQ(result->unit_to, kUnit);
    EXPECT_EQ(result->event.actor, EventActor::reporter());
    EXPECT_EQ(result->event.from, S::selesai);
    EXPECT_EQ(result->event.to, S::ditutup);
    EXPECT_EQ(result->event.unit_from, kUnit);
    EXPECT_EQ(result->event.unit_to, kUnit);
}

TEST(StatusMachine, FeedbackNotSolvedReopensTheComplaint) {
    auto result =
        apply_feedback(complaint_in(S::selesai), feedback(false, 1, "Jalan masih berlubang"));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::dibuka_kembali);
    EXPECT_EQ(result->event.actor, EventActor::reporter());
    EXPECT_EQ(result->event.to, S::dibuka_kembali);
    EXPECT_EQ(result->event.public_text, "Jalan masih berlubang");
    EXPECT_EQ(result->event.internal_note, "");
}

}  // namespace
}  // namespace tanggap::domain

namespace tanggap::domain {
namespace {

TEST(StatusMachine, ExplainDelayRecordsTheUnitsReasonWithoutTouchingTheStatus) {
    auto result = apply_action(complaint_in(S::ditindaklanjuti),
                               staff(Role::officer, kUnit),
                               full_request(A::explain_delay));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->to, S::ditindaklanjuti);
    EXPECT_EQ(result->late_reason, "Catatan internal");
    EXPECT_EQ(result->event.internal_note, "Catatan internal");
    EXPECT_FALSE(result->escalation_level);
}

TEST(StatusMachine, EscalateClimbsOneLevelAndStopsAtTheBupati) {
    Complaint c = complaint_in(S::didisposisikan);
    auto first = apply_action(c, staff(Role::super_admin), full_request(A::escalate));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->escalation_level, 1);
    EXPECT_EQ(first->to, S::didisposisikan);
    c.escalation_level = kTopEscalationLevel;
    auto top = apply_action(c, staff(Role::super_admin), full_request(A::escalate));
    ASSERT_FALSE(top.has_value());
    EXPECT_EQ(top.error().code, core::ErrorCode::illegal_transition);
    ActionRequest no_reason = full_request(A::escalate);
    no_reason.note.clear();
    c.escalation_level = 0;
    auto bare = apply_action(c, staff(Role::super_admin), no_reason);
    ASSERT_FALSE(bare.has_value());
    EXPECT_EQ(bare.error().field, "note");
}

}  // namespace
}  // namespace tanggap::domain

// --- allowed_actions and fields_of: what the console offers is what the server accepts ------

namespace tanggap::domain {
namespace {

const Timestamp kNow = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25}};

std::vector<Actor> every_kind_of_staff() {
    return {staff(Role::officer, kUnit),
            staff(Role::unit_admin, kUnit),
            staff(Role::operator_, kUnit),
            staff(Role::officer, kOtherUnit),
            staff(Role::super_admin),
            staff(Role::leadership),
            staff(Role::auditor)};
}

// Past due or escalated, a complaint still open is late: then every action apply_action()
// accepts is offered; an answered or finished one is not late, and a delay is not offered for
// explaining there.
TEST(AllowedActions, AreWhatApplyActionAcceptsWithExplainingADelayOnlyWhenLate) {
    for (Status status : kAllStatuses) {
        for (int level : {0, 1, 2}) {
            Complaint c = complaint_in(status);
            c.escalation_level = level;
            c.due_at = kNow - std::chrono::hours(1);
            const bool late = level > 0 || is_open(status);
            for (const auto& actor : every_kind_of_staff()) {
                std::vector<Action> accepted;
                for (Action action : kAllActions) {
                    if (action == A::explain_delay && !late) continue;
                    if (apply_action(c, actor, full_request(action))) accepted.push_back(action);
                }
                auto offered = allowed_actions(c, actor, kNow);
                std::sort(offered.begin(), offered.end());
                std::sort(accepted.begin(), accepted.end());
                EXPECT_EQ(offered, accepted)
                    << to_string(status) << " level " << level << " "
                    << to_string(actor.staff->role) << " of " << actor.staff->unit_code;
            }
        }
    }
}

// The console preselects the first offer: the step that moves the complaint on.
TEST(AllowedActions, TheStepThatMovesTheComplaintOnComesFirst) {
    const Actor officer = staff(Role::officer, kUnit);
    EXPECT_EQ(allowed_actions(complaint_in(S::diterima), officer, kNow).front(), A::verify);
    EXPECT_EQ(allowed_actions(complaint_in(S::diverifikasi), officer, kNow).front(), A::start);
    EXPECT_EQ(allowed_actions(complaint_in(S::ditindaklanjuti), officer, kNow).front(), A::resolve);
}

TEST(AllowedActions, OfferExplainingADelayOnlyOnceLate) {
    const Actor officer = staff(Role::officer, kUnit);
    Complaint c = complaint_in(S::ditindaklanjuti);
    auto offers_explain = [&] {
        const auto offered = allowed_actions(c, officer, kNow);
        return std::find(offered.begin(), offered.end(), A::explain_delay) != offered.end();
    };
    c.due_at = kNow + std::chrono::hours(1);
    EXPECT_FALSE(offers_explain()) << "due in an hour";
    c.due_at = kNow;
    EXPECT_FALSE(offers_explain()) << "due this very moment is not yet late";
    c.due_at = kNow - std::chrono::milliseconds(1);
    EXPECT_TRUE(offers_explain()) << "past due";
    c.due_at = kNow + std::chrono::hours(1);
    c.escalation_level = 1;
    EXPECT_TRUE(offers_explain()) << "escalated by hand before its deadline";
}

TEST(Overdue, AfterTheDueTimeWhileOpenNeverOnceAnsweredOrFinished) {
    for (Status status : kAllStatuses) {
        Complaint c = complaint_in(status);
        c.due_at = kNow - std::chrono::hours(1);
        if (is_open(status)) {
            EXPECT_EQ(overdue_after(c), c.due_at) << to_string(status);
            EXPECT_TRUE(is_overdue(c, kNow)) << to_string(status);
        } else {
            EXPECT_EQ(overdue_after(c), std::nullopt) << to_string(status);
            EXPECT_FALSE(is_overdue(c, kNow)) << to_string(status);
        }
    }
    Complaint without_deadline = complaint_in(S::diterima);
    EXPECT_EQ(overdue_after(without_deadline), std::nullopt);
    Complaint due_now = complaint_in(S::diterima);
    due_now.due_at = kNow;
    EXPECT_FALSE(is_overdue(due_now, kNow)) << "due this very moment is not yet overdue";
}

TEST(AllowedActions, NothingForTheReporterOrReadOnlyRoles) {
    const Complaint c = complaint_in(S::diterima);
    EXPECT_TRUE(allowed_actions(c, Actor::reporter(), kNow).empty());
    EXPECT_TRUE(allowed_actions(c, staff(Role::leadership), kNow).empty());
    EXPECT_TRUE(allowed_actions(c, staff(Role::auditor), kNow).empty());
}

TEST(AllowedActions, ComeLikeliestFirst) {
    const auto offered = allowed_actions(complaint_in(S::diterima), staff(Role::super_admin), kNow);
    const std::vector<Action> expected = {A::verify,
                                          A::respond,
                                          A::note,
                                          A::defer,
                                          A::recategorize,
                                          A::dispose,
                                          A::not_authority,
                                          A::escalate,
                                          A::reject,
                                          A::archive};
    EXPECT_EQ(offered, expected);
}

// Each field fields_of() marks required is refused when empty, at that field; each field it
// marks optional or none may be left out.
TEST(ActionFields, AreTheFieldsApplyActionChecks) {
    struct Field {
        const char* name;
        Need ActionFields::*need;
        void (*clear)(ActionRequest&);
    };
    const Field fields[] = {
        {"message", &ActionFields::message, [](ActionRequest& r) { r.message.clear(); }},
        {"note", &ActionFields::note, [](ActionRequest& r) { r.note.clear(); }},
        {"unit", &ActionFields::unit, [](ActionRequest& r) { r.unit.clear(); }},
        {"reason", &ActionFields::reason, [](ActionRequest& r) { r.reason.reset(); }},
        {"category", &ActionFields::category, [](ActionRequest& r) { r.category.clear(); }},
    };
    for (Action action : kAllActions) {
        // A status from which the action is legal, acted on by the super admin.
        std::optional<Status> from;
        for (Status s : kAllStatuses) {
            if (!from && next_status(s, action) && !is_terminal(s)) from = s;
        }
        ASSERT_TRUE(from) << to_string(action);
        const Complaint c = complaint_in(*from);
        const ActionFields needs = fields_of(action);
        for (const auto& field : fields) {
            ActionRequest request = full_request(action);
            field.clear(request);
            if (action == A::note && std::string_view(field.name) == "note") {
                request.message.clear();  // a note may ride in `message`; without both it is empty
            }
            auto result = apply_action(c, staff(Role::super_admin), request);
            if (needs.*field.need == Need::required) {
                ASSERT_FALSE(result) << to_string(action) << " without " << field.name;
                EXPECT_EQ(result.error().code, core::ErrorCode::invalid_field);
                EXPECT_EQ(result.error().field, field.name) << to_string(action);
            } else {
                EXPECT_TRUE(result) << to_string(action) << " without " << field.name << ": "
                                    << (result ? "" : result.error().message);
            }
        }
    }
}

}  // namespace
}  // namespace tanggap::domain

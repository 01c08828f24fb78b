#include "sla/escalation.hpp"

#include <gtest/gtest.h>

namespace tanggap::sla {
namespace {

using std::chrono::hours;

const Timestamp kStart{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}};

LadderState follow_up_of_100_hours() {
    LadderState s;
    s.step = Step::follow_up;
    s.start = kStart;
    s.due = kStart + hours(100);
    return s;
}

TEST(EscalationLadder, NothingBeforeTheFirstReminder) {
    const auto out = climb_ladder(follow_up_of_100_hours(), kStart + hours(49), ReminderPlan{});
    EXPECT_TRUE(out.signals.empty());
    EXPECT_EQ(out.next_check, kStart + hours(50));
    EXPECT_EQ(out.state.reminders_sent, 0);
}

TEST(EscalationLadder, RemindersAtHalfAndFourFifthsEachOnce) {
    const ReminderPlan plan;
    auto out = climb_ladder(follow_up_of_100_hours(), kStart + hours(50), plan);
    ASSERT_EQ(out.signals.size(), 1U);
    EXPECT_EQ(out.signals[0].kind, SignalKind::reminder);
    EXPECT_EQ(out.signals[0].level, 1);
    EXPECT_EQ(out.next_check, kStart + hours(80));

    auto again = climb_ladder(out.state, kStart + hours(60), plan);
    EXPECT_TRUE(again.signals.empty()) << "the first reminder is not repeated";

    auto second = climb_ladder(out.state, kStart + hours(80), plan);
    ASSERT_EQ(second.signals.size(), 1U);
    EXPECT_EQ(second.signals[0].level, 2);
    EXPECT_EQ(second.next_check, kStart + hours(100) + std::chrono::milliseconds(1));
}

TEST(EscalationLadder, AtTheDueTimeItselfTheStepIsNotYetOverdue) {
    auto state = follow_up_of_100_hours();
    state.reminders_sent = 2;
    const auto out = climb_ladder(state, kStart + hours(100), ReminderPlan{});
    EXPECT_TRUE(out.signals.empty());
    EXPECT_EQ(out.next_check, kStart + hours(100) + std::chrono::milliseconds(1));
}

TEST(EscalationLadder, EscalatesJustAfterTheDueTime) {
    const ReminderPlan plan;
    auto state = follow_up_of_100_hours();
    state.reminders_sent = 2;
    const auto late = kStart + hours(100) + std::chrono::milliseconds(1);
    auto first = climb_ladder(state, late, plan);
    ASSERT_EQ(first.signals.size(), 1U);
    EXPECT_EQ(first.signals[0].kind, SignalKind::escalation);
    EXPECT_EQ(first.signals[0].level, 1);
    EXPECT_EQ(first.state.escalation_level, 1);
    EXPECT_EQ(first.next_check, kStart + hours(200) + std::chrono::milliseconds(1));

    auto second = climb_ladder(first.state, kStart + hours(201), plan);
    ASSERT_EQ(second.signals.size(), 1U);
    EXPECT_EQ(second.signals[0].level, 2);
    EXPECT_EQ(second.state.escalation_level, 2);
    EXPECT_FALSE(second.next_check) << "the top of the ladder";
    EXPECT_TRUE(climb_ladder(second.state, kStart + hours(9999), plan).signals.empty());
}

TEST(EscalationLadder, ALateSweepSendsTheLastReminderOnly) {
    auto out = climb_ladder(follow_up_of_100_hours(), kStart + hours(90), ReminderPlan{});
    ASSERT_EQ(out.signals.size(), 1U);
    EXPECT_EQ(out.signals[0].kind, SignalKind::reminder);
    EXPECT_EQ(out.signals[0].level, 2);
    EXPECT_EQ(out.state.reminders_sent, 2);
}

TEST(EscalationLadder, ALateSweepPastBothLevelsNamesEachRungAndNoReminder) {
    auto out = climb_ladder(follow_up_of_100_hours(), kStart + hours(500), ReminderPlan{});
    ASSERT_EQ(out.signals.size(), 2U);
    EXPECT_EQ(out.signals[0].kind, SignalKind::escalation);
    EXPECT_EQ(out.signals[0].level, 1);
    EXPECT_EQ(out.signals[1].level, 2);
    EXPECT_EQ(out.signals[1].point, kStart + hours(200));
    EXPECT_EQ(out.state.reminders_sent, 2);
    EXPECT_FALSE(out.next_check);
}

TEST(EscalationLadder, AManualEscalationSkipsTheRemindersAndTheFirstRung) {
    auto state = follow_up_of_100_hours();
    state.escalation_level = 1;
    EXPECT_EQ(next_ladder_point(state, ReminderPlan{}),
              kStart + hours(200) + std::chrono::milliseconds(1));
    EXPECT_TRUE(climb_ladder(state, kStart + hours(150), ReminderPlan{}).signals.empty());
}

TEST(EscalationLadder, InfoWaitArchivesAtItsDueTimeWithoutRemindersOrEscalation) {
    LadderState state;
    state.step = Step::info_wait;
    state.start = kStart;
    state.due = kStart + hours(720);
    EXPECT_EQ(next_ladder_point(state, ReminderPlan{}), state.due + std::chrono::milliseconds(1));
    EXPECT_TRUE(climb_ladder(state, state.due, ReminderPlan{}).signals.empty());
    auto out = climb_ladder(state, kStart + hours(721), ReminderPlan{});
    ASSERT_EQ(out.signals.size(), 1U);
    EXPECT_EQ(out.signals[0].kind, SignalKind::archive);
    EXPECT_TRUE(out.state.archived);
    EXPECT_EQ(out.state.escalation_level, 0);
    EXPECT_FALSE(out.next_check);
}

TEST(EscalationLadder, AStepDueAtItsStartEscalatesWithoutReminders) {
    auto state = follow_up_of_100_hours();
    state.due = state.start;
    EXPECT_EQ(next_ladder_point(state, ReminderPlan{}), state.start + std::chrono::milliseconds(1));
    auto out = climb_ladder(state, kStart + hours(1), ReminderPlan{});
    ASSERT_EQ(out.signals.size(), 2U) << "both rungs fall at the due time when the span is zero";
    EXPECT_EQ(out.signals[0].kind, SignalKind::escalation);
}

TEST(EscalationLadder, CustomReminderPlan) {
    ReminderPlan plan{{0.25}};
    auto out = climb_ladder(follow_up_of_100_hours(), kStart + hours(25), plan);
    ASSERT_EQ(out.signals.size(), 1U);
    EXPECT_EQ(out.next_check, kStart + hours(100) + std::chrono::milliseconds(1));
}

}  // namespace
}  // namespace tanggap::sla

#include "sla/escalation.hpp"

#include <chrono>

namespace tanggap::sla {
namespace {

std::vector<LadderSignal> ladder_points(const LadderState& state, const ReminderPlan& plan) {
    if (state.step == Step::info_wait) return {{SignalKind::archive, 0, state.due}};
    std::vector<LadderSignal> points;
    const auto span = state.due - state.start;
    if (span > span.zero()) {
        for (std::size_t i = 0; i < plan.fractions.size(); ++i) {
            const auto offset = std::chrono::milliseconds(
                static_cast<std::int64_t>(static_cast<double>(span.count()) * plan.fractions[i]));
            points.push_back({SignalKind::reminder, static_cast<int>(i + 1), state.start + offset});
        }
    }
    const auto climb = span > span.zero() ? span : std::chrono::milliseconds::zero();
    for (int level = 1; level <= domain::kTopEscalationLevel; ++level) {
        points.push_back({SignalKind::escalation, level, state.due + climb * (level - 1)});
    }
    return points;
}

// A deadline is missed only once it has passed (is_overdue): at the due time itself the step is
// still on time, so escalation and archiving fire a millisecond later.
Timestamp fires_at(const LadderSignal& point) {
    return point.kind == SignalKind::reminder ? point.point
                                              : point.point + std::chrono::milliseconds(1);
}

bool given(const LadderSignal& point, const LadderState& state) {
    switch (point.kind) {
        case SignalKind::reminder:
            return state.escalation_level > 0 || point.level <= state.reminders_sent;
        case SignalKind::escalation:
            return point.level <= state.escalation_level;
        case SignalKind::archive:
            return state.archived;
    }
    return true;
}

}  // namespace

std::optional<Timestamp> next_ladder_point(const LadderState& state, const ReminderPlan& plan) {
    for (const auto& point : ladder_points(state, plan)) {
        if (!given(point, state)) return fires_at(point);
    }
    return std::nullopt;
}

LadderOutcome climb_ladder(const LadderState& state, Timestamp now, const ReminderPlan& plan) {
    LadderOutcome out{{}, state, std::nullopt};
    std::optional<LadderSignal> last_reminder;
    bool escalates = false;
    for (const auto& point : ladder_points(state, plan)) {
        if (fires_at(point) > now || given(point, state)) continue;
        switch (point.kind) {
            case SignalKind::reminder:
                last_reminder = point;
                out.state.reminders_sent = point.level;
                break;
            case SignalKind::escalation:
                escalates = true;
                out.state.escalation_level = point.level;
                out.signals.push_back(point);
                break;
            case SignalKind::archive:
                out.state.archived = true;
                out.signals.push_back(point);
                break;
        }
    }
    if (last_reminder && !escalates) out.signals.insert(out.signals.begin(), *last_reminder);
    if (escalates) out.state.reminders_sent = static_cast<int>(plan.fractions.size());
    out.next_check = next_ladder_point(out.state, plan);
    return out;
}

}  // namespace tanggap::sla

#pragma once
// The deadline settings kept in the store (policies, unit policies, holidays) and what follows
// an edit of them: a new DeadlineClock, and every running step counted again under it, in the
// same transaction, so no open complaint keeps a due time the settings no longer give.
//
// Errors are values: the store's, and invalid_field/conflict/not_found from the checks below
// with the field named as the API reports it.

#include "domain/directory_index.hpp"
#include "service/deadline_clock.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace tanggap::service {

using core::Result;

Result<DeadlineSettings> load_deadline_settings(store::ReadTx& tx);

// A new installation (no policy stored yet) gets shipped_deadline_settings(); then `imported`
// holidays (the operator's --holidays files) are added where missing. Run at every start.
Result<void> seed_deadline_settings(store::WriteTx& tx, const std::vector<sla::Holiday>& imported);

// The clock for the stored settings at `utc_offset` with `reminders`. Errors: internal when
// the stored settings are refused by the clock (they are checked when saved, so a damaged
// database).
Result<std::shared_ptr<const DeadlineClock>> load_deadline_clock(
    store::ReadTx& tx, std::chrono::minutes utc_offset, const sla::ReminderPlan& reminders = {});

// Counts the step of `c` again from its stored start under `clock` (due_at, next_check_at);
// the ladder goes on from where it stands, so the next sweep sends what the new due time makes
// due. Nothing for a complaint without a running step.
Result<void> recount_step(store::WriteTx& tx,
                          domain::Complaint& c,
                          const Duty& duty,
                          domain::Timestamp now,
                          const DeadlineClock& clock);

// recount_step for every complaint with a running step; saves those whose due time or next
// check moved and returns how many.
Result<std::int64_t> recount_open_deadlines(store::WriteTx& tx,
                                            const domain::DirectoryIndex& directory,
                                            const DeadlineClock& clock,
                                            domain::Timestamp now);

// What an edit leaves to publish once its transaction is durable.
struct SettingsChange {
    std::shared_ptr<const DeadlineClock> clock;
    std::uint64_t version = 0;
    std::int64_t recounted = 0;
};

// Runs `edit`, builds the clock from the settings it leaves (with the reminder plan of the
// clock `holder` has now, a deployment setting), recounts the open deadlines
// under it and takes a version from `holder` (on the writer thread, so versions follow commit
// order). The caller publishes after the commit.
Result<SettingsChange> change_deadline_settings(
    store::WriteTx& tx,
    const domain::DirectoryIndex& directory,
    DeadlineClockHolder& holder,
    std::chrono::minutes utc_offset,
    domain::Timestamp now,
    const std::function<Result<void>(store::WriteTx&)>& edit);

// Checks a year's holiday list, whatever format it came in (JSON or CSV): every date in `year`,
// a name of valid UTF-8 without control characters, at most kHolidayNameMax code points.
// Errors: invalid_field naming "items[i].date" / "items[i].name".
inline constexpr std::size_t kHolidayNameMax = 200;
Result<void> validate_year_holidays(int year, const std::vector<sla::Holiday>& holidays);

// Deleting a policy: not a required one (conflict), not one a category names (conflict, the
// categories named in the message); unit policies are checked by the store.
Result<void> check_policy_deletable(std::string_view code, const domain::DirectoryIndex& directory);

}  // namespace tanggap::service

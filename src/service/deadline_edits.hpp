#pragma once
// The super admin's edits of the deadline settings: policies, a unit's own policy for a
// category, a year's holidays. Each is an edit for change_deadline_settings that writes the
// change and its audit entry in the same transaction, so the clock, the recount and the log
// move together or not at all.

#include "domain/directory_index.hpp"
#include "service/deadline_settings.hpp"
#include "sla/deadline_policy.hpp"
#include "sla/holidays.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tanggap::service {

using DeadlineEdit = std::function<Result<void>(store::WriteTx&)>;

// Creates or replaces a policy; `creating` only words the audit entry.
DeadlineEdit saving_policy(sla::DeadlinePolicy policy,
                           bool creating,
                           std::string actor,
                           domain::Timestamp now);

// Errors: those of check_policy_deletable; not_found when there is no such policy.
DeadlineEdit deleting_policy(std::string code,
                             std::shared_ptr<const domain::DirectoryIndex> directory,
                             std::string actor,
                             domain::Timestamp now);

DeadlineEdit saving_unit_policy(sla::UnitPolicy unit_policy,
                                std::string actor,
                                domain::Timestamp now);

// Errors: not_found when the unit has no policy of its own for the category.
DeadlineEdit deleting_unit_policy(std::string unit_code,
                                  std::string category_code,
                                  std::string actor,
                                  domain::Timestamp now);

// Replaces every holiday of `year` (already checked by validate_year_holidays).
DeadlineEdit replacing_holidays(int year,
                                std::vector<sla::Holiday> holidays,
                                std::string actor,
                                domain::Timestamp now);

}  // namespace tanggap::service

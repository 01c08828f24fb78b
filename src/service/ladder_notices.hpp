#pragma once
// The words of the escalation ladder: the notifications a reminder, an escalation or an
// automatic archiving sends, and the history note of an escalation. In Bahasa Indonesia, the
// language of the staff who read them. No personal data, and no title of a confidential
// complaint: escalation notices reach the leadership, who may not see confidential ones.

#include "domain/complaint.hpp"
#include "domain/notification.hpp"
#include "store/store.hpp"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::service {

using core::Result;

// "3 hari 4 jam", "25 menit": how long a deadline has been missed, to the minute.
std::string describe_overdue(std::chrono::milliseconds overdue);

// Reminder `number` (1-based) of the current step, to the unit holding the complaint.
domain::Notification reminder_notice(const domain::Complaint& complaint,
                                     int number,
                                     domain::Timestamp now);

// An escalation to `level`: to the super admins (level 1) or the leadership (level 2), and to
// the unit, so that it knows who is now watching. `unit_name` is how people read the unit
// holding it (unit_name_of()).
std::vector<domain::Notification> escalation_notices(const domain::Complaint& complaint,
                                                     int level,
                                                     std::string_view unit_name,
                                                     domain::Timestamp now);

// The name of the unit `code` as the store holds it; the code itself for a unit it does not
// know (a notice is better with a code than not at all).
Result<std::string> unit_name_of(store::ReadTx& tx, const std::string& code);

// The internal note of the history event of an automatic escalation.
std::string escalation_note(const domain::Complaint& complaint,
                            int level,
                            std::chrono::milliseconds overdue);

domain::Notification archive_notice(const domain::Complaint& complaint, domain::Timestamp now);

}  // namespace tanggap::service

#pragma once
// The JSON shapes of complaints on the wire (docs: src/api/openapi.json).

#include "domain/directory_index.hpp"
#include "domain/notification.hpp"
#include "domain/submission.hpp"
#include "domain/visibility.hpp"
#include "service/complaint_service.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

namespace tanggap::api {

// The submission body. `staff_intake` also accepts "channel" (operators record where a
// complaint came from); citizens' submissions are always channel web.
// Errors: invalid_field naming the field (wrong type, unknown kind/channel).
// An ISO 8601 time (WIB), or null.
boost::json::value time_or_null(const std::optional<domain::Timestamp>& at);

core::Result<domain::Submission> parse_submission(const boost::json::object& body,
                                                  bool staff_intake);

// The 201 answer to a submission.
boost::json::object render_receipt(const service::SubmitReceipt& receipt,
                                   const domain::DirectoryIndex& directory);

// A complaint as `visibility` allows; `staff` adds the fields of the staff view
// (contact details, handling units, actors and internal notes) where visibility grants them.
boost::json::object render_complaint(const service::ComplaintRecord& record,
                                     const domain::Visibility& visibility,
                                     const domain::DirectoryIndex& directory,
                                     bool staff);

// Adds the staff view's deadline fields to `view`: "deadlines", the current step's
// [{"step","due_at","overdue"}] (empty when no deadline runs; overdue: now > due_at), and
// "escalation_level" (always 0 until escalation is built).
void add_deadlines(boost::json::object& view,
                   const domain::Complaint& complaint,
                   domain::Timestamp now);

// The staff view of a complaint, as every staff route answers it: render_complaint() for
// staff, then add_deadlines() and add_staff_controls() for `staff` at `now`.
boost::json::object render_staff_view(const service::ComplaintRecord& record,
                                      const domain::Visibility& visibility,
                                      const domain::DirectoryIndex& directory,
                                      const domain::StaffUser& staff,
                                      domain::Timestamp now);

// Adds what `staff` may do on the complaint now, as the domain decides it, for the console to
// render rather than work out: "allowed_actions" [{"action", "message", "note", "unit",
// "reason", "category"}] in the order of its buttons, each field "none", "optional" or
// "required" (domain::allowed_actions, domain::fields_of); "overdue" (domain::is_overdue);
// "proof_photo_room", how many more proof photos they may attach (0: no upload).
void add_staff_controls(boost::json::object& view,
                        const domain::Complaint& complaint,
                        const domain::StaffUser& staff,
                        domain::Timestamp now);

// A notification for its audience (GET /api/v1/staff/notifications).
boost::json::object render_notification(const domain::Notification& notification);

boost::json::object render_summary(const domain::Complaint& complaint,
                                   const domain::DirectoryIndex& directory);

// One row of a staff list (the inbox, the 112 board): the summary and "overdue" at `now`.
boost::json::object render_inbox_row(const domain::Complaint& complaint,
                                     const domain::DirectoryIndex& directory,
                                     domain::Timestamp now);

boost::json::value render_unit_ref(const std::string& code,
                                   const domain::DirectoryIndex& directory);

}  // namespace tanggap::api

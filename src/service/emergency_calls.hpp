#pragma once
// Calls to the emergency line (112), taken by its operator (domain/emergency.hpp).

#include "domain/emergency.hpp"
#include "service/complaint_service.hpp"

#include <optional>
#include <string>

namespace tanggap::service {

struct EmergencyCall {
    // Validated (domain::validate_submission); channel emergency_112. For an emergency its
    // category is replaced by the one the kind is answered under.
    domain::Submission submission;
    std::optional<domain::EmergencyKind> kind;  // nullopt: not an emergency
    std::string operator_username;
    domain::Timestamp now;
};

struct EmergencyReceipt {
    SubmitReceipt receipt;
    bool emergency = false;
    std::optional<domain::Timestamp> due_at;
    // What the operator tells the caller before hanging up.
    std::string advice;
};

struct EmergencyLineSettings {
    domain::EmergencyLine line;
    std::string public_url;       // where non-emergencies are reported
    std::string whatsapp_number;  // the WhatsApp line as citizens dial it; "" when none
};

// Files the call; an emergency alerts its unit with a dispatch notification in the same
// transaction. Errors: invalid_field (field "kind" when the line has no emergency category for
// the kind), and those of submit_complaint.
core::Result<EmergencyReceipt> take_emergency_call(store::WriteTx& tx,
                                                   const domain::DirectoryIndex& directory,
                                                   EmergencyCall call,
                                                   const EmergencyLineSettings& settings,
                                                   const DeadlineClock& clock,
                                                   const domain::Outreach& outreach);

}  // namespace tanggap::service

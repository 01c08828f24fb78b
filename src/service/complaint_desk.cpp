#include "service/complaint_desk.hpp"

#include "service/citizen_notices.hpp"

namespace tanggap::service {

// The request's directory and clock snapshots travel with the job (kept alive by it) and are
// read there.

Task<std::optional<SubmitReceipt>> ComplaintDesk::earlier_submission(std::string idempotency_key) {
    return read_use_case(store_, &replay_submission, std::move(idempotency_key));
}

Task<SubmitReceipt> ComplaintDesk::submit(Directory directory, Clock clock, SubmitRequest request) {
    auto use_case = [&outreach = outreach_](store::WriteTx& tx,
                                            const Directory& directory,
                                            const Clock& clock,
                                            const SubmitRequest& request) {
        return submit_complaint(tx, *directory, request, *clock, outreach);
    };
    return write_use_case(
        store_, use_case, std::move(directory), std::move(clock), std::move(request));
}

Task<std::optional<ComplaintRecord>> ComplaintDesk::load(std::string ticket) {
    return read_use_case(store_, &load_complaint, std::move(ticket));
}

Task<ComplaintRecord> ComplaintDesk::act(Directory directory,
                                         Clock clock,
                                         std::string ticket,
                                         domain::StaffUser staff,
                                         domain::ActionRequest action,
                                         domain::Timestamp now) {
    auto use_case = [&outreach = outreach_](store::WriteTx& tx,
                                            const Directory& directory,
                                            const Clock& clock,
                                            const std::string& ticket,
                                            const domain::StaffUser& staff,
                                            const domain::ActionRequest& action,
                                            domain::Timestamp now) {
        return act_on_complaint(tx, *directory, ticket, staff, action, now, *clock, outreach);
    };
    return write_use_case(store_,
                          use_case,
                          std::move(directory),
                          std::move(clock),
                          std::move(ticket),
                          std::move(staff),
                          std::move(action),
                          now);
}

Task<ComplaintRecord> ComplaintDesk::give_feedback(Directory directory,
                                                   Clock clock,
                                                   std::string ticket,
                                                   std::string token,
                                                   domain::Feedback feedback) {
    auto use_case = [](store::WriteTx& tx,
                       const Directory& directory,
                       const Clock& clock,
                       const std::string& ticket,
                       const std::string& token,
                       const domain::Feedback& feedback) {
        return service::give_feedback(tx, *directory, ticket, token, feedback, *clock);
    };
    return write_use_case(store_,
                          use_case,
                          std::move(directory),
                          std::move(clock),
                          std::move(ticket),
                          std::move(token),
                          std::move(feedback));
}

Task<int> ComplaintDesk::set_reporter_notices(std::string ticket,
                                              std::string token,
                                              bool enabled,
                                              domain::Timestamp now) {
    return write_use_case(
        store_, &service::set_reporter_notices, std::move(ticket), std::move(token), enabled, now);
}

Task<ComplaintRecord> ComplaintDesk::publish(std::string ticket,
                                             domain::StaffUser staff,
                                             domain::PublicationRequest request,
                                             domain::Timestamp now) {
    return write_use_case(
        store_, &publish_complaint, std::move(ticket), std::move(staff), std::move(request), now);
}

Task<void> ComplaintDesk::may_attach_proof_photos(std::string ticket,
                                                  domain::StaffUser staff,
                                                  std::size_t count) {
    return read_use_case(
        store_, &service::may_attach_proof_photos, std::move(ticket), std::move(staff), count);
}

Task<ComplaintRecord> ComplaintDesk::attach_proof_photos(ProofPhotos request) {
    return write_use_case(store_, &service::attach_proof_photos, std::move(request));
}

Task<EmergencyReceipt> ComplaintDesk::take_emergency_call(Directory directory,
                                                          Clock clock,
                                                          EmergencyCall call,
                                                          EmergencyLineSettings line) {
    auto use_case = [&outreach = outreach_](store::WriteTx& tx,
                                            const Directory& directory,
                                            const Clock& clock,
                                            const EmergencyCall& call,
                                            const EmergencyLineSettings& line) {
        return service::take_emergency_call(tx, *directory, call, line, *clock, outreach);
    };
    return write_use_case(
        store_, use_case, std::move(directory), std::move(clock), std::move(call), std::move(line));
}

Task<store::InboxPage> ComplaintDesk::inbox(store::InboxQuery query) {
    return read_use_case(store_, &store::ReadTx::inbox, std::move(query));
}

Task<std::vector<domain::Notification>> ComplaintDesk::notifications(
    store::NotificationQuery query) {
    return read_use_case(store_, &store::ReadTx::notifications, std::move(query));
}

Task<std::vector<domain::Complaint>> ComplaintDesk::by_reporter_phone(std::string phone,
                                                                      int limit) {
    return read_use_case(
        store_, &store::ReadTx::complaints_by_reporter_phone, std::move(phone), limit);
}

Task<std::optional<domain::Complaint>> ComplaintDesk::holding_photo(std::string photo_id) {
    return read_use_case(store_, &store::ReadTx::complaint_by_photo, std::move(photo_id));
}

}  // namespace tanggap::service

#pragma once
// The server's way to the complaint use cases: each method runs one of them (complaint_service,
// proof_photos, emergency_calls, citizen_notices) or one of the complaint store's reads in a
// transaction on the store's threads, and resumes the caller with the result. The API layer
// holds desks, never the store, so no handler opens a transaction of its own.
//
// Arguments are taken by value: they travel to the store's thread. `Directory` and `Clock` are
// the request's snapshots (snapshots.hpp).

#include "domain/directory_index.hpp"
#include "domain/notification.hpp"
#include "domain/outbound.hpp"
#include "service/complaint_service.hpp"
#include "service/emergency_calls.hpp"
#include "service/proof_photos.hpp"
#include "service/snapshots.hpp"
#include "service/store_await.hpp"
#include "store/store.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::service {

class ComplaintDesk {
  public:
    // `outreach` is read at each write (how reporters are told); it outlives the desk.
    ComplaintDesk(store::Store& store, const domain::Outreach& outreach)
        : store_(store), outreach_(outreach) {}

    // The receipt of the complaint filed under `idempotency_key`, if any (replay_submission).
    Task<std::optional<SubmitReceipt>> earlier_submission(std::string idempotency_key);
    Task<SubmitReceipt> submit(Directory directory, Clock clock, SubmitRequest request);
    Task<std::optional<ComplaintRecord>> load(std::string ticket);
    Task<ComplaintRecord> act(Directory directory,
                              Clock clock,
                              std::string ticket,
                              domain::StaffUser staff,
                              domain::ActionRequest action,
                              domain::Timestamp now);
    Task<ComplaintRecord> give_feedback(Directory directory,
                                        Clock clock,
                                        std::string ticket,
                                        std::string token,
                                        domain::Feedback feedback);
    // The reporter's switch for notices: how many addresses it changed.
    Task<int> set_reporter_notices(std::string ticket,
                                   std::string token,
                                   bool enabled,
                                   domain::Timestamp now);
    Task<ComplaintRecord> publish(std::string ticket,
                                  domain::StaffUser staff,
                                  domain::PublicationRequest request,
                                  domain::Timestamp now);
    Task<void> may_attach_proof_photos(std::string ticket,
                                       domain::StaffUser staff,
                                       std::size_t count);
    Task<ComplaintRecord> attach_proof_photos(ProofPhotos request);
    Task<EmergencyReceipt> take_emergency_call(Directory directory,
                                               Clock clock,
                                               EmergencyCall call,
                                               EmergencyLineSettings line);

    Task<store::InboxPage> inbox(store::InboxQuery query);
    Task<std::vector<domain::Notification>> notifications(store::NotificationQuery query);
    // A caller's latest complaints by phone (normalized), at most `limit`, every one of them:
    // the caller applies visibility.
    Task<std::vector<domain::Complaint>> by_reporter_phone(std::string phone, int limit);
    // The complaint holding photo `photo_id`, for deciding who may see it.
    Task<std::optional<domain::Complaint>> holding_photo(std::string photo_id);

  private:
    store::Store& store_;
    const domain::Outreach& outreach_;
};

}  // namespace tanggap::service

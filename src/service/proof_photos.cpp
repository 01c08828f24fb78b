#include "service/proof_photos.hpp"

#include "domain/visibility.hpp"

namespace tanggap::service {

using core::ErrorCode;
using core::make_error;

namespace {

Result<domain::Complaint> checked(store::ReadTx& tx,
                                  std::string_view ticket,
                                  const domain::StaffUser& staff,
                                  std::size_t count) {
    auto found = tx.complaint_by_ticket(ticket);
    if (!found) return found.error();
    if (!*found || !domain::visibility_for(**found, staff, false).visible) {
        return make_error(ErrorCode::not_found, "Aduan tidak ditemukan");
    }
    if (auto allowed = domain::check_proof_photos(**found, staff, count); !allowed) {
        return allowed.error();
    }
    return std::move(**found);
}

}  // namespace

Result<void> may_attach_proof_photos(store::ReadTx& tx,
                                     std::string_view ticket,
                                     const domain::StaffUser& staff,
                                     std::size_t count) {
    auto complaint = checked(tx, ticket, staff, count);
    if (!complaint) return complaint.error();
    return {};
}

Result<ComplaintRecord> attach_proof_photos(store::WriteTx& tx, const ProofPhotos& request) {
    auto complaint = checked(tx, request.ticket, request.staff, request.photos.size());
    if (!complaint) return complaint.error();
    domain::Complaint& c = *complaint;
    for (const auto& photo : request.photos) {
        if (photo.stage != domain::PhotoStage::proof) {
            return make_error(ErrorCode::internal, "proof photo stored with another stage");
        }
        if (auto added = tx.add_photo(c.id, photo); !added) return added.error();
    }
    c.updated_at = request.now;
    if (auto saved = tx.update_complaint(c); !saved) return saved.error();
    domain::ComplaintEvent event;
    event.at = request.now;
    event.actor = domain::EventActor::staff(request.staff.username);
    event.action = std::string(domain::kProofPhotoAction);
    event.from = event.to = c.status;
    event.unit_from = event.unit_to = c.unit_code;
    event.public_text = domain::proof_photo_event_text(request.photos.size());
    if (auto appended = tx.append_event(c.id, event); !appended) return appended.error();
    auto record = load_complaint(tx, request.ticket);
    if (!record) return record.error();
    if (!*record) return make_error(ErrorCode::internal, "complaint vanished in its transaction");
    return std::move(**record);
}

}  // namespace tanggap::service

#pragma once
// Proof photos attached by the unit holding a complaint (domain/proof_photo.hpp decides who,
// when and how many). The photos are already processed and on disk (media::PhotoStore); this
// records them and a public history event in one write transaction. The status, the unit and
// the due time stay as they are: showing work is not a step of the status machine.

#include "domain/proof_photo.hpp"
#include "service/complaint_service.hpp"
#include "store/store.hpp"

#include <string_view>
#include <vector>

namespace tanggap::service {

// Whether `staff` may attach `count` proof photos to the complaint now: the check before the
// photos are processed, so a refused request costs no image work. Errors: not_found (absent,
// or outside the staff member's sight), and those of domain::check_proof_photos.
Result<void> may_attach_proof_photos(store::ReadTx& tx,
                                     std::string_view ticket,
                                     const domain::StaffUser& staff,
                                     std::size_t count);

struct ProofPhotos {
    std::string ticket;
    domain::StaffUser staff;
    std::vector<domain::Photo> photos;  // stage proof, stored by media::PhotoStore
    domain::Timestamp now;
};

// Checks again (the complaint may have moved on while the photos were processed), then stores
// the photos and appends the event "Foto bukti ditambahkan (N)" (action "proof_photo") by the
// staff member. Returns the complaint as it now is. Errors: as may_attach_proof_photos, and
// those of the store; on any error nothing is written and the caller removes the files.
Result<ComplaintRecord> attach_proof_photos(store::WriteTx& tx, const ProofPhotos& request);

}  // namespace tanggap::service

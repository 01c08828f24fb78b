#pragma once
// Proof photos ("foto bukti"): pictures the unit holding a complaint attaches to show the work
// done (the road patched, the aid handed over). Who may attach them, when, and how many.
// Pure: the caller loads the complaint and stores the photos and the history event.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/staff.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace tanggap::domain {

// At most this many proof photos per complaint, the same as a report's own photos.
inline constexpr std::size_t kMaxProofPhotos = 5;

// The history event's action name and its public text.
inline constexpr std::string_view kProofPhotoAction = "proof_photo";

// Whether `staff` may attach `adding` more proof photos to `complaint` now. Checked in this
// order, so each refusal names the first rule broken:
//  forbidden          a role other than officer, unit_admin or super_admin, or an officer or
//                     unit admin of another unit than the one holding the complaint
//  illegal_transition the status is not one where the unit works on the complaint or has just
//                     answered it: ditindaklanjuti, dibuka_kembali or selesai (the reporter
//                     judges the answer by its photos; once closed, archived or rejected the
//                     record is final, and before `start` there is no work to show)
//  invalid_field      `adding` is 0, or the complaint would hold more than kMaxProofPhotos
//                     proof photos (field "photo")
core::Result<void> check_proof_photos(const Complaint& complaint,
                                      const StaffUser& staff,
                                      std::size_t adding);

// How many more proof photos `staff` may attach to `complaint` now: 0 when
// check_proof_photos() refuses even one (the console then shows no upload).
std::size_t proof_photo_room(const Complaint& complaint, const StaffUser& staff);

// Whether the status is one in which proof photos may be attached (see above).
bool accepts_proof_photos(Status status);

// The public text of the history event for `count` photos, e.g. "Foto bukti ditambahkan (2)".
std::string proof_photo_event_text(std::size_t count);

}  // namespace tanggap::domain

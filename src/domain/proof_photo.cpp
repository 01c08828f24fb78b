#include "domain/proof_photo.hpp"

#include "domain/authorization.hpp"

#include <algorithm>
#include <string>

namespace tanggap::domain {

bool accepts_proof_photos(Status status) {
    return status == Status::ditindaklanjuti || status == Status::dibuka_kembali ||
           status == Status::selesai;
}

core::Result<void> check_proof_photos(const Complaint& complaint,
                                      const StaffUser& staff,
                                      std::size_t adding) {
    // Proof goes with the answer: whoever may resolve the complaint may show it.
    if (auto denied = check_rights(complaint, staff, Action::resolve)) return *denied;
    if (!accepts_proof_photos(complaint.status)) {
        return core::make_error(core::ErrorCode::illegal_transition,
                                "Foto bukti hanya dapat ditambahkan saat aduan ditindaklanjuti, "
                                "dibuka kembali atau selesai (status sekarang: " +
                                    std::string(to_string(complaint.status)) + ")");
    }
    if (adding == 0) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Pilih sedikitnya satu foto", "photo");
    }
    const auto held = static_cast<std::size_t>(
        std::count_if(complaint.photos.begin(), complaint.photos.end(), [](const Photo& p) {
            return p.stage == PhotoStage::proof;
        }));
    if (held + adding > kMaxProofPhotos) {
        return core::make_error(
            core::ErrorCode::invalid_field,
            "Paling banyak 5 foto bukti per aduan (sudah ada " + std::to_string(held) + ")",
            "photo");
    }
    return {};
}

std::size_t proof_photo_room(const Complaint& complaint, const StaffUser& staff) {
    std::size_t room = 0;
    while (room < kMaxProofPhotos && check_proof_photos(complaint, staff, room + 1)) ++room;
    return room;
}

std::string proof_photo_event_text(std::size_t count) {
    return "Foto bukti ditambahkan (" + std::to_string(count) + ")";
}

}  // namespace tanggap::domain

#include "domain/publication.hpp"

#include "domain/photo_blur.hpp"
#include "domain/redaction.hpp"
#include "domain/status_machine.hpp"

#include <algorithm>

namespace tanggap::domain {

bool counts_as_verified(Status status) {
    switch (status) {
        case Status::diterima:
        case Status::ditunda:
        case Status::ditolak:
        case Status::diarsipkan:
            return false;
        case Status::diverifikasi:
        case Status::didisposisikan:
        case Status::ditindaklanjuti:
        case Status::selesai:
        case Status::ditutup:
        case Status::bukan_wewenang:
        case Status::dibuka_kembali:
            return true;
    }
    return false;
}

void note_verification(Complaint& complaint, Timestamp at) {
    if (!complaint.verified_at && counts_as_verified(complaint.status)) {
        complaint.verified_at = at;
    }
}

bool is_published(const Complaint& complaint) {
    return publication_state(complaint) == PublicationState::published;
}

PublicationState publication_state(const Complaint& complaint) {
    if (complaint.confidential) return PublicationState::confidential;
    if (is_dismissed(complaint.status)) return PublicationState::dismissed;
    if (!complaint.verified_at) return PublicationState::unverified;
    return PublicationState::published;
}

std::string_view to_string(PublicationState state) {
    switch (state) {
        case PublicationState::published:
            return "published";
        case PublicationState::confidential:
            return "confidential";
        case PublicationState::dismissed:
            return "dismissed";
        case PublicationState::unverified:
            return "unverified";
    }
    return "unverified";
}

PublicCopy public_copy(const Complaint& complaint) {
    PublicCopy copy{redact(complaint.title, complaint.hidden_phrases),
                    redact(complaint.description, complaint.hidden_phrases),
                    {}};
    for (const auto& photo : complaint.photos) {
        if (photo.published || photo.stage == PhotoStage::proof) copy.photos.push_back(photo);
    }
    return copy;
}

core::Result<void> apply_publication(Complaint& complaint,
                                     const StaffUser& staff,
                                     const PublicationRequest& request) {
    if (auto denied = check_permission(complaint, staff, Action::verify)) return *denied;
    if (request.hidden_phrases.size() > kHiddenPhrasesMax) {
        return core::make_error(
            core::ErrorCode::invalid_field,
            "Paling banyak " + std::to_string(kHiddenPhrasesMax) + " frasa yang disamarkan",
            "hidden_phrases");
    }
    for (const auto& phrase : request.hidden_phrases) {
        const bool control = std::any_of(phrase.begin(), phrase.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20;
        });
        if (phrase.empty() || phrase.size() > kHiddenPhraseMax || control) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Frasa yang disamarkan harus 1 sampai " +
                                        std::to_string(kHiddenPhraseMax) + " karakter",
                                    "hidden_phrases");
        }
    }
    for (const auto& id : request.published_photos) {
        const bool own =
            std::any_of(complaint.photos.begin(), complaint.photos.end(), [&](auto& p) {
                return p.id == id && p.stage == PhotoStage::report;
            });
        if (!own) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Foto " + id + " bukan foto laporan aduan ini",
                                    "published_photos");
        }
    }
    for (const auto& [id, regions] : request.photo_blurs) {
        auto photo = std::find_if(complaint.photos.begin(),
                                  complaint.photos.end(),
                                  [&id = id](const Photo& p) { return p.id == id; });
        if (photo == complaint.photos.end()) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Foto " + id + " bukan foto aduan ini",
                                    "photo_blurs");
        }
        if (auto checked = check_blur_regions(*photo, regions); !checked) return checked;
    }
    complaint.hidden_phrases = request.hidden_phrases;
    for (auto& photo : complaint.photos) {
        auto blur = request.photo_blurs.find(photo.id);
        if (blur != request.photo_blurs.end()) photo.blur_regions = blur->second;
    }
    for (auto& photo : complaint.photos) {
        if (photo.stage != PhotoStage::report) continue;
        photo.published =
            std::find(request.published_photos.begin(), request.published_photos.end(), photo.id) !=
            request.published_photos.end();
    }
    return {};
}

}  // namespace tanggap::domain

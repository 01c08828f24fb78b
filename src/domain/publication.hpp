#pragma once
// Publication: what of a complaint the public may read, and when. Nothing a citizen wrote is
// public until an officer has verified it, and then only as a redacted copy (redaction.hpp)
// with the photos the officer approved. SP4N-LAPOR! publishes the same way; UU 27/2022 makes
// the regency answer for what it shows.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/staff.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

// Whether reaching `status` shows that an officer looked at the complaint and took it on:
// diverifikasi and every working or answered state after it. diterima, ditunda (asked for more
// before anyone verified), ditolak and diarsipkan do not.
bool counts_as_verified(Status status);

// Records verified_at the first time the complaint reaches a status that counts as verified.
void note_verification(Complaint& complaint, Timestamp at);

// Public: verified, neither rejected nor archived (domain::is_dismissed), and not
// confidential. The store keeps this on the row so that every public read filters on it.
bool is_published(const Complaint& complaint);

// Why the public does or does not read the complaint now, for the officer: published, or the
// first reason it is not (in the order an officer could act on: nothing changes a confidential
// or dismissed complaint; verifying changes an unverified one).
enum class PublicationState { published, confidential, dismissed, unverified };
PublicationState publication_state(const Complaint& complaint);
std::string_view to_string(PublicationState state);

// The public copy: title and description redacted with the automatic recognisers and the
// officer's hidden phrases, and only the photos approved for the public.
struct PublicCopy {
    std::string title;
    std::string description;
    std::vector<Photo> photos;
};
PublicCopy public_copy(const Complaint& complaint);

// What the officer decides before publishing: phrases to mask besides the automatic redaction
// (a name, a house), and which report photos the public may see. Proof photos are the unit's
// own and follow the complaint.
// It may also set what the public copy of a photo blurs (photo_blur.hpp): a photo named in
// `photo_blurs` gets exactly those regions (none: nothing blurred), the others keep theirs.
struct PublicationRequest {
    std::vector<std::string> hidden_phrases;
    std::vector<std::string> published_photos;  // ids of the complaint's report photos
    std::map<std::string, std::vector<BlurRegion>> photo_blurs;  // photo id: regions
};

inline constexpr std::size_t kHiddenPhrasesMax = 50;
inline constexpr std::size_t kHiddenPhraseMax = 200;  // bytes

// Applies `request` to the complaint. Errors:
//  forbidden      the staff member may not verify this complaint (status_machine's rule)
//  invalid_field  "hidden_phrases" too many, one empty, too long or holding a control
//                 character; "published_photos" an id
//                 that is not one of the complaint's report photos; "photo_blurs" an id that is
//                 not one of its photos, or regions check_blur_regions refuses
core::Result<void> apply_publication(Complaint& complaint,
                                     const StaffUser& staff,
                                     const PublicationRequest& request);

}  // namespace tanggap::domain

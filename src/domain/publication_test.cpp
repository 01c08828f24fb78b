#include "domain/publication.hpp"

#include "domain/photo_blur.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace tanggap::domain {
namespace {

const Timestamp kVerifiedAt = Timestamp{} + std::chrono::hours(1000);

Complaint reported() {
    Complaint c;
    c.ticket = "2612-ABCDEF";
    c.unit_code = "dinsos";
    c.title = "PKH Budi tidak cair";
    c.description = "Saya Budi, NIK 3212041203850004, HP 081234567890, bantuan PKH tidak cair";
    c.photos = {Photo{"r1", PhotoStage::report, "image/jpeg", 1, 1, false, {}},
                Photo{"r2", PhotoStage::report, "image/jpeg", 1, 1, false, {}},
                Photo{"p1", PhotoStage::proof, "image/jpeg", 1, 1, false, {}}};
    return c;
}

Complaint verified() {
    auto c = reported();
    c.status = Status::diverifikasi;
    note_verification(c, kVerifiedAt);
    return c;
}

StaffUser staff(Role role, std::string unit = {}) {
    return StaffUser{1, "petugas", "Petugas", role, std::move(unit), "", "", true};
}

TEST(Publication, NothingIsPublicBeforeAnOfficerVerifiedIt) {
    auto c = reported();
    EXPECT_FALSE(is_published(c));
    c.status = Status::ditunda;  // asked for more before anyone verified it
    note_verification(c, kVerifiedAt);
    EXPECT_FALSE(is_published(c));
    c.status = Status::didisposisikan;  // handed on without a separate verify: verified too
    note_verification(c, kVerifiedAt);
    EXPECT_TRUE(is_published(c));
}

TEST(Publication, VerificationIsRecordedOnceAndStaysThroughLaterStates) {
    auto c = verified();
    c.status = Status::ditindaklanjuti;
    note_verification(c, kVerifiedAt + std::chrono::hours(5));
    EXPECT_EQ(c.verified_at, kVerifiedAt);
    c.status = Status::ditunda;  // waiting for the reporter after verification: still public
    EXPECT_TRUE(is_published(c));
}

TEST(Publication, RejectedArchivedAndConfidentialComplaintsAreNeverPublic) {
    for (auto status : {Status::ditolak, Status::diarsipkan}) {
        auto c = verified();
        c.status = status;
        EXPECT_FALSE(is_published(c)) << to_string(status);
    }
    auto c = verified();
    c.confidential = true;
    EXPECT_FALSE(is_published(c));
}

TEST(Publication, TheStateNamesTheFirstReasonItIsNotPublic) {
    auto c = reported();
    EXPECT_EQ(publication_state(c), PublicationState::unverified);
    c.status = Status::ditolak;
    EXPECT_EQ(publication_state(c), PublicationState::dismissed);
    c.confidential = true;
    EXPECT_EQ(publication_state(c), PublicationState::confidential);
    EXPECT_EQ(publication_state(verified()), PublicationState::published);
    EXPECT_EQ(to_string(PublicationState::dismissed), "dismissed");
}

TEST(Publication, ThePublicCopyIsRedactedAndCarriesOnlyApprovedPhotos) {
    auto c = verified();
    ASSERT_TRUE(apply_publication(c, staff(Role::officer, "dinsos"), {{"Budi"}, {"r2"}, {}}));
    const auto copy = public_copy(c);
    EXPECT_EQ(copy.title, "PKH **** tidak cair");
    EXPECT_EQ(copy.description,
              "Saya ****, NIK 3212********0004, HP 0812******90, bantuan PKH tidak cair");
    ASSERT_EQ(copy.photos.size(), 2u);
    EXPECT_EQ(copy.photos[0].id, "r2");
    EXPECT_EQ(copy.photos[1].id, "p1");  // the unit's proof photos follow the complaint
}

TEST(Publication, AWithdrawnPhotoLeavesThePublicCopy) {
    auto c = verified();
    const auto officer = staff(Role::officer, "dinsos");
    ASSERT_TRUE(apply_publication(c, officer, {{}, {"r1", "r2"}, {}}));
    ASSERT_TRUE(apply_publication(c, officer, {{}, {"r1"}, {}}));
    EXPECT_TRUE(c.photos[0].published);
    EXPECT_FALSE(c.photos[1].published);
}

TEST(Publication, OnlyWhoMayVerifyTheComplaintDecidesItsPublicCopy) {
    auto c = verified();
    EXPECT_TRUE(apply_publication(c, staff(Role::operator_, "dinsos"), {}));
    EXPECT_TRUE(apply_publication(c, staff(Role::super_admin), {}));
    for (const auto& who :
         {staff(Role::officer, "dpupr"), staff(Role::leadership), staff(Role::auditor)}) {
        auto r = apply_publication(c, who, {});
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, core::ErrorCode::forbidden);
    }
}

TEST(Publication, RefusesPhotosOfOthersAndEmptyOrLongPhrases) {
    auto c = verified();
    const auto officer = staff(Role::officer, "dinsos");
    auto other_photo = apply_publication(c, officer, {{}, {"elsewhere"}, {}});
    ASSERT_FALSE(other_photo);
    EXPECT_EQ(other_photo.error().field, "published_photos");
    auto proof_photo = apply_publication(c, officer, {{}, {"p1"}, {}});
    ASSERT_FALSE(proof_photo);
    EXPECT_EQ(proof_photo.error().field, "published_photos");
    auto empty = apply_publication(c, officer, {{""}, {}, {}});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field, "hidden_phrases");
    auto too_long =
        apply_publication(c, officer, {{std::string(kHiddenPhraseMax + 1, 'a')}, {}, {}});
    ASSERT_FALSE(too_long);
    EXPECT_EQ(too_long.error().field, "hidden_phrases");
    EXPECT_TRUE(c.hidden_phrases.empty());  // a refused request changes nothing
}

TEST(Publication, TheOfficerSetsWhatEachPhotosPublicCopyBlurs) {
    auto c = verified();
    c.photos[0].width = 640;
    c.photos[0].height = 480;
    c.photos[0].blur_regions = std::vector<BlurRegion>{{10, 10, 40, 40, BlurKind::face}};
    c.photos[1].blur_regions = std::vector<BlurRegion>{{1, 1, 4, 4, BlurKind::plate}};
    PublicationRequest request{{}, {"r1"}, {}};
    request.photo_blurs["r1"] = {{10, 10, 40, 40, BlurKind::face},
                                 {600, 400, 40, 80, BlurKind::manual}};
    ASSERT_TRUE(apply_publication(c, staff(Role::officer, "dinsos"), request));
    EXPECT_EQ(c.photos[0].blur_regions->size(), 2u);
    // A photo the request does not name keeps what it had.
    EXPECT_EQ(c.photos[1].blur_regions->front().kind, BlurKind::plate);

    request.photo_blurs = {{"r1", {}}};  // the officer saw no face after all
    ASSERT_TRUE(apply_publication(c, staff(Role::officer, "dinsos"), request));
    EXPECT_TRUE(c.photos[0].blur_regions->empty());
}

TEST(Publication, RefusesBlurRegionsOutsideThePhotoTinyTooManyOrOfAnotherPhoto) {
    auto c = verified();
    c.photos[0].width = 640;
    c.photos[0].height = 480;
    const auto officer = staff(Role::officer, "dinsos");
    auto refused = [&](std::string id, std::vector<BlurRegion> regions) {
        PublicationRequest request;
        request.photo_blurs[std::move(id)] = std::move(regions);
        auto r = apply_publication(c, officer, request);
        return !r && r.error().code == core::ErrorCode::invalid_field &&
               r.error().field == "photo_blurs";
    };
    EXPECT_TRUE(refused("r1", {{600, 0, 41, 10}}));          // past the right edge
    EXPECT_TRUE(refused("r1", {{0, 471, 10, 10}}));          // past the bottom
    EXPECT_TRUE(refused("r1", {{-1, 0, 10, 10}}));           // before the left edge
    EXPECT_TRUE(refused("r1", {{0, 0, 3, 40}}));             // too thin to hide anything
    EXPECT_TRUE(refused("r1", {{2147483600, 0, 100, 10}}));  // x + width overflows an int
    EXPECT_TRUE(refused("r1", std::vector<BlurRegion>(kBlurRegionsMax + 1, {0, 0, 8, 8})));
    EXPECT_TRUE(refused("elsewhere", {{0, 0, 8, 8}}));
    EXPECT_FALSE(c.photos[0].blur_regions);  // a refused request changes nothing
    EXPECT_FALSE(refused("r1", std::vector<BlurRegion>(kBlurRegionsMax, {0, 0, 8, 8})));
}

TEST(Publication, BlurRegionsAreStoredAsOneLineAndReadBackTheSame) {
    const std::vector<BlurRegion> regions{{10, 20, 30, 40, BlurKind::face},
                                          {0, 0, 8, 8, BlurKind::plate},
                                          {5, 6, 7, 8, BlurKind::manual}};
    const auto line = format_blur_regions(regions);
    EXPECT_EQ(line, "face 10 20 30 40;plate 0 0 8 8;manual 5 6 7 8");
    EXPECT_EQ(parse_blur_regions(line), regions);
    EXPECT_EQ(parse_blur_regions(""), std::vector<BlurRegion>{});
    for (const char* bad : {"face 1 2 3",
                            "face 1 2 3 4;",
                            "eye 1 2 3 4",
                            "face 1 2 3 -4",
                            "face 1 2 3 4 5",
                            "face  1 2 3 4",
                            "face 1 2 3 99999999999"}) {
        EXPECT_FALSE(parse_blur_regions(bad)) << bad;
    }
}

}  // namespace
}  // namespace tanggap::domain

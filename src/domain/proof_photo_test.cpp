#include "domain/proof_photo.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tanggap::domain {
namespace {

Complaint held_by(std::string unit, Status status, int proof_photos = 0) {
    Complaint c;
    c.ticket = "2611-ABCDEF";
    c.unit_code = std::move(unit);
    c.status = status;
    c.photos.push_back(Photo{"a", PhotoStage::report, "image/jpeg", 10, 10, false, {}});
    for (int i = 0; i < proof_photos; ++i) {
        c.photos.push_back(
            Photo{"p" + std::to_string(i), PhotoStage::proof, "image/jpeg", 1, 1, true, {}});
    }
    return c;
}

StaffUser staff(Role role, std::string unit = {}) {
    StaffUser s;
    s.username = "u";
    s.role = role;
    s.unit_code = std::move(unit);
    return s;
}

std::optional<core::ErrorCode> outcome(const Complaint& c,
                                       const StaffUser& s,
                                       std::size_t adding = 1) {
    auto r = check_proof_photos(c, s, adding);
    if (r) return std::nullopt;
    return r.error().code;
}

TEST(ProofPhoto, OnlyTheHoldingUnitsOfficersAndAdminsAndTheSuperAdmin) {
    const auto c = held_by("dinsos", Status::ditindaklanjuti);
    EXPECT_EQ(outcome(c, staff(Role::officer, "dinsos")), std::nullopt);
    EXPECT_EQ(outcome(c, staff(Role::unit_admin, "dinsos")), std::nullopt);
    EXPECT_EQ(outcome(c, staff(Role::super_admin)), std::nullopt);
    EXPECT_EQ(outcome(c, staff(Role::officer, "dpupr")), core::ErrorCode::forbidden);
    EXPECT_EQ(outcome(c, staff(Role::unit_admin, "dpupr")), core::ErrorCode::forbidden);
    EXPECT_EQ(outcome(c, staff(Role::officer)), core::ErrorCode::forbidden);
    EXPECT_EQ(outcome(c, staff(Role::operator_, "dinsos")), core::ErrorCode::forbidden);
    EXPECT_EQ(outcome(c, staff(Role::leadership)), core::ErrorCode::forbidden);
    EXPECT_EQ(outcome(c, staff(Role::auditor)), core::ErrorCode::forbidden);
}

TEST(ProofPhoto, OnlyWhileTheUnitWorksOnItOrHasJustAnsweredIt) {
    for (Status status : kAllStatuses) {
        const bool legal = status == Status::ditindaklanjuti || status == Status::dibuka_kembali ||
                           status == Status::selesai;
        EXPECT_EQ(accepts_proof_photos(status), legal) << to_string(status);
        auto expected = legal ? std::nullopt : std::optional(core::ErrorCode::illegal_transition);
        EXPECT_EQ(outcome(held_by("dinsos", status), staff(Role::officer, "dinsos")), expected)
            << to_string(status);
        EXPECT_EQ(outcome(held_by("dinsos", status), staff(Role::super_admin)), expected)
            << to_string(status);
    }
}

TEST(ProofPhoto, ARoleOutsideIsForbiddenBeforeTheStatusIsChecked) {
    EXPECT_EQ(outcome(held_by("dinsos", Status::ditutup), staff(Role::officer, "dpupr")),
              core::ErrorCode::forbidden);
}

TEST(ProofPhoto, AtMostFiveProofPhotosAndAtLeastOneAtATime) {
    const auto officer = staff(Role::officer, "dinsos");
    EXPECT_EQ(outcome(held_by("dinsos", Status::selesai, 0), officer, 5), std::nullopt);
    EXPECT_EQ(outcome(held_by("dinsos", Status::selesai, 0), officer, 6),
              core::ErrorCode::invalid_field);
    EXPECT_EQ(outcome(held_by("dinsos", Status::selesai, 4), officer, 1), std::nullopt);
    EXPECT_EQ(outcome(held_by("dinsos", Status::selesai, 4), officer, 2),
              core::ErrorCode::invalid_field);
    EXPECT_EQ(outcome(held_by("dinsos", Status::selesai, 5), officer, 1),
              core::ErrorCode::invalid_field);
    EXPECT_EQ(outcome(held_by("dinsos", Status::selesai, 0), officer, 0),
              core::ErrorCode::invalid_field);
    auto full = check_proof_photos(held_by("dinsos", Status::selesai, 5), officer, 1);
    ASSERT_FALSE(full);
    EXPECT_EQ(full.error().field, "photo");
}

TEST(ProofPhoto, TheEventTextCountsThePhotos) {
    EXPECT_EQ(proof_photo_event_text(2), "Foto bukti ditambahkan (2)");
}

TEST(ProofPhotos, RoomIsWhatTheCheckWouldStillAccept) {
    const auto officer = staff(Role::officer, "dinsos");
    EXPECT_EQ(proof_photo_room(held_by("dinsos", Status::ditindaklanjuti, 0), officer), 5U);
    EXPECT_EQ(proof_photo_room(held_by("dinsos", Status::selesai, 3), officer), 2U);
    EXPECT_EQ(proof_photo_room(held_by("dinsos", Status::selesai, 5), officer), 0U);
    EXPECT_EQ(proof_photo_room(held_by("dinsos", Status::diterima, 0), officer), 0U);
    EXPECT_EQ(proof_photo_room(held_by("dpupr", Status::ditindaklanjuti, 0), officer), 0U);
    EXPECT_EQ(proof_photo_room(held_by("dpupr", Status::ditindaklanjuti, 1),
                               staff(Role::super_admin, "")),
              4U);
    EXPECT_EQ(proof_photo_room(held_by("dinsos", Status::ditindaklanjuti, 0),
                               staff(Role::operator_, "dinsos")),
              0U);
}

}  // namespace
}  // namespace tanggap::domain

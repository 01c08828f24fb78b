#include "domain/privacy.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace tanggap::domain {
namespace {

TEST(PrivacyRequest, APersonIsFoundByPhoneEmailOrNikInAnyCommonSpelling) {
    auto key = read_person_key(" 0812-3456-7890 ", "Siti@Example.ID", "3212041203850004");
    ASSERT_TRUE(key) << key.error().message;
    EXPECT_EQ(key->phone, "+6281234567890");
    EXPECT_EQ(key->email, "siti@example.id");
    EXPECT_EQ(key->nik, "3212041203850004");

    EXPECT_EQ(read_person_key("12", "", "").error().field, "phone");
    EXPECT_EQ(read_person_key("", "bukan-email", "").error().field, "email");
    EXPECT_EQ(read_person_key("", "", "32120412").error().field, "nik");
    EXPECT_EQ(read_person_key("", " ", "").error().field, "phone") << "nobody is not a person";
}

TEST(PrivacyRequest, TheRegisterKeepsTheKeyMaskedAndTheClockAt72Hours) {
    auto key = read_person_key("081234567890", "", "3212041203850004");
    ASSERT_TRUE(key);
    const auto at = Timestamp{} + std::chrono::hours(1000);
    auto r = new_privacy_request(PrivacyRequestKind::erase, *key, "permintaan", "privasi", at);
    EXPECT_EQ(r.due_at - r.received_at, std::chrono::hours(72));
    EXPECT_EQ(r.subject.find("1234567890"), std::string::npos) << r.subject;
    EXPECT_EQ(r.subject.find("3212041203850004"), std::string::npos) << r.subject;
    EXPECT_NE(r.subject.find("0004"), std::string::npos) << "enough to tell requests apart";
    EXPECT_FALSE(r.done_at.has_value());
    EXPECT_EQ(to_string(r.kind), "erase");
    EXPECT_EQ(parse_privacy_request_kind("export"), PrivacyRequestKind::export_data);
}

TEST(PrivacyRequest, AnErasedComplaintKeepsEveryFigureAndNothingOfThePerson) {
    Complaint c;
    c.id = 7;
    c.ticket = "2612-ABCDEF";
    c.title = "Bansos Budi";
    c.description = "Saya Budi, NIK 3212041203850004";
    c.reporter = {"Budi", "+6281234567890", "budi@example.id"};
    c.location = {-6.327146, 108.324852, "Jl. Mawar 3", "32.12.20", "32.12.20.2001"};
    c.unit_code = "dinsos";
    c.category_code = "sosial.bansos";
    c.channel = Channel::whatsapp;
    c.status = Status::selesai;
    c.feedback = Feedback{true, 4, "Terima kasih, Budi", Timestamp{}};
    c.hidden_phrases = {"Budi"};
    c.source_url = "https://instagram.com/p/x";

    const auto e = without_person(c);
    EXPECT_EQ(e.reporter.name, "");
    EXPECT_EQ(e.reporter.phone, "");
    EXPECT_EQ(e.reporter.email, "");
    EXPECT_EQ(e.title, kErased);
    EXPECT_EQ(e.description, kErased);
    EXPECT_EQ(e.location.address, "");
    EXPECT_EQ(e.feedback->comment, "");
    EXPECT_TRUE(e.hidden_phrases.empty());
    EXPECT_EQ(e.source_url, "");
    // What the dashboards count stays.
    EXPECT_EQ(e.ticket, c.ticket);
    EXPECT_EQ(e.unit_code, c.unit_code);
    EXPECT_EQ(e.category_code, c.category_code);
    EXPECT_EQ(e.channel, c.channel);
    EXPECT_EQ(e.status, c.status);
    EXPECT_EQ(e.feedback->rating, 4);
    EXPECT_EQ(e.location.kecamatan_code, "32.12.20");
    EXPECT_EQ(e.location.desa_code, "32.12.20.2001");
    // The house is gone; the heat map's cell is not.
    EXPECT_DOUBLE_EQ(*e.location.lat, -6.33);
    EXPECT_DOUBLE_EQ(*e.location.lon, 108.32);
    EXPECT_EQ(std::lround(*e.location.lat * kHeatMapCellsPerDegree),
              std::lround(*c.location.lat * kHeatMapCellsPerDegree));
}

TEST(PrivacyRequest, AReasonIsAtMostItsLimitInCharacters) {
    std::string reason;
    for (std::size_t i = 0; i < kPrivacyReasonMax; ++i) reason += "\xc3\xa9";  // é, 2 bytes
    EXPECT_TRUE(check_privacy_reason(reason)) << "counted in characters, not bytes";
    EXPECT_TRUE(check_privacy_reason(""));
    reason += "x";
    auto refused = check_privacy_reason(reason);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "reason");
    EXPECT_FALSE(check_privacy_reason("\xff")) << "not UTF-8";
}

}  // namespace
}  // namespace tanggap::domain

#include "domain/redaction.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tanggap::domain {
namespace {

TEST(Redaction, MasksTheNikOfTheIssueKeepingFourDigitsEachSide) {
    EXPECT_EQ(
        redact("Saya Budi, NIK 3212041203850004, HP 081234567890, bantuan PKH saya tidak cair"),
        "Saya Budi, NIK 3212********0004, HP 0812******90, bantuan PKH saya tidak cair");
}

TEST(Redaction, IdNumbersWrittenInGroups) {
    EXPECT_EQ(redact("KK 3212 0412 0385 0004"), "KK 3212 **** **** 0004");
    EXPECT_EQ(redact("nik: 32.12.04.120385.0004"), "nik: 32.12.**.******.0004");
    EXPECT_EQ(redact("no kk 3212-0412-0385-0004."), "no kk 3212-****-****-0004.");
}

TEST(Redaction, PhonesInEveryCommonSpelling) {
    EXPECT_EQ(redact("hub 0812-3456-7890"), "hub 0812-****-**90");
    EXPECT_EQ(redact("wa +62 812 3456 7890 ya"), "wa +62 81* **** **90 ya");
    EXPECT_EQ(redact("wa 6281234567890"), "wa 6281*******90");
    EXPECT_EQ(redact("telp (0234) 271234"), "telp (0234) ****34");
    EXPECT_EQ(redact("hp:08123456789"), "hp:0812*****89");
}

TEST(Redaction, TwoNumbersSideBySideAreBothFound) {
    EXPECT_EQ(redact("081234567890 3212041203850004"), "0812******90 3212********0004");
}

TEST(Redaction, EmailsKeepTheirFirstLetterAndTopLevelDomain) {
    EXPECT_EQ(redact("email budi.santoso88@gmail.com."), "email b*************@*****.com.");
    const auto spans = find_personal_data("kirim ke a.b@desa.go.id");
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spans[0].kind, PersonalData::email);
}

TEST(Redaction, VehiclePlatesKeepTheirRegion) {
    EXPECT_EQ(redact("motor E 1234 AB parkir"), "motor E **** ** parkir");
    EXPECT_EQ(redact("mobil B1234XYZ"), "mobil B*******");
    EXPECT_EQ(redact("plat e 5678 pab"), "plat e **** ***");
}

TEST(Redaction, LeavesDatesMoneyAddressesAndShortNumbersAlone) {
    for (const std::string text : {
             "sejak 05-06-2024 jam 10.30",
             "bantuan Rp 300.000 belum cair 3 bln",
             "RT 03 RW 05 Desa Sindang",
             "jalan rusak 2 km, 15 lubang",
             "b 12 kg beras",
             "tahun 2023",
         }) {
        EXPECT_EQ(redact(text), text) << text;
    }
}

TEST(Redaction, OfficersPhrasesAreMaskedWhateverTheirCase) {
    const std::vector<std::string> phrases{"budi santoso", "Gang Mawar"};
    EXPECT_EQ(redact("Saya Budi Santoso di gang mawar 3", phrases),
              "Saya **** ******* di **** ***** 3");
}

TEST(Redaction, KeepsValidUtf8AndTheLengthInCharacters) {
    const std::vector<std::string> phrases{"Ñoño"};
    EXPECT_EQ(redact("kata Ñoño di sini", phrases), "kata **** di sini");
}

TEST(Redaction, OverlappingPhrasesMerge) {
    const std::vector<std::string> phrases{"abc", "bcd", ""};
    const auto spans = find_phrases("xabcdx", phrases);
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spans[0].begin, 1u);
    EXPECT_EQ(spans[0].end, 5u);
}

}  // namespace
}  // namespace tanggap::domain

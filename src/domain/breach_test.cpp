#include "domain/breach.hpp"

#include <gtest/gtest.h>

namespace tanggap::domain {
namespace {

using namespace std::chrono;

const Timestamp kNow = Timestamp{} + hours(500000);

BreachInput incident() {
    BreachInput in;
    in.discovered_at = kNow - hours(2);
    in.data_exposed = "Nama, nomor HP dan isi aduan";
    in.how = "Salinan basis data terkirim ke alamat yang salah pada 1 Desember";
    in.measures = "Salinan dihapus penerima; akses ditutup; kata sandi diganti";
    in.scope = {kNow - days(30), kNow, ""};
    return in;
}

TEST(Breach, AnIncidentIsToldWithin72ClockHoursOfItsDiscovery) {
    auto b = new_breach(incident(), "privasi", kNow);
    ASSERT_TRUE(b) << b.error().message;
    EXPECT_EQ(b->notify_by, kNow - hours(2) + hours(72));
    EXPECT_FALSE(is_late(*b, kNow + hours(69)));
    EXPECT_TRUE(is_late(*b, kNow + hours(71))) << "not notified and the deadline passed";
    b->notified_at = kNow + hours(1);
    EXPECT_FALSE(is_late(*b, kNow + hours(100))) << "notified in time stays in time";
}

TEST(Breach, TheThreeTextsOfPasal46AndAPeriodAreRequired) {
    auto in = incident();
    in.how = "  ";
    EXPECT_EQ(new_breach(in, "privasi", kNow).error().field, "how");
    in = incident();
    in.measures = std::string(kBreachTextMax + 1, 'x');
    EXPECT_EQ(new_breach(in, "privasi", kNow).error().field, "measures");
    in = incident();
    in.measures.clear();
    for (std::size_t i = 0; i < kBreachTextMax; ++i) in.measures += "\xc3\xa9";  // é, 2 bytes
    EXPECT_TRUE(new_breach(in, "privasi", kNow)) << "the limit counts characters, not bytes";
    in = incident();
    in.discovered_at = kNow + hours(1);
    EXPECT_EQ(new_breach(in, "privasi", kNow).error().field, "discovered_at");
    in = incident();
    in.scope.received_until = in.scope.received_from;
    EXPECT_EQ(new_breach(in, "privasi", kNow).error().field, "received_until");
}

TEST(Breach, ANoticeGoesByEmailElseSmsAndOncePerIncidentAndAddress) {
    Outreach outreach;
    outreach.sms = true;
    outreach.whatsapp = true;
    const Reporter siti{"Siti", "0813-2222-3333", "Siti@Example.id"};
    auto address = breach_address(siti, outreach);
    ASSERT_TRUE(address);
    EXPECT_EQ(address->channel, OutboundChannel::sms) << "no e-mail configured";
    EXPECT_EQ(address->recipient, "6281322223333");
    outreach.email = true;
    EXPECT_EQ(breach_address(siti, outreach)->channel, OutboundChannel::email);
    EXPECT_FALSE(breach_address({"Anonim", "", ""}, outreach));
    outreach = {};
    outreach.whatsapp = true;
    EXPECT_FALSE(breach_address(siti, outreach)) << "free text may not go by WhatsApp";

    EXPECT_EQ(person_of(siti), "+6281322223333");
    EXPECT_EQ(person_of({"", "", "Budi@Example.id"}), "budi@example.id");

    auto b = new_breach(incident(), "privasi", kNow);
    b->id = 7;
    const auto notice =
        breach_notice(*b, {OutboundChannel::sms, "6281322223333"}, "2612-ABC", kNow);
    EXPECT_EQ(notice.idempotency_key, "breach:7:sms:6281322223333");
    EXPECT_EQ(notice.purpose, OutboundPurpose::breach_notice);
    for (const auto* text : {&b->incident.data_exposed, &b->incident.how, &b->incident.measures}) {
        EXPECT_NE(notice.body.find(*text), std::string::npos) << *text;
    }
    EXPECT_NE(notice.body.find("2612-ABC"), std::string::npos);
}

}  // namespace
}  // namespace tanggap::domain

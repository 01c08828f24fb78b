// WhatsApp messages through the service on a real SQLite store: a chat becomes a complaint,
// replies wait in the outbox, repeats are ignored.
#include "service/chat_intake.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::service {
namespace {

using namespace std::chrono;
using channels::meta::InboundMessage;
using testing_support::ServiceFixture;
using testing_support::wib;

class ChatIntake : public ServiceFixture {
  protected:
    ChatOutcome receive(InboundMessage m) {
        m.source = "whatsapp";
        m.from = from_;
        m.profile_name = "Siti Aminah";
        m.at = now_;
        if (m.id.empty()) m.id = "wamid.in" + std::to_string(++count_);
        domain::DirectoryHolder directory(
            std::make_shared<const domain::DirectoryIndex>(directory_));
        DeadlineClockHolder clocks(std::make_shared<const DeadlineClock>(clock_));
        ChatContext ctx{directory, clocks, outreach_, "https://tanggap.example", nullptr};
        ctx.describe_photo = [](const std::string& id) -> std::optional<domain::Photo> {
            return domain::Photo{id, domain::PhotoStage::report, "image/jpeg", 640, 480, false, {}};
        };
        auto out = store::write_sync_value<ChatOutcome>(
            *store_, [&](store::WriteTx& tx) { return handle_chat_message(tx, m, ctx, now_); });
        EXPECT_TRUE(out) << out.error().message;
        now_ += seconds(20);
        return out ? *out : ChatOutcome{};
    }
    ChatOutcome text(std::string body) {
        InboundMessage m;
        m.type = InboundMessage::Type::text;
        m.text = std::move(body);
        return receive(m);
    }
    ChatOutcome tap(std::string id) {
        InboundMessage m;
        m.type = InboundMessage::Type::interactive_reply;
        m.reply_id = std::move(id);
        return receive(m);
    }
    ChatOutcome photo(std::string stored_id) {
        InboundMessage m;
        m.type = InboundMessage::Type::image;
        m.media_id = "media-" + stored_id;
        m.stored_photo_id = std::move(stored_id);
        return receive(m);
    }
    std::vector<domain::Outbound> replies() {
        auto rows =
            store::read_sync<std::vector<domain::Outbound>>(*store_, [&](store::ReadTx& tx) {
                store::OutboxQuery q;
                q.channel = domain::OutboundChannel::whatsapp;
                q.recipient = from_;
                q.limit = 200;
                return tx.outbox(q);
            });
        EXPECT_TRUE(rows);
        auto out = rows ? *rows : std::vector<domain::Outbound>{};
        std::reverse(out.begin(), out.end());
        return out;
    }
    std::string file_a_complaint() {
        text("halo");
        tap("menu:lapor");
        tap("cat:sosial.bansos");
        text("Bantuan PKH keluarga kami belum cair tiga bulan.");
        text("lewati");
        photo("aaaabbbbccccddddeeeeffff00001111");
        tap("photos:done");
        return tap("confirm:send").filed_ticket;
    }

    std::string from_ = "6281234567890";
    domain::Timestamp now_ = wib(2026y / 3 / 2, 9h);
    int count_ = 0;
};

TEST_F(ChatIntake, AChatFromGreetingToTicketFilesAWhatsAppComplaint) {
    auto ticket = file_a_complaint();
    ASSERT_FALSE(ticket.empty());
    auto c = stored(ticket);
    EXPECT_EQ(c.channel, domain::Channel::whatsapp);
    EXPECT_EQ(c.category_code, "sosial.bansos");
    EXPECT_EQ(c.reporter.phone, "+6281234567890");
    EXPECT_EQ(c.reporter.name, "Siti Aminah");
    ASSERT_EQ(c.photos.size(), 1U);
    EXPECT_EQ(c.photos[0].width, 640);

    auto out = replies();
    ASSERT_GE(out.size(), 7U);
    EXPECT_NE(out.front().interactive.find("\"button\""), std::string::npos) << "the menu";
    EXPECT_EQ(out.front().purpose, domain::OutboundPurpose::conversation);
    EXPECT_EQ(out.front().idempotency_key, "reply:wamid.in1:0");
    const auto& last = out.back().body;
    EXPECT_NE(last.find(ticket), std::string::npos) << last;
    EXPECT_NE(last.find("https://tanggap.example/lacak/" + ticket + "?token="), std::string::npos)
        << last;

    auto last_inbound = store::read_sync<std::optional<domain::Timestamp>>(
        *store_, [&](store::ReadTx& tx) { return tx.whatsapp_last_inbound(from_); });
    ASSERT_TRUE(last_inbound && *last_inbound);
    EXPECT_EQ(**last_inbound, now_ - seconds(20));
}

TEST_F(ChatIntake, AMessageMetaSendsTwiceIsHandledOnce) {
    InboundMessage m;
    m.id = "wamid.same";
    m.type = InboundMessage::Type::text;
    m.text = "halo";
    EXPECT_FALSE(receive(m).duplicate);
    EXPECT_TRUE(receive(m).duplicate);
    EXPECT_EQ(replies().size(), 1U);
}

TEST_F(ChatIntake, CekAnswersTheStatusButAConfidentialComplaintOnlyToItsReporter) {
    auto ticket = file_a_complaint();
    ASSERT_FALSE(ticket.empty());
    text("cek " + ticket);
    EXPECT_NE(replies().back().body.find("Diterima"), std::string::npos) << replies().back().body;

    SubmitRequest request;
    request.submission.description = "Data kami di DTKS salah, mohon dirahasiakan.";
    request.submission.title = "Data DTKS";
    request.submission.category_code = "sosial.bansos";
    request.submission.confidential = true;
    request.submission.reporter.phone = "+" + from_;
    request.now = now_;
    auto secret = store::write_sync_value<SubmitReceipt>(*store_, [&](store::WriteTx& tx) {
        return submit_complaint(tx, directory_, request, clock_, outreach_);
    });
    ASSERT_TRUE(secret);
    text("cek " + secret->ticket);
    EXPECT_NE(replies().back().body.find("Diterima"), std::string::npos) << "to its reporter";
    from_ = "6289999999999";
    text("cek " + secret->ticket);
    EXPECT_EQ(replies().back().body.find("Diterima"), std::string::npos) << replies().back().body;
    text("cek " + ticket);
    EXPECT_NE(replies().back().body.find("Diterima"), std::string::npos) << "not confidential";
}

TEST_F(ChatIntake, BerhentiStopsStatusNoticesToTheNumber) {
    outreach_.whatsapp = true;
    outreach_.status_template = "status_pengaduan";
    auto ticket = file_a_complaint();
    text("berhenti");
    const auto before = replies().size();
    act(ticket, testing_support::action(domain::Action::verify), now_);
    EXPECT_EQ(replies().size(), before);
    text("mulai");
    act(ticket,
        testing_support::action(domain::Action::start, "Petugas kami sedang memeriksa data Anda."),
        now_);
    EXPECT_EQ(replies().back().purpose, domain::OutboundPurpose::status_notice);
}

TEST_F(ChatIntake, AnOperatorMayWriteFreelyOnlyWithinTwentyFourHours) {
    text("halo");
    auto ok = store::write_sync_value<domain::Outbound>(*store_, [&](store::WriteTx& tx) {
        return queue_operator_reply(tx, from_, "Selamat pagi, ada yang bisa dibantu?", "op", now_);
    });
    ASSERT_TRUE(ok) << ok.error().message;
    EXPECT_EQ(ok->purpose, domain::OutboundPurpose::operator_reply);
    auto late = store::write_sync_value<domain::Outbound>(*store_, [&](store::WriteTx& tx) {
        return queue_operator_reply(tx, from_, "Halo?", "op", now_ + hours(25));
    });
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, core::ErrorCode::conflict);
}

}  // namespace
}  // namespace tanggap::service

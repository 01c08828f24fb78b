// SmtpSender against SmtpSink, and the message it builds.
#include "channels/outbound/smtp_sender.hpp"

#include "smtp_sink.hpp"

#include <gtest/gtest.h>

namespace tanggap::channels::outbound {
namespace {

using fakes::SmtpSink;
using namespace std::chrono_literals;

SmtpConfig config_for(const SmtpSink& sink) {
    SmtpConfig c;
    c.url = sink.url();
    c.from_address = "noreply@indramayukab.go.id";
    c.from_name = "Tanggap Indramayu";
    c.timeouts = Timeouts{300ms, 2000ms};
    return c;
}

OutboundMessage mail(std::string key) {
    OutboundMessage m;
    m.idempotency_key = std::move(key);
    m.recipient = "warga@example.id";
    m.subject = "Pengaduan TGP-0004 telah diselesaikan — terima kasih";
    m.body = "Yth. Bapak/Ibu,\n.titik di awal baris\n..dua titik\nSalam.";
    return m;
}

TEST(SmtpSender, MessageArrivesWithDecodedSubjectAndDotLinesIntact) {
    SmtpSink sink;
    const SendOutcome out = SmtpSender(config_for(sink)).send(mail("outbox-11"));
    ASSERT_EQ(out.kind, SendOutcome::Kind::sent) << out.error;
    EXPECT_EQ(out.provider_message_id, "<outbox-11@indramayukab.go.id>");
    ASSERT_TRUE(sink.wait_for(1, 1s));
    const auto m = sink.messages().at(0);
    EXPECT_EQ(m.mail_from, "noreply@indramayukab.go.id");
    EXPECT_EQ(m.rcpt, std::vector<std::string>{"warga@example.id"});
    EXPECT_EQ(m.subject, "Pengaduan TGP-0004 telah diselesaikan — terima kasih");
    EXPECT_TRUE(m.headers.at("subject").starts_with("=?UTF-8?B?"));
    EXPECT_EQ(m.body, "Yth. Bapak/Ibu,\n.titik di awal baris\n..dua titik\nSalam.\n");
    EXPECT_EQ(m.headers.at("from"), "\"Tanggap Indramayu\" <noreply@indramayukab.go.id>");
    EXPECT_EQ(m.headers.at("to"), "<warga@example.id>");
    EXPECT_EQ(m.headers.at("message-id"), "<outbox-11@indramayukab.go.id>");
    EXPECT_EQ(m.headers.at("mime-version"), "1.0");
    EXPECT_EQ(m.headers.at("content-type"), "text/plain; charset=UTF-8");
    EXPECT_TRUE(m.headers.contains("date"));
}

TEST(SmtpSender, TemporaryReplyIsRetriedAndPermanentReplyIsNot) {
    SmtpSink sink;
    sink.fail_next(1, 451, SmtpSink::Stage::rcpt);
    sink.fail_next(1, 550, SmtpSink::Stage::rcpt);
    SmtpSender sender(config_for(sink));
    const SendOutcome first = sender.send(mail("a"));
    EXPECT_EQ(first.kind, SendOutcome::Kind::retry);
    EXPECT_NE(first.error.find("451"), std::string::npos) << first.error;
    const SendOutcome second = sender.send(mail("a"));
    EXPECT_EQ(second.kind, SendOutcome::Kind::permanent);
    EXPECT_NE(second.error.find("550"), std::string::npos) << second.error;
    EXPECT_EQ(sender.send(mail("a")).kind, SendOutcome::Kind::sent);
    EXPECT_EQ(sink.count(), 1u);
}

TEST(SmtpSender, FailureAfterDataIsClassifiedToo) {
    SmtpSink sink;
    sink.fail_next(1, 452, SmtpSink::Stage::data);
    sink.fail_next(1, 554, SmtpSink::Stage::data);
    SmtpSender sender(config_for(sink));
    EXPECT_EQ(sender.send(mail("a")).kind, SendOutcome::Kind::retry);
    EXPECT_EQ(sender.send(mail("a")).kind, SendOutcome::Kind::permanent);
    EXPECT_EQ(sink.count(), 0u);
}

TEST(SmtpSender, NoServerIsRetried) {
    SmtpConfig config;
    {
        SmtpSink sink;
        config = config_for(sink);
    }
    EXPECT_EQ(SmtpSender(config).send(mail("a")).kind, SendOutcome::Kind::retry);
}

TEST(SmtpSender, EncodedWordsStayShortAndKeepCharactersWhole) {
    const std::string subject = "Keluhan: jalan berlubang di Jatibarang — sudah 3 bulan 🙏 " +
                                std::string(20, 'x') + " é è ê ë";
    const std::string encoded = SmtpSender::encode_header_text(subject);
    std::size_t start = 0;
    while (start < encoded.size()) {
        auto end = encoded.find("\r\n ", start);
        if (end == std::string::npos) end = encoded.size();
        EXPECT_LE(end - start, 75u);
        start = end + 3;
    }
    EXPECT_EQ(SmtpSink::decode_rfc2047(encoded), subject);
    EXPECT_EQ(SmtpSender::encode_header_text("Plain ASCII"), "Plain ASCII");
}

TEST(SmtpSender, BuiltMessageUsesCrlfAndNoBareLineFeeds) {
    SmtpConfig config;
    config.from_address = "noreply@indramayukab.go.id";
    config.from_name = "Pemkab \"Indramayu\"";
    OutboundMessage m = mail("k/1 2");
    m.subject = "Injected\r\nBcc: x@y";
    const std::string data = SmtpSender::build_message(config, m, {});
    EXPECT_NE(data.find("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"), std::string::npos);
    EXPECT_NE(data.find("From: \"Pemkab \\\"Indramayu\\\"\" <noreply@"), std::string::npos);
    EXPECT_NE(data.find("Message-ID: <k/1-2@indramayukab.go.id>\r\n"), std::string::npos);
    EXPECT_NE(data.find("Subject: Injected  Bcc: x@y\r\n"), std::string::npos);
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (data[i] == '\n') {
            ASSERT_TRUE(i > 0 && data[i - 1] == '\r') << "bare LF at " << i;
        }
    }
}

TEST(SmtpSender, OverlongLinesAreSentAsBase64) {
    SmtpSink sink;
    OutboundMessage m = mail("long");
    m.body = std::string(1500, 'a') + "\nakhir";
    ASSERT_EQ(SmtpSender(config_for(sink)).send(m).kind, SendOutcome::Kind::sent);
    ASSERT_TRUE(sink.wait_for(1, 1s));
    const auto got = sink.messages().at(0);
    EXPECT_EQ(got.headers.at("content-transfer-encoding"), "base64");
    EXPECT_EQ(got.body, m.body);
}

}  // namespace
}  // namespace tanggap::channels::outbound

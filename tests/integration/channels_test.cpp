// The channels end to end: the real server, Meta's webhook signed like Meta signs it, a fake
// Graph API and SMTP server and SMS gateway on loopback (tests/fakes). A WhatsApp chat becomes a
// complaint; status changes reach the citizen free-form inside the 24-hour window and as a
// template outside it; e-mail arrives at the SMTP sink; a killed server delivers its outbox
// exactly once after restart.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "fake_graph_api.hpp"
#include "fake_sms_gateway.hpp"
#include "smtp_sink.hpp"
#include "test_images.hpp"
#include "util/time_format.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <thread>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

constexpr std::string_view kAppSecret = "rahasia-aplikasi-meta";
constexpr std::string_view kVerifyToken = "token-verifikasi";
constexpr std::string_view kCitizen = "6281299990001";

std::string signature(std::string_view body, std::string_view secret = kAppSecret) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(),
         secret.data(),
         static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(body.data()),
         body.size(),
         mac,
         &len);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "sha256=";
    for (unsigned i = 0; i < len; ++i) {
        out += kHex[mac[i] >> 4];
        out += kHex[mac[i] & 15];
    }
    return out;
}

long long unix_seconds(std::chrono::system_clock::time_point at) {
    return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

// One message in Meta's documented webhook shape.
std::string webhook(const json::object& message, std::string_view from = kCitizen) {
    json::object msg = message;
    msg["from"] = from;
    if (!msg.contains("timestamp")) {
        msg["timestamp"] = std::to_string(unix_seconds(std::chrono::system_clock::now()));
    }
    json::object value{
        {"messaging_product", "whatsapp"},
        {"metadata",
         {{"display_phone_number", "62234555000"}, {"phone_number_id", "109876543210"}}},
        {"contacts", json::array{{{"profile", {{"name", "Siti Aminah"}}}, {"wa_id", from}}}},
        {"messages", json::array{msg}}};
    json::object body{
        {"object", "whatsapp_business_account"},
        {"entry",
         json::array{{{"id", "102290129340398"},
                      {"changes", json::array{{{"field", "messages"}, {"value", value}}}}}}}};
    return json::serialize(body);
}

class Channels : public ::testing::Test {
  protected:
    std::vector<std::pair<std::string, std::string>> whatsapp_env() const {
        return {{"TANGGAP_WHATSAPP_VERIFY_TOKEN", std::string(kVerifyToken)},
                {"TANGGAP_WHATSAPP_APP_SECRET", std::string(kAppSecret)},
                {"TANGGAP_WHATSAPP_ACCESS_TOKEN", "test-access-token"},
                {"TANGGAP_WHATSAPP_PHONE_NUMBER_ID", "109876543210"},
                {"TANGGAP_WHATSAPP_API_BASE", graph_.base_url()},
                {"TANGGAP_PUBLIC_URL", "https://tanggap.example"}};
    }
    void start(std::vector<std::pair<std::string, std::string>> env) {
        env.emplace_back("TANGGAP_OUTBOX_RETRY_BASE", "200");
        // The Meta fixtures carry their 2025 timestamps: older than a chat's retention, they
        // would be pruned by the round that runs at start (tested in privacy_test.cpp).
        env.emplace_back("TANGGAP_RETENTION_EVERY", "0");
        server_ = std::make_unique<DemoServer>(std::vector<std::string>{}, std::move(env));
        auto error = server_->start();
        ASSERT_TRUE(error.empty()) << error;
        client_ = std::make_unique<HttpClient>(server_->port());
    }
    Response post_webhook(const std::string& body, std::string sig = {}) {
        if (sig.empty()) sig = signature(body);
        return client_->post(
            "/webhooks/whatsapp", body, "application/json", {{"X-Hub-Signature-256", sig}});
    }
    // Sends one message and waits until the chat's answers to it reached the Graph API.
    std::vector<fakes::FakeGraphApi::Message> say(const json::object& message) {
        const auto before = graph_.accepted();
        auto response = post_webhook(webhook(message));
        EXPECT_EQ(response.status, 200) << response.describe();
        EXPECT_TRUE(graph_.wait_for_accepted(before + 1, 60s)) << server_->process().log_tail();
        EXPECT_TRUE(wait_until_quiet(*client_));  // a turn may answer with two messages
        auto all = graph_.messages();
        return {all.begin() + static_cast<std::ptrdiff_t>(before), all.end()};
    }
    json::object text(std::string body) {
        return {{"id", "wamid.in." + std::to_string(++count_)},
                {"type", "text"},
                {"text", {{"body", std::move(body)}}}};
    }
    json::object tap(const std::string& id, std::string_view kind = "button_reply") {
        return {{"id", "wamid.in." + std::to_string(++count_)},
                {"type", "interactive"},
                {"interactive", {{"type", kind}, {kind, {{"id", id}, {"title", id}}}}}};
    }
    static std::string body_of(const fakes::FakeGraphApi::Message& m) {
        const auto& j = m.json.as_object();
        if (j.at("type") == "text") return std::string(j.at("text").at("body").as_string());
        if (j.at("type") == "interactive") {
            return std::string(j.at("interactive").at("body").at("text").as_string());
        }
        return json::serialize(j);
    }
    // The first list row whose id starts with "cat:" or "catsel:" (a category to tap).
    static std::string first_category(const std::vector<fakes::FakeGraphApi::Message>& replies) {
        for (const auto& m : replies) {
            const auto& j = m.json.as_object();
            if (j.at("type") != "interactive") continue;
            const auto& inter = j.at("interactive").as_object();
            if (inter.at("type") != "list") continue;
            for (const auto& section : inter.at("action").at("sections").as_array()) {
                for (const auto& row : section.at("rows").as_array()) {
                    std::string id(row.at("id").as_string());
                    if (id.rfind("catsel:", 0) == 0 || id.rfind("cat:", 0) == 0) return id;
                }
            }
        }
        return {};
    }

    fakes::FakeGraphApi graph_;
    std::unique_ptr<DemoServer> server_;
    std::unique_ptr<HttpClient> client_;
    int count_ = 0;
};

TEST_F(Channels, TheWebhookIsOffAndAnswers404WithoutItsSettings) {
    start({});
    EXPECT_TRUE(is_error(client_->get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=x"
                                      "&hub.challenge=1"),
                         404));
    EXPECT_TRUE(is_error(post_webhook(webhook(text("halo"))), 404));
}

TEST_F(Channels, TheHandshakeEchoesTheChallengeOnlyForOurToken) {
    start(whatsapp_env());
    auto ok = client_->get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" +
                           std::string(kVerifyToken) + "&hub.challenge=1158201444");
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.body, "1158201444");
    EXPECT_TRUE(is_error(client_->get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="
                                      "salah&hub.challenge=1"),
                         403));
    EXPECT_TRUE(is_error(client_->get("/webhooks/whatsapp?hub.challenge=1"), 403));
}

TEST_F(Channels, BadSignaturesAreRefusedAndARepeatedMessageIsHandledOnce) {
    start(whatsapp_env());
    const auto body = webhook(text("halo"));
    EXPECT_TRUE(is_error(post_webhook(body, signature(body, "bukan-rahasia")), 401));
    EXPECT_TRUE(is_error(client_->post("/webhooks/whatsapp", body, "application/json"), 401))
        << "missing header";
    auto changed = body;
    changed[changed.find("halo")] = 'H';  // one byte changed after signing
    EXPECT_TRUE(is_error(post_webhook(changed, signature(body)), 401));
    EXPECT_TRUE(is_error(post_webhook("not json"), 400));
    ASSERT_TRUE(wait_until_quiet(*client_));
    EXPECT_EQ(graph_.accepted(), 0U) << "nothing refused was processed";

    ASSERT_EQ(post_webhook(body).status, 200);
    ASSERT_EQ(post_webhook(body).status, 200);  // Meta retries
    ASSERT_TRUE(graph_.wait_for_accepted(1, 60s));
    ASSERT_TRUE(wait_until_quiet(*client_));
    EXPECT_EQ(graph_.accepted(), 1U) << "one greeting for one message id";
}

TEST_F(Channels, AnInvalidMediaIdIsDroppedNeverFetchedNorRetried) {
    start(whatsapp_env());
    json::object image{{"id", "wamid.in.traversal"},
                       {"type", "image"},
                       {"image", {{"id", "../../../../etc/passwd"}, {"mime_type", "image/png"}}}};
    auto replies = say(image);  // the chat goes on: the message is handled, without its photo
    ASSERT_FALSE(replies.empty());
    const auto log = server_->process().log_tail(400);
    EXPECT_NE(log.find("invalid media id"), std::string::npos) << log;
    EXPECT_EQ(log.find("etc/passwd"), std::string::npos) << "the id reached a request or a log";
    EXPECT_EQ(graph_.media_downloads(), 0U);
}

TEST_F(Channels, AWhatsAppChatBecomesAComplaintAndItsStatusReachesTheCitizen) {
    start(whatsapp_env());
    auto menu = say(text("Selamat pagi"));
    ASSERT_FALSE(menu.empty());
    EXPECT_EQ(menu[0].json.at("type"), "interactive");
    EXPECT_EQ(menu[0].json.at("to").as_string(), kCitizen);
    EXPECT_EQ(menu[0].authorization, "Bearer test-access-token");

    auto replies = say(tap("menu:lapor"));
    for (int depth = 0; depth < 3; ++depth) {
        auto category = first_category(replies);
        if (category.empty()) break;
        replies = say(tap(category, "list_reply"));
    }
    ASSERT_NE(body_of(replies.back()).find("ceritakan"), std::string::npos)
        << body_of(replies.back());
    replies = say(text("Jalan di depan SD Bulak berlubang besar sejak Januari, sudah ada korban."));
    replies = say(text("lewati"));  // no location

    graph_.add_media("7001", png_image(640, 480), "image/png");
    json::object image{{"id", "wamid.in.img"},
                       {"type", "image"},
                       {"image", {{"id", "7001"}, {"mime_type", "image/png"}}}};
    replies = say(image);
    EXPECT_NE(body_of(replies.back()).find("Foto"), std::string::npos) << body_of(replies.back());
    replies = say(tap("photos:done"));
    replies = say(tap("confirm:send"));
    const auto filed = body_of(replies.back());
    std::smatch match;
    ASSERT_TRUE(std::regex_search(filed, match, std::regex("[0-9]{4}-[A-Z0-9]{6}"))) << filed;
    const std::string ticket = match.str();
    EXPECT_NE(filed.find("https://tanggap.example/lacak/" + ticket + "?token="), std::string::npos)
        << filed;

    auto staff = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*staff, "superadmin"));
    auto view = staff_view(*staff, ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_EQ(string_at(view.json(), "channel"), "whatsapp");
    EXPECT_EQ(find_path(view.json(), "photos")->as_array().size(), 1U);

    // Inside the 24-hour window the notice goes free-form.
    const auto before = graph_.accepted();
    auto acted =
        act(*staff, ticket, {{"action", "verify"}, {"message", "Aduan Anda kami terima."}});
    ASSERT_EQ(acted.status, 200) << acted.describe();
    ASSERT_TRUE(graph_.wait_for_accepted(before + 1, 60s)) << server_->process().log_tail();
    const auto notice = graph_.messages().back();
    EXPECT_EQ(notice.json.at("type"), "text");
    EXPECT_NE(body_of(notice).find(ticket), std::string::npos);
    EXPECT_NE(body_of(notice).find("Diverifikasi"), std::string::npos);

    // Operators see the chat, but not the reporter's tracking token.
    auto thread = staff->get("/api/v1/staff/chats/whatsapp/" + std::string(kCitizen));
    ASSERT_EQ(thread.status, 200) << thread.describe();
    EXPECT_NE(thread.body.find("/lacak/" + ticket + "?token=..."), std::string::npos);
    const auto token_start = filed.find("?token=") + 7;
    const auto token =
        filed.substr(token_start, filed.find_first_of(" \n", token_start) - token_start);
    ASSERT_GT(token.size(), 20U) << filed;
    EXPECT_EQ(thread.body.find(token), std::string::npos) << "the token leaked to staff";

    // `cek` answers the status.
    replies = say(text("cek " + ticket));
    EXPECT_NE(body_of(replies.back()).find("Diverifikasi"), std::string::npos)
        << body_of(replies.back());
}

TEST_F(Channels, OutsideTheWindowTheStatusGoesAsTheApprovedTemplate) {
    start(whatsapp_env());
    // Taken by an operator from a WhatsApp message on a phone: this number never wrote to us.
    auto op = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*op, "superadmin"));
    auto body = submission("lainnya", "Lampu jalan mati", "Lampu jalan di Gantar mati seminggu.");
    body["channel"] = "whatsapp";
    body["reporter"] = json::object{{"name", "Budi"}, {"phone", "081277770002"}};
    auto created = op->post_json("/api/v1/staff/complaints", body);
    ASSERT_EQ(created.status, 201) << created.describe();
    const auto ticket = string_at(created.json(), "ticket");
    auto acted = act(*op, ticket, {{"action", "verify"}, {"message", "Segera kami periksa."}});
    ASSERT_EQ(acted.status, 200) << acted.describe();
    ASSERT_TRUE(graph_.wait_for_accepted(1, 60s)) << server_->process().log_tail();
    const auto sent = graph_.messages().back().json.as_object();
    EXPECT_EQ(sent.at("to"), "6281277770002");
    ASSERT_EQ(sent.at("type"), "template");
    EXPECT_EQ(sent.at("template").at("name"), "status_pengaduan");
    const auto& params = sent.at("template").at("components").at(0).at("parameters").as_array();
    ASSERT_EQ(params.size(), 3U);
    EXPECT_EQ(params[0].at("text"), json::value(ticket));
    EXPECT_EQ(params[1].at("text"), "Diverifikasi");
}

TEST_F(Channels, EMailReachesTheReporterThroughSmtp) {
    fakes::SmtpSink sink;
    // No deadline sweep: a demo complaint passing its deadline meanwhile would mail the staff.
    start({{"TANGGAP_SMTP_URL", sink.url()},
           {"TANGGAP_SMTP_FROM", "pengaduan@indramayu.test"},
           {"TANGGAP_SWEEP_EVERY", "0"}});
    auto body = submission("lainnya", "Pungutan liar", "Ada pungutan di loket pelayanan KTP.");
    body["reporter"] = json::object{{"name", "Siti"}, {"email", "siti@example.id"}};
    auto submitted = submit_ok(*client_, body);
    ASSERT_TRUE(sink.wait_for(1, 60s)) << server_->process().log_tail();
    auto staff = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*staff, "superadmin"));
    ASSERT_EQ(act(*staff, submitted.ticket, {{"action", "verify"}}).status, 200);
    ASSERT_TRUE(sink.wait_for(2, 60s)) << server_->process().log_tail();

    auto mail = sink.messages();
    EXPECT_EQ(mail[0].rcpt, std::vector<std::string>{"siti@example.id"});
    EXPECT_EQ(mail[0].subject, "Pengaduan " + submitted.ticket + " diterima");
    EXPECT_NE(mail[0].body.find(submitted.ticket), std::string::npos);
    EXPECT_EQ(mail[1].subject, "Pengaduan " + submitted.ticket + ": Diverifikasi");
    EXPECT_NE(mail[1].body.find("/lacak/" + submitted.ticket), std::string::npos);

    // The reporter turns the notices off with the tracking token: nothing more arrives.
    const auto notices = std::string(kComplaints) + "/" + submitted.ticket + "/notices";
    EXPECT_TRUE(
        is_error(client_->post_json(notices, json::object{{"token", "salah"}, {"enabled", false}}),
                 403,
                 "forbidden",
                 "token"));
    auto off =
        client_->post_json(notices, json::object{{"token", submitted.token}, {"enabled", false}});
    ASSERT_EQ(off.status, 200) << off.describe();
    ASSERT_EQ(
        act(*staff, submitted.ticket, {{"action", "start"}, {"message", "Kami tangani."}}).status,
        200);
    ASSERT_TRUE(wait_until_quiet(*client_));
    EXPECT_EQ(sink.count(), 2U);
}

// A complaint nobody answers climbs the ladder (`tanggap sweep`, time driven by hand): e-mails to
// the unit's officer, Diskominfo's super admin and the Bupati are queued with the escalation; a
// fire taken on the 112 line reaches the officer on duty at Damkar through SMTP at once. Staff
// notices name the ticket, never the reporter.
TEST_F(Channels, OfficersHearOfEscalationsAndEmergenciesByEmail) {
    fakes::SmtpSink sink;
    const std::vector<std::pair<std::string, std::string>> smtp{
        {"TANGGAP_SMTP_URL", sink.url()},
        {"TANGGAP_SMTP_FROM", "pengaduan@indramayu.test"},
        {"TANGGAP_PUBLIC_URL", "https://tanggap.example"}};
    start(smtp);
    auto body = submission("sosial.bansos", "Bansos tidak cair", "PKH tidak cair dua bulan.");
    body["reporter"] = json::object{{"name", "Warsini"}};
    const auto ticket = submit_ok(*client_, body).ticket;
    // The sweep queues; the serving process delivers.
    const std::vector<std::string> sweep{"sweep",
                                         "--data",
                                         server_->process().data_dir().string(),
                                         "--at",
                                         util::format_iso8601(util::now() + 24h * 20),
                                         "--smtp-url",
                                         sink.url(),
                                         "--smtp-from",
                                         "pengaduan@indramayu.test",
                                         "--public-url",
                                         "https://tanggap.example"};
    auto swept = run_tanggap(sweep);
    ASSERT_EQ(swept.status.code, 0) << swept.output;

    // Queued for the sweep's own (future) time: read from the super admin's outbox page.
    auto admin = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*admin, "superadmin"));
    std::set<std::string> told;
    std::string page = "/api/v1/admin/outbox?state=pending&limit=200";
    for (;;) {
        auto listed = admin->get(page);
        ASSERT_EQ(listed.status, 200) << listed.describe();
        const auto answer = listed.json();
        for (const auto& m : answer.at("items").as_array()) {
            if (m.at("ticket") == json::value(ticket) && m.at("purpose") == "staff_notice") {
                told.insert(std::string(m.at("channel").as_string()) + ":" +
                            std::string(m.at("recipient").as_string()));
            }
        }
        if (answer.at("next_before").is_null()) break;
        page = "/api/v1/admin/outbox?state=pending&limit=200&before=" +
               std::to_string(answer.at("next_before").as_int64());
    }
    EXPECT_EQ(told,
              (std::set<std::string>{"email:bupati@indramayu.example",
                                     "email:dinsos.petugas@indramayu.example",
                                     "email:superadmin@indramayu.example"}))
        << "the unit's officer (not its operator), Diskominfo and the Bupati";

    auto mail_to = [&](const std::string& address, const std::string& subject) {
        for (int i = 0; i < 600; ++i) {
            for (const auto& m : sink.messages()) {
                if (m.rcpt == std::vector<std::string>{address} && m.subject == subject) {
                    return std::optional(m);
                }
            }
            std::this_thread::sleep_for(100ms);
        }
        return std::optional<fakes::SmtpSink::Message>{};
    };
    auto op = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*op, "operator.112"));
    auto taken = op->post_json("/api/v1/staff/emergency-calls",
                               json::object{{"kind", "fire"},
                                            {"description", "Gudang terbakar di Pasar Baru."},
                                            {"location", {{"address", "Pasar Baru Indramayu"}}}});
    ASSERT_EQ(taken.status, 201) << taken.describe();
    const std::string fire(taken.json().at("ticket").as_string());
    auto dispatch = mail_to("damkar.petugas@indramayu.example", "[Tanggap] DARURAT 112: " + fire);
    ASSERT_TRUE(dispatch) << server_->process().log_tail();
    EXPECT_NE(dispatch->body.find("Gudang terbakar"), std::string::npos);
    EXPECT_NE(dispatch->body.find("https://tanggap.example/petugas/aduan/" + fire),
              std::string::npos);
    for (const auto& m : sink.messages()) {
        EXPECT_EQ(m.body.find("Warsini"), std::string::npos) << "no reporter name: " << m.body;
    }
}

TEST_F(Channels, AKilledServerDeliversItsOutboxExactlyOnceAfterRestart) {
    fakes::FakeSmsGateway sms;
    sms.delay_next(1000, 400ms);  // slow provider: the outbox is still full when we kill
    start({{"TANGGAP_SMS_URL", sms.base_url() + "/send"}, {"TANGGAP_OUTBOX_LEASE", "1"}});
    constexpr int kComplaints = 8;
    std::set<std::string> tickets;
    for (int i = 0; i < kComplaints; ++i) {
        auto body = submission("lainnya",
                               "Keluhan " + std::to_string(i),
                               "Keluhan nomor " + std::to_string(i) + " tentang pelayanan.");
        body["reporter"] =
            json::object{{"name", "Warga"}, {"phone", "0812000000" + std::to_string(10 + i)}};
        tickets.insert(submit_ok(*client_, body).ticket);
    }
    ASSERT_TRUE(sms.wait_for_accepted(1, 60s));
    server_->process().kill();
    EXPECT_LT(sms.accepted(), static_cast<std::size_t>(kComplaints)) << "killed too late";
    ASSERT_EQ(server_->process().start(), "");
    ASSERT_TRUE(sms.wait_for_accepted(kComplaints, 120s)) << server_->process().log_tail();
    HttpClient restarted(server_->port());
    ASSERT_TRUE(wait_until_quiet(restarted));  // so anything sent twice has arrived

    std::map<std::string, int> per_key;
    std::set<std::string> receipted;
    for (const auto& m : sms.messages()) {
        ++per_key[m.idempotency_key];
        const std::string text(m.json.at("message").as_string());
        for (const auto& t : tickets) {
            if (text.find(t) != std::string::npos) receipted.insert(t);
        }
    }
    EXPECT_EQ(sms.accepted(), static_cast<std::size_t>(kComplaints));
    for (const auto& [key, n] : per_key) EXPECT_EQ(n, 1) << key;
    EXPECT_EQ(receipted, tickets) << "every acknowledged complaint got its receipt";
}

TEST_F(Channels, OperatorsAnswerChatsAndFileAComplaintFromAMessengerMessage) {
    start(whatsapp_env());
    std::ifstream in(std::string(TANGGAP_SOURCE_DIR) + "/tests/fixtures/meta/messenger_text.json");
    const std::string messenger((std::istreambuf_iterator<char>(in)), {});
    ASSERT_FALSE(messenger.empty());
    auto posted = client_->post("/webhooks/meta",
                                messenger,
                                "application/json",
                                {{"X-Hub-Signature-256", signature(messenger)}});
    ASSERT_EQ(posted.status, 200) << posted.describe();
    say(text("halo"));  // and a WhatsApp chat

    // The lines are Diskominfo's: its call center's operators see every chat.
    auto op = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*op, "operator.112"));
    json::array chats;
    for (int i = 0; i < 100 && chats.size() < 2; ++i) {
        auto listed = op->get("/api/v1/staff/chats");
        ASSERT_EQ(listed.status, 200) << listed.describe();
        chats = listed.json().at("items").as_array();
        if (chats.size() < 2) std::this_thread::sleep_for(100ms);
    }
    ASSERT_EQ(chats.size(), 2U);
    const auto& page = chats[1].as_object();  // the older one
    EXPECT_EQ(page.at("source"), "page");
    EXPECT_EQ(page.at("last_text"), "Lampu jalan di Desa Bulak mati");
    EXPECT_EQ(page.at("window_open"), false);
    EXPECT_EQ(chats[0].at("window_open"), true) << "the WhatsApp citizen just wrote";

    json::object complaint{{"kind", "pengaduan"},
                           {"category", "lainnya"},
                           {"description", "Lampu jalan di Desa Bulak mati sejak minggu lalu."}};
    const std::string page_chat = "/api/v1/staff/chats/page/6915234567890123";
    auto filed = op->post_json(page_chat + "/complaint", complaint);
    ASSERT_EQ(filed.status, 201) << filed.describe();
    const auto ticket = string_at(filed.json(), "ticket");
    auto admin = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_EQ(string_at(staff_view(*admin, ticket).json(), "channel"), "facebook");
    EXPECT_TRUE(is_error(op->post_json(page_chat + "/complaint", complaint), 409, "conflict"));
    auto thread = op->get(page_chat);
    ASSERT_EQ(thread.status, 200) << thread.describe();
    EXPECT_EQ(string_at(thread.json(), "complaint_ticket"), ticket);

    // A WhatsApp reply from the console goes out through the same number.
    const auto before = graph_.accepted();
    auto reply =
        op->post_json("/api/v1/staff/chats/whatsapp/" + std::string(kCitizen) + "/messages",
                      json::object{{"text", "Selamat pagi, ada yang bisa kami bantu?"}});
    ASSERT_EQ(reply.status, 201) << reply.describe();
    ASSERT_TRUE(graph_.wait_for_accepted(before + 1, 60s));
    EXPECT_EQ(body_of(graph_.messages().back()), "Selamat pagi, ada yang bisa kami bantu?");
    EXPECT_TRUE(is_error(op->post_json(page_chat + "/messages", json::object{{"text", "x"}}), 404));

    // Another unit's operator sees the chats of its own unit's complaints only: not these.
    auto dinsos = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*dinsos, "dinsos.operator"));
    auto theirs = dinsos->get("/api/v1/staff/chats");
    ASSERT_EQ(theirs.status, 200) << theirs.describe();
    EXPECT_TRUE(theirs.json().at("items").as_array().empty()) << theirs.body;
    EXPECT_TRUE(is_error(dinsos->get(page_chat), 404, "not_found"));
    EXPECT_TRUE(is_error(
        dinsos->post_json("/api/v1/staff/chats/whatsapp/" + std::string(kCitizen) + "/messages",
                          json::object{{"text", "Halo"}}),
        404));
    // Once a complaint filed from the WhatsApp chat goes to Dinas Sosial, its operator has it.
    const std::string whatsapp_chat = "/api/v1/staff/chats/whatsapp/" + std::string(kCitizen);
    auto bansos = op->post_json(
        whatsapp_chat + "/complaint",
        json::object{{"kind", "pengaduan"},
                     {"category", "sosial.bansos"},
                     {"description", "Bantuan PKH belum cair sejak tiga bulan lalu."}});
    ASSERT_EQ(bansos.status, 201) << bansos.describe();
    theirs = dinsos->get("/api/v1/staff/chats");
    ASSERT_EQ(theirs.status, 200) << theirs.describe();
    const json::array items = theirs.json().at("items").as_array();
    ASSERT_EQ(items.size(), 1U) << theirs.body;
    EXPECT_EQ(std::string(items[0].at("sender").as_string()), kCitizen);
    EXPECT_EQ(dinsos->get(whatsapp_chat).status, 200);

    auto bupati = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*bupati, "bupati"));
    EXPECT_TRUE(is_error(bupati->get("/api/v1/staff/chats"), 403));
    EXPECT_TRUE(is_error(op->get("/api/v1/admin/outbox"), 403));
}

TEST_F(Channels, AComplaintFiledFromAPublicPostKeepsItsLinkForStaff) {
    start({});
    auto op = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*op, "superadmin"));
    auto body =
        submission("kebersihan", "Sampah menumpuk", "Komentar warga: sampah menumpuk di pasar.");
    body["channel"] = "instagram";
    body["source_url"] = "https://www.instagram.com/p/C1x2y3z4/?comment_id=17890";
    auto created = op->post_json("/api/v1/staff/complaints", body);
    ASSERT_EQ(created.status, 201) << created.describe();
    const auto ticket = string_at(created.json(), "ticket");
    auto view = staff_view(*op, ticket);
    EXPECT_EQ(string_at(view.json(), "source_url"),
              "https://www.instagram.com/p/C1x2y3z4/?comment_id=17890");
    EXPECT_EQ(string_at(view.json(), "channel"), "instagram");
    auto seen_by_public = public_view(*client_, ticket);
    EXPECT_EQ(find_path(seen_by_public.json(), "source_url"), nullptr);

    body["source_url"] = "javascript:alert(1)";
    EXPECT_TRUE(is_error(
        op->post_json("/api/v1/staff/complaints", body), 422, "invalid_field", "source_url"));
}

TEST_F(Channels, ARefusedMessageIsADeadLetterTheSuperAdminCanQueueAgain) {
    start(whatsapp_env());
    graph_.reject_recipient(std::string(kCitizen));
    auto post = post_webhook(webhook(text("halo")));
    ASSERT_EQ(post.status, 200);
    auto admin = std::make_unique<HttpClient>(server_->port());
    ASSERT_TRUE(login(*admin, "superadmin"));
    json::array dead;
    for (int i = 0; i < 300 && dead.empty(); ++i) {
        auto listed = admin->get("/api/v1/admin/outbox?state=dead");
        ASSERT_EQ(listed.status, 200) << listed.describe() << server_->process().log_tail();
        dead = listed.json().at("items").as_array();
        if (dead.empty()) std::this_thread::sleep_for(100ms);
    }
    ASSERT_EQ(dead.size(), 1U);
    const auto& letter = dead[0].as_object();
    EXPECT_EQ(letter.at("recipient").as_string(), kCitizen);
    EXPECT_EQ(letter.at("purpose"), "conversation");
    EXPECT_EQ(letter.at("attempts"), 1) << "a refusal is not retried";
    EXPECT_NE(std::string(letter.at("last_error").as_string()).find("400"), std::string::npos);
    const auto id = letter.at("id").as_int64();
    const auto path = "/api/v1/admin/outbox/" + std::to_string(id) + "/requeue";
    auto requeued = admin->post_json(path, json::object{});
    ASSERT_EQ(requeued.status, 200) << requeued.describe();
    EXPECT_EQ(string_at(requeued.json(), "item.state"), "pending");
    EXPECT_EQ(find_path(requeued.json(), "item.attempts")->as_int64(), 0);
    ASSERT_TRUE(graph_.wait_for_accepted(0, 1s));
    for (int i = 0; i < 300 && graph_.requests_seen() < 2; ++i) std::this_thread::sleep_for(100ms);
    EXPECT_EQ(graph_.requests_seen(), 2U) << "sent once more, and refused again";

    // A message that went out is not a dead letter: 409.
    ASSERT_EQ(post_webhook(webhook(text("halo"), "6281299990002")).status, 200);
    ASSERT_TRUE(graph_.wait_for_accepted(1, 60s));
    json::array sent;
    for (int i = 0; i < 100 && sent.empty(); ++i) {
        sent = admin->get("/api/v1/admin/outbox?state=sent").json().at("items").as_array();
        if (sent.empty()) std::this_thread::sleep_for(100ms);
    }
    ASSERT_FALSE(sent.empty());
    const auto sent_path =
        "/api/v1/admin/outbox/" + std::to_string(sent[0].at("id").as_int64()) + "/requeue";
    EXPECT_TRUE(is_error(admin->post_json(sent_path, json::object{}), 409));
    EXPECT_TRUE(
        is_error(admin->post_json("/api/v1/admin/outbox/999999/requeue", json::object{}), 404));
    EXPECT_TRUE(
        is_error(admin->get("/api/v1/admin/outbox?state=lost"), 422, "invalid_field", "state"));
}

}  // namespace
}  // namespace tanggap::integration

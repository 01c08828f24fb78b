// GET /api/v1/staff/caller-history: an operator taking a call sees the caller's earlier
// complaints, whatever notation the number was given in, open ones first, and only as much of
// other units' complaints as visibility allows.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using CallerHistory = DemoServerTest;

constexpr std::string_view kHistory = "/api/v1/staff/caller-history?phone=";

json::object from_phone(std::string_view category,
                        std::string_view title,
                        std::string_view phone,
                        bool anonymous = false,
                        bool confidential = false) {
    auto body = submission(category, title, "Uraian aduan untuk riwayat penelepon, cukup panjang.");
    body["reporter"].as_object()["phone"] = phone;
    body["anonymous"] = anonymous;
    body["confidential"] = confidential;
    return body;
}

Response history(HttpClient& client, std::string_view phone) {
    return client.get(std::string(kHistory) + url_encode(phone));
}

std::vector<std::string> tickets(const json::value& answer) {
    std::vector<std::string> out;
    for (const auto& item : array_at(answer, "items")) out.push_back(string_at(item, "ticket"));
    return out;
}

TEST_F(CallerHistory, OperatorSeesTheCallersComplaintsOpenFirstInAnyNotation) {
    auto citizen = make_client();
    // The older one stays open; the newer one is rejected, so "open first" is not just
    // "newest first".
    auto older =
        submit_ok(*citizen, from_phone("sosial.bansos", "BLT belum cair", "0877-1100-2233"));
    auto newer = submit_ok(*citizen, from_phone("sosial.bansos", "BLT dobel", "+62 877 1100 2233"));
    auto stranger =
        submit_ok(*citizen, from_phone("sosial.bansos", "Orang lain", "0877-1100-2234"));
    ASSERT_FALSE(older.ticket.empty());
    ASSERT_FALSE(newer.ticket.empty());
    ASSERT_FALSE(stranger.ticket.empty());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, newer.ticket, {{"action", "reject"}, {"reason", "duplicate"}}).status,
              200);

    auto op = make_client();
    ASSERT_TRUE(login(*op, "dinsos.operator"));
    for (const char* notation : {"087711002233", "6287711002233", "+62 877-1100-2233"}) {
        SCOPED_TRACE(notation);
        auto answer = history(*op, notation);
        ASSERT_EQ(answer.status, 200) << answer.describe();
        const auto body = answer.json();
        EXPECT_EQ(string_at(body, "phone"), "+6287711002233");
        EXPECT_EQ(body.at("total"), json::value(2));
        EXPECT_EQ(body.at("open_count"), json::value(1));
        EXPECT_EQ(tickets(body), (std::vector<std::string>{older.ticket, newer.ticket}));
        const auto& items = array_at(body, "items");
        ASSERT_EQ(items.size(), 2u);
        const auto& first = items[0].as_object();
        EXPECT_EQ(first.at("open"), json::value(true));
        EXPECT_EQ(first.at("limited"), json::value(false));
        EXPECT_EQ(first.at("title"), json::value("BLT belum cair"));
        EXPECT_EQ(first.at("status"), json::value("diterima"));
        EXPECT_EQ(first.at("unit_code"), json::value("dinsos"));
        EXPECT_EQ(first.at("unit_name"), json::value("Dinas Sosial"));
        EXPECT_EQ(first.at("channel"), json::value("web"));
        EXPECT_TRUE(first.at("created_at").is_string());
        EXPECT_TRUE(first.contains("due_at"));
        EXPECT_EQ(items[1].at("open"), json::value(false));
        EXPECT_EQ(items[1].at("status"), json::value("ditolak"));
    }
    auto limited = op->get(std::string(kHistory) + "087711002233&limit=1");
    ASSERT_EQ(limited.status, 200) << limited.describe();
    EXPECT_EQ(tickets(limited.json()), std::vector<std::string>{older.ticket});
    EXPECT_EQ(limited.json().at("total"), json::value(2));

    auto none = history(*op, "0877-9999-0000");
    ASSERT_EQ(none.status, 200) << none.describe();
    EXPECT_EQ(none.json().at("total"), json::value(0));
    EXPECT_TRUE(array_at(none.json(), "items").empty());
}

TEST_F(CallerHistory, OtherUnitsComplaintsShowNoTitleAndHiddenOnesAreNotCounted) {
    constexpr std::string_view kPhone = "0877-2200-3344";
    auto citizen = make_client();
    auto own = submit_ok(*citizen, from_phone("sosial.bansos", "Bansos tertunda", kPhone));
    auto plain = submit_ok(*citizen, from_phone("kebersihan", "Sampah pasar", kPhone));
    auto anonymous =
        submit_ok(*citizen, from_phone("kebersihan", "Sampah anonim", kPhone, true, false));
    auto confidential =
        submit_ok(*citizen, from_phone("kebersihan", "Sampah rahasia", kPhone, false, true));
    ASSERT_FALSE(confidential.ticket.empty());
    ASSERT_NE(plain.unit, "dinsos");

    auto op = make_client();
    ASSERT_TRUE(login(*op, "dinsos.operator"));
    // Another unit's complaint is not theirs to know of until it is verified (published).
    EXPECT_EQ(tickets(history(*op, kPhone).json()), (std::vector<std::string>{own.ticket}));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    for (const auto* other : {&plain, &anonymous}) {
        ASSERT_EQ(act(*admin, other->ticket, {{"action", "verify"}}).status, 200);
    }

    auto answer = history(*op, kPhone);
    ASSERT_EQ(answer.status, 200) << answer.describe();
    const auto body = answer.json();
    EXPECT_EQ(tickets(body), (std::vector<std::string>{plain.ticket, own.ticket}));
    EXPECT_EQ(body.at("total"), json::value(2));
    EXPECT_EQ(body.at("open_count"), json::value(2));
    const auto& other = array_at(body, "items")[0].as_object();
    EXPECT_EQ(other.at("limited"), json::value(true));
    EXPECT_TRUE(other.at("title").is_null());
    EXPECT_EQ(other.at("unit_code"), json::value(plain.unit));
    for (const char* secret : {"Sampah anonim", "Sampah rahasia", "Sampah pasar"}) {
        EXPECT_EQ(answer.body.find(secret), std::string::npos) << secret;
    }

    // The super admin sees all four, in full.
    auto all = history(*admin, kPhone);
    ASSERT_EQ(all.status, 200) << all.describe();
    EXPECT_EQ(tickets(all.json()),
              (std::vector<std::string>{
                  confidential.ticket, anonymous.ticket, plain.ticket, own.ticket}));
    EXPECT_NE(all.body.find("Sampah rahasia"), std::string::npos);
}

TEST_F(CallerHistory, OnlyCallTakersMayLookUpAndThePhoneMustBeValid) {
    for (const char* user : {"bupati", "auditor"}) {
        auto client = make_client();
        ASSERT_TRUE(login(*client, user));
        EXPECT_TRUE(is_error(history(*client, "081234567890"), 403, "forbidden")) << user;
    }
    auto anonymous_client = make_client();
    EXPECT_TRUE(is_error(history(*anonymous_client, "081234567890"), 401));

    auto op = make_client();
    ASSERT_TRUE(login(*op, "dinsos.operator"));
    for (const char* bad : {"", "12345", "0812-abc-7890", "+1 555 123 4567"}) {
        EXPECT_TRUE(is_error(history(*op, bad), 422, "invalid_field", "phone")) << bad;
    }
    EXPECT_TRUE(is_error(op->get("/api/v1/staff/caller-history"), 422, "invalid_field", "phone"));
}

}  // namespace
}  // namespace tanggap::integration

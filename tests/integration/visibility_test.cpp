// Who sees what, per role, over HTTP: anonymous and confidential complaints, staff of another
// unit, the auditor, the super admin, and the scope of a unit's inbox.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

class Visibility : public DemoServerTest {
  protected:
    // Dinas Sosial's officer verifies it: from then on the public and other units may see it.
    static void verify(const std::string& ticket) {
        auto officer = make_client();
        ASSERT_TRUE(login(*officer, "dinsos.petugas"));
        ASSERT_EQ(act(*officer, ticket, {{"action", "verify"}}).status, 200);
    }
};

constexpr std::string_view kName = "Siti Aminah";
constexpr std::string_view kPhoneDigits = "1234567890";  // of 081234567890, in any format
constexpr std::string_view kEmail = "siti@example.id";

json::object bansos(std::string_view title, bool anonymous, bool confidential) {
    auto body = submission("sosial.bansos",
                           title,
                           "Pendamping PKH meminta uang administrasi kepada penerima bantuan.");
    body["anonymous"] = anonymous;
    body["confidential"] = confidential;
    return body;
}

bool mentions(const Response& response, std::string_view text) {
    return response.body.find(text) != std::string::npos;
}

TEST_F(Visibility, AnonymousComplaintShowsNoReporterToThePublic) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, bansos("Pungutan PKH", true, false));
    ASSERT_FALSE(created.ticket.empty());
    verify(created.ticket);

    auto view = public_view(*citizen, created.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_EQ(find_path(view.json(), "reporter.name"), nullptr) << view.body;
    EXPECT_FALSE(mentions(view, kName));
    EXPECT_FALSE(mentions(view, kPhoneDigits));
    EXPECT_FALSE(mentions(view, kEmail));
    EXPECT_EQ(view.json().at("anonymous"), json::value(true));

    // Staff of another unit see what the public sees.
    auto pupr = make_client();
    ASSERT_TRUE(login(*pupr, "pupr.petugas"));
    auto other = staff_view(*pupr, created.ticket);
    ASSERT_EQ(other.status, 200) << other.describe();
    EXPECT_FALSE(mentions(other, kName));
    EXPECT_FALSE(mentions(other, kPhoneDigits));

    // The super admin still knows who it is, to answer them.
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto full = staff_view(*admin, created.ticket);
    ASSERT_EQ(full.status, 200) << full.describe();
    EXPECT_EQ(string_at(full.json(), "reporter.name"), kName);
}

TEST_F(Visibility, ConfidentialComplaintIsHiddenUnlessTheTokenOrTheHandlingUnitAsks) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, bansos("Pungli rahasia", false, true));
    ASSERT_FALSE(created.ticket.empty());

    EXPECT_TRUE(is_error(public_view(*citizen, created.ticket), 404, "not_found"));
    EXPECT_TRUE(
        is_error(public_view(*citizen, created.ticket, "token-yang-salah"), 404, "not_found"));
    auto with_token = public_view(*citizen, created.ticket, created.token);
    ASSERT_EQ(with_token.status, 200) << with_token.describe();
    EXPECT_EQ(string_at(with_token.json(), "title"), "Pungli rahasia");
    EXPECT_FALSE(mentions(with_token, kPhoneDigits)) << "never contact details in public views";
    EXPECT_FALSE(mentions(with_token, kEmail));

    // Another unit's officer must not learn that it exists.
    auto pupr = make_client();
    ASSERT_TRUE(login(*pupr, "pupr.petugas"));
    auto hidden = staff_view(*pupr, created.ticket);
    EXPECT_TRUE(is_error(hidden, 404, "not_found"));
    EXPECT_TRUE(is_error(public_view(*pupr, created.ticket), 404, "not_found"));
    EXPECT_TRUE(is_error(act(*pupr, created.ticket, {{"action", "verify"}}), 404, "not_found"));
    auto unknown = staff_view(*pupr, "IDM-2099-999999");
    EXPECT_EQ(hidden.json().at("error").at("message"), unknown.json().at("error").at("message"))
        << "a hidden complaint must look exactly like a missing one";
    auto pupr_items = inbox_items(*pupr);
    EXPECT_TRUE(std::none_of(pupr_items.begin(), pupr_items.end(), [&](const auto& item) {
        return item.at("ticket") == json::value(created.ticket);
    }));

    // Auditor and leadership read widely, but not confidential complaints.
    for (const char* user : {"auditor", "bupati"}) {
        auto client = make_client();
        ASSERT_TRUE(login(*client, user));
        EXPECT_TRUE(is_error(staff_view(*client, created.ticket), 404, "not_found")) << user;
    }

    // The handling unit and the super admin see all of it.
    for (const char* user : {"dinsos.petugas", "superadmin"}) {
        auto client = make_client();
        ASSERT_TRUE(login(*client, user));
        auto full = staff_view(*client, created.ticket);
        ASSERT_EQ(full.status, 200) << user << ": " << full.describe();
        EXPECT_EQ(string_at(full.json(), "reporter.name"), kName) << user;
        EXPECT_EQ(string_at(full.json(), "reporter.email"), kEmail) << user;
        EXPECT_TRUE(string_at(full.json(), "reporter.phone").find(kPhoneDigits) !=
                    std::string::npos)
            << user << ": " << full.body;
    }
}

TEST_F(Visibility, OfficerOfAnotherUnitSeesNoContactDetails) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, bansos("Kartu KKS hilang", false, false));
    verify(created.ticket);
    auto pupr = make_client();
    ASSERT_TRUE(login(*pupr, "pupr.petugas"));
    auto view = staff_view(*pupr, created.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_FALSE(mentions(view, kPhoneDigits)) << view.body;
    EXPECT_FALSE(mentions(view, kEmail)) << view.body;
    // Not confidential, so its existence is public: acting on it is forbidden, not hidden.
    EXPECT_TRUE(is_error(act(*pupr, created.ticket, {{"action", "verify"}}), 403, "forbidden"));
}

TEST_F(Visibility, AuditorSeesTheTrailButNoPersonalData) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, bansos("Data DTKS salah", false, false));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer,
                  created.ticket,
                  {{"action", "note"}, {"note", "Catatan audit: cek ulang NIK pelapor"}})
                  .status,
              200);

    auto auditor = make_client();
    ASSERT_TRUE(login(*auditor, "auditor"));
    auto view = staff_view(*auditor, created.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_FALSE(mentions(view, kName)) << view.body;
    EXPECT_FALSE(mentions(view, kPhoneDigits)) << view.body;
    EXPECT_FALSE(mentions(view, kEmail)) << view.body;
    EXPECT_TRUE(mentions(view, "Catatan audit: cek ulang NIK pelapor"))
        << "the auditor reads the internal trail: " << view.body;

    // And the auditor's inbox summaries carry no reporter either.
    auto items = inbox_items(*auditor, "status=diterima");
    auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) {
        return item.at("ticket") == json::value(created.ticket);
    });
    ASSERT_NE(found, items.end());
    EXPECT_EQ(json::serialize(*found).find(kName), std::string::npos);
}

TEST_F(Visibility, SuperAdminSeesEverything) {
    auto citizen = make_client();
    auto created = submit_ok(*citizen, bansos("Semua terlihat", true, true));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(
        act(*officer, created.ticket, {{"action", "note"}, {"note", "Catatan-internal-77"}}).status,
        200);
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto view = staff_view(*admin, created.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    auto body = view.json();
    EXPECT_EQ(string_at(body, "reporter.name"), kName);
    EXPECT_EQ(string_at(body, "reporter.email"), kEmail);
    EXPECT_NE(string_at(body, "reporter.phone").find(kPhoneDigits), std::string::npos);
    EXPECT_TRUE(mentions(view, "Catatan-internal-77"));
    auto items = inbox_items(*admin, "status=diterima");
    EXPECT_TRUE(std::any_of(items.begin(), items.end(), [&](const auto& item) {
        return item.at("ticket") == json::value(created.ticket);
    }));
    // The public history never carries the note.
    auto public_response = public_view(*citizen, created.ticket, created.token);
    ASSERT_EQ(public_response.status, 200);
    EXPECT_FALSE(mentions(public_response, "Catatan-internal-77"));
}

TEST_F(Visibility, UnitInboxHoldsOnlyThatUnitsComplaints) {
    auto citizen = make_client();
    auto own = submit_ok(*citizen, bansos("Milik dinsos", false, false));
    auto foreign = submit_ok(
        *citizen,
        submission("kebersihan", "Sampah menumpuk", "Sampah di pasar Jatibarang tidak diangkut."));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto items = inbox_items(*officer);
    ASSERT_FALSE(items.empty());
    // A unit keeps seeing what it passed on, so another current unit needs dinsos in its past.
    auto expect_in_remit = [&](const json::value& item) {
        if (string_at(item, "unit.code") == "dinsos") return;
        auto full = staff_view(*officer, string_at(item, "ticket"));
        ASSERT_EQ(full.status, 200) << full.describe();
        auto full_body = full.json();
        const auto* units = find_path(full_body, "handling_units");
        ASSERT_NE(units, nullptr) << full.describe();
        EXPECT_NE(
            std::find(units->as_array().begin(), units->as_array().end(), json::value("dinsos")),
            units->as_array().end())
            << "not a dinsos complaint: " << json::serialize(item);
    };
    for (const auto& item : items) expect_in_remit(item);
    auto has = [&](const std::string& ticket) {
        return std::any_of(items.begin(), items.end(), [&](const auto& item) {
            return item.at("ticket") == json::value(ticket);
        });
    };
    EXPECT_TRUE(has(own.ticket));
    EXPECT_FALSE(has(foreign.ticket));

    // Asking for another unit does not widen the scope.
    auto response = officer->get("/api/v1/inbox?unit=dlh&limit=100");
    if (response.status == 200) {
        auto body = response.json();
        for (const auto& item : array_at(body, "items")) expect_in_remit(item);
    } else {
        EXPECT_TRUE(response.status == 403 || response.status == 404) << response.describe();
    }
}

}  // namespace
}  // namespace tanggap::integration

// The console renders what the server decides: each staff view of a complaint carries the
// actions the signed-in user may take now with the fields each one asks for, from when it is
// overdue, and how many proof photos they may still attach; GET /api/v1/settings carries the
// limits a submission is checked against. Each figure is tested against the rule it reports.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

std::vector<std::string> offered(const json::value& view) {
    std::vector<std::string> out;
    for (const auto& a : array_at(view, "allowed_actions")) out.push_back(string_at(a, "action"));
    return out;
}

const json::object* offer(const json::value& view, std::string_view action) {
    for (const auto& a : array_at(view, "allowed_actions")) {
        if (string_at(a, "action") == action) return &a.as_object();
    }
    return nullptr;
}

class StaffControls : public DemoServerTest {
  protected:
    static std::string new_bansos_complaint() {
        auto citizen = make_client();
        return submit_ok(*citizen,
                         submission("sosial.bansos",
                                    "Bansos belum cair",
                                    "Bantuan PKH untuk keluarga kami belum cair tiga bulan."))
            .ticket;
    }
};

TEST_F(StaffControls, EachRoleIsOfferedWhatTheStatusMachineAllowsIt) {
    const auto ticket = new_bansos_complaint();
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto view = staff_view(*officer, ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    // Likeliest first; not late, so no explain_delay; officers never escalate by hand.
    EXPECT_EQ(offered(view.json()),
              (std::vector<std::string>{"verify",
                                        "respond",
                                        "note",
                                        "defer",
                                        "recategorize",
                                        "dispose",
                                        "not_authority",
                                        "reject",
                                        "archive"}));
    EXPECT_EQ(string_at(view.json(), "overdue_after"), string_at(view.json(), "due_at"))
        << "open: overdue after its due time";
    EXPECT_EQ(view.json().at("proof_photo_room").as_int64(), 0) << "no work started yet";

    auto op = make_client();
    ASSERT_TRUE(login(*op, "dinsos.operator"));
    EXPECT_EQ(offered(staff_view(*op, ticket).json()),
              (std::vector<std::string>{"verify", "respond", "note", "defer"}));

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    const auto admin_view = staff_view(*admin, ticket).json();
    EXPECT_NE(offer(admin_view, "escalate"), nullptr) << "Diskominfo escalates by hand";

    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    auto read_only = staff_view(*bupati, ticket);
    ASSERT_EQ(read_only.status, 200) << read_only.describe();
    EXPECT_TRUE(array_at(read_only.json(), "allowed_actions").empty());
}

TEST_F(StaffControls, EachOfferNamesTheFieldsItsActionRequires) {
    const auto ticket = new_bansos_complaint();
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const auto view = staff_view(*officer, ticket).json();

    const auto* dispose = offer(view, "dispose");
    ASSERT_NE(dispose, nullptr);
    EXPECT_EQ(dispose->at("unit").as_string(), "required");
    EXPECT_EQ(dispose->at("message").as_string(), "optional");
    const auto* reject = offer(view, "reject");
    ASSERT_NE(reject, nullptr);
    EXPECT_EQ(reject->at("reason").as_string(), "required");
    const auto* defer = offer(view, "defer");
    ASSERT_NE(defer, nullptr);
    EXPECT_EQ(defer->at("message").as_string(), "required");

    // What the offer calls required, the action refuses without, at that field.
    auto without_message = act(*officer, ticket, {{"action", "defer"}});
    EXPECT_EQ(without_message.status, 422) << without_message.describe();
    EXPECT_EQ(string_at(without_message.json(), "error.field"), "message");
    auto without_unit = act(*officer, ticket, {{"action", "dispose"}});
    EXPECT_EQ(without_unit.status, 422) << without_unit.describe();
    EXPECT_EQ(string_at(without_unit.json(), "error.field"), "unit");
}

TEST_F(StaffControls, TheAnswerToAnActionCarriesTheNextOffersAndTheProofPhotoRoom) {
    const auto ticket = new_bansos_complaint();
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, ticket, {{"action", "verify"}}).status, 200);
    auto started = act(*officer, ticket, {{"action", "start"}});
    ASSERT_EQ(started.status, 200) << started.describe();
    const auto next = offered(started.json());
    EXPECT_EQ(std::count(next.begin(), next.end(), "verify"), 0);
    EXPECT_EQ(std::count(next.begin(), next.end(), "resolve"), 1);
    EXPECT_EQ(started.json().at("proof_photo_room").as_int64(), 5);

    auto pupr = make_client();
    ASSERT_TRUE(login(*pupr, "pupr.petugas"));
    auto other_unit = staff_view(*pupr, ticket);
    if (other_unit.status == 200) {  // visible to another unit only where visibility allows
        EXPECT_TRUE(array_at(other_unit.json(), "allowed_actions").empty());
        EXPECT_EQ(other_unit.json().at("proof_photo_room").as_int64(), 0);
    } else {
        EXPECT_EQ(other_unit.status, 404) << other_unit.describe();
    }
}

TEST_F(StaffControls, SettingsCarryTheLimitsSubmissionsAreCheckedAgainst) {
    auto citizen = make_client();
    auto settings = citizen->get("/api/v1/settings");
    ASSERT_EQ(settings.status, 200) << settings.describe();
    const auto body = settings.json();
    const auto& limits = body.at("limits");
    const auto min = limits.at("description_min").as_int64();
    const auto max = limits.at("description_max").as_int64();
    EXPECT_EQ(min, 10);
    EXPECT_EQ(max, 5000);
    EXPECT_EQ(limits.at("photos_max").as_int64(), 5);
    EXPECT_EQ(limits.at("proof_photos_max").as_int64(), 5);
    EXPECT_EQ(limits.at("photo_bytes_max").as_int64(), 10 * 1024 * 1024);

    auto too_short = citizen->post_json(
        kComplaints,
        submission("sosial.bansos", "Bansos", std::string(static_cast<std::size_t>(min - 1), 'x')));
    EXPECT_EQ(too_short.status, 422) << too_short.describe();
    EXPECT_EQ(string_at(too_short.json(), "error.field"), "description");
    auto shortest = citizen->post_json(
        kComplaints,
        submission("sosial.bansos", "Bansos", std::string(static_cast<std::size_t>(min), 'x')));
    EXPECT_EQ(shortest.status, 201) << shortest.describe();
    auto too_long = citizen->post_json(
        kComplaints,
        submission("sosial.bansos", "Bansos", std::string(static_cast<std::size_t>(max + 1), 'x')));
    EXPECT_EQ(too_long.status, 422) << too_long.describe();
    EXPECT_EQ(string_at(too_long.json(), "error.field"), "description");
}

}  // namespace
}  // namespace tanggap::integration

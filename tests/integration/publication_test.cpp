// Publication after verification, on the real server: nothing a citizen wrote is public until an
// officer verified it; then the public reads a redacted copy without the reporter, with only
// the photos the officer approved; the reporter keeps following it with the tracking token.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "test_images.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

constexpr std::string_view kDescription =
    "Saya Budi, NIK 3212041203850004, HP 081234567890, bantuan PKH saya tidak cair";

class Publication : public DemoServerTest {
  protected:
    static json::object bansos_report() {
        auto body = submission("sosial.bansos", "PKH Budi tidak cair", kDescription);
        body["location"] = json::object{{"address", "Gang Mawar 3, RT 02"},
                                        {"kecamatan_code", std::string(kKecamatanGantar)}};
        return body;
    }

    static bool publicly_listed(HttpClient& client, const std::string& ticket) {
        auto list = client.get("/api/v1/public/complaints?limit=100");
        EXPECT_EQ(list.status, 200) << list.describe();
        const auto items = array_at(list.json(), "items");
        return std::any_of(items.begin(), items.end(), [&](const json::value& item) {
            return string_at(item, "ticket") == ticket;
        });
    }

    static Response publish(HttpClient& client,
                            const std::string& ticket,
                            const json::array& phrases,
                            const json::array& photos) {
        return client.send("PUT",
                           "/api/v1/staff/complaints/" + ticket + "/publication",
                           json::serialize(json::object{{"hidden_phrases", phrases},
                                                        {"published_photos", photos}}),
                           "application/json");
    }
};

TEST_F(Publication, AnUnverifiedComplaintIsANotFoundToThePublicButNotToItsReporter) {
    auto citizen = make_client();
    const auto report = submit_ok(*citizen, bansos_report());
    ASSERT_FALSE(report.ticket.empty());

    auto anyone = make_client();
    auto hidden = public_view(*anyone, report.ticket);
    auto missing = public_view(*anyone, "2612-ZZZZZZ");
    ASSERT_TRUE(is_error(hidden, 404, "not_found"));
    // Exactly like a ticket that does not exist: nothing tells the two apart.
    EXPECT_EQ(hidden.json().at("error"), missing.json().at("error"));
    EXPECT_FALSE(publicly_listed(*anyone, report.ticket));
    EXPECT_TRUE(is_error(feedback(*anyone, report.ticket, "salah", true, 5), 404, "not_found"));

    auto own = public_view(*citizen, report.ticket, report.token);
    ASSERT_EQ(own.status, 200) << own.describe();
    EXPECT_EQ(string_at(own.json(), "description"), kDescription);
    EXPECT_EQ(string_at(own.json(), "reporter.name"), "Siti Aminah");
    EXPECT_EQ(string_at(own.json(), "location.address"), "Gang Mawar 3, RT 02");
    EXPECT_EQ(find_path(own.json(), "reporter.phone"), nullptr) << "a link can be shared";
}

TEST_F(Publication, OnceVerifiedThePublicReadsTheRedactedCopyAndNeverTheReporter) {
    auto citizen = make_client();
    const auto report = submit_ok(*citizen, bansos_report());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, report.ticket, {{"action", "verify"}}).status, 200);

    auto anyone = make_client();
    auto view = public_view(*anyone, report.ticket);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_EQ(string_at(view.json(), "description"),
              "Saya Budi, NIK 3212********0004, HP 0812******90, bantuan PKH saya tidak cair");
    EXPECT_EQ(find_path(view.json(), "reporter"), nullptr) << view.body;
    EXPECT_EQ(string_at(view.json(), "location.address"), "");
    EXPECT_EQ(view.body.find("081234567890"), std::string::npos);
    EXPECT_EQ(view.body.find("3212041203850004"), std::string::npos);
    EXPECT_EQ(view.body.find("Siti"), std::string::npos);
    EXPECT_TRUE(publicly_listed(*anyone, report.ticket));

    // The officer sees the original and the copy side by side.
    auto staff = staff_view(*officer, report.ticket);
    ASSERT_EQ(staff.status, 200) << staff.describe();
    EXPECT_EQ(string_at(staff.json(), "description"), kDescription);
    const auto staff_body = staff.json();
    const auto* published = find_path(staff_body, "publication.published");
    ASSERT_NE(published, nullptr) << staff.body;
    EXPECT_TRUE(published->as_bool());
    EXPECT_EQ(string_at(staff.json(), "publication.description"),
              string_at(view.json(), "description"));

    // Rejected as spam: out of the public view again.
    ASSERT_EQ(act(*officer, report.ticket, {{"action", "reject"}, {"reason", "spam"}}).status, 200);
    EXPECT_TRUE(is_error(public_view(*anyone, report.ticket), 404, "not_found"));
    EXPECT_FALSE(publicly_listed(*anyone, report.ticket));
}

TEST_F(Publication, TheOfficerMasksMorePhrasesAndApprovesEachPhoto) {
    auto citizen = make_client();
    Multipart form;
    form.field("complaint", json::serialize(bansos_report()), "application/json");
    form.file("photo", "kartu.jpg", "image/jpeg", photo_with_exif());
    auto created = citizen->post_multipart(kComplaints, form);
    ASSERT_EQ(created.status, 201) << created.describe();
    const auto ticket = string_at(created.json(), "ticket");
    const auto token = string_at(created.json(), "tracking_token");
    ASSERT_FALSE(token.empty()) << created.body;

    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, ticket, {{"action", "verify"}}).status, 200);
    auto anyone = make_client();
    auto before = public_view(*anyone, ticket);
    ASSERT_EQ(before.status, 200) << before.describe();
    EXPECT_TRUE(array_at(before.json(), "photos").empty()) << "no photo before approval";

    const auto own = public_view(*citizen, ticket, token);
    ASSERT_EQ(array_at(own.json(), "photos").size(), 1u) << own.body;
    const auto photo_id = string_at(array_at(own.json(), "photos").front(), "id");
    const auto photo_url = "/api/v1/media/" + photo_id;
    EXPECT_TRUE(is_error(anyone->get(photo_url), 404, "not_found"));
    auto reporters_copy = citizen->get(photo_url + "?token=" + token);
    EXPECT_EQ(reporters_copy.status, 200) << reporters_copy.describe();
    EXPECT_EQ(reporters_copy.header("Cache-Control"), "private, no-store");

    auto published = publish(*officer, ticket, {"budi"}, {json::value(photo_id)});
    ASSERT_EQ(published.status, 200) << published.describe();
    EXPECT_EQ(string_at(published.json(), "publication.description"),
              "Saya ****, NIK 3212********0004, HP 0812******90, bantuan PKH saya tidak cair");
    EXPECT_EQ(string_at(published.json(), "publication.title"), "PKH **** tidak cair");
    const auto history = array_at(published.json(), "history");
    EXPECT_TRUE(std::any_of(history.begin(), history.end(), [](const json::value& e) {
        return string_at(e, "action") == "publish";
    })) << "who decided the public copy is in the history";

    auto after = public_view(*anyone, ticket);
    ASSERT_EQ(after.status, 200) << after.describe();
    EXPECT_EQ(string_at(after.json(), "title"), "PKH **** tidak cair");
    ASSERT_EQ(array_at(after.json(), "photos").size(), 1u) << after.body;
    auto served = anyone->get(photo_url);
    EXPECT_EQ(served.status, 200) << served.describe();
    EXPECT_EQ(served.header("Cache-Control"), "public, max-age=300");
    // The public history never carries the reporter's or staff's internal words.
    EXPECT_EQ(after.body.find("Salinan publik"), std::string::npos);

    // Withdrawn: gone from the public copy at once.
    ASSERT_EQ(publish(*officer, ticket, {"budi"}, {}).status, 200);
    EXPECT_TRUE(is_error(anyone->get(photo_url), 404, "not_found"));
}

TEST_F(Publication, OnlyWhoMayVerifyDecidesAndBadRequestsChangeNothing) {
    auto citizen = make_client();
    const auto report = submit_ok(*citizen, bansos_report());
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));

    EXPECT_TRUE(is_error(publish(*officer, report.ticket, {}, {"bukan-foto-ini"}),
                         422,
                         "invalid_field",
                         "published_photos"));
    EXPECT_TRUE(is_error(
        publish(*officer, report.ticket, {""}, {}), 422, "invalid_field", "hidden_phrases"));
    auto missing_list = officer->send("PUT",
                                      "/api/v1/staff/complaints/" + report.ticket + "/publication",
                                      R"({"hidden_phrases": []})",
                                      "application/json");
    EXPECT_TRUE(is_error(missing_list, 422, "invalid_field", "published_photos"));
    auto view = staff_view(*officer, report.ticket);
    EXPECT_TRUE(array_at(view.json(), "publication.hidden_phrases").empty()) << view.body;

    // Another unit never held it: it is not in their sight at all.
    auto pupr = make_client();
    ASSERT_TRUE(login(*pupr, "pupr.petugas"));
    EXPECT_TRUE(is_error(publish(*pupr, report.ticket, {}, {}), 404, "not_found"));
    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    EXPECT_TRUE(is_error(publish(*bupati, report.ticket, {}, {}), 403, "forbidden"));
}

}  // namespace
}  // namespace tanggap::integration

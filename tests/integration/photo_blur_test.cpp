// Faces and number plates on the real server: found at upload, blurred in the only copy the
// public is served, and the officer confirms or corrects the regions before publishing.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

std::string astronaut() {
    const auto path = std::filesystem::path(TANGGAP_SOURCE_DIR) / "tests" / "fixtures" / "faces" /
                      "astronaut.jpg";
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class PhotoBlur : public DemoServerTest {
  protected:
    struct Filed {
        std::string ticket;
        std::string token;
        std::string photo_id;
    };

    // A citizen's report with a portrait, verified by Dinas Sosial's officer.
    Filed file_verified_portrait(HttpClient& officer) {
        auto citizen = make_client();
        Multipart form;
        form.field("complaint",
                   json::serialize(submission(
                       "sosial.bansos", "Petugas bansos", "Petugas ini meminta uang tambahan")),
                   "application/json");
        form.file("photo", "petugas.jpg", "image/jpeg", astronaut());
        auto created = citizen->post_multipart(kComplaints, form);
        EXPECT_EQ(created.status, 201) << created.describe();
        Filed filed{
            string_at(created.json(), "ticket"), string_at(created.json(), "tracking_token"), {}};
        EXPECT_EQ(act(officer, filed.ticket, {{"action", "verify"}}).status, 200);
        auto view = staff_view(officer, filed.ticket);
        const auto photos = array_at(view.json(), "photos");
        EXPECT_EQ(photos.size(), 1u) << view.body;
        if (!photos.empty()) filed.photo_id = string_at(photos.front(), "id");
        return filed;
    }

    static Response publish(HttpClient& client, const std::string& ticket, json::object body) {
        return client.send("PUT",
                           "/api/v1/staff/complaints/" + ticket + "/publication",
                           json::serialize(body),
                           "application/json");
    }
};

TEST_F(PhotoBlur, TheFaceIsFoundAndOnlyThePublicCopyIsBlurred) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const auto filed = file_verified_portrait(*officer);
    ASSERT_FALSE(filed.photo_id.empty());

    auto view = staff_view(*officer, filed.ticket);
    const auto photo = array_at(view.json(), "photos").front();
    const auto regions = array_at(photo, "blur_regions");
    ASSERT_EQ(regions.size(), 1u) << view.body;
    EXPECT_EQ(string_at(regions.front(), "kind"), "face");
    const auto url = "/api/v1/media/" + filed.photo_id;
    EXPECT_EQ(string_at(photo, "public_url"), url + "?copy=public");

    ASSERT_EQ(publish(*officer,
                      filed.ticket,
                      {{"hidden_phrases", json::array{}},
                       {"published_photos", json::array{json::value(filed.photo_id)}}})
                  .status,
              200);
    auto anyone = make_client();
    auto seen_public = anyone->get(url);
    ASSERT_EQ(seen_public.status, 200) << seen_public.describe();
    EXPECT_EQ(seen_public.header("Vary"), "Cookie");
    EXPECT_EQ(seen_public.header("Cache-Control"), "public, max-age=300");
    auto original = officer->get(url);
    ASSERT_EQ(original.status, 200);
    EXPECT_EQ(original.header("Cache-Control"), "private, no-store");
    EXPECT_NE(seen_public.body, original.body) << "the public got the face unblurred";
    auto preview = officer->get(url + "?copy=public");
    EXPECT_EQ(preview.body, seen_public.body);
    EXPECT_EQ(preview.header("Cache-Control"), "private, no-store") << "a stale preview";
    EXPECT_NE(anyone->get(url + "/thumbnail").body, officer->get(url + "/thumbnail").body);
    // The reporter sees their own photo as sent.
    EXPECT_EQ(anyone->get(url + "?token=" + filed.token).body, original.body);
    // The public's copy of the complaint carries no regions and no preview address.
    auto public_complaint = public_view(*anyone, filed.ticket);
    EXPECT_EQ(public_complaint.body.find("blur_regions"), std::string::npos);
    EXPECT_EQ(public_complaint.body.find("copy=public"), std::string::npos);
    EXPECT_TRUE(is_error(anyone->get(url + "?copy=all"), 422, "invalid_field", "copy"));
}

TEST_F(PhotoBlur, TheOfficerRemovesAFalseBoxAndDrawsTheOneDetectionMissed) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const auto filed = file_verified_portrait(*officer);
    ASSERT_FALSE(filed.photo_id.empty());
    const auto url = "/api/v1/media/" + filed.photo_id;
    const auto original = officer->get(url).body;
    const json::array shown{json::value(filed.photo_id)};

    // Nothing to hide after all: the public copy is the photo itself.
    auto cleared = publish(*officer,
                           filed.ticket,
                           {{"hidden_phrases", json::array{}},
                            {"published_photos", shown},
                            {"photo_blurs", json::object{{filed.photo_id, json::array{}}}}});
    ASSERT_EQ(cleared.status, 200) << cleared.describe();
    EXPECT_TRUE(array_at(array_at(cleared.json(), "photos").front(), "blur_regions").empty());
    auto anyone = make_client();
    EXPECT_EQ(anyone->get(url).body, original);

    // A name tag the cascades do not look for, drawn by hand.
    json::object tag{{"x", 300}, {"y", 300}, {"width", 80}, {"height", 60}};
    auto drawn = publish(*officer,
                         filed.ticket,
                         {{"hidden_phrases", json::array{}},
                          {"published_photos", shown},
                          {"photo_blurs", json::object{{filed.photo_id, json::array{tag}}}}});
    ASSERT_EQ(drawn.status, 200) << drawn.describe();
    const auto regions = array_at(array_at(drawn.json(), "photos").front(), "blur_regions");
    ASSERT_EQ(regions.size(), 1u);
    EXPECT_EQ(string_at(regions.front(), "kind"), "manual");
    EXPECT_NE(anyone->get(url).body, original);
    const auto history = array_at(drawn.json(), "history");
    EXPECT_NE(json::serialize(history).find("1 area foto dikaburkan"), std::string::npos);
}

TEST_F(PhotoBlur, RegionsThatDoNotFitThePhotoAreRefusedAndChangeNothing) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const auto filed = file_verified_portrait(*officer);
    ASSERT_FALSE(filed.photo_id.empty());
    auto attempt = [&](json::value blurs) {
        return publish(*officer,
                       filed.ticket,
                       {{"hidden_phrases", json::array{}},
                        {"published_photos", json::array{}},
                        {"photo_blurs", std::move(blurs)}});
    };
    auto region = [](int x, int y, int w, int h) {
        return json::object{{"x", x}, {"y", y}, {"width", w}, {"height", h}};
    };
    const auto& id = filed.photo_id;
    for (auto [blurs, why] : std::initializer_list<std::pair<json::value, const char*>>{
             {json::object{{id, json::array{region(500, 0, 20, 20)}}}, "past the right edge"},
             {json::object{{id, json::array{region(0, 0, 2, 2)}}}, "too small"},
             {json::object{{id, json::array{region(0, 0, 20, 20)}}, {"bukan-foto", json::array{}}},
              "another photo"},
             {json::object{{id, json::object{}}}, "not a list"},
             {json::object{
                  {id,
                   json::array{json::object{{"x", 1.5}, {"y", 0}, {"width", 9}, {"height", 9}}}}},
              "a fraction"},
             {json::object{
                  {id,
                   json::array{json::object{
                       {"x", 0}, {"y", 0}, {"width", 9}, {"height", 9}, {"kind", "eye"}}}}},
              "an unknown kind"},
             {json::array{}, "not an object"}}) {
        auto refused = attempt(blurs);
        EXPECT_EQ(refused.status, 422) << why << ": " << refused.body;
        EXPECT_NE(refused.body.find("photo_blurs"), std::string::npos) << why;
    }
    auto view = staff_view(*officer, filed.ticket);
    EXPECT_EQ(array_at(array_at(view.json(), "photos").front(), "blur_regions").size(), 1u)
        << "a refused request changed the regions";
}

}  // namespace
}  // namespace tanggap::integration

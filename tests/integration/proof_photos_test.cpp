// The unit's proof photos (POST /api/v1/staff/complaints/{ticket}/photos): processed like a
// citizen's upload (no EXIF), stage "proof", a public history event; only the holding unit's
// officers and admins and the super admin, only while the unit works on the complaint or has
// just answered it, at most five; every refusal a JSON error that leaves nothing behind.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "test_images.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using ProofPhotos = DemoServerTest;

std::string photos_path(const std::string& ticket) {
    return "/api/v1/staff/complaints/" + ticket + "/photos";
}

Multipart photos_form(std::size_t count, const std::string& bytes) {
    Multipart out;
    for (std::size_t i = 0; i < count; ++i) {
        out.file("photo", "bukti-" + std::to_string(i) + ".jpg", "image/jpeg", bytes);
    }
    return out;
}

std::size_t count_stage(const json::value& view, std::string_view stage) {
    std::size_t n = 0;
    for (const auto& p : array_at(view, "photos")) n += string_at(p, "stage") == stage;
    return n;
}

class ProofPhotoFlow : public ProofPhotos {
  protected:
    // A bansos complaint (Dinas Sosial) with one report photo, at `status` by the officer.
    Submitted complaint_at(HttpClient& officer, std::initializer_list<const char*> actions) {
        auto citizen = make_client();
        Multipart form;
        form.field("complaint",
                   json::serialize(submission("sosial.bansos",
                                              "Bansos belum cair",
                                              "Bantuan PKH untuk keluarga kami belum cair.")),
                   "application/json");
        form.file("photo", "laporan.jpg", "image/jpeg", png_image());
        auto created = citizen->post_multipart(kComplaints, form);
        EXPECT_EQ(created.status, 201) << created.describe();
        Submitted out{string_at(created.json(), "ticket"),
                      string_at(created.json(), "tracking_token"),
                      string_at(created.json(), "unit.code")};
        EXPECT_EQ(out.unit, "dinsos");
        for (const char* action : actions) {
            json::object body{{"action", action}};
            if (std::string_view(action) == "resolve") body["message"] = "Bantuan sudah cair.";
            auto moved = act(officer, out.ticket, body);
            EXPECT_EQ(moved.status, 200) << action << ": " << moved.describe();
        }
        return out;
    }
};

TEST_F(ProofPhotoFlow, OfficerAttachesProofTheCitizenSeesItWithoutExifAndTheHistorySaysSo) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto c = complaint_at(*officer, {"verify", "start"});
    const std::string photo = photo_with_exif();

    auto added = officer->post_multipart(photos_path(c.ticket), photos_form(2, photo));
    ASSERT_EQ(added.status, 201) << added.describe();
    EXPECT_EQ(count_stage(added.json(), "proof"), 2u);
    EXPECT_EQ(count_stage(added.json(), "report"), 1u);
    EXPECT_EQ(string_at(added.json(), "status"), "ditindaklanjuti") << "the status must not move";

    auto view = public_view(*officer, c.ticket, c.token).json();
    EXPECT_EQ(count_stage(view, "proof"), 2u) << json::serialize(view);
    const auto& history = array_at(view, "history");
    ASSERT_FALSE(history.empty());
    const auto& last = history.back();
    EXPECT_EQ(string_at(last, "action"), "proof_photo");
    EXPECT_EQ(string_at(last, "message"), "Foto bukti ditambahkan (2)");
    EXPECT_EQ(string_at(last, "status"), "ditindaklanjuti");
    for (const auto& p : array_at(view, "photos")) {
        if (string_at(p, "stage") != "proof") continue;
        auto stored = officer->get(string_at(p, "url"));
        ASSERT_EQ(stored.status, 200) << stored.describe();
        EXPECT_TRUE(looks_like_jpeg(stored.body));
        EXPECT_EQ(stored.body.find(kExifMarker), std::string::npos) << "EXIF leaked";
    }
    auto staff = staff_view(*officer, c.ticket).json();
    EXPECT_EQ(string_at(array_at(staff, "history").back(), "actor"), "dinsos.petugas");

    // After the answer too (the reporter judges it by the photos), up to five in all.
    ASSERT_EQ(act(*officer, c.ticket, {{"action", "resolve"}, {"message", "Sudah cair."}}).status,
              200);
    auto three_more = officer->post_multipart(photos_path(c.ticket), photos_form(3, photo));
    ASSERT_EQ(three_more.status, 201) << three_more.describe();
    EXPECT_EQ(count_stage(three_more.json(), "proof"), 5u);
    auto sixth = officer->post_multipart(photos_path(c.ticket), photos_form(1, photo));
    EXPECT_TRUE(is_error(sixth, 422, "invalid_field", "photo"));
    EXPECT_EQ(count_stage(public_view(*officer, c.ticket, c.token).json(), "proof"), 5u);
}

TEST_F(ProofPhotoFlow, OnlyTheHoldingUnitAndTheSuperAdmin) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto c = complaint_at(*officer, {"verify", "start"});
    const std::string photo = png_image();
    for (const char* user : {"dinsos.operator", "pupr.petugas", "bupati", "auditor"}) {
        auto other = make_client();
        ASSERT_TRUE(login(*other, user));
        auto refused = other->post_multipart(photos_path(c.ticket), photos_form(1, photo));
        EXPECT_TRUE(refused.status == 403 || refused.status == 404) << user;
        EXPECT_TRUE(is_error(refused, refused.status)) << user;
        if (std::string_view(user) == "bupati" || std::string_view(user) == "dinsos.operator") {
            EXPECT_TRUE(is_error(refused, 403, "forbidden")) << user;
        }
    }
    auto anonymous = make_client();
    EXPECT_TRUE(
        is_error(anonymous->post_multipart(photos_path(c.ticket), photos_form(1, photo)), 401));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto by_admin = admin->post_multipart(photos_path(c.ticket), photos_form(1, photo));
    ASSERT_EQ(by_admin.status, 201) << by_admin.describe();
    EXPECT_EQ(count_stage(public_view(*admin, c.ticket, c.token).json(), "proof"), 1u)
        << "refused uploads must leave no photo";
}

TEST_F(ProofPhotoFlow, UnknownTicketIs404AndAStatusWithoutWorkIs409) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    const std::string photo = png_image();
    EXPECT_TRUE(is_error(officer->post_multipart(photos_path("2611-ZZZZZZ"), photos_form(1, photo)),
                         404,
                         "not_found"));
    auto received = complaint_at(*officer, {});
    EXPECT_TRUE(
        is_error(officer->post_multipart(photos_path(received.ticket), photos_form(1, photo)),
                 409,
                 "illegal_transition"));
    auto verified = complaint_at(*officer, {"verify"});
    EXPECT_TRUE(is_error(
        officer->post_multipart(photos_path(verified.ticket), photos_form(1, photo)), 409));
    EXPECT_EQ(count_stage(public_view(*officer, verified.ticket).json(), "proof"), 0u);
}

TEST_F(ProofPhotoFlow, BadFilesAre413415Or422AndKeepNothing) {
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto c = complaint_at(*officer, {"verify", "start"});
    auto path = photos_path(c.ticket);
    EXPECT_TRUE(is_error(
        officer->post_multipart(path, photos_form(1, not_an_image())), 415, "unsupported_media"));
    EXPECT_TRUE(is_error(
        officer->post_multipart(path, photos_form(1, large_jpeg(10 * 1024 * 1024 + 64 * 1024))),
        413,
        "too_large"));
    EXPECT_TRUE(is_error(
        officer->post_multipart(path, photos_form(6, png_image())), 422, "invalid_field", "photo"));
    EXPECT_TRUE(is_error(officer->post_multipart(path, Multipart{}.field("note", "tanpa foto")),
                         422,
                         "invalid_field",
                         "photo"));
    EXPECT_TRUE(is_error(officer->post_json(path, json::object{{"photo", "x"}}), 415));
    // A good photo after a bad one in the same request: nothing of it is kept.
    Multipart mixed = photos_form(1, png_image());
    mixed.file("photo", "rusak.jpg", "image/jpeg", not_an_image());
    EXPECT_TRUE(is_error(officer->post_multipart(path, mixed), 415));
    auto view = public_view(*officer, c.ticket, c.token).json();
    EXPECT_EQ(count_stage(view, "proof"), 0u);
    EXPECT_EQ(string_at(array_at(view, "history").back(), "action"), "start");
}

}  // namespace
}  // namespace tanggap::integration

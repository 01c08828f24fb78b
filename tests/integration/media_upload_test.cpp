// Multipart submissions with photos: a real JPEG is stored and served without its EXIF, content
// (not the file name) decides what is an image, the size and count limits hold, and no refused
// upload leaves a complaint behind. Photos of a confidential complaint stay private.

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

using MediaUpload = DemoServerTest;

struct Upload {
    std::string filename;
    std::string content_type;
    std::string bytes;
};

Multipart form(const json::object& complaint, const std::vector<Upload>& photos) {
    Multipart out;
    out.field("complaint", json::serialize(complaint), "application/json");
    for (const auto& photo : photos) {
        out.file("photo", photo.filename, photo.content_type, photo.bytes);
    }
    return out;
}

json::object complaint_titled(const std::string& title) {
    return submission("infrastruktur.jalan_rusak",
                      title,
                      "Jalan di depan SDN 1 berlubang dalam, foto terlampir dari lokasi.");
}

// Whether any complaint the super admin can see carries `title` (refused uploads must not).
bool any_complaint_titled(HttpClient& admin, const std::string& title) {
    auto items = inbox_items(admin, "status=diterima");
    return std::any_of(items.begin(), items.end(), [&](const json::object& item) {
        return item.contains("title") && item.at("title") == json::value(title);
    });
}

TEST_F(MediaUpload, JpegIsStoredAndServedWithoutItsExif) {
    const std::string photo = photo_with_exif();
    ASSERT_NE(photo.find(kExifMarker), std::string::npos);
    auto original = decode_image(photo);
    ASSERT_TRUE(original);

    auto client = make_client();
    auto created = client->post_multipart(kComplaints,
                                          form(complaint_titled("Jalan berlubang depan SDN"),
                                               {{"IMG_20240601_0715.jpg", "image/jpeg", photo}}));
    ASSERT_EQ(created.status, 201) << created.describe();
    const std::string ticket = string_at(created.json(), "ticket");
    const std::string token = string_at(created.json(), "tracking_token");
    // The reporter's own view (the public sees no photo until an officer approves it).
    auto view_response = public_view(*client, ticket, token);
    ASSERT_EQ(view_response.status, 200) << view_response.describe();
    auto view = view_response.json();
    const auto* photos = find_path(view, "photos");
    ASSERT_NE(photos, nullptr);
    ASSERT_TRUE(photos->is_array());
    ASSERT_EQ(photos->as_array().size(), 1u) << view_response.body;
    const auto& entry = photos->as_array().front();
    const std::string id = string_at(entry, "id");
    ASSERT_FALSE(id.empty());
    EXPECT_EQ(string_at(entry, "url"), "/api/v1/media/" + id);
    EXPECT_EQ(string_at(entry, "thumbnail_url"), "/api/v1/media/" + id + "/thumbnail");
    EXPECT_EQ(string_at(entry, "stage"), "report");

    auto stored = client->get(string_at(entry, "url") + "?token=" + url_encode(token));
    ASSERT_EQ(stored.status, 200) << stored.describe();
    EXPECT_EQ(stored.header("Content-Type"), "image/jpeg");
    EXPECT_TRUE(looks_like_jpeg(stored.body));
    EXPECT_EQ(stored.body.find(kExifMarker), std::string::npos) << "EXIF survived in the copy";
    std::string why;
    auto decoded = decode_image(stored.body, &why);
    ASSERT_TRUE(decoded) << why;
    ASSERT_NE(find_path(entry, "width"), nullptr) << json::serialize(entry);
    ASSERT_NE(find_path(entry, "height"), nullptr) << json::serialize(entry);
    EXPECT_EQ(decoded->width, find_path(entry, "width")->to_number<int>());
    EXPECT_EQ(decoded->height, find_path(entry, "height")->to_number<int>());
    // Same picture: same orientation and (within rounding) aspect ratio.
    EXPECT_NEAR(
        double(decoded->width) / decoded->height, double(original->width) / original->height, 0.02);

    auto thumbnail = client->get(string_at(entry, "thumbnail_url") + "?token=" + url_encode(token));
    ASSERT_EQ(thumbnail.status, 200) << thumbnail.describe();
    EXPECT_EQ(thumbnail.header("Content-Type"), "image/jpeg");
    EXPECT_TRUE(looks_like_jpeg(thumbnail.body));
    EXPECT_EQ(thumbnail.body.find(kExifMarker), std::string::npos);
    auto small = decode_image(thumbnail.body, &why);
    ASSERT_TRUE(small) << why;
    EXPECT_LE(std::max(small->width, small->height), std::max(decoded->width, decoded->height));
    EXPECT_LE(thumbnail.body.size(), stored.body.size());
}

TEST_F(MediaUpload, ContentNotTheNameDecidesWhatIsAnImage) {
    auto client = make_client();
    auto png = client->post_multipart(
        kComplaints,
        form(complaint_titled("PNG bernama jpg"), {{"foto.jpg", "image/jpeg", png_image()}}));
    ASSERT_EQ(png.status, 201) << png.describe();
    auto view =
        public_view(
            *client, string_at(png.json(), "ticket"), string_at(png.json(), "tracking_token"))
            .json();
    ASSERT_EQ(array_at(view, "photos").size(), 1u) << json::serialize(view);
    auto stored = client->get(string_at(array_at(view, "photos")[0], "url") +
                              "?token=" + url_encode(string_at(png.json(), "tracking_token")));
    ASSERT_EQ(stored.status, 200) << stored.describe();
    EXPECT_TRUE(decode_image(stored.body));

    const std::string title = "Bukan gambar, nama jpg";
    auto renamed = client->post_multipart(
        kComplaints, form(complaint_titled(title), {{"foto.jpg", "image/jpeg", not_an_image()}}));
    EXPECT_TRUE(is_error(renamed, 415, "unsupported_media"));

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_FALSE(any_complaint_titled(*admin, title)) << "a refused upload left a complaint";
}

TEST_F(MediaUpload, PhotoOverTenMegabytesIs413) {
    const std::string big = large_jpeg(10 * 1024 * 1024 + 64 * 1024);
    ASSERT_TRUE(decode_image(big)) << "the oversized photo itself must be a valid JPEG";
    const std::string title = "Foto terlalu besar";
    auto client = make_client();
    auto response = client->post_multipart(
        kComplaints, form(complaint_titled(title), {{"besar.jpg", "image/jpeg", big}}));
    EXPECT_TRUE(is_error(response, 413, "too_large"));
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_FALSE(any_complaint_titled(*admin, title));
}

TEST_F(MediaUpload, MoreThanFivePhotosIsRefusedAsDocumented) {
    const std::string photo = photo_with_exif();
    const std::string title = "Enam foto sekaligus";
    std::vector<Upload> six(6, Upload{"foto.jpg", "image/jpeg", photo});
    auto client = make_client();
    auto response = client->post_multipart(kComplaints, form(complaint_titled(title), six));
    ASSERT_TRUE(response.status == 422 || response.status == 413) << response.describe();
    EXPECT_TRUE(is_error(
        response, response.status, response.status == 422 ? "invalid_field" : "too_large"));

    // Whichever status the server chose, its OpenAPI file says so.
    auto spec_response = client->get("/api/openapi.json");
    ASSERT_EQ(spec_response.status, 200);
    auto spec = spec_response.json();
    const auto* paths = find_path(spec, "paths");
    ASSERT_NE(paths, nullptr);
    const auto* operation = paths->as_object().if_contains("/api/v1/complaints");
    ASSERT_NE(operation, nullptr);
    const auto* responses = find_path(*operation, "post.responses");
    ASSERT_NE(responses, nullptr);
    EXPECT_TRUE(responses->as_object().contains(std::to_string(response.status)))
        << "POST /api/v1/complaints does not document " << response.status;

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_FALSE(any_complaint_titled(*admin, title));

    // Five is allowed.
    std::vector<Upload> five(5, Upload{"foto.jpg", "image/jpeg", photo});
    auto ok = client->post_multipart(kComplaints, form(complaint_titled("Lima foto"), five));
    ASSERT_EQ(ok.status, 201) << ok.describe();
    auto view =
        public_view(*client, string_at(ok.json(), "ticket"), string_at(ok.json(), "tracking_token"))
            .json();
    EXPECT_EQ(array_at(view, "photos").size(), 5u);
}

TEST_F(MediaUpload, InvalidComplaintPartIs422AndStoresNothing) {
    auto client = make_client();
    auto body = complaint_titled("Deskripsi pendek dengan foto");
    body["description"] = "pendek";
    auto response = client->post_multipart(
        kComplaints, form(body, {{"foto.jpg", "image/jpeg", photo_with_exif()}}));
    EXPECT_TRUE(is_error(response, 422, "invalid_field", "description"));

    Multipart no_complaint;
    no_complaint.file("photo", "foto.jpg", "image/jpeg", photo_with_exif());
    response = client->post_multipart(kComplaints, no_complaint);
    EXPECT_TRUE(response.status == 400 || response.status == 422) << response.describe();
    EXPECT_TRUE(is_error(response, response.status));

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    EXPECT_FALSE(any_complaint_titled(*admin, "Deskripsi pendek dengan foto"));
}

// The offline queue on a phone sends a report again when the first answer was lost: with the
// same Idempotency-Key the server answers with the first complaint, token included, and files
// nothing new.
TEST_F(MediaUpload, TheSameIdempotencyKeyFilesOneComplaint) {
    auto client = make_client();
    const auto body = complaint_titled("Jalan amblas di depan pasar, dikirim ulang");
    const Headers key{{"Idempotency-Key", "5d7c1f9e-2b3a-4c8d-9e0f-a1b2c3d4e5f6"}};
    auto first = client->post_multipart(
        kComplaints, form(body, {{"foto.jpg", "image/jpeg", photo_with_exif()}}), key);
    ASSERT_EQ(first.status, 201) << first.describe();
    EXPECT_EQ(first.header("Idempotent-Replayed"), "");
    auto again = client->post_multipart(
        kComplaints, form(body, {{"foto.jpg", "image/jpeg", photo_with_exif()}}), key);
    ASSERT_EQ(again.status, 201) << again.describe();
    EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(string_at(again.json(), "ticket"), string_at(first.json(), "ticket"));
    EXPECT_EQ(string_at(again.json(), "tracking_token"), string_at(first.json(), "tracking_token"));

    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    auto items = inbox_items(*admin, "status=diterima");
    EXPECT_EQ(std::count_if(items.begin(),
                            items.end(),
                            [&](const json::object& item) {
                                return item.at("title") == json::value(body.at("title"));
                            }),
              1);
    auto view = staff_view(*admin, string_at(first.json(), "ticket"));
    EXPECT_EQ(array_at(view.json(), "photos").size(), 1u) << "the photo sent again is not kept";

    EXPECT_TRUE(is_error(client->post_json(kComplaints, body, {{"Idempotency-Key", "pendek"}}),
                         400,
                         "malformed",
                         "Idempotency-Key"));
}

TEST_F(MediaUpload, PhotosOfAConfidentialComplaintNeedTheTokenOrTheHandlingUnit) {
    auto client = make_client();
    auto body = submission("sosial.bansos",
                           "Pungli bansos dengan bukti",
                           "Oknum pendamping meminta potongan Rp50.000 dari setiap penerima.");
    body["confidential"] = true;
    auto created = client->post_multipart(
        kComplaints, form(body, {{"bukti.jpg", "image/jpeg", photo_with_exif()}}));
    ASSERT_EQ(created.status, 201) << created.describe();
    const std::string ticket = string_at(created.json(), "ticket");
    const std::string token = string_at(created.json(), "tracking_token");

    auto view = public_view(*client, ticket, token);
    ASSERT_EQ(view.status, 200) << view.describe();
    auto view_body = view.json();
    const auto* photos = find_path(view_body, "photos");
    ASSERT_NE(photos, nullptr) << view.describe();
    ASSERT_EQ(photos->as_array().size(), 1u) << view.describe();
    const auto& photo = photos->as_array().at(0);
    const std::string url = string_at(photo, "url");
    const std::string thumbnail_url = string_at(photo, "thumbnail_url");

    EXPECT_TRUE(is_error(client->get(url), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get(thumbnail_url), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get(url + "?token=salah"), 404, "not_found"));
    EXPECT_EQ(client->get(url + "?token=" + url_encode(token)).status, 200);
    EXPECT_EQ(client->get(thumbnail_url + "?token=" + url_encode(token)).status, 200);

    auto dinsos = make_client();
    ASSERT_TRUE(login(*dinsos, "dinsos.petugas"));
    EXPECT_EQ(dinsos->get(url).status, 200);
    auto pupr = make_client();
    ASSERT_TRUE(login(*pupr, "pupr.petugas"));
    EXPECT_TRUE(is_error(pupr->get(url), 404, "not_found"));
}

}  // namespace
}  // namespace tanggap::integration

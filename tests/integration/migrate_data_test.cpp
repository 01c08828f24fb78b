// `tanggap migrate-data` (the PostgreSQL run of the integration tests only): an embedded
// installation in use (a citizen's complaint with a photo, worked by an officer who stays
// logged in) is moved into an empty PostgreSQL database; a server on PostgreSQL then shows the
// same complaint, photo, history and figures, the officer's session still holds, and new
// complaints get new numbers. A second move into the same database is refused.

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "postgres_test_database.hpp"
#include "test_images.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>

namespace tanggap::integration {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

// What a visitor and an officer see of the installation, to compare before and after.
struct Snapshot {
    std::string public_view;
    std::string staff_view;
    std::string photo;
    std::string summary;
};

Snapshot snapshot(HttpClient& citizen, HttpClient& officer, const std::string& ticket) {
    Snapshot s;
    auto view = public_view(citizen, ticket);
    EXPECT_EQ(view.status, 200) << view.describe();
    s.public_view = view.body;
    auto staff = staff_view(officer, ticket);
    EXPECT_EQ(staff.status, 200) << staff.describe();
    s.staff_view = staff.body;
    const json::value body = view.json();
    const auto& photos = array_at(body, "photos");
    EXPECT_EQ(photos.size(), 1u) << view.body;
    if (!photos.empty()) {
        auto photo = citizen.get(string_at(photos[0], "url"));
        EXPECT_EQ(photo.status, 200) << photo.describe();
        s.photo = photo.body;
    }
    auto summary = citizen.get("/api/v1/stats/summary?year=2026");
    EXPECT_EQ(summary.status, 200) << summary.describe();
    s.summary = summary.body;
    return s;
}

ServerOptions server_on(const fs::path& data, std::vector<std::string> args = {}) {
    ServerOptions options;
    options.data_dir = data;
    options.extra_args = std::move(args);
    options.extra_args.insert(options.extra_args.end(), {"--submit-rate-limit", "0"});
    return options;
}

TEST(MigrateData, AnEmbeddedInstallationMovesToPostgresWithEverything) {
    if (!on_postgres()) GTEST_SKIP() << "moves into the PostgreSQL test cluster";
    TempDir dir("tanggap-move");
    const fs::path data = dir / "data";
    fs::copy(demo_template(), data, fs::copy_options::recursive);

    // The embedded installation at work.
    ServerProcess embedded(server_on(data));
    ASSERT_EQ(embedded.start(), "");
    HttpClient citizen(embedded.port());
    Multipart form;
    form.field(
        "complaint",
        json::serialize(submission("sosial.bansos",
                                   "Bansos PKH belum cair",
                                   "Bantuan PKH tiga bulan belum cair; foto kartu terlampir.")),
        "application/json");
    form.file("photo", "kartu.jpg", "image/jpeg", photo_with_exif());
    auto created = citizen.post_multipart(kComplaints, form);
    ASSERT_EQ(created.status, 201) << created.describe();
    const std::string ticket = string_at(created.json(), "ticket");
    ASSERT_EQ(string_at(created.json(), "unit.code"), "dinsos");
    auto officer = std::make_unique<HttpClient>(embedded.port());
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    auto verified = act(*officer, ticket, {{"action", "verify"}});
    ASSERT_EQ(verified.status, 200) << verified.describe();
    // The officer shows the photo to the public: the publication moves too.
    const auto staff_body = verified.json();
    const std::string photo_id = string_at(array_at(staff_body, "photos").at(0), "id");
    auto published = officer->send(
        "PUT",
        "/api/v1/staff/complaints/" + ticket + "/publication",
        json::serialize(json::object{{"hidden_phrases", json::array{"PKH"}},
                                     {"published_photos", json::array{json::value(photo_id)}}}),
        "application/json");
    ASSERT_EQ(published.status, 200) << published.describe();
    const Snapshot before = snapshot(citizen, *officer, ticket);
    ASSERT_TRUE(embedded.stop().clean()) << embedded.log_tail();

    auto database = testing_support::create_test_database();
    ASSERT_TRUE(database) << database.error().message;
    const std::string uri = testing_support::test_database_uri(*database);
    auto moved = run_tanggap({"migrate-data", "--from", "sqlite:" + data.string(), "--to", uri});
    ASSERT_TRUE(moved.status.clean()) << moved.output;
    EXPECT_NE(moved.output.find("every table's row count and checksum agree"), std::string::npos)
        << moved.output;
    EXPECT_NE(moved.output.find("verified complaints: "), std::string::npos) << moved.output;
    EXPECT_NE(moved.output.find("photos: 1 referenced, 0 missing"), std::string::npos)
        << moved.output;

    // The same installation, now on PostgreSQL.
    ServerProcess on_pg(server_on(data, {"--database", uri}));
    ASSERT_EQ(on_pg.start(), "");
    HttpClient citizen_again(on_pg.port());
    // The officer's session lives in the store, so it moved too: no new login.
    auto officer_again = std::make_unique<HttpClient>(on_pg.port());
    officer_again->set_cookie("tanggap_session", *officer->cookie("tanggap_session"));
    officer_again->set_csrf_token(officer->csrf_token());
    const Snapshot after = snapshot(citizen_again, *officer_again, ticket);
    EXPECT_EQ(after.public_view, before.public_view);
    EXPECT_EQ(after.staff_view, before.staff_view);
    EXPECT_EQ(after.photo, before.photo);
    EXPECT_EQ(after.summary, before.summary);
    auto started = act(*officer_again, ticket, {{"action", "start"}});
    EXPECT_EQ(started.status, 200) << started.describe();

    // New complaints take numbers after the moved ones (the identity sequences moved).
    auto next =
        submit_ok(citizen_again,
                  submission("sosial.bansos", "Bansos belum cair", "PKH bulan ini belum cair."));
    EXPECT_FALSE(next.ticket.empty());
    EXPECT_NE(next.ticket, ticket);
    auto next_view = public_view(citizen_again, next.ticket, next.token);
    EXPECT_EQ(next_view.status, 200) << next_view.describe();
    ASSERT_TRUE(on_pg.stop().clean()) << on_pg.log_tail();

    // The database is no longer empty: a second move is refused and changes nothing; comparing
    // again shows what the PostgreSQL server has written since.
    auto again = run_tanggap({"migrate-data", "--from", "sqlite:" + data.string(), "--to", uri});
    EXPECT_EQ(again.status.code.value_or(-1), 1) << again.output;
    EXPECT_NE(again.output.find("already holds data"), std::string::npos) << again.output;
    auto compared = run_tanggap(
        {"migrate-data", "--from", "sqlite:" + data.string(), "--to", uri, "--verify-only"});
    EXPECT_EQ(compared.status.code.value_or(-1), 1) << compared.output;
    EXPECT_NE(compared.output.find("DIFFERS complaints: "), std::string::npos) << compared.output;
    EXPECT_NE(compared.output.find("verified units: "), std::string::npos) << compared.output;
}

TEST(MigrateData, BadArgumentsAreRefusedNamingTheFlag) {
    if (!on_postgres()) GTEST_SKIP() << "moves into the PostgreSQL test cluster";
    TempDir dir("tanggap-move");
    auto database = testing_support::create_test_database();
    ASSERT_TRUE(database) << database.error().message;
    const std::string uri = testing_support::test_database_uri(*database);

    auto no_store =
        run_tanggap({"migrate-data", "--from", "sqlite:" + (dir / "none").string(), "--to", uri});
    EXPECT_EQ(no_store.status.code.value_or(-1), 2) << no_store.output;
    EXPECT_NE(no_store.output.find("--from: no embedded store at"), std::string::npos)
        << no_store.output;
    auto not_postgres = run_tanggap(
        {"migrate-data", "--from", "sqlite:" + (dir / "none").string(), "--to", "./var"});
    EXPECT_EQ(not_postgres.status.code.value_or(-1), 2) << not_postgres.output;
    EXPECT_NE(not_postgres.output.find("--to: expected a postgresql:// URI"), std::string::npos)
        << not_postgres.output;
}

}  // namespace
}  // namespace tanggap::integration

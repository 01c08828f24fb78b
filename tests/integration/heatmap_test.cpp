// GET /api/v1/leadership/heatmap on the demo: complaints filed with a point are counted by the
// store per cell of 0.01 degree, confidential ones included; a cell of fewer than three is
// never listed (its complaints are only summed); only leadership, the super admin and the
// auditor may ask.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using Heatmap = DemoServerTest;

constexpr std::string_view kHeatmap = "/api/v1/leadership/heatmap";

void file_at(HttpClient& client, double lat, double lon, bool confidential = false) {
    auto body = submission("infrastruktur.jalan_rusak",
                           "Jalan berlubang",
                           "Jalan desa berlubang dalam, membahayakan pengendara motor.");
    body["location"] = json::object{{"lat", lat}, {"lon", lon}};
    body["confidential"] = confidential;
    submit_ok(client, body);
}

// The count of the cell centred on (lat, lon), or -1 when it is not listed.
std::int64_t cell_count(const json::value& map, double lat, double lon) {
    for (const auto& cell : array_at(map, "cells")) {
        const auto& o = cell.as_object();
        if (std::abs(o.at("lat").to_number<double>() - lat) < 1e-9 &&
            std::abs(o.at("lon").to_number<double>() - lon) < 1e-9) {
            return o.at("count").to_number<std::int64_t>();
        }
    }
    return -1;
}

TEST_F(Heatmap, CountsPerCellConfidentialIncludedAndNeverListsASmallCell) {
    auto citizen = make_client();
    file_at(*citizen, -6.3310, 108.3210);
    file_at(*citizen, -6.3320, 108.3220);
    file_at(*citizen, -6.3290, 108.3190, /*confidential=*/true);
    file_at(*citizen, -6.4500, 108.2000);
    file_at(*citizen, -6.4501, 108.2001);

    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    auto response = bupati->get(kHeatmap);
    ASSERT_EQ(response.status, 200) << response.describe();
    auto map = response.json();
    EXPECT_EQ(cell_count(map, -6.33, 108.32), 3) << response.body;
    EXPECT_EQ(cell_count(map, -6.45, 108.20), -1) << "a cell of two must not be listed";
    EXPECT_GE(find_path(map, "suppressed")->to_number<std::int64_t>(), 2);
    EXPECT_GE(find_path(map, "located")->to_number<std::int64_t>(), 5);
    EXPECT_DOUBLE_EQ(find_path(map, "cell_degrees")->to_number<double>(), 0.01);
    EXPECT_EQ(find_path(map, "min_count")->to_number<std::int64_t>(), 3);
    for (const auto& cell : array_at(map, "cells")) {
        EXPECT_GE(cell.at("count").to_number<std::int64_t>(), 3) << json::serialize(cell);
        EXPECT_EQ(cell.as_object().size(), 3u) << "a cell carries its place and count only";
    }
    EXPECT_EQ(response.body.find("Jalan berlubang"), std::string::npos);

    // Filters: another category, or a period before these complaints, leave the cell out.
    auto other = bupati->get(std::string(kHeatmap) + "?category=sosial");
    ASSERT_EQ(other.status, 200) << other.describe();
    EXPECT_EQ(cell_count(other.json(), -6.33, 108.32), -1);
    auto roads = bupati->get(std::string(kHeatmap) + "?category=infrastruktur");
    ASSERT_EQ(roads.status, 200) << roads.describe();
    EXPECT_EQ(cell_count(roads.json(), -6.33, 108.32), 3);
    auto old = bupati->get(std::string(kHeatmap) + "?from=2021-01-01&to=2023-01-01");
    ASSERT_EQ(old.status, 200) << old.describe();
    EXPECT_EQ(cell_count(old.json(), -6.33, 108.32), -1);
    EXPECT_EQ(string_at(old.json(), "from"), "2021-01-01");
}

TEST_F(Heatmap, OnlyLeadershipTheSuperAdminAndTheAuditor) {
    for (const char* user : {"bupati", "superadmin", "auditor"}) {
        auto client = make_client();
        ASSERT_TRUE(login(*client, user));
        EXPECT_EQ(client->get(kHeatmap).status, 200) << user;
    }
    for (const char* user : {"dinsos.petugas", "dinsos.operator", "operator.112"}) {
        auto client = make_client();
        ASSERT_TRUE(login(*client, user));
        EXPECT_TRUE(is_error(client->get(kHeatmap), 403, "forbidden")) << user;
    }
    auto anonymous = make_client();
    EXPECT_TRUE(is_error(anonymous->get(kHeatmap), 401, "unauthenticated"));
}

TEST_F(Heatmap, BadParametersAre422NamingTheField) {
    auto bupati = make_client();
    ASSERT_TRUE(login(*bupati, "bupati"));
    EXPECT_TRUE(is_error(
        bupati->get(std::string(kHeatmap) + "?from=kemarin"), 422, "invalid_field", "from"));
    EXPECT_TRUE(is_error(bupati->get(std::string(kHeatmap) + "?category=tidak.ada"),
                         422,
                         "invalid_field",
                         "category"));
}

}  // namespace
}  // namespace tanggap::integration

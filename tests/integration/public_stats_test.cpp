// The public dashboard and the public complaint list over HTTP, on the Indramayu demo: the
// published figures (2021: 2,245; 2022: 845 = 767 + 43 + 35; Dinas Sosial 281; Losarang 14;
// Puskesmas Gantar 25), the CSV downloads, and a public list that never shows a confidential
// complaint or anyone's contact details.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using PublicStats = DemoServerTest;

constexpr std::string_view kSummary = "/api/v1/stats/summary";
constexpr std::string_view kPublicList = "/api/v1/public/complaints";

json::object get_object(HttpClient& client, const std::string& target) {
    auto response = client.get(target);
    EXPECT_EQ(response.status, 200) << target << ": " << response.describe();
    if (response.status != 200) return {};
    EXPECT_EQ(response.header("Content-Type"), "application/json; charset=utf-8");
    return response.json().as_object();
}

json::object summary(HttpClient& client, std::string_view query) {
    return get_object(client, std::string(kSummary) + "?" + std::string(query));
}

std::int64_t count_of(const json::object& row, std::string_view key = "received") {
    return row.at(key).as_int64();
}

// The row of `array` whose `key` is `value`, or an empty object.
json::object row_with(const json::object& summary,
                      std::string_view array,
                      std::string_view key,
                      std::string_view value) {
    for (const auto& row : summary.at(array).as_array()) {
        const auto& object = row.as_object();
        if (object.at(key).is_string() && object.at(key).as_string() == value) return object;
    }
    ADD_FAILURE() << "no " << key << " = " << value << " in " << array;
    return {};
}

std::int64_t sum_of(const json::object& summary, std::string_view array) {
    std::int64_t total = 0;
    for (const auto& row : summary.at(array).as_array()) total += count_of(row.as_object());
    return total;
}

// Every item of the public list for `query`, following next_cursor; checks each page's shape.
std::vector<json::object> public_items(HttpClient& client, const std::string& query = {}) {
    std::vector<json::object> all;
    std::string cursor;
    for (int pages = 0; pages < 100; ++pages) {
        std::string target = std::string(kPublicList) + "?limit=100";
        if (!query.empty()) target += "&" + query;
        if (!cursor.empty()) target += "&cursor=" + url_encode(cursor);
        auto page = get_object(client, target);
        if (page.empty()) return all;
        const auto& items = page.at("items").as_array();
        EXPECT_LE(items.size(), 100u);
        for (const auto& item : items) all.push_back(item.as_object());
        if (page.at("next_cursor").is_null()) return all;
        cursor = page.at("next_cursor").as_string().c_str();
    }
    ADD_FAILURE() << "the public list does not end";
    return all;
}

std::set<std::string> keys_of(const json::object& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : object) keys.insert(std::string(key));
    return keys;
}

TEST_F(PublicStats, SummaryShowsThePublishedFiguresOf2021And2022) {
    auto client = make_client();
    const auto y2021 = summary(*client, "year=2021");
    ASSERT_FALSE(y2021.empty());
    EXPECT_EQ(y2021.at("from"), json::value("2021-01-01"));
    EXPECT_EQ(y2021.at("to"), json::value("2022-01-01"));
    EXPECT_EQ(count_of(y2021, "total"), 2245);
    ASSERT_EQ(y2021.at("by_year").as_array().size(), 1u);
    EXPECT_EQ(y2021.at("by_year").at(0).at("year"), json::value(2021));
    EXPECT_EQ(count_of(y2021.at("by_year").at(0).as_object()), 2245);

    const auto y2022 = summary(*client, "year=2022");
    ASSERT_FALSE(y2022.empty());
    EXPECT_EQ(count_of(y2022, "total"), 845);
    auto kind = [&](std::string_view k) {
        return count_of(row_with(y2022, "by_unit_kind", "kind", k));
    };
    EXPECT_EQ(kind("perangkat_daerah") + kind("rsud") + kind("bumd"), 767);
    EXPECT_EQ(kind("kecamatan"), 43);
    EXPECT_EQ(kind("puskesmas"), 35);
    // The dashboard's groups, computed on the server: the agencies together, first.
    const auto& groups = y2022.at("by_unit_group").as_array();
    ASSERT_GE(groups.size(), 3u);
    EXPECT_EQ(groups[0].at("group"), json::value("agencies"));
    EXPECT_EQ(groups[0].at("label"), json::value("Perangkat daerah, RSUD dan BUMD"));
    EXPECT_EQ(groups[0].at("kinds"), (json::array{"bumd", "perangkat_daerah", "rsud"}));
    EXPECT_EQ(count_of(groups[0].as_object()), 767);
    EXPECT_EQ(groups[1].at("group"), json::value("kecamatan"));
    EXPECT_EQ(count_of(groups[1].as_object()), 43);
    EXPECT_EQ(groups[2].at("group"), json::value("puskesmas"));
    EXPECT_EQ(count_of(groups[2].as_object()), 35);
    // Its CSV has the same rows, keys and labels.
    auto csv = client->get("/api/v1/stats/unit_group.csv?year=2022");
    ASSERT_EQ(csv.status, 200) << csv.describe();
    std::string expected = "group,label,kinds,received,resolved\r\n";
    for (const auto& g : groups) {
        std::string kinds;
        for (const auto& k : g.at("kinds").as_array()) {
            kinds += (kinds.empty() ? "" : " ") + std::string(k.as_string());
        }
        std::string label(g.at("label").as_string());
        if (label.find(',') != std::string::npos) label = "\"" + label + "\"";  // RFC 4180
        expected += string_at(g, "group") + "," + label + "," + kinds + "," +
                    std::to_string(g.at("received").as_int64()) + "," +
                    std::to_string(g.at("resolved").as_int64()) + "\r\n";
    }
    EXPECT_EQ(csv.body, expected);
    EXPECT_EQ(count_of(row_with(y2022, "by_unit", "code", "dinsos")), 281);
    const auto losarang = row_with(y2022, "by_unit", "code", kKecamatanLosarang);
    EXPECT_EQ(count_of(losarang), 14);
    EXPECT_NE(std::string(losarang.at("name").as_string()).find("Losarang"), std::string::npos);
    EXPECT_EQ(losarang.at("kind"), json::value("kecamatan"));
    EXPECT_EQ(count_of(row_with(y2022, "by_unit", "code", "pkm-gantar")), 25);

    // The same period spelled as dates gives the same answer.
    auto by_dates = summary(*client, "from=2022-01-01&to=2023-01-01");
    EXPECT_EQ(by_dates, y2022);
}

TEST_F(PublicStats, EveryBreakdownAddsUpToTheTotal) {
    auto client = make_client();
    const auto all = summary(*client, "");
    ASSERT_FALSE(all.empty());
    EXPECT_TRUE(all.at("from").is_null());
    EXPECT_TRUE(all.at("to").is_null());
    const auto total = count_of(all, "total");
    EXPECT_GE(total, 3090);
    EXPECT_EQ(count_of(all, "resolved") + count_of(all, "in_process") +
                  count_of(all, "rejected_or_archived"),
              total);
    for (const char* array : {"by_year",
                              "by_month",
                              "by_unit_kind",
                              "by_unit_group",
                              "by_unit",
                              "by_category",
                              "by_channel"}) {
        EXPECT_EQ(sum_of(all, array), total) << array;
    }
    const double share = all.at("share_resolved").to_number<double>();
    EXPECT_NEAR(
        share, static_cast<double>(count_of(all, "resolved")) / static_cast<double>(total), 0.0001);
    ASSERT_TRUE(all.at("median_resolution_hours").is_number());
    const double median = all.at("median_resolution_hours").to_number<double>();
    EXPECT_GT(median, 0.0);
    EXPECT_DOUBLE_EQ(median, std::round(median * 10) / 10);  // one decimal

    // Sorted by received, largest first; months in calendar order.
    for (const char* array : {"by_unit", "by_category", "by_channel"}) {
        const auto& rows = all.at(array).as_array();
        for (std::size_t i = 1; i < rows.size(); ++i) {
            EXPECT_GE(count_of(rows[i - 1].as_object()), count_of(rows[i].as_object())) << array;
        }
    }
    const auto& months = all.at("by_month").as_array();
    ASSERT_FALSE(months.empty());
    EXPECT_EQ(months.at(0).at("month"), json::value("2021-01"));
    for (std::size_t i = 1; i < months.size(); ++i) {
        EXPECT_LT(months[i - 1].at("month").as_string(), months[i].at("month").as_string());
    }
    // Categories as stored: a child category keeps its own code and name.
    const auto bansos = row_with(all, "by_category", "code", "sosial.bansos");
    EXPECT_GT(count_of(bansos), 0);
    EXPECT_FALSE(bansos.at("name").as_string().empty());
}

TEST_F(PublicStats, CsvDownloadsCarryTheSameFigures) {
    auto client = make_client();
    auto unit = client->get("/api/v1/stats/unit.csv?year=2022");
    ASSERT_EQ(unit.status, 200) << unit.describe();
    EXPECT_EQ(unit.header("Content-Type"), "text/csv; charset=utf-8");
    EXPECT_EQ(unit.header("Content-Disposition"), "attachment; filename=\"tanggap-unit.csv\"");
    std::istringstream lines(unit.body);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "code,name,kind,received,resolved\r");
    std::map<std::string, std::string> rows;
    std::int64_t sum = 0;
    while (std::getline(lines, line)) {
        ASSERT_TRUE(line.ends_with("\r")) << line;
        line.pop_back();
        const auto code = line.substr(0, line.find(','));
        const auto last_two = line.substr(line.rfind(',', line.rfind(',') - 1) + 1);
        rows[code] = last_two;
        sum += std::stoll(last_two.substr(0, last_two.find(',')));
    }
    EXPECT_EQ(sum, 845);
    ASSERT_TRUE(rows.count("dinsos"));
    EXPECT_TRUE(rows["dinsos"].starts_with("281,")) << rows["dinsos"];
    EXPECT_TRUE(rows[std::string(kKecamatanLosarang)].starts_with("14,"));
    EXPECT_TRUE(rows["pkm-gantar"].starts_with("25,"));

    auto years = client->get("/api/v1/stats/year.csv");
    ASSERT_EQ(years.status, 200) << years.describe();
    EXPECT_EQ(years.header("Content-Disposition"), "attachment; filename=\"tanggap-year.csv\"");
    EXPECT_TRUE(years.body.starts_with("year,received,resolved\r\n2021,2245,")) << years.body;
    EXPECT_NE(years.body.find("\r\n2022,845,"), std::string::npos) << years.body;

    for (const char* dimension : {"month", "unit_kind", "unit_group", "category", "channel"}) {
        auto csv = client->get("/api/v1/stats/" + std::string(dimension) + ".csv?year=2021");
        EXPECT_EQ(csv.status, 200) << dimension << ": " << csv.describe();
        EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
        EXPECT_GT(std::count(csv.body.begin(), csv.body.end(), '\n'), 1) << dimension;
    }
    auto kinds = client->get("/api/v1/stats/unit_kind.csv?year=2022");
    EXPECT_NE(kinds.body.find("\r\nkecamatan,43,"), std::string::npos) << kinds.body;
    EXPECT_NE(kinds.body.find("\r\npuskesmas,35,"), std::string::npos) << kinds.body;

    EXPECT_TRUE(is_error(client->get("/api/v1/stats/reporter.csv"), 404, "not_found"));
    EXPECT_TRUE(is_error(client->get("/api/v1/stats/unit.json"), 404, "not_found"));
    EXPECT_TRUE(
        is_error(client->get("/api/v1/stats/unit.csv?year=dua"), 422, "invalid_field", "year"));
}

TEST_F(PublicStats, BadParametersAre422NamingTheField) {
    auto client = make_client();
    const std::pair<const char*, const char*> cases[] = {
        {"/api/v1/stats/summary?year=22", "year"},
        {"/api/v1/stats/summary?from=2022-13-01", "from"},
        {"/api/v1/stats/summary?to=2022-02-30", "to"},
        {"/api/v1/stats/summary?from=2022-01-01T00:00:00Z", "from"},
        {"/api/v1/stats/summary?from=2022-02-01&to=2022-01-01", "to"},
        {"/api/v1/stats/summary?year=2022&from=2022-02-01", "year"},
        {"/api/v1/public/complaints?limit=0", "limit"},
        {"/api/v1/public/complaints?limit=101", "limit"},
        {"/api/v1/public/complaints?limit=sepuluh", "limit"},
        {"/api/v1/public/complaints?status=hilang", "status"},
        {"/api/v1/public/complaints?category=tidak_ada", "category"},
        {"/api/v1/public/complaints?kecamatan=32.12.99", "kecamatan"},
        {"/api/v1/public/complaints?kecamatan=dinsos", "kecamatan"},
        {"/api/v1/public/complaints?cursor=buatan-sendiri", "cursor"},
    };
    for (const auto& [target, field] : cases) {
        EXPECT_TRUE(is_error(client->get(target), 422, "invalid_field", field)) << target;
    }
}

TEST_F(PublicStats, PublicListFiltersAndPagesNewestFirst) {
    auto client = make_client();
    auto first = get_object(*client, std::string(kPublicList));
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(first.at("items").as_array().size(), 20u);  // the default page
    ASSERT_TRUE(first.at("next_cursor").is_string());

    const auto losarang = public_items(*client, "kecamatan=" + std::string(kKecamatanLosarang));
    EXPECT_FALSE(losarang.empty());
    for (const auto& item : losarang) {
        EXPECT_EQ(item.at("location").at("kecamatan_code"), json::value(kKecamatanLosarang));
    }
    const auto sosial = public_items(*client, "category=sosial&status=ditutup");
    EXPECT_FALSE(sosial.empty());
    for (const auto& item : sosial) {
        EXPECT_TRUE(item.at("category").at("code").as_string().starts_with("sosial"));
        EXPECT_EQ(item.at("status"), json::value("ditutup"));
    }
    for (std::size_t i = 1; i < sosial.size(); ++i) {
        // ISO 8601 with the same offset sorts as text.
        EXPECT_GE(sosial[i - 1].at("created_at").as_string(),
                  sosial[i].at("created_at").as_string());
    }
}

TEST_F(PublicStats, PublicListShowsVerifiedComplaintsOnlyAndNeverConfidentialOnesOrContacts) {
    auto citizen = make_client();
    const auto before = count_of(summary(*citizen, ""), "total");

    auto body = submission("sosial.bansos",
                           "Bantuan tidak sampai",
                           "Bantuan sembako bulan ini tidak sampai ke RT kami sama sekali.");
    body["location"] = json::object{{"lat", -6.3373},
                                    {"lon", 108.3258},
                                    {"address", "Jl. Mawar No. 7 RT 03/RW 02"},
                                    {"kecamatan_code", kKecamatanLosarang}};
    const auto open = submit_ok(*citizen, body);
    body["title"] = "Pungutan rahasia";
    body["confidential"] = true;
    const auto secret = submit_ok(*citizen, body);
    ASSERT_FALSE(open.ticket.empty());
    ASSERT_FALSE(secret.ticket.empty());

    // Both are counted: figures carry no personal data.
    EXPECT_EQ(count_of(summary(*citizen, ""), "total"), before + 2);

    // Every confidential complaint, as the super admin sees them.
    auto admin = make_client();
    ASSERT_TRUE(login(*admin, "superadmin"));
    std::set<std::string> confidential;
    for (const auto& item : inbox_items(*admin, {}, 200)) {
        if (item.at("confidential").as_bool()) {
            confidential.insert(std::string(item.at("ticket").as_string()));
        }
    }
    ASSERT_TRUE(confidential.count(secret.ticket));

    // Not listed before an officer verified it; once verified, listed first (newest first).
    // The confidential one stays out even when verified.
    auto listed_tickets = [&] {
        std::set<std::string> tickets;
        for (const auto& item : public_items(*citizen)) {
            tickets.insert(std::string(item.at("ticket").as_string()));
        }
        return tickets;
    };
    EXPECT_FALSE(listed_tickets().count(open.ticket));
    auto officer = make_client();
    ASSERT_TRUE(login(*officer, "dinsos.petugas"));
    ASSERT_EQ(act(*officer, open.ticket, {{"action", "verify"}}).status, 200);
    ASSERT_EQ(act(*officer, secret.ticket, {{"action", "verify"}}).status, 200);
    const auto items = public_items(*citizen);
    ASSERT_FALSE(items.empty());
    EXPECT_EQ(items.front().at("ticket"), json::value(open.ticket));
    EXPECT_FALSE(listed_tickets().count(secret.ticket));
    const std::set<std::string> item_keys{
        "ticket", "title", "status", "kind", "category", "unit", "created_at", "location"};
    const std::set<std::string> location_keys{"lat", "lon", "kecamatan_code", "desa_code"};
    const std::regex phone(R"((\+62|\b0)8[0-9 .-]{7,})");
    for (const auto& item : items) {
        const std::string ticket(item.at("ticket").as_string());
        EXPECT_FALSE(confidential.count(ticket)) << "confidential " << ticket << " listed";
        EXPECT_EQ(keys_of(item), item_keys) << ticket;
        EXPECT_EQ(keys_of(item.at("location").as_object()), location_keys) << ticket;
        const std::string text = json::serialize(item);
        EXPECT_EQ(text.find('@'), std::string::npos) << text;
        EXPECT_FALSE(std::regex_search(text, phone)) << text;
    }
    const auto& listed = items.front();
    EXPECT_EQ(listed.at("location").at("kecamatan_code"), json::value(kKecamatanLosarang));
    EXPECT_DOUBLE_EQ(listed.at("location").at("lat").to_number<double>(), -6.3373);
    EXPECT_EQ(listed.at("unit").at("code"), json::value("dinsos"));
    EXPECT_EQ(listed.at("category").at("code"), json::value("sosial.bansos"));
    EXPECT_TRUE(listed.at("created_at").as_string().ends_with("+07:00"));
    const std::string text = json::serialize(listed);
    for (std::string_view secret_text : {"Siti Aminah", "Jl. Mawar", "1234567890", "siti@"}) {
        EXPECT_EQ(text.find(secret_text), std::string::npos) << secret_text;
    }
}

TEST_F(PublicStats, OpenApiDocumentsTheDashboardRoutes) {
    auto client = make_client();
    auto response = client->get("/api/openapi.json");
    ASSERT_EQ(response.status, 200) << response.describe();
    const auto spec = response.json();
    const auto* paths = find_path(spec, "paths");
    ASSERT_NE(paths, nullptr);
    for (const char* path :
         {"/api/v1/stats/summary", "/api/v1/stats/{file}", "/api/v1/public/complaints"}) {
        EXPECT_TRUE(paths->as_object().contains(path)) << path << " is not documented";
    }
}

}  // namespace
}  // namespace tanggap::integration

// What operators and other clients rely on: health and readiness, Prometheus metrics, the
// OpenAPI document, the public directory (categories, units), request ids.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using Operations = DemoServerTest;

// Metric lines (not comments) whose name matches `name_pattern`.
std::vector<std::string> metric_lines(const std::string& text, const std::string& name_pattern) {
    std::vector<std::string> out;
    std::regex name(name_pattern);
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        auto end = line.find_first_of("{ ");
        if (std::regex_match(line.substr(0, end), name)) out.push_back(line);
    }
    return out;
}

TEST_F(Operations, HealthAndReadiness) {
    auto client = make_client();
    auto health = client->get("/healthz");
    EXPECT_EQ(health.status, 200) << health.describe();
    auto ready = client->get("/readyz");
    EXPECT_EQ(ready.status, 200) << ready.describe();
}

TEST_F(Operations, EveryResponseCarriesARequestId) {
    auto client = make_client();
    std::set<std::string> ids;
    for (const char* target : {"/healthz", "/api/v1/categories", "/api/v1/tidak-ada"}) {
        auto response = client->get(target);
        auto id = response.header("X-Request-Id");
        EXPECT_FALSE(id.empty()) << target << " has no X-Request-Id";
        ids.insert(id);
    }
    EXPECT_EQ(ids.size(), 3u) << "request ids must differ";
}

TEST_F(Operations, MetricsCountRequestsAndComplaintsByStatus) {
    auto client = make_client();
    ASSERT_EQ(client->get("/api/v1/categories").status, 200);
    auto created = submit_ok(
        *client,
        submission("kebersihan", "Uji metrik", "Laporan untuk menguji metrik Prometheus."));
    auto metrics = client->get("/metrics");
    ASSERT_EQ(metrics.status, 200) << metrics.describe();
    EXPECT_NE(metrics.header("Content-Type").find("text/plain"), std::string::npos)
        << metrics.header("Content-Type");
    EXPECT_NE(metrics.body.find("# TYPE"), std::string::npos);

    auto requests = metric_lines(metrics.body, ".*requests.*_total");
    ASSERT_FALSE(requests.empty()) << "no requests counter:\n" << metrics.body;
    bool saw_status = std::any_of(requests.begin(), requests.end(), [](const auto& line) {
        return line.find("status=\"200\"") != std::string::npos ||
               line.find("code=\"200\"") != std::string::npos;
    });
    EXPECT_TRUE(saw_status) << "requests are not counted by status";

    auto latency = metric_lines(metrics.body, ".*_bucket");
    EXPECT_FALSE(latency.empty()) << "no latency histogram";

    auto complaints = metric_lines(metrics.body, ".*complaints.*");
    auto by_status = [&](std::string_view status) {
        std::string label = "status=\"" + std::string(status) + "\"";
        return std::find_if(complaints.begin(), complaints.end(), [&](const auto& line) {
            return line.find(label) != std::string::npos;
        });
    };
    auto received = by_status("diterima");
    ASSERT_NE(received, complaints.end()) << "no complaints{status=\"diterima\"}:\n"
                                          << metrics.body;
    EXPECT_GE(std::stod(received->substr(received->rfind(' ') + 1)), 1.0) << *received;
    EXPECT_NE(by_status("ditutup"), complaints.end()) << "the demo history has closed complaints";
}

TEST_F(Operations, OpenApiDocumentDescribesTheApi) {
    auto client = make_client();
    auto response = client->get("/api/openapi.json");
    ASSERT_EQ(response.status, 200) << response.describe();
    EXPECT_NE(response.header("Content-Type").find("application/json"), std::string::npos);
    auto spec = response.json();
    EXPECT_TRUE(string_at(spec, "openapi").starts_with("3.")) << string_at(spec, "openapi");
    const auto* paths = find_path(spec, "paths");
    ASSERT_NE(paths, nullptr);
    for (const char* path : {"/api/v1/complaints",
                             "/api/v1/complaints/{ticket}",
                             "/api/v1/complaints/{ticket}/feedback",
                             "/api/v1/categories",
                             "/api/v1/units",
                             "/api/v1/auth/login",
                             "/api/v1/auth/logout",
                             "/api/v1/auth/me",
                             "/api/v1/inbox",
                             "/api/v1/staff/complaints",
                             "/api/v1/staff/complaints/{ticket}",
                             "/api/v1/staff/complaints/{ticket}/actions",
                             "/api/v1/staff/complaints/{ticket}/photos",
                             "/api/v1/leadership/heatmap",
                             "/api/v1/reports/performance",
                             "/api/v1/reports/monev",
                             "/api/v1/staff/notifications",
                             "/api/v1/staff/caller-history",
                             "/api/v1/staff/find",
                             "/api/v1/holidays",
                             "/webhooks/whatsapp",
                             "/api/v1/staff/chats",
                             "/api/v1/staff/chats/{source}/{sender}/complaint",
                             "/api/v1/admin/outbox",
                             "/api/v1/admin/users",
                             "/api/v1/admin/users/{id}",
                             "/api/v1/admin/users/{id}/password",
                             "/api/v1/admin/units",
                             "/api/v1/admin/units/{code}",
                             "/api/v1/admin/categories",
                             "/api/v1/admin/categories/{code}",
                             "/api/v1/staff/emergency-calls",
                             "/api/v1/reports/emergency-line"}) {
        EXPECT_TRUE(paths->as_object().contains(path)) << path << " is not documented";
    }
}

TEST_F(Operations, CategoriesFormATree) {
    auto client = make_client();
    auto response = client->get("/api/v1/categories");
    ASSERT_EQ(response.status, 200) << response.describe();
    auto list = response.json();
    ASSERT_TRUE(list.is_array());
    std::set<std::string> codes;
    for (const auto& c : list.as_array()) codes.insert(string_at(c, "code"));
    for (const auto& c : list.as_array()) {
        for (const char* key : {"code", "name", "parent", "emergency"}) {
            EXPECT_TRUE(c.as_object().contains(key)) << key << " in " << json::serialize(c);
        }
        const auto& parent = c.at("parent");
        if (parent.is_string()) {
            EXPECT_TRUE(codes.count(std::string(parent.as_string())))
                << "unknown parent of " << json::serialize(c);
        }
    }
    for (const char* code : {"sosial.bansos",
                             "infrastruktur.jalan_rusak",
                             "kesehatan",
                             "kebencanaan",
                             "pelayanan_publik",
                             "lainnya"}) {
        EXPECT_TRUE(codes.count(code)) << code;
    }
    auto bansos = std::find_if(list.as_array().begin(), list.as_array().end(), [](const auto& c) {
        return string_at(c, "code") == "sosial.bansos";
    });
    ASSERT_NE(bansos, list.as_array().end());
    EXPECT_EQ(string_at(*bansos, "parent"), "sosial");
    auto disaster = std::find_if(list.as_array().begin(), list.as_array().end(), [](const auto& c) {
        return string_at(c, "code") == "kebencanaan";
    });
    ASSERT_NE(disaster, list.as_array().end());
    EXPECT_EQ(disaster->at("emergency"), json::value(true));
}

TEST_F(Operations, UnitsDirectoryMatchesIndramayu) {
    auto client = make_client();
    auto count_kind = [&](const std::string& kind) -> std::size_t {
        auto response = client->get("/api/v1/units?kind=" + kind);
        EXPECT_EQ(response.status, 200) << response.describe();
        if (response.status != 200) return 0;
        auto list = response.json();
        for (const auto& unit : list.as_array()) {
            EXPECT_EQ(string_at(unit, "kind"), kind) << json::serialize(unit);
        }
        return list.as_array().size();
    };
    EXPECT_EQ(count_kind("kecamatan"), 31u);
    EXPECT_EQ(count_kind("puskesmas"), 49u);
    EXPECT_EQ(count_kind("rsud"), 3u);
    EXPECT_EQ(count_kind("bumd"), 2u);
    EXPECT_EQ(count_kind("perangkat_daerah"), 27u);
    EXPECT_EQ(count_kind("desa") + count_kind("kelurahan"), 317u);

    auto response = client->get("/api/v1/units");
    ASSERT_EQ(response.status, 200);
    auto all = response.json().as_array();
    auto dinsos = std::find_if(
        all.begin(), all.end(), [](const auto& u) { return string_at(u, "code") == "dinsos"; });
    ASSERT_NE(dinsos, all.end());
    for (const char* key :
         {"code", "name", "kind", "parent", "area_code", "call_center", "whatsapp", "social"}) {
        EXPECT_TRUE(dinsos->as_object().contains(key)) << key << " in " << json::serialize(*dinsos);
    }
    EXPECT_TRUE(dinsos->at("call_center").is_array());
    EXPECT_TRUE(dinsos->at("social").is_array());
    EXPECT_EQ(dinsos->at("always_open"), false) << "an office";
    auto rsud = std::find_if(all.begin(), all.end(), [](const auto& u) {
        return string_at(u, "code") == "rsud-indramayu";
    });
    ASSERT_NE(rsud, all.end());
    EXPECT_EQ(rsud->at("always_open"), true) << "a hospital never closes";
    auto losarang = std::find_if(all.begin(), all.end(), [](const auto& u) {
        return string_at(u, "code") == kKecamatanLosarang;
    });
    ASSERT_NE(losarang, all.end());
    EXPECT_NE(string_at(*losarang, "name").find("Losarang"), std::string::npos);
}

TEST_F(Operations, HolidaysTheDeadlinesSkipArePublic) {
    auto client = make_client();
    auto response = client->get("/api/v1/holidays?year=2026");
    ASSERT_EQ(response.status, 200) << response.describe();
    const auto days = response.json();
    bool idul_fitri_leave = false;
    std::string previous;
    for (const auto& day : days.as_array()) {
        const auto date = string_at(day, "date");
        EXPECT_TRUE(date.starts_with("2026-")) << date;
        EXPECT_LE(previous, date) << "by date";
        previous = date;
        if (date == "2026-03-20" && string_at(day, "kind") == "cuti_bersama")
            idul_fitri_leave = true;
    }
    EXPECT_GE(days.as_array().size(), 15u);
    EXPECT_TRUE(idul_fitri_leave) << json::serialize(days);
    auto other_year = client->get("/api/v1/holidays?year=2031");
    ASSERT_EQ(other_year.status, 200);
    EXPECT_TRUE(other_year.json().as_array().empty());
    EXPECT_TRUE(is_error(client->get("/api/v1/holidays?year=26"), 422, "invalid_field", "year"));
}

}  // namespace
}  // namespace tanggap::integration

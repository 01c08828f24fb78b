#pragma once
// Calls of the Tanggap API that many integration tests make, and checks of its answers.
// Paths and field names follow the contract in issue 2 / docs (POST /api/v1/complaints, ...).

#include "http_client.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::integration {

inline constexpr std::string_view kDemoPassword = "tanggap-demo";
inline constexpr std::string_view kComplaints = "/api/v1/complaints";

// Demo region codes (idn-area-data): Kecamatan Gantar and Kecamatan Losarang of Indramayu.
inline constexpr std::string_view kKecamatanGantar = "32.12.25";
inline constexpr std::string_view kKecamatanLosarang = "32.12.20";

// A valid public submission: kind pengaduan, the given category, a title and a description
// of at least 10 characters, a named reporter with phone and e-mail.
boost::json::object submission(std::string_view category,
                               std::string_view title,
                               std::string_view description);

// The bits of a 201 answer to a submission.
struct Submitted {
    std::string ticket;
    std::string token;
    std::string unit;  // unit.code
};

// Submits `body` as JSON; adds a gtest failure (and returns an empty ticket) unless 201.
Submitted submit_ok(HttpClient& client, const boost::json::object& body);

// The demo super admin's TOTP secret (demo/indramayu_directory.hpp).
inline constexpr std::string_view kDemoTotpSecret = "ORQW4Z3HMFYC2ZDFNVXS243VOBSXEYLENVUW4";

// A fresh one-time code of the demo's TOTP secret for `username`: never one this process used
// before for that account (it waits for the next 30-second step when it must).
std::string one_time_code(std::string_view username);

// POST /api/v1/auth/login; on 200 the client holds the session cookie and the CSRF token.
// When the server asks for a one-time code (401, field "otp"), sends one_time_code(username).
::testing::AssertionResult login(HttpClient& client,
                                 std::string_view username,
                                 std::string_view password = kDemoPassword);

// POST /api/v1/staff/complaints/{ticket}/actions with `body` ({"action": ..., ...}).
Response act(HttpClient& client, std::string_view ticket, const boost::json::object& body);

// GET /api/v1/complaints/{ticket}[?token=]
Response public_view(HttpClient& client, std::string_view ticket, std::string_view token = {});
// GET /api/v1/staff/complaints/{ticket}
Response staff_view(HttpClient& client, std::string_view ticket);

// POST /api/v1/complaints/{ticket}/feedback {"token","solved","rating","comment"}
Response feedback(HttpClient& client,
                  std::string_view ticket,
                  std::string_view token,
                  bool solved,
                  int rating,
                  std::string_view comment = {});

// Every item of GET /api/v1/inbox?QUERY, following next_cursor (pages of `limit`, at most
// `max_pages`). Adds a gtest failure when a page is not a 200 with the documented shape.
std::vector<boost::json::object> inbox_items(HttpClient& client,
                                             std::string_view query = {},
                                             int limit = 100,
                                             int max_pages = 200);

// Checks an error answer: the status, a JSON body {"error":{"code","message","field"}} with all
// three keys (code and message non-empty strings; field a string or null), and the code and
// field when given.
::testing::AssertionResult is_error(const Response& response,
                                    int status,
                                    std::string_view code = {},
                                    std::string_view field = {});

// Value at a dotted path ("unit.code", "history"), or nullptr.
const boost::json::value* find_path(const boost::json::value& root, std::string_view path);
// The string at a dotted path, or "" when absent or not a string.
std::string string_at(const boost::json::value& root, std::string_view path);

// The array at a dotted path, or an empty array when absent or not an array.
const boost::json::array& array_at(const boost::json::value& root, std::string_view path);

// Waits until the server's background work is done: no message in the outbox waiting or being
// sent and no webhook body waiting (the gauges of GET /metrics, read three times in a row, so a
// job that queues the next message between two reads is seen). What a test checks after it,
// such as "nothing was sent twice", cannot change later by itself. Fails after `timeout`,
// naming the gauges.
::testing::AssertionResult wait_until_quiet(
    HttpClient& client, std::chrono::milliseconds timeout = std::chrono::seconds(60));

// Percent-encodes a query parameter value.
std::string url_encode(std::string_view text);

}  // namespace tanggap::integration

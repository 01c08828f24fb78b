#include "api_calls.hpp"

#include "util/totp.hpp"

#include <boost/json/serialize.hpp>

#include <cctype>
#include <chrono>
#include <map>
#include <thread>

namespace tanggap::integration {

namespace json = boost::json;

json::object submission(std::string_view category,
                        std::string_view title,
                        std::string_view description) {
    json::object body;
    body["kind"] = "pengaduan";
    body["category"] = category;
    body["title"] = title;
    body["description"] = description;
    body["reporter"] = json::object{
        {"name", "Siti Aminah"}, {"phone", "081234567890"}, {"email", "siti@example.id"}};
    body["anonymous"] = false;
    body["confidential"] = false;
    return body;
}

Submitted submit_ok(HttpClient& client, const json::object& body) {
    auto response = client.post_json(kComplaints, body);
    if (response.status != 201) {
        ADD_FAILURE() << "submission refused: " << response.describe()
                      << "\nbody sent: " << json::serialize(body);
        return {};
    }
    auto answer = response.json();
    Submitted out{string_at(answer, "ticket"),
                  string_at(answer, "tracking_token"),
                  string_at(answer, "unit.code")};
    if (out.ticket.empty() || out.token.empty()) {
        ADD_FAILURE() << "201 without ticket or tracking_token: " << response.describe();
        return {};
    }
    return out;
}

std::string one_time_code(std::string_view username) {
    // The server accepts the code of the step before and after its own, each once per account
    // (RFC 6238 5.2): a second sign-in in the same step takes the next step's code, a third
    // waits for the step to turn. Steps count per test process, which runs one server.
    static std::map<std::string, std::int64_t, std::less<>> last_step;
    const auto secret = util::base32_decode(kDemoTotpSecret);
    for (;;) {
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        const auto current = util::totp_step(now);
        auto& last = last_step[std::string(username)];
        const auto step = std::max(last + 1, current);
        if (step <= current + 1) {
            last = step;
            return util::totp_code(*secret, step);
        }
        std::this_thread::sleep_for(
            std::chrono::seconds(util::kTotpStepSeconds - now % util::kTotpStepSeconds + 1));
    }
}

::testing::AssertionResult login(HttpClient& client,
                                 std::string_view username,
                                 std::string_view password) {
    json::object body{{"username", username}, {"password", password}};
    auto response = client.post_json("/api/v1/auth/login", body);
    if (response.status == 401 && string_at(response.json(), "error.field") == "otp") {
        body["otp"] = one_time_code(username);
        response = client.post_json("/api/v1/auth/login", body);
    }
    if (response.status != 200) {
        return ::testing::AssertionFailure()
               << "login as " << username << " failed: " << response.describe();
    }
    auto token = string_at(response.json(), "csrf_token");
    if (token.empty()) {
        return ::testing::AssertionFailure()
               << "login answer has no csrf_token: " << response.describe();
    }
    if (!client.cookie("tanggap_session")) {
        return ::testing::AssertionFailure()
               << "login set no tanggap_session cookie: " << response.describe();
    }
    client.set_csrf_token(token);
    return ::testing::AssertionSuccess();
}

Response act(HttpClient& client, std::string_view ticket, const json::object& body) {
    return client.post_json("/api/v1/staff/complaints/" + std::string(ticket) + "/actions", body);
}

Response public_view(HttpClient& client, std::string_view ticket, std::string_view token) {
    std::string target = std::string(kComplaints) + "/" + std::string(ticket);
    if (!token.empty()) target += "?token=" + url_encode(token);
    return client.get(target);
}

Response staff_view(HttpClient& client, std::string_view ticket) {
    return client.get("/api/v1/staff/complaints/" + std::string(ticket));
}

Response feedback(HttpClient& client,
                  std::string_view ticket,
                  std::string_view token,
                  bool solved,
                  int rating,
                  std::string_view comment) {
    json::object body{{"token", token}, {"solved", solved}, {"rating", rating}};
    if (!comment.empty()) body["comment"] = comment;
    return client.post_json(std::string(kComplaints) + "/" + std::string(ticket) + "/feedback",
                            body);
}

std::vector<json::object> inbox_items(HttpClient& client,
                                      std::string_view query,
                                      int limit,
                                      int max_pages) {
    std::vector<json::object> items;
    std::string cursor;
    for (int page = 0; page < max_pages; ++page) {
        std::string target = "/api/v1/inbox?limit=" + std::to_string(limit);
        if (!query.empty()) target += "&" + std::string(query);
        if (!cursor.empty()) target += "&cursor=" + url_encode(cursor);
        auto response = client.get(target);
        if (response.status != 200) {
            ADD_FAILURE() << "GET " << target << ": " << response.describe();
            return items;
        }
        auto body = response.json();
        const auto* page_items = find_path(body, "items");
        const auto* next = find_path(body, "next_cursor");
        if (page_items == nullptr || !page_items->is_array() || next == nullptr ||
            !(next->is_string() || next->is_null())) {
            ADD_FAILURE() << "inbox page without items/next_cursor: " << response.describe();
            return items;
        }
        for (const auto& item : page_items->as_array()) {
            if (item.is_object()) items.push_back(item.as_object());
        }
        if (next->is_null()) return items;
        if (page_items->as_array().empty()) {
            ADD_FAILURE() << "empty inbox page with a next_cursor: " << response.describe();
            return items;
        }
        cursor = std::string(next->as_string());
    }
    ADD_FAILURE() << "inbox has more than " << max_pages << " pages of " << limit;
    return items;
}

::testing::AssertionResult is_error(const Response& response,
                                    int status,
                                    std::string_view code,
                                    std::string_view field) {
    if (response.status != status) {
        return ::testing::AssertionFailure()
               << "expected HTTP " << status << ", got " << response.describe();
    }
    if (response.header("Content-Type").find("application/json") == std::string::npos) {
        return ::testing::AssertionFailure()
               << "error answer is not application/json (Content-Type '"
               << response.header("Content-Type") << "'): " << response.describe();
    }
    json::value body;
    try {
        body = response.json();
    } catch (const std::exception& e) {
        return ::testing::AssertionFailure() << e.what();
    }
    const auto* error = find_path(body, "error");
    if (error == nullptr || !error->is_object()) {
        return ::testing::AssertionFailure() << "no error object: " << response.describe();
    }
    for (const char* key : {"code", "message", "field"}) {
        const auto* v = error->as_object().if_contains(key);
        // field is null when no single field is at fault
        bool ok = v != nullptr && (v->is_string() || (v->is_null() && key[0] == 'f'));
        if (!ok) {
            return ::testing::AssertionFailure()
                   << "error." << key << " missing or of the wrong type: " << response.describe();
        }
    }
    if (error->as_object().at("message").as_string().empty()) {
        return ::testing::AssertionFailure() << "error.message is empty: " << response.describe();
    }
    if (!code.empty() && error->as_object().at("code").as_string() != code) {
        return ::testing::AssertionFailure()
               << "expected error.code '" << code << "': " << response.describe();
    }
    const auto& got_field = error->as_object().at("field");
    if (!field.empty() && !(got_field.is_string() && got_field.as_string() == field)) {
        return ::testing::AssertionFailure()
               << "expected error.field '" << field << "': " << response.describe();
    }
    return ::testing::AssertionSuccess();
}

const json::value* find_path(const json::value& root, std::string_view path) {
    const json::value* current = &root;
    while (!path.empty()) {
        auto dot = path.find('.');
        auto key = path.substr(0, dot);
        if (!current->is_object()) return nullptr;
        current = current->as_object().if_contains(key);
        if (current == nullptr) return nullptr;
        path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    }
    return current;
}

std::string string_at(const json::value& root, std::string_view path) {
    const auto* v = find_path(root, path);
    if (v == nullptr || !v->is_string()) return {};
    return std::string(v->as_string());
}

const json::array& array_at(const json::value& root, std::string_view path) {
    static const json::array kEmpty;
    const auto* v = find_path(root, path);
    return v != nullptr && v->is_array() ? v->as_array() : kEmpty;
}

namespace {

// The value of one gauge line of a Prometheus text answer, or -1 when it is absent.
long long gauge(std::string_view metrics, std::string_view series) {
    std::size_t at = 0;
    while ((at = metrics.find(series, at)) != std::string_view::npos) {
        const bool line_start = at == 0 || metrics[at - 1] == '\n';
        const auto after = at + series.size();
        if (line_start && after < metrics.size() && metrics[after] == ' ') {
            return std::stoll(std::string(metrics.substr(after + 1, 20)));
        }
        at = after;
    }
    return -1;
}

}  // namespace

::testing::AssertionResult wait_until_quiet(HttpClient& client, std::chrono::milliseconds timeout) {
    constexpr std::string_view kSeries[] = {"tanggap_outbox_messages{state=\"pending\"}",
                                            "tanggap_outbox_messages{state=\"sending\"}",
                                            "tanggap_webhooks_waiting"};
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::string last;
    int quiet_reads = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        auto response = client.get("/metrics");
        last = response.status == 200 ? response.body : response.describe();
        bool quiet = response.status == 200;
        for (auto series : kSeries) quiet = quiet && gauge(last, series) == 0;
        quiet_reads = quiet ? quiet_reads + 1 : 0;
        if (quiet_reads == 3) return ::testing::AssertionSuccess();
        std::this_thread::sleep_for(std::chrono::milliseconds(quiet ? 20 : 50));
    }
    auto failure = ::testing::AssertionFailure()
                   << "background work still queued after " << timeout.count() << " ms:";
    for (auto series : kSeries) failure << " " << series << "=" << gauge(last, series);
    if (gauge(last, kSeries[0]) < 0) failure << "\n" << last.substr(0, 400);
    return failure;
}

std::string url_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

}  // namespace tanggap::integration

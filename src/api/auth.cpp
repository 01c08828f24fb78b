#include "api/auth.hpp"

#include "api/cpu_work.hpp"
#include "api/json_body.hpp"
#include "api/principal.hpp"
#include "domain/audit.hpp"
#include "http/response.hpp"
#include "service/sign_in.hpp"
#include "util/crypto.hpp"
#include "util/text.hpp"
#include "util/time_format.hpp"

#include <boost/json/object.hpp>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::field;
using http::beast_http::verb;

namespace {

using SessionInfo = service::OpenSession;

std::string cookie_value(const http::Request& request, std::string_view name) {
    std::string_view header = request[field::cookie];
    while (!header.empty()) {
        auto semicolon = header.find(';');
        auto pair = header.substr(0, semicolon);
        while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
        if (pair.size() > name.size() && pair.substr(0, name.size()) == name &&
            pair[name.size()] == '=') {
            return std::string(pair.substr(name.size() + 1));
        }
        if (semicolon == std::string_view::npos) break;
        header.remove_prefix(semicolon + 1);
    }
    return {};
}

awaitable<core::Result<std::optional<SessionInfo>>> lookup_session(Api& api,
                                                                   const http::Request& request) {
    std::string token = cookie_value(request, kSessionCookie);
    if (token.empty()) co_return std::optional<SessionInfo>{};
    auto hash = util::sha256_hex(token);
    auto now = util::now();
    co_return co_await api.staff.find_session(hash, now);
}

bool changes_state(verb method) {
    return method == verb::post || method == verb::put || method == verb::patch ||
           method == verb::delete_;
}

json::object render_user(const domain::StaffUser& user, const domain::DirectoryIndex& directory) {
    json::value unit = nullptr;
    if (!user.unit_code.empty()) {
        const auto* u = directory.find_unit(user.unit_code);
        unit = json::object{{"code", user.unit_code}, {"name", u ? u->name : user.unit_code}};
    }
    return json::object{{"username", user.username},
                        {"display_name", user.display_name},
                        {"role", domain::to_string(user.role)},
                        {"unit", unit}};
}

// The answer of login and me: who is signed in, and what the console may offer them (it shows
// what the server allows, never a copy of the rules): the duties of their role
// (domain/authorization.hpp) and the units below theirs, whose queues they may open.
json::object session_body(const domain::StaffUser& user,
                          const std::string& csrf_token,
                          const domain::DirectoryIndex& directory) {
    json::array duties;
    for (auto duty : domain::kAllDuties) {
        if (domain::may(user.role, duty)) duties.emplace_back(domain::to_string(duty));
    }
    json::array below;
    if (domain::role_needs_unit(user.role)) {
        for (const auto& code : directory.units_below(user.unit_code)) {
            const auto* u = directory.find_unit(code);
            below.push_back(json::object{{"code", code}, {"name", u ? u->name : code}});
        }
    }
    return json::object{{"user", render_user(user, directory)},
                        {"csrf_token", csrf_token},
                        {"duties", std::move(duties)},
                        {"units_below", std::move(below)}};
}

// Secure whenever the client came over HTTPS, so the browser never sends it in clear later.
std::string session_cookie(const std::string& value,
                           std::chrono::seconds max_age,
                           bool over_https) {
    return std::string(kSessionCookie) + "=" + value +
           "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age.count()) +
           (over_https ? "; Secure" : "");
}

// Verifying against a fixed hash when the user does not exist keeps the timing alike, so
// the answer time does not tell which usernames exist.
const std::string& decoy_hash() {
    static const std::string hash = util::hash_password("tanggap-decoy-password");
    return hash;
}

http::Response too_many_attempts(const http::Request& req,
                                 domain::Timestamp window_ends,
                                 domain::Timestamp now) {
    auto res =
        http::error_response(req,
                             make_error(ErrorCode::rate_limited,
                                        "Terlalu banyak percobaan masuk; coba lagi 15 menit lagi"));
    const auto wait = std::chrono::ceil<std::chrono::seconds>(window_ends - now);
    res.set(field::retry_after, std::to_string(std::max<std::int64_t>(wait.count(), 1)));
    return res;
}

awaitable<http::Response> login(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto body = parse_json_object(req);
    if (!body) co_return http::error_response(req, body.error());
    JsonFields fields(*body);
    auto username = fields.string("username");
    auto password = fields.string("password");
    auto otp = fields.string("otp");
    if (!username) co_return http::error_response(req, username.error());
    if (!password) co_return http::error_response(req, password.error());
    if (!otp) co_return http::error_response(req, otp.error());
    if (!*username || (*username)->empty()) {
        co_return http::error_response(
            req, make_error(ErrorCode::invalid_field, "Nama pengguna wajib diisi", "username"));
    }
    if (!*password || (*password)->empty()) {
        co_return http::error_response(
            req, make_error(ErrorCode::invalid_field, "Kata sandi wajib diisi", "password"));
    }
    for (auto& c : **username) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string code(util::trim(otp->value_or("")));
    // service/sign_in.hpp says why two limits, counted before the password is hashed.
    const service::SignInAttempt attempt{**username, ctx.client_address};
    const auto tried_at = util::now();
    auto counted = co_await api.staff.count_sign_in(attempt, tried_at);
    if (!counted) co_return http::error_response(req, counted.error());
    if (!counted->counted) co_return too_many_attempts(req, counted->window_ends, tried_at);
    // Gives the attempt back when it turned out not to be a guess.
    auto uncount = [&api, &attempt]() -> awaitable<void> {
        (void)co_await api.staff.uncount_sign_in(attempt);
    };
    auto credentials = co_await api.staff.credentials(**username);
    if (!credentials) {
        co_await uncount();  // the store failed: not a guess
        co_return http::error_response(req, credentials.error());
    }
    const std::string& hash = *credentials ? (*credentials)->password_hash : decoy_hash();
    auto verify = [password = **password, &hash] { return util::verify_password(password, hash); };
    bool ok = co_await run_on(api.cpu_pool, std::move(verify));
    // A switched-off account gets the answer of a wrong password, so that the answer does not
    // tell which accounts exist.
    if (!ok || !*credentials || !(*credentials)->user.active) {
        // The name tried, as typed (bounded), and from where: the Inspektorat sees guessing.
        auto recorded = co_await api.staff.record_refused_sign_in(
            **username, "dari " + ctx.client_address, util::now());
        if (!recorded) co_return http::error_response(req, recorded.error());
        co_return http::error_response(
            req, make_error(ErrorCode::unauthenticated, "Nama pengguna atau kata sandi salah"));
    }
    const auto& account = **credentials;
    switch (domain::second_factor(account.user.role, !account.totp_secret.empty())) {
        case domain::SecondFactor::none:
            break;
        case domain::SecondFactor::not_enrolled:
            co_await uncount();
            co_return http::error_response(
                req,
                make_error(ErrorCode::forbidden,
                           "Akun ini wajib memakai kode OTP, tetapi belum didaftarkan. Minta "
                           "administrator server menjalankan: tanggap user totp --username " +
                               account.user.username,
                           "otp"));
        case domain::SecondFactor::code:
            if (code.empty()) {
                // The password was right: asking for the code is not a guess.
                co_await uncount();
                co_return http::error_response(
                    req,
                    make_error(ErrorCode::unauthenticated,
                               "Masukkan kode OTP dari aplikasi autentikator Anda",
                               "otp"));
            }
            break;
    }

    std::string token = util::random_token();
    store::StaffSession session{util::sha256_hex(token),
                                account.user.id,
                                util::random_token(24),
                                util::now(),
                                util::now() + api.options.session_ttl};
    auto saved =
        co_await api.staff.open_session(attempt, session, account.user, account.totp_secret, code);
    if (!saved && saved.error().field == "otp") {
        auto recorded = co_await api.staff.record_refused_sign_in(
            account.user.username, "kode OTP salah, dari " + ctx.client_address, util::now());
        if (!recorded) co_return http::error_response(req, recorded.error());
    }
    if (!saved) co_return http::error_response(req, saved.error());
    auto res = http::json_response(req,
                                   http::beast_http::status::ok,
                                   session_body(account.user, session.csrf_token, *directory));
    res.set(field::set_cookie, session_cookie(token, api.options.session_ttl, ctx.over_https));
    co_return res;
}

awaitable<http::Response> logout(Api& api, http::Context& ctx) {
    auto hash = util::sha256_hex(cookie_value(ctx.request, kSessionCookie));
    auto deleted = co_await api.staff.end_session(
        hash, staff_of(ctx).username, ctx.client_address, util::now());
    if (!deleted) co_return http::error_response(ctx.request, deleted.error());
    http::Response res{http::beast_http::status::no_content, ctx.request.version()};
    res.keep_alive(ctx.request.keep_alive());
    res.set(field::set_cookie, session_cookie("", std::chrono::seconds(0), ctx.over_https));
    res.prepare_payload();
    co_return res;
}

awaitable<http::Response> me(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    co_return http::json_response(
        ctx.request,
        http::beast_http::status::ok,
        session_body(staff_of(ctx), principal_of(ctx)->csrf_token, *directory));
}

}  // namespace

http::Handler staff_only(Api& api, http::Handler handler) {
    return [&api, handler = std::move(handler)](http::Context& ctx) -> awaitable<http::Response> {
        const auto& req = ctx.request;
        auto info = co_await lookup_session(api, req);
        if (!info) co_return http::error_response(req, info.error());
        if (!*info) {
            co_return http::error_response(
                req, make_error(ErrorCode::unauthenticated, "Silakan masuk terlebih dahulu"));
        }
        if (changes_state(req.method()) &&
            !util::secure_equal(req["X-CSRF-Token"], (*info)->session.csrf_token)) {
            co_return http::error_response(
                req,
                make_error(
                    ErrorCode::forbidden, "Token CSRF tidak ada atau salah", "X-CSRF-Token"));
        }
        auto staff = std::move((*info)->user);
        staff.units_below = api.directory.snapshot()->units_below(staff.unit_code);
        ctx.principal = Principal{std::move(staff), (*info)->session.csrf_token};
        co_return co_await handler(ctx);
    };
}

awaitable<std::optional<domain::StaffUser>> session_staff(Api& api, const http::Context& ctx) {
    auto info = co_await lookup_session(api, ctx.request);
    if (!info || !*info) co_return std::nullopt;
    auto staff = std::move((*info)->user);
    staff.units_below = api.directory.snapshot()->units_below(staff.unit_code);
    co_return staff;
}

void add_auth_routes(http::Router& router, Api& api) {
    router.add(
        verb::post, "/api/v1/auth/login", [&api](http::Context& ctx) { return login(api, ctx); });
    router.add(verb::post, "/api/v1/auth/logout", staff_only(api, [&api](http::Context& ctx) {
                   return logout(api, ctx);
               }));
    router.add(verb::get, "/api/v1/auth/me", staff_only(api, [&api](http::Context& ctx) {
                   return me(api, ctx);
               }));
}

core::Result<void> require(const http::Context& ctx, domain::Duty duty) {
    const auto* principal = principal_of(ctx);
    if (!principal) return core::make_error(core::ErrorCode::unauthenticated, "Silakan masuk");
    if (domain::may(principal->staff.role, duty)) return {};
    return domain::duty_refusal(principal->staff.role, duty);
}

}  // namespace tanggap::api

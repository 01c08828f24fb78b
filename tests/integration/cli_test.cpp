// The sub-commands beside `serve`: `tanggap user add --password-stdin`, `tanggap user totp`
// and `tanggap backup` (an online backup taken while the server runs, from which a server can
// start again).

#include "api_calls.hpp"
#include "demo_server.hpp"
#include "util/totp.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace tanggap::integration {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

bool is_sqlite_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    return in.gcount() == 16 && std::string(magic, 16) == std::string("SQLite format 3\0", 16);
}

// The store's database file inside a data directory (the one SQLite file that is not a
// -wal/-shm companion), relative to the directory.
fs::path database_file(const fs::path& data_dir) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::recursive_directory_iterator(data_dir)) {
        if (entry.is_regular_file() && is_sqlite_file(entry.path())) {
            found.push_back(fs::relative(entry.path(), data_dir));
        }
    }
    EXPECT_EQ(found.size(), 1u) << "SQLite files in " << data_dir;
    return found.empty() ? fs::path() : found.front();
}

// The base32 secret of the otpauth:// URI on the last line of a command's output.
std::string enrolled_secret(const std::string& output) {
    const auto uri = output.rfind("otpauth://totp/");
    if (uri == std::string::npos) return {};
    const auto start = output.find("secret=", uri);
    if (start == std::string::npos) return {};
    const auto end = output.find('&', start);
    return output.substr(start + 7, end == std::string::npos ? std::string::npos : end - start - 7);
}

// The code of `base32_secret` at this moment.
std::string code_now(const std::string& base32_secret) {
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    return util::totp_code(util::base32_decode(base32_secret).value_or(""), util::totp_step(now));
}

CommandResult add_user(const fs::path& data,
                       const std::string& username,
                       const std::string& role,
                       const std::string& unit,
                       const std::string& password,
                       const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"user",
                                     "add",
                                     "--data",
                                     data.string(),
                                     "--username",
                                     username,
                                     "--role",
                                     role,
                                     "--password-stdin"};
    if (!unit.empty()) {
        args.push_back("--unit");
        args.push_back(unit);
    }
    args.insert(args.end(), extra.begin(), extra.end());
    return run_tanggap(args, password + "\n");
}

TEST(Cli, UserAddedBeforeTheFirstStartLogsIn) {
    TempDir dir("tanggap-cli");
    auto added =
        add_user(dir / "data", "audit.inspektorat", "auditor", "", "kata-sandi-audit-2024");
    ASSERT_TRUE(added.status.clean()) << added.status.describe() << "\n" << added.output;

    // A store with only users counts as empty, so --demo still loads the demo around them.
    ServerOptions options;
    options.data_dir = dir / "data";
    options.demo = true;
    ServerProcess server(std::move(options));
    ASSERT_EQ(server.start(), "");
    // Enrolled for one-time codes: the URI is the last line, and the password alone is not
    // enough.
    const auto secret = enrolled_secret(added.output);
    ASSERT_EQ(secret.size(), 32u) << added.output;
    HttpClient client(server.port());
    json::object credentials{{"username", "audit.inspektorat"},
                             {"password", "kata-sandi-audit-2024"}};
    EXPECT_TRUE(is_error(
        client.post_json("/api/v1/auth/login", credentials), 401, "unauthenticated", "otp"));
    credentials["otp"] = code_now(secret);
    auto response = client.post_json("/api/v1/auth/login", credentials);
    ASSERT_EQ(response.status, 200) << response.describe();
    EXPECT_EQ(string_at(response.json(), "user.role"), "auditor");
    EXPECT_TRUE(is_error(client.post_json("/api/v1/auth/login",
                                          json::object{{"username", "audit.inspektorat"},
                                                       {"password", "kata-sandi-audit-2025"}}),
                         401,
                         "unauthenticated"));
    auto units = client.get("/api/v1/units?kind=kecamatan");
    ASSERT_EQ(units.status, 200);
    EXPECT_EQ(units.json().as_array().size(), 31u) << "the demo was not loaded";
    EXPECT_TRUE(login(client, "superadmin"));
    EXPECT_TRUE(server.stop().clean()) << server.log_tail();
}

TEST(Cli, UserAddedWhileTheServerRunsLogsInAtOnce) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    auto added = add_user(server.process().data_dir(),
                          "rina.dinsos",
                          "officer",
                          "dinsos",
                          "kata-sandi-rina-2024",
                          {"--no-totp"});
    ASSERT_TRUE(added.status.clean()) << added.status.describe() << "\n" << added.output;

    HttpClient client(server.port());
    ASSERT_TRUE(login(client, "rina.dinsos", "kata-sandi-rina-2024"));
    auto me = client.get("/api/v1/auth/me");
    ASSERT_EQ(me.status, 200) << me.describe();
    EXPECT_EQ(string_at(me.json(), "user.role"), "officer");
    EXPECT_EQ(string_at(me.json(), "user.unit.code"), "dinsos");
    EXPECT_EQ(client.get("/api/v1/inbox?limit=5").status, 200);
}

// A super admin cannot opt out of codes; `user totp` enrols again (a lost phone): the old
// secret's codes stop working and the new one's work.
TEST(Cli, OneTimeCodesAreEnrolledAndEnrolledAgain) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    const auto data = server.process().data_dir();
    auto opted_out =
        add_user(data, "admin.dua", "super_admin", "", "kata-sandi-admin-2", {"--no-totp"});
    EXPECT_EQ(opted_out.status.code.value_or(-1), 2) << opted_out.output;
    EXPECT_NE(opted_out.output.find("--no-totp"), std::string::npos) << opted_out.output;
    auto bad_secret = add_user(
        data, "admin.dua", "super_admin", "", "kata-sandi-admin-2", {"--totp-secret", "PENDEK"});
    EXPECT_EQ(bad_secret.status.code.value_or(-1), 2) << bad_secret.output;

    const std::string given = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";  // 20 bytes
    auto added = add_user(
        data, "admin.dua", "super_admin", "", "kata-sandi-admin-2", {"--totp-secret", given});
    ASSERT_TRUE(added.status.clean()) << added.output;
    EXPECT_EQ(enrolled_secret(added.output), given);
    json::object credentials{
        {"username", "admin.dua"}, {"password", "kata-sandi-admin-2"}, {"otp", code_now(given)}};
    auto first = HttpClient(server.port()).post_json("/api/v1/auth/login", credentials);
    ASSERT_EQ(first.status, 200) << first.describe();

    auto again = run_tanggap({"user", "totp", "--data", data.string(), "--username", "Admin.Dua"});
    ASSERT_TRUE(again.status.clean()) << again.output;
    const auto renewed = enrolled_secret(again.output);
    ASSERT_EQ(renewed.size(), 32u) << again.output;
    ASSERT_NE(renewed, given);
    const auto old_code = code_now(given);
    const auto new_code = code_now(renewed);
    if (old_code != new_code) {
        credentials["otp"] = old_code;
        EXPECT_TRUE(is_error(HttpClient(server.port()).post_json("/api/v1/auth/login", credentials),
                             401,
                             "unauthenticated",
                             "otp"));
    }
    credentials["otp"] = new_code;
    auto renewed_login = HttpClient(server.port()).post_json("/api/v1/auth/login", credentials);
    EXPECT_EQ(renewed_login.status, 200) << renewed_login.describe();

    auto nobody = run_tanggap({"user", "totp", "--data", data.string(), "--username", "siapa"});
    EXPECT_EQ(nobody.status.code.value_or(-1), 2) << nobody.output;
}

TEST(Cli, UserAddRefusesBadInput) {
    TempDir dir("tanggap-cli");
    auto bad_role = add_user(dir / "data", "siapa", "kaisar", "", "kata-sandi-panjang-1");
    EXPECT_FALSE(bad_role.status.clean()) << bad_role.output;
    EXPECT_NE(bad_role.output.find("role"), std::string::npos) << bad_role.output;

    auto no_password = add_user(dir / "data", "siapa", "auditor", "", "");
    EXPECT_FALSE(no_password.status.clean())
        << "an empty password was accepted: " << no_password.output;

    auto bad_email = add_user(
        dir / "data", "siapa", "auditor", "", "kata-sandi-panjang-1", {"--email", "siapa@"});
    EXPECT_FALSE(bad_email.status.clean()) << bad_email.output;
    EXPECT_NE(bad_email.output.find("--email"), std::string::npos) << bad_email.output;
    auto bad_phone =
        add_user(dir / "data", "siapa", "auditor", "", "kata-sandi-panjang-1", {"--phone", "12ab"});
    EXPECT_FALSE(bad_phone.status.clean()) << bad_phone.output;
    EXPECT_NE(bad_phone.output.find("--phone"), std::string::npos) << bad_phone.output;

    DemoServer server;
    ASSERT_EQ(server.start(), "");
    auto unknown_unit = add_user(server.process().data_dir(),
                                 "petugas.baru",
                                 "officer",
                                 "dinas-tidak-ada",
                                 "kata-sandi-panjang-1");
    EXPECT_FALSE(unknown_unit.status.clean()) << unknown_unit.output;
    EXPECT_NE(unknown_unit.output.find("unit"), std::string::npos) << unknown_unit.output;
}

TEST(Cli, BackupWhileServingCanBeServedAgain) {
    DemoServer server;
    ASSERT_EQ(server.start(), "");
    HttpClient client(server.port());
    auto before = submit_ok(client,
                            submission("air_bersih",
                                       "Air PDAM keruh",
                                       "Air PDAM di Kelurahan Margadadi keruh sejak kemarin."));
    ASSERT_FALSE(before.ticket.empty());
    auto officer_view = [&](HttpClient& c, const std::string& ticket) {
        return public_view(c, ticket, before.token);
    };

    TempDir out("tanggap-backup");
    const fs::path backup = out / "tanggap-backup.db";
    auto result = run_tanggap(
        {"backup", "--data", server.process().data_dir().string(), "--to", backup.string()});
    ASSERT_TRUE(result.status.clean()) << result.status.describe() << "\n" << result.output;
    ASSERT_TRUE(fs::exists(backup));
    EXPECT_TRUE(is_sqlite_file(backup));

    // The running server was not disturbed.
    EXPECT_EQ(officer_view(client, before.ticket).status, 200);
    auto after = submit_ok(
        client,
        submission("air_bersih", "Setelah backup", "Laporan setelah cadangan dibuat, tidak ikut."));

    // A new data directory holding only the backup as its database serves the same records.
    auto relative = database_file(server.process().data_dir());
    ASSERT_FALSE(relative.empty());
    TempDir restored_dir("tanggap-restored");
    fs::create_directories((restored_dir / "data") / relative.parent_path());
    fs::copy_file(backup, restored_dir.path() / "data" / relative);

    ServerOptions options;
    options.data_dir = restored_dir / "data";
    ServerProcess restored(std::move(options));
    ASSERT_EQ(restored.start(), "");
    HttpClient restored_client(restored.port());
    auto view = public_view(restored_client, before.ticket, before.token);
    ASSERT_EQ(view.status, 200) << view.describe();
    EXPECT_EQ(string_at(view.json(), "title"), "Air PDAM keruh");
    EXPECT_EQ(public_view(restored_client, after.ticket).status, 404)
        << "a complaint made after the backup cannot be in it";
    EXPECT_TRUE(login(restored_client, "dinsos.petugas"));
    auto units = restored_client.get("/api/v1/units?kind=kecamatan");
    ASSERT_EQ(units.status, 200);
    EXPECT_EQ(units.json().as_array().size(), 31u);
    EXPECT_TRUE(restored.stop().clean()) << restored.log_tail();
}

TEST(Cli, MigrateOnAFreshDirectoryCreatesTheStore) {
    TempDir dir("tanggap-cli");
    auto result = run_tanggap({"migrate", "--data", (dir / "data").string()});
    ASSERT_TRUE(result.status.clean()) << result.status.describe() << "\n" << result.output;
    EXPECT_FALSE(database_file(dir / "data").empty());
    // Running it again is harmless.
    auto again = run_tanggap({"migrate", "--data", (dir / "data").string()});
    EXPECT_TRUE(again.status.clean()) << again.output;
}

TEST(Cli, ServeRefusesBadConfigurationNamingTheSetting) {
    using namespace std::chrono_literals;
    TempDir dir("tanggap-cli");
    const std::string data = (dir / "data").string();
    auto flag = run_tanggap(
        {"serve", "--listen", "127.0.0.1:0", "--data", data, "--submit-rate-limit", "-5"}, {}, 30s);
    EXPECT_FALSE(flag.status.clean()) << flag.output;
    EXPECT_FALSE(flag.status.signal) << "it should refuse, not hang: " << flag.output;
    EXPECT_NE(flag.output.find("submit-rate-limit"), std::string::npos) << flag.output;

    auto env = run_tanggap({"serve", "--listen", "127.0.0.1:0", "--data", data},
                           {},
                           30s,
                           {{"TANGGAP_SESSION_TTL", "delapan jam"}});
    EXPECT_FALSE(env.status.clean()) << env.output;
    EXPECT_FALSE(env.status.signal) << "it should refuse, not hang: " << env.output;
    EXPECT_TRUE(env.output.find("TANGGAP_SESSION_TTL") != std::string::npos ||
                env.output.find("session-ttl") != std::string::npos)
        << env.output;

    auto reminders = run_tanggap(
        {"serve", "--listen", "127.0.0.1:0", "--data", data, "--reminders", "0.8,0.5"}, {}, 30s);
    EXPECT_FALSE(reminders.status.clean()) << reminders.output;
    EXPECT_FALSE(reminders.status.signal) << reminders.output;
    EXPECT_NE(reminders.output.find("--reminders"), std::string::npos) << reminders.output;

    auto zone = run_tanggap(
        {"serve", "--listen", "127.0.0.1:0", "--data", data, "--time-zone", "GMT"}, {}, 30s);
    EXPECT_FALSE(zone.status.clean()) << zone.output;
    EXPECT_NE(zone.output.find("--time-zone"), std::string::npos) << zone.output;

    auto chats = run_tanggap(
        {"serve", "--listen", "127.0.0.1:0", "--data", data, "--chat-retention-days", "3"},
        {},
        30s);
    EXPECT_FALSE(chats.status.clean()) << chats.output;
    EXPECT_NE(chats.output.find("--chat-retention-days"), std::string::npos) << chats.output;

    // A holiday file that does not parse stops serve and sweep before they touch the store.
    const auto holidays = dir / "libur.csv";
    std::ofstream(holidays)
        << "date,kind,name\n2026-13-45,libur_nasional,Hari Bulan Ketiga Belas\n";
    for (const char* command : {"serve", "sweep"}) {
        std::vector<std::string> args{command, "--data", data, "--holidays", holidays.string()};
        if (std::string(command) == "serve") args.insert(args.end(), {"--listen", "127.0.0.1:0"});
        auto bad = run_tanggap(args, {}, 30s);
        EXPECT_FALSE(bad.status.clean()) << command << ": " << bad.output;
        EXPECT_FALSE(bad.status.signal) << command << ": " << bad.output;
        EXPECT_NE(bad.output.find("--holidays"), std::string::npos)
            << command << ": " << bad.output;
        EXPECT_NE(bad.output.find("libur.csv"), std::string::npos) << command << ": " << bad.output;
    }

    auto listen = run_tanggap({"serve", "--listen", "bukan-alamat", "--data", data}, {}, 30s);
    EXPECT_FALSE(listen.status.clean()) << listen.output;
    EXPECT_FALSE(listen.status.signal) << listen.output;
    EXPECT_NE(listen.output.find("listen"), std::string::npos) << listen.output;
}

}  // namespace
}  // namespace tanggap::integration

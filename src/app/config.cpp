#include "app/config.hpp"

#include "service/deadline_settings.hpp"
#include "sla/holidays.hpp"
#include "util/local_zone.hpp"

#include <boost/asio/ip/address.hpp>

#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tanggap::app {

void add_data_option(CLI::App& command, std::string& data_dir) {
    command
        .add_option("--data", data_dir, "Directory for uploaded photos and the embedded database")
        ->envname("TANGGAP_DATA")
        ->capture_default_str();
}

std::string database_path(const std::string& data_dir) { return data_dir + "/tanggap.db"; }

void add_holidays_option(CLI::App& command, std::vector<std::string>& files) {
    command
        .add_option("--holidays",
                    files,
                    "Holiday CSV (date,kind,name) added to the stored holidays at start "
                    "(repeatable)")
        ->envname("TANGGAP_HOLIDAYS")
        ->delimiter(',');
}

void add_serve_options(CLI::App& command, ServeConfig& config) {
    command.add_option("--listen", config.listen, "Address and port to listen on (ADDR:PORT)")
        ->envname("TANGGAP_LISTEN")
        ->capture_default_str();
    add_store_options(command, config.store);
    command.add_flag("--demo", config.demo, "Load the Indramayu demo when the store has no units")
        ->envname("TANGGAP_DEMO");
    command.add_option("--threads", config.threads, "I/O threads (0: one per core)")
        ->envname("TANGGAP_THREADS")
        ->check(CLI::Range(0, 256))
        ->capture_default_str();
    command
        .add_option("--submit-rate-limit",
                    config.submit_rate_limit,
                    "Public submissions per client address per minute (0: off)")
        ->envname("TANGGAP_SUBMIT_RATE_LIMIT")
        ->check(CLI::Range(0, 1000000))
        ->capture_default_str();
    command
        .add_option("--session-ttl", config.session_ttl_seconds, "Staff session lifetime, seconds")
        ->envname("TANGGAP_SESSION_TTL")
        ->check(CLI::Range(1, 30 * 24 * 3600))
        ->capture_default_str();
    command
        .add_option("--trusted-proxy",
                    config.trusted_proxies,
                    "Proxy address whose X-Forwarded-For is believed (repeatable)")
        ->envname("TANGGAP_TRUSTED_PROXIES")
        ->delimiter(',');
    command
        .add_option("--max-connections-per-address",
                    config.connections_per_address,
                    "Open connections per client address; more are closed at once (0: no cap; "
                    "trusted proxies are exempt)")
        ->envname("TANGGAP_MAX_CONNECTIONS_PER_ADDRESS")
        ->check(CLI::Range(0, 1000000))
        ->capture_default_str();
    command.add_option("--area-data", config.area_data_dir, "idn-area-data CSV directory (demo)")
        ->envname("TANGGAP_AREA_DATA")
        ->capture_default_str();
    command.add_option("--web", config.web_dir, "Directory of the built web front end")
        ->envname("TANGGAP_WEB_DIR")
        ->capture_default_str();
    add_holidays_option(command, config.holiday_files);
    add_time_zone_option(command, config.time_zone);
    add_reminders_option(command, config.reminders);
    command
        .add_option("--sweep-every",
                    config.sweep_every_seconds,
                    "Seconds between deadline sweeps: reminders, escalations (0: off)")
        ->envname("TANGGAP_SWEEP_EVERY")
        ->check(CLI::Range(0, 24 * 3600))
        ->capture_default_str();
    command
        .add_option("--audit-key",
                    config.audit_key_file,
                    "The audit log's signing key, kept outside the database (created if missing;"
                    " default DATA_DIR/audit-signing.key)")
        ->envname("TANGGAP_AUDIT_KEY");
    command
        .add_option("--retention-months",
                    config.retention.complaint_months,
                    "Months a closed complaint keeps its reporter and texts, unless its category "
                    "says otherwise (UU PDP)")
        ->envname("TANGGAP_RETENTION_MONTHS")
        ->capture_default_str();
    command
        .add_option("--webhook-retention-days",
                    config.retention.webhook_days,
                    "Days a processed webhook body is kept")
        ->envname("TANGGAP_WEBHOOK_RETENTION_DAYS")
        ->capture_default_str();
    command
        .add_option("--chat-retention-days",
                    config.retention.chat_days,
                    "Days a chat message not tied to an open complaint is kept")
        ->envname("TANGGAP_CHAT_RETENTION_DAYS")
        ->capture_default_str();
    command
        .add_option("--retention-every",
                    config.retention_every_seconds,
                    "Seconds between retention rounds (0: off)")
        ->envname("TANGGAP_RETENTION_EVERY")
        ->check(CLI::Range(0, 7 * 24 * 3600))
        ->capture_default_str();
    add_channel_options(command, config.channels);
}

http::ServerOptions server_options(const ServeConfig& config) {
    http::ServerOptions options;
    auto colon = config.listen.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        throw std::invalid_argument("--listen / TANGGAP_LISTEN: expected ADDR:PORT, got '" +
                                    config.listen + "'");
    }
    options.address = config.listen.substr(0, colon);
    if (options.address.front() == '[' && options.address.back() == ']') {
        options.address = options.address.substr(1, options.address.size() - 2);
    }
    boost::system::error_code ec;
    boost::asio::ip::make_address(options.address, ec);
    if (ec) {
        throw std::invalid_argument("--listen / TANGGAP_LISTEN: '" + options.address +
                                    "' is not an IP address");
    }
    auto port_text = config.listen.substr(colon + 1);
    unsigned port = 0;
    auto [end, perr] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (perr != std::errc{} || end != port_text.data() + port_text.size() || port > 65535) {
        throw std::invalid_argument("--listen / TANGGAP_LISTEN: port must be 0..65535, got '" +
                                    port_text + "'");
    }
    options.port = static_cast<unsigned short>(port);
    options.threads = config.threads;
    for (const auto& proxy : config.trusted_proxies) {
        boost::asio::ip::make_address(proxy, ec);
        if (ec) {
            throw std::invalid_argument("--trusted-proxy / TANGGAP_TRUSTED_PROXIES: '" + proxy +
                                        "' is not an IP address");
        }
    }
    options.trusted_proxies = config.trusted_proxies;
    options.limits.connections_per_address = config.connections_per_address;
    return options;
}

// A file that cannot be read or parsed stops the start, naming it.
std::vector<sla::Holiday> read_holiday_files(const std::vector<std::string>& holiday_files) {
    std::vector<sla::Holiday> extra;
    for (const auto& path : holiday_files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw std::invalid_argument("--holidays / TANGGAP_HOLIDAYS: cannot read " + path);
        std::ostringstream text;
        text << in.rdbuf();
        auto parsed = sla::parse_holidays(text.str());
        if (!parsed) {
            throw std::invalid_argument("--holidays / TANGGAP_HOLIDAYS: " + path + ": " +
                                        parsed.error().message);
        }
        extra.insert(extra.end(), parsed->begin(), parsed->end());
    }
    return extra;
}

void add_reminders_option(CLI::App& command, std::vector<double>& fractions) {
    command
        .add_option("--reminders",
                    fractions,
                    "When the unit is reminded, as fractions of a step's time (ascending, each "
                    "between 0 and 1), e.g. 0.5,0.8")
        ->envname("TANGGAP_REMINDERS")
        ->delimiter(',')
        ->capture_default_str();
}

void add_time_zone_option(CLI::App& command, std::string& zone) {
    command
        .add_option("--time-zone",
                    zone,
                    "The installation's time zone: WIB, WITA or WIT (office hours, times shown, "
                    "monthly figures)")
        ->envname("TANGGAP_TIME_ZONE")
        ->capture_default_str();
}

void apply_time_zone(const std::string& zone) {
    auto parsed = util::parse_local_zone(zone);
    if (!parsed) {
        throw std::invalid_argument(
            "--time-zone / TANGGAP_TIME_ZONE: expected WIB, WITA or WIT, got '" + zone + "'");
    }
    util::set_local_zone(*parsed);
}

std::shared_ptr<const service::DeadlineClock> prepare_deadline_clock(
    store::Store& store,
    const std::vector<sla::Holiday>& holidays,
    const std::vector<double>& reminders) {
    double previous = 0;
    for (double f : reminders) {
        if (!(f > previous && f < 1)) {
            throw std::invalid_argument(
                "--reminders / TANGGAP_REMINDERS: fractions must ascend, each between 0 and 1");
        }
        previous = f;
    }
    const sla::ReminderPlan plan{reminders};
    auto seeded = store::write_sync(
        store, [&](store::WriteTx& tx) { return service::seed_deadline_settings(tx, holidays); });
    if (!seeded) throw std::runtime_error("deadline settings: " + seeded.error().message);
    using Clock = std::shared_ptr<const service::DeadlineClock>;
    auto clock = store::read_sync<Clock>(store, [&plan](store::ReadTx& tx) {
        return service::load_deadline_clock(tx, util::local_zone().offset, plan);
    });
    if (!clock) throw std::runtime_error("deadline settings: " + clock.error().message);
    return std::move(*clock);
}

api::ApiOptions api_options(const ServeConfig& config) {
    api::ApiOptions options;
    options.submit_rate_limit = config.submit_rate_limit;
    options.session_ttl = std::chrono::seconds(config.session_ttl_seconds);
    return options;
}

domain::RetentionSettings retention_settings(const ServeConfig& config) {
    auto checked = domain::check_retention_settings(config.retention);
    if (!checked) {
        const auto& field = checked.error().field;
        const std::string flag = field == "webhook_days" ? "--webhook-retention-days"
                                 : field == "chat_days"  ? "--chat-retention-days"
                                                         : "--retention-months";
        throw std::invalid_argument(flag + ": " + checked.error().message);
    }
    return config.retention;
}

}  // namespace tanggap::app

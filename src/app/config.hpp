#pragma once
// Configuration: flags, then environment (TANGGAP_*), then these defaults. Parsed once here;
// each part of the server receives only its own struct.

#include "api/api.hpp"
#include "app/channel_config.hpp"
#include "app/store_location.hpp"
#include "domain/retention.hpp"
#include "http/server.hpp"
#include "service/deadline_clock.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace tanggap::app {

struct ServeConfig {
    std::string listen = "127.0.0.1:8080";
    StoreLocation store;  // --data, --database
    bool demo = false;
    int threads = 0;  // 0: one per core
    int submit_rate_limit = 30;
    int session_ttl_seconds = 8 * 3600;
    std::vector<std::string> trusted_proxies;
    int connections_per_address = 64;  // 0: no cap (http::HttpLimits)
    std::string area_data_dir;         // idn-area-data CSVs, for --demo
    std::string web_dir;               // the built web front end (web/dist)
    // Holiday CSVs (sla::parse_holidays) added to the stored list at start, e.g. next year's.
    std::vector<std::string> holiday_files;
    std::string time_zone = "WIB";            // WIB, WITA or WIT
    std::vector<double> reminders{0.5, 0.8};  // fractions of a step's time
    int sweep_every_seconds = 30;             // the deadline sweep; 0: off (another process sweeps)
    std::string audit_key_file;  // the audit log's signing key; empty: DATA_DIR/audit-signing.key
    domain::RetentionSettings retention;
    int retention_every_seconds = 3600;  // 0: off (another process applies retention)
    ChannelConfig channels;
};

// Registers the serve flags, each also read from its TANGGAP_* variable.
void add_serve_options(CLI::App& command, ServeConfig& config);

// --holidays / TANGGAP_HOLIDAYS, shared by serve and sweep.
void add_holidays_option(CLI::App& command, std::vector<std::string>& files);

// The holidays of `holiday_files`; throws std::invalid_argument naming a file that cannot be
// read or parsed.
std::vector<sla::Holiday> read_holiday_files(const std::vector<std::string>& holiday_files);

// --reminders / TANGGAP_REMINDERS, shared by serve and sweep.
void add_reminders_option(CLI::App& command, std::vector<double>& fractions);

// --time-zone / TANGGAP_TIME_ZONE, shared by serve and sweep.
void add_time_zone_option(CLI::App& command, std::string& zone);
// Makes `zone` the installation's (util::set_local_zone); std::invalid_argument if unknown.
void apply_time_zone(const std::string& zone);

// The stored deadline settings as a clock in the local zone, the store seeded first (a new
// installation gets the shipped policies and holidays) and `holidays` (read_holiday_files) added
// to it, with reminders at `reminders` of each step's time. Throws std::runtime_error when the
// store fails, std::invalid_argument for a bad reminder list (naming the setting).
std::shared_ptr<const service::DeadlineClock> prepare_deadline_clock(
    store::Store& store,
    const std::vector<sla::Holiday>& holidays,
    const std::vector<double>& reminders);

// Checks values CLI11 cannot; throws std::invalid_argument naming the setting.
http::ServerOptions server_options(const ServeConfig& config);
api::ApiOptions api_options(const ServeConfig& config);
domain::RetentionSettings retention_settings(const ServeConfig& config);

// The data directory flag (--data / TANGGAP_DATA): photos, and the embedded store.
void add_data_option(CLI::App& command, std::string& data_dir);
std::string database_path(const std::string& data_dir);

}  // namespace tanggap::app

#include "app/commands.hpp"
#include "jobs/deadline_scheduler.hpp"
#include "util/time_format.hpp"

#include <filesystem>
#include <iostream>

namespace tanggap::app {

int run_backup(const StoreLocation& location, const std::string& target) {
    if (!store_exists(location)) {
        std::cerr << "tanggap backup: no store at " << describe(location) << "\n";
        return 1;
    }
    auto store = open_store(location);
    if (!store) {
        std::cerr << "tanggap backup: " << store.error().message << "\n";
        return 1;
    }
    auto done = (*store)->backup_to(target);
    (*store)->close();
    if (!done) {
        std::cerr << "tanggap backup: " << done.error().message << "\n";
        return 1;
    }
    std::cout << "backup written to " << target << "\n";
    return 0;
}

int run_sweep(const SweepOptions& options) {
    apply_time_zone(options.time_zone);
    auto at = options.at.empty() ? std::optional(util::now()) : util::parse_iso8601(options.at);
    if (!at) {
        std::cerr << "tanggap sweep: --at: expected an ISO 8601 time, got '" << options.at << "'\n";
        return 1;
    }
    const auto holidays = read_holiday_files(options.holiday_files);  // a bad file stops us here
    if (!store_exists(options.store)) {
        std::cerr << "tanggap sweep: no store at " << describe(options.store) << "\n";
        return 1;
    }
    auto store = open_store(options.store);
    if (!store) {
        std::cerr << "tanggap sweep: " << store.error().message << "\n";
        return 1;
    }
    const auto clock = prepare_deadline_clock(**store, holidays, options.reminders);
    auto report = jobs::sweep_until_done(**store, *clock, outreach(options.channels), *at);
    (*store)->close();
    if (!report) {
        std::cerr << "tanggap sweep: " << report.error().message << "\n";
        return 1;
    }
    std::cout << "examined " << report->examined << ", reminders " << report->reminders
              << ", escalations " << report->escalations << ", archived " << report->archived
              << "\n";
    return 0;
}

int run_migrate(const StoreLocation& location) {
    auto applied = migrate_store(location);
    if (!applied) {
        std::cerr << "tanggap migrate: " << applied.error().message << "\n";
        return 1;
    }
    std::cout << "migrations applied: " << *applied << "\n";
    return 0;
}

}  // namespace tanggap::app

#include "service/deadline_settings.hpp"

#include "domain/submission.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tanggap::service {

using core::ErrorCode;
using core::make_error;

Result<DeadlineSettings> load_deadline_settings(store::ReadTx& tx) {
    auto policies = tx.deadline_policies();
    if (!policies) return policies.error();
    auto unit_policies = tx.unit_policies();
    if (!unit_policies) return unit_policies.error();
    auto holidays = tx.holidays();
    if (!holidays) return holidays.error();
    return DeadlineSettings{std::move(*policies), std::move(*unit_policies), std::move(*holidays)};
}

Result<void> seed_deadline_settings(store::WriteTx& tx, const std::vector<sla::Holiday>& imported) {
    auto stored = tx.deadline_policies();
    if (!stored) return stored.error();
    // The required policies cannot be deleted, so an empty table means a new installation.
    if (stored->empty()) {
        const auto shipped = shipped_deadline_settings();
        for (const auto& policy : shipped.policies) {
            if (auto r = tx.save_deadline_policy(policy); !r) return r;
        }
        if (auto r = tx.add_holidays(shipped.holidays); !r) return r;
    }
    return tx.add_holidays(imported);
}

namespace {

Result<std::shared_ptr<const DeadlineClock>> clock_for(const DeadlineSettings& settings,
                                                       std::chrono::minutes utc_offset,
                                                       const sla::ReminderPlan& reminders) {
    try {
        return std::make_shared<const DeadlineClock>(
            make_deadline_clock(settings, utc_offset, reminders));
    } catch (const std::invalid_argument& refused) {
        return make_error(ErrorCode::internal,
                          std::string("stored deadline settings refused: ") + refused.what());
    }
}

}  // namespace

Result<std::shared_ptr<const DeadlineClock>> load_deadline_clock(
    store::ReadTx& tx, std::chrono::minutes utc_offset, const sla::ReminderPlan& reminders) {
    auto settings = load_deadline_settings(tx);
    if (!settings) return settings.error();
    return clock_for(*settings, utc_offset, reminders);
}

Result<void> recount_step(store::WriteTx& tx,
                          domain::Complaint& c,
                          const Duty& duty,
                          domain::Timestamp now,
                          const DeadlineClock& clock) {
    if (!c.due_at || !c.step_started_at) return {};
    auto rule = step_rule(c.status);
    std::vector<sla::Pause> waits;
    if (rule && rule->start == ClockStart::created) {
        auto events = tx.events(c.id);
        if (!events) return events.error();
        waits = reporter_waits(*events, now);
    }
    c.due_at = clock.due_at(c, duty, *c.step_started_at, waits);
    auto state = clock.ladder_state(c);
    c.next_check_at = state ? sla::next_ladder_point(*state, clock.reminders())
                            : std::optional<domain::Timestamp>{};
    return {};
}

Result<std::int64_t> recount_open_deadlines(store::WriteTx& tx,
                                            const domain::DirectoryIndex& directory,
                                            const DeadlineClock& clock,
                                            domain::Timestamp now) {
    constexpr int kPage = 500;
    std::int64_t moved = 0;
    std::int64_t after = 0;
    for (;;) {
        auto page = tx.complaints_with_deadline(after, kPage);
        if (!page) return page.error();
        for (auto& c : *page) {
            after = c.id;
            const auto due_before = c.due_at;
            const auto check_before = c.next_check_at;
            const Duty duty{directory.find_category(c.category_code),
                            directory.find_unit(c.unit_code)};
            if (auto r = recount_step(tx, c, duty, now, clock); !r) return r.error();
            if (c.due_at == due_before && c.next_check_at == check_before) continue;
            if (auto r = tx.update_complaint(c); !r) return r.error();
            ++moved;
        }
        if (page->size() < static_cast<std::size_t>(kPage)) return moved;
    }
}

Result<SettingsChange> change_deadline_settings(
    store::WriteTx& tx,
    const domain::DirectoryIndex& directory,
    DeadlineClockHolder& holder,
    std::chrono::minutes utc_offset,
    domain::Timestamp now,
    const std::function<Result<void>(store::WriteTx&)>& edit) {
    if (auto r = edit(tx); !r) return r.error();
    auto clock = load_deadline_clock(tx, utc_offset, holder.snapshot()->reminders());
    if (!clock) return clock.error();
    auto recounted = recount_open_deadlines(tx, directory, **clock, now);
    if (!recounted) return recounted.error();
    return SettingsChange{std::move(*clock), holder.next_version(), *recounted};
}

Result<void> validate_year_holidays(int year, const std::vector<sla::Holiday>& holidays) {
    for (std::size_t i = 0; i < holidays.size(); ++i) {
        const auto& h = holidays[i];
        const std::string at = "items[" + std::to_string(i) + "]";
        if (!h.date.ok() || static_cast<int>(h.date.year()) != year) {
            return make_error(ErrorCode::invalid_field,
                              "Tanggal harus di tahun " + std::to_string(year),
                              at + ".date");
        }
        if (h.name.find_first_not_of(" \t") == std::string::npos) {
            return make_error(
                ErrorCode::invalid_field, "Nama hari libur wajib diisi", at + ".name");
        }
        // A CSV body reaches here unchecked (JSON's parser already refuses invalid UTF-8), and
        // the name goes out again in the public JSON: one check for every format.
        const auto length = domain::utf8_length(h.name);
        if (!length) {
            return make_error(ErrorCode::invalid_field,
                              "Nama hari libur bukan teks UTF-8 yang sah",
                              at + ".name");
        }
        if (*length > kHolidayNameMax) {
            return make_error(
                ErrorCode::invalid_field,
                "Nama hari libur paling panjang " + std::to_string(kHolidayNameMax) + " karakter",
                at + ".name");
        }
        if (std::any_of(h.name.begin(), h.name.end(), [](char c) {
                const auto u = static_cast<unsigned char>(c);
                return u < 0x20 || u == 0x7F;
            })) {
            return make_error(ErrorCode::invalid_field,
                              "Nama hari libur tidak boleh berisi karakter kendali",
                              at + ".name");
        }
    }
    return {};
}

Result<void> check_policy_deletable(std::string_view code,
                                    const domain::DirectoryIndex& directory) {
    if (is_required_policy(code)) {
        return make_error(ErrorCode::conflict,
                          "Kebijakan " + std::string(code) +
                              " adalah cadangan bawaan: boleh diubah, tidak boleh dihapus",
                          "code");
    }
    std::string users;
    for (const auto& c : directory.categories()) {
        if (c.deadline_policy != code) continue;
        users += (users.empty() ? "" : ", ") + c.name;
    }
    if (!users.empty()) {
        return make_error(
            ErrorCode::conflict, "Kebijakan masih dipakai kategori: " + users, "code");
    }
    return {};
}

}  // namespace tanggap::service

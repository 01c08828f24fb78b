#include "domain/retention.hpp"

#include <string>

namespace tanggap::domain {
namespace {

core::Result<void> check_days(int days, const char* field) {
    if (days >= kMinChannelRetentionDays && days <= kMaxChannelRetentionDays) return {};
    return core::make_error(core::ErrorCode::invalid_field,
                            "Masa retensi harus " + std::to_string(kMinChannelRetentionDays) +
                                " sampai " + std::to_string(kMaxChannelRetentionDays) + " hari",
                            field);
}

}  // namespace

core::Result<void> check_retention_months(std::int64_t months) {
    if (months >= kMinRetentionMonths && months <= kMaxRetentionMonths) return {};
    return core::make_error(core::ErrorCode::invalid_field,
                            "Masa retensi harus " + std::to_string(kMinRetentionMonths) +
                                " sampai " + std::to_string(kMaxRetentionMonths) + " bulan",
                            "retention_months");
}

core::Result<void> check_retention_settings(const RetentionSettings& settings) {
    if (auto r = check_retention_months(settings.complaint_months); !r) return r;
    if (auto r = check_days(settings.webhook_days, "webhook_days"); !r) return r;
    return check_days(settings.chat_days, "chat_days");
}

int retention_months(const Category& category, const RetentionSettings& settings) {
    return category.retention_months.value_or(settings.complaint_months);
}

Timestamp retention_cutoff(Timestamp now, int months) {
    using namespace std::chrono;
    const auto day = floor<days>(now);
    const year_month_day date{day};
    auto earlier = year_month{date.year(), date.month()} - std::chrono::months{months};
    const auto last = year_month_day_last{earlier.year(), month_day_last{earlier.month()}};
    const auto clamped = date.day() > last.day() ? last.day() : date.day();
    const sys_days cut{year_month_day{earlier.year(), earlier.month(), clamped}};
    return cut + (now - day);
}

}  // namespace tanggap::domain

#include "domain/retention.hpp"

#include <gtest/gtest.h>

namespace tanggap::domain {
namespace {

using namespace std::chrono;

Timestamp on(year_month_day date, hours hour = hours(0)) {
    return Timestamp{sys_days{date}} + hour;
}

TEST(Retention, ACategoryKeepsItsOwnMonthsElseTheInstallations) {
    RetentionSettings settings;
    settings.complaint_months = 60;
    Category bansos;
    EXPECT_EQ(retention_months(bansos, settings), 60);
    bansos.retention_months = 120;
    EXPECT_EQ(retention_months(bansos, settings), 120);
}

TEST(Retention, TheCutoffCountsCalendarMonthsAndKeepsTheTimeOfDay) {
    EXPECT_EQ(retention_cutoff(on(2026y / December / 7, hours(13)), 60),
              on(2021y / December / 7, hours(13)));
    EXPECT_EQ(retention_cutoff(on(2026y / March / 31), 1), on(2026y / February / 28))
        << "a day the earlier month lacks is its last";
    EXPECT_EQ(retention_cutoff(on(2028y / March / 31), 1), on(2028y / February / 29));
    EXPECT_EQ(retention_cutoff(on(2026y / January / 15), 13), on(2024y / December / 15));
}

TEST(Retention, SettingsOutsideTheirBoundsAreRefusedNamingTheValue) {
    EXPECT_TRUE(check_retention_settings({}));
    EXPECT_EQ(check_retention_months(0).error().field, "retention_months");
    EXPECT_EQ(check_retention_months(601).error().field, "retention_months");
    EXPECT_TRUE(check_retention_months(1));
    EXPECT_EQ(check_retention_settings({60, 6, 365}).error().field, "webhook_days")
        << "a webhook body is kept at least a week";
    EXPECT_EQ(check_retention_settings({60, 30, 3}).error().field, "chat_days")
        << "a message id must outlive the partner's second delivery";
}

}  // namespace
}  // namespace tanggap::domain

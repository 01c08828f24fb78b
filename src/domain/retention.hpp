#pragma once
// How long personal data is kept (UU 27/2022 Pasal 16(2) and 43): a closed complaint's
// reporter and texts until its category's retention ends, partners' webhook bodies and chats
// each on their own, shorter clock. What retention ends is erased as a person's request is
// (domain::without_person): the figures stay.

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/time.hpp"

#include <cstdint>
#include <optional>

namespace tanggap::domain {

struct RetentionSettings {
    // After a complaint is closed (not domain::is_open), unless its category says otherwise.
    int complaint_months = 60;
    // Webhook bodies once processed; chat messages not tied to an open complaint, and the
    // bot's conversation state.
    int webhook_days = 30;
    int chat_days = 365;
};

// The bounds the settings are held to: a category keeps its complaints one month to 50 years;
// a chat at least a week, because Meta may deliver a message again within days and the
// kept message id is what makes the second delivery a duplicate.
inline constexpr int kMinRetentionMonths = 1;
inline constexpr int kMaxRetentionMonths = 600;
inline constexpr int kMinChannelRetentionDays = 7;
inline constexpr int kMaxChannelRetentionDays = 3650;

// invalid_field naming "retention_months" when outside the bounds.
core::Result<void> check_retention_months(std::int64_t months);
// invalid_field naming the value outside its bounds: "retention_months", "webhook_days" or
// "chat_days".
core::Result<void> check_retention_settings(const RetentionSettings& settings);

// The months a category's closed complaints are kept: its own, else the installation's.
int retention_months(const Category& category, const RetentionSettings& settings);

// A complaint closed (last changed) before this moment has outlived `months`: `now` minus that
// many calendar months, the day clamped to the month's end (31 March - 1 month = 28/29 Feb).
Timestamp retention_cutoff(Timestamp now, int months);

}  // namespace tanggap::domain

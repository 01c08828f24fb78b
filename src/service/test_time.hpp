#pragma once
// For service tests: instants written as WIB wall-clock times.

#include "domain/time.hpp"
#include "util/local_zone.hpp"

#include <chrono>

namespace tanggap::service::testing_support {

// `time_of_day` on `day` in WIB (UTC+7).
inline domain::Timestamp wib(std::chrono::year_month_day day, std::chrono::minutes time_of_day) {
    return domain::Timestamp{std::chrono::sys_days{day} + time_of_day - util::kWibZone.offset};
}

}  // namespace tanggap::service::testing_support

#pragma once

#include <chrono>

namespace tanggap::domain {

// Instants are UTC milliseconds; rendering in local time (WIB) is the API's job.
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

}  // namespace tanggap::domain

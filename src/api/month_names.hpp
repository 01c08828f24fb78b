#pragma once
// Month names as Indonesian documents write them (monev report, privacy letters).

#include <array>
#include <chrono>
#include <string>

namespace tanggap::api {

inline std::string month_name(std::chrono::month month) {
    static constexpr std::array<const char*, 12> kMonths{"Januari",
                                                         "Februari",
                                                         "Maret",
                                                         "April",
                                                         "Mei",
                                                         "Juni",
                                                         "Juli",
                                                         "Agustus",
                                                         "September",
                                                         "Oktober",
                                                         "November",
                                                         "Desember"};
    return kMonths[(static_cast<unsigned>(month) - 1) % 12];
}

}  // namespace tanggap::api

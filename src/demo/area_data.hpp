#pragma once
// Reads the official districts (kecamatan) and villages (desa/kelurahan) of one regency from
// the CSV files of the npm package idn-area-data (data/districts.csv: code,regency_code,name;
// data/villages.csv: code,district_code,name). Codes are the official Kemendagri codes
// ("32.12.20", "32.12.20.2002").

#include "core/error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::demo {

struct District {
    std::string code;  // "32.12.20"
    std::string name;  // as in the data, title-cased: "Losarang"
};

struct Village {
    std::string code;           // "32.12.20.2002"; 1xxx is a kelurahan, 2xxx a desa
    std::string district_code;  // "32.12.20"
    std::string name;           // "Krimun"

    bool is_kelurahan() const;
};

struct RegencyArea {
    std::string regency_code;         // "32.12"
    std::vector<District> districts;  // sorted by code
    std::vector<Village> villages;    // sorted by code
};

// Reads the districts and villages of `regency_code` from `data_dir`.
// Errors:
//  unavailable    districts.csv or villages.csv is missing or unreadable (the message names it)
//  invalid_field  a file lacks its header columns or has a malformed row (names file and line),
//                 or the regency has no districts in the data (field "regency_code")
// Thread-safety: a pure function of the files; safe to call concurrently.
core::Result<RegencyArea> read_regency_area(const std::filesystem::path& data_dir,
                                            std::string_view regency_code);

// One CSV record split into fields (RFC 4180 quoting: a field that starts with '"' is quoted,
// '""' inside it is a quote; a '"' elsewhere is an ordinary character, as in "Soka"an").
// nullopt when a quoted field is not closed on the line.
std::optional<std::vector<std::string>> split_csv_record(std::string_view line);

// A name written entirely in capitals is title-cased, Roman numerals kept ("KABUPATEN ACEH
// SELATAN" -> "Kabupaten Aceh Selatan", "KOTA II" -> "Kota II"); any other name is the data's
// own spelling and is kept ("Kedokanbunder Wetan", "Tanjung Raja II").
std::string title_case(std::string_view name);

}  // namespace tanggap::demo

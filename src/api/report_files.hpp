#pragma once
// Report tables as downloadable files: CSV (RFC 4180, UTF-8, CRLF) and XLSX (libxlsxwriter).
// Both take the same table, so every report exports the same columns in both formats.

#include "core/error.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tanggap::api {

inline constexpr std::string_view kCsvContentType = "text/csv; charset=utf-8";
inline constexpr std::string_view kXlsxContentType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// An empty cell (a figure that does not exist, e.g. a median of nothing), text, or a number.
using ReportCell = std::variant<std::monostate, std::string, std::int64_t, double>;

struct ReportTable {
    std::string sheet_name;            // XLSX sheet name (at most 31 characters)
    std::vector<std::string> columns;  // the header row
    std::vector<std::vector<ReportCell>> rows;
};

// A text cell as a spreadsheet may show it: one that starts with '=', '+', '-', '@', a tab or a
// carriage return gets a leading "'" (OWASP, CSV injection), so that a spreadsheet program
// shows it as text instead of running it as a formula. A cell that is a plain decimal number
// ("-12", "3.5") is left as it is, so figures stay figures. Every CSV and XLSX text cell goes
// through this (csv_field, render_xlsx).
std::string spreadsheet_text(std::string_view text);

// A text cell for CSV: spreadsheet_text(), then RFC 4180: quoted when it holds a comma, a
// quote or a line break; quotes doubled.
std::string csv_field(std::string_view text);

// A header row, then one line per row; CRLF line ends. Numbers are written in full ("12.5").
std::string render_csv(const ReportTable& table);

// One sheet: a bold header row, then the rows with numbers as numbers. The workbook is
// written to a file of its own under `temp_dir` (libxlsxwriter 1.1 cannot write to memory),
// read back and removed. Blocking file I/O: run it off the I/O threads.
// Errors: internal when the file cannot be written or read.
core::Result<std::string> render_xlsx(const ReportTable& table,
                                      const std::filesystem::path& temp_dir);

}  // namespace tanggap::api

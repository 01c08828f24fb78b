#include "api/report_files.hpp"

#include "util/crypto.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <system_error>
#include <xlsxwriter.h>

namespace tanggap::api {
namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};

std::string number_text(double value) {
    char out[32];
    auto [end, ec] = std::to_chars(out, out + sizeof out, value);
    return ec == std::errc{} ? std::string(out, end) : std::string{};
}

// Removes the workbook's file however the export ends.
struct FileGuard {
    std::filesystem::path path;
    ~FileGuard() {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
    }
};

core::Error xlsx_error(std::string_view what) {
    return core::make_error(core::ErrorCode::internal,
                            "Berkas XLSX gagal dibuat: " + std::string(what));
}

}  // namespace

bool is_plain_number(std::string_view text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [stop, ec] = std::from_chars(text.data(), end, value, std::chars_format::fixed);
    return !text.empty() && ec == std::errc{} && stop == end && std::isfinite(value);
}

std::string spreadsheet_text(std::string_view text) {
    if (text.empty() || std::string_view("=+-@\t\r").find(text.front()) == std::string_view::npos ||
        is_plain_number(text)) {
        return std::string(text);
    }
    return "'" + std::string(text);
}

std::string csv_field(std::string_view raw) {
    const std::string text = spreadsheet_text(raw);
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char ch : text) {
        if (ch == '"') out += '"';
        out += ch;
    }
    out += '"';
    return out;
}

std::string render_csv(const ReportTable& table) {
    std::string out;
    auto line = [&out](const auto& cells, auto text_of) {
        bool first = true;
        for (const auto& cell : cells) {
            if (!first) out += ',';
            out += text_of(cell);
            first = false;
        }
        out += "\r\n";
    };
    line(table.columns, [](const std::string& name) { return csv_field(name); });
    for (const auto& row : table.rows) {
        line(row, [](const ReportCell& cell) {
            // Numbers are written as they are: "-3" is a figure, not a formula.
            return std::visit(Overloaded{[](std::monostate) { return std::string{}; },
                                         [](const std::string& text) { return csv_field(text); },
                                         [](std::int64_t n) { return std::to_string(n); },
                                         [](double x) { return number_text(x); }},
                              cell);
        });
    }
    return out;
}

core::Result<std::string> render_xlsx(const ReportTable& table,
                                      const std::filesystem::path& temp_dir) {
    const FileGuard file{temp_dir / ("tanggap-report-" + util::random_token(12) + ".xlsx")};
    const std::string temp_text = temp_dir.string();
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(temp_text.c_str());  // the C API is not const-correct
    lxw_workbook* workbook = workbook_new_opt(file.path.c_str(), &options);
    if (workbook == nullptr) return xlsx_error("workbook");
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.sheet_name.c_str());
    lxw_format* bold = workbook_add_format(workbook);
    if (sheet == nullptr || bold == nullptr) {
        workbook_close(workbook);
        return xlsx_error("worksheet");
    }
    format_set_bold(bold);
    for (std::size_t col = 0; col < table.columns.size(); ++col) {
        worksheet_write_string(sheet,
                               0,
                               static_cast<lxw_col_t>(col),
                               spreadsheet_text(table.columns[col]).c_str(),
                               bold);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            std::visit(
                Overloaded{[](std::monostate) {},
                           [&](const std::string& text) {
                               worksheet_write_string(
                                   sheet, row, col, spreadsheet_text(text).c_str(), nullptr);
                           },
                           [&](std::int64_t n) {
                               worksheet_write_number(
                                   sheet, row, col, static_cast<double>(n), nullptr);
                           },
                           [&](double x) { worksheet_write_number(sheet, row, col, x, nullptr); }},
                table.rows[r][c]);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) return xlsx_error("close");

    std::ifstream in(file.path, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) return xlsx_error("read back");
    if (bytes.empty()) return xlsx_error("empty");
    return bytes;
}

}  // namespace tanggap::api

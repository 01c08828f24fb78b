#include "demo/area_data.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

namespace tanggap::demo {
namespace {

using core::ErrorCode;
using core::make_error;
using core::Result;

struct Row {
    std::string code;
    std::string parent;
    std::string name;
};

Result<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return make_error(ErrorCode::unavailable,
                          "Berkas data wilayah tidak dapat dibaca: " + path.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        return make_error(ErrorCode::unavailable,
                          "Berkas data wilayah gagal dibaca: " + path.string());
    }
    return text.str();
}

// Splits an unquoted line without allocating (villages.csv has 83,000 lines, and we keep a few
// hundred); a line with a quote goes through split_csv_record().
void split_plain(std::string_view line, std::vector<std::string_view>& fields) {
    fields.clear();
    std::size_t start = 0;
    while (true) {
        auto comma = line.find(',', start);
        if (comma == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return;
        }
        fields.push_back(line.substr(start, comma - start));
        start = comma + 1;
    }
}

// Reads the rows of a code/<parent_column>/name table whose parent passes `keep`, finding the
// columns by their header names so a reordered file still reads correctly.
template <class Keep>
Result<std::vector<Row>> read_table(const std::filesystem::path& path,
                                    std::string_view parent_column,
                                    Keep keep) {
    auto text = read_file(path);
    if (!text) return text.error();
    const std::string_view all(*text);
    std::vector<Row> rows;
    std::size_t code = 0, parent = 0, name = 0, columns = 0;
    bool header = true;
    std::vector<std::string_view> fields;
    std::optional<std::vector<std::string>> quoted;
    std::size_t line_no = 0;
    for (std::size_t pos = 0; pos < all.size();) {
        auto end = all.find('\n', pos);
        if (end == std::string_view::npos) end = all.size();
        auto line = all.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        auto malformed = [&] {
            return make_error(
                ErrorCode::invalid_field,
                "Baris " + std::to_string(line_no) + " tidak sah di " + path.string());
        };
        if (line.find('"') == std::string_view::npos) {
            split_plain(line, fields);
        } else {
            quoted = split_csv_record(line);
            if (!quoted) return malformed();
            fields.assign(quoted->begin(), quoted->end());
        }
        if (header) {
            auto column = [&](std::string_view wanted) -> std::optional<std::size_t> {
                auto it = std::find(fields.begin(), fields.end(), wanted);
                if (it == fields.end()) return std::nullopt;
                return static_cast<std::size_t>(it - fields.begin());
            };
            auto c = column("code");
            auto p = column(parent_column);
            auto n = column("name");
            if (!c || !p || !n) {
                return make_error(ErrorCode::invalid_field,
                                  "Kolom code, " + std::string(parent_column) +
                                      " dan name tidak ada di " + path.string());
            }
            code = *c;
            parent = *p;
            name = *n;
            columns = fields.size();
            header = false;
            continue;
        }
        if (fields.size() != columns) return malformed();
        if (!keep(fields[parent])) continue;
        rows.push_back(
            Row{std::string(fields[code]), std::string(fields[parent]), std::string(fields[name])});
    }
    if (header) {
        return make_error(ErrorCode::invalid_field, "Berkas kosong: " + path.string());
    }
    return rows;
}

bool is_all_upper(std::string_view word) {
    bool any_letter = false;
    for (unsigned char c : word) {
        if (std::islower(c)) return false;
        if (std::isupper(c)) any_letter = true;
    }
    return any_letter;
}

bool is_roman_numeral(std::string_view word) {
    return !word.empty() && word.find_first_not_of("IVX") == std::string_view::npos;
}

}  // namespace

bool Village::is_kelurahan() const {
    auto dot = code.rfind('.');
    return dot != std::string::npos && dot + 1 < code.size() && code[dot + 1] == '1';
}

std::optional<std::vector<std::string>> split_csv_record(std::string_view line) {
    std::vector<std::string> fields;
    std::size_t i = 0;
    while (true) {
        std::string field;
        if (i < line.size() && line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field += line[i++];
            }
            if (!closed || (i < line.size() && line[i] != ',')) return std::nullopt;
        } else {
            auto comma = line.find(',', i);
            auto end = comma == std::string_view::npos ? line.size() : comma;
            field.assign(line.substr(i, end - i));
            i = end;
        }
        fields.push_back(std::move(field));
        if (i >= line.size()) break;
        ++i;  // the comma
        if (i == line.size()) {
            fields.emplace_back();  // a trailing comma ends with an empty field
            break;
        }
    }
    return fields;
}

std::string title_case(std::string_view name) {
    std::string out(name);
    // Mixed case is the data's own spelling, acronyms included ("Sp Ii", "UPT"): keep it.
    if (!is_all_upper(name)) return out;
    std::size_t start = 0;
    while (start < out.size()) {
        auto end = out.find(' ', start);
        if (end == std::string::npos) end = out.size();
        std::string_view word(out.data() + start, end - start);
        if (!is_roman_numeral(word)) {
            for (std::size_t i = start + 1; i < end; ++i) {
                out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
            }
        }
        start = end + 1;
    }
    return out;
}

core::Result<RegencyArea> read_regency_area(const std::filesystem::path& data_dir,
                                            std::string_view regency_code) {
    const auto districts_path = data_dir / "districts.csv";
    const auto villages_path = data_dir / "villages.csv";
    // Name the missing file before reading the other, larger one.
    for (const auto& path : {districts_path, villages_path}) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) {
            return make_error(ErrorCode::unavailable,
                              "Berkas data wilayah tidak ditemukan: " + path.string());
        }
    }

    auto districts = read_table(districts_path, "regency_code", [&](std::string_view regency) {
        return regency == regency_code;
    });
    if (!districts) return districts.error();
    RegencyArea area;
    area.regency_code = std::string(regency_code);
    std::set<std::string, std::less<>> district_codes;
    for (auto& row : *districts) {
        district_codes.insert(row.code);
        area.districts.push_back(District{std::move(row.code), title_case(row.name)});
    }
    if (area.districts.empty()) {
        return make_error(ErrorCode::invalid_field,
                          "Kabupaten/kota " + std::string(regency_code) + " tidak ada di " +
                              districts_path.string(),
                          "regency_code");
    }

    auto villages = read_table(villages_path, "district_code", [&](std::string_view district) {
        return district_codes.contains(district);
    });
    if (!villages) return villages.error();
    for (auto& row : *villages) {
        area.villages.push_back(
            Village{std::move(row.code), std::move(row.parent), title_case(row.name)});
    }

    auto by_code = [](const auto& a, const auto& b) { return a.code < b.code; };
    std::sort(area.districts.begin(), area.districts.end(), by_code);
    std::sort(area.villages.begin(), area.villages.end(), by_code);
    return area;
}

}  // namespace tanggap::demo

#include "store/postgres/sql_translation.hpp"

#include <algorithm>
#include <cctype>

namespace tanggap::store::postgres {
namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// The highest "?N" outside quotes, so named parameters can be numbered after it.
int highest_numbered(std::string_view sql) {
    int highest = 0;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            int n = 0;
            std::size_t j = i + 1;
            while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j])) != 0) {
                n = n * 10 + (sql[j] - '0');
                ++j;
            }
            highest = std::max(highest, n);
        }
    }
    return highest;
}

}  // namespace

TranslatedSql translate_parameters(std::string_view sql) {
    TranslatedSql out;
    const int numbered = highest_numbered(sql);
    out.first_named = numbered + 1;
    out.parameter_count = numbered;
    out.text.reserve(sql.size() + 8);
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
            out.text += c;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out.text += c;
        } else if (c == '?' && i + 1 < sql.size() &&
                   std::isdigit(static_cast<unsigned char>(sql[i + 1])) != 0) {
            out.text += '$';
        } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
            out.text += "::";  // a cast
            ++i;
        } else if (c == ':' && i + 1 < sql.size() &&
                   (std::isalpha(static_cast<unsigned char>(sql[i + 1])) != 0 ||
                    sql[i + 1] == '_')) {
            std::size_t end = i + 1;
            while (end < sql.size() && is_name_char(sql[end])) ++end;
            const std::string name(sql.substr(i, end - i));
            auto found = std::find(out.names.begin(), out.names.end(), name);
            if (found == out.names.end()) {
                out.names.push_back(name);
                found = out.names.end() - 1;
            }
            const int number = out.first_named + static_cast<int>(found - out.names.begin());
            out.parameter_count = std::max(out.parameter_count, number);
            out.text += '$';
            out.text += std::to_string(number);
            i = end - 1;
        } else {
            out.text += c;
        }
    }
    return out;
}

}  // namespace tanggap::store::postgres

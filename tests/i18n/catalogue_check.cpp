// catalogue_check <checkout> [--sources-only | --list]: fails when a message the server can
// show is missing from the catalogue (src/i18n/catalogue.cpp), when a catalogue key is used
// nowhere, or when a message or a key spells a domain word the way the glossary
// (ARCHITECTURE.md) forbids.
//
// A message is the message argument of make_error(code, MESSAGE, ...), core::Error{code,
// MESSAGE, ...} and of the few helpers that pass theirs on (kMessageCalls). Its string literals
// are its fixed text; every other operand of a `+` is a "{}" part, and `c ? a : b` is read as
// both texts. So `"JSON tidak sah: " + ec.message()` must be catalogued as "JSON tidak sah: {}".
// A message held in a variable or a table is not read here; its key counts as used when it
// appears as a string literal in src/.
//
// --sources-only checks the messages alone (no unused keys), for the planted tree; --list prints
// every message found, "{}" for its parts, to start a catalogue entry from.
//
// src/app and src/store/transfer are left out: the command line's and start-up's texts, shown
// to the operator on the console, never in an HTTP response.
#include "i18n/translate.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using tanggap::i18n::catalogue;

namespace {

struct MessageCall {
    std::string_view name;
    std::size_t message_argument;
};

// The calls whose argument at that place is a message shown to a client.
constexpr MessageCall kMessageCalls[] = {
    {"make_error", 1},   // core::make_error(code, message, field)
    {"Error", 1},        // core::Error{code, message, field}
    {"route_error", 2},  // http/pipeline.cpp: (request, code, message)
    {"early_error", 2},  // http/server.cpp: (status, code, message)
    {"invalid", 0},      // domain/submission.cpp, service/admin_rules.cpp: (message, field)
    {"refuse", 0},       // domain/photo_blur.cpp, api/staff.cpp: (message)
    {"field_error", 0},  // api/admin_deadlines.cpp: (message, field)
    {"malformed", 0},    // media/multipart.cpp: the part after "Format multipart tidak valid: "
    {"line_error", 1},   // sla/holidays.cpp: the part after "Baris {}: "
};

// A spelling the glossary (ARCHITECTURE.md) forbids in messages, the word to use, and the
// phrases in which the spelling means something else and stays.
struct Forbidden {
    std::string_view spelling;
    std::string_view use;
    std::initializer_list<std::string_view> except = {};
};

const Forbidden kForbidden[] = {
    {"pengaduan", "aduan: pengaduan is only the kind", {"pengaduan, aspirasi"}},
    {"Pengaduan", "Aduan: pengaduan is only the kind"},
    {"laporan",
     "aduan: a laporan is a document (the monev report) or a report-stage photo",
     {"foto laporan", "laporan kinerja", "laporan layanan darurat"}},
    {"Laporan",
     "Aduan: a laporan is a document (the monev report) or a report-stage photo",
     {"Laporan unit lain"}},
    {"keluhan", "aduan"},
    {"Keluhan", "Aduan"},
    {"pengadu ", "pelapor"},
    {"Masa simpan", "Masa retensi"},
    {"masa simpan", "masa retensi"},
    {"langkah", "tahap (a step of a deadline policy)"},
    {"Langkah", "Tahap (a step of a deadline policy)"},
    {"instansi", "unit, or perangkat daerah"},
    {"OPD", "unit, or perangkat daerah"},
    {"SKPD", "unit, or perangkat daerah"},
    {"email", "e-mail"},
    {"Email", "E-mail"},
};

// The forbidden spellings `text` uses, each with the word to use.
std::vector<std::string> misspellings(std::string text) {
    std::vector<std::string> out;
    for (const auto& f : kForbidden) {
        std::string rest = text;
        for (auto allowed : f.except) {
            for (auto at = rest.find(allowed); at != std::string::npos; at = rest.find(allowed)) {
                rest.erase(at, allowed.size());
            }
        }
        if (rest.find(f.spelling) != std::string::npos) {
            out.push_back("spells \"" + std::string(f.spelling) + "\"; the glossary says " +
                          std::string(f.use));
        }
    }
    return out;
}

struct Token {
    enum Kind { word, literal, punct } kind;
    std::string text;  // a literal's decoded content
    int line;
};

std::vector<Token> lex(const std::string& s) {
    std::vector<Token> out;
    int line = 1;
    std::size_t i = 0;
    const auto n = s.size();
    while (i < n) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
            while (i < n && s[i] != '\n') ++i;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            const auto end = s.find("*/", i + 2);
            const auto stop = end == std::string::npos ? n : end + 2;
            line += static_cast<int>(std::count(s.begin() + i, s.begin() + stop, '\n'));
            i = stop;
        } else if (c == 'R' && i + 1 < n && s[i + 1] == '"') {
            const auto open = s.find('(', i);
            const std::string close = ")" + s.substr(i + 2, open - i - 2) + "\"";
            const auto end = s.find(close, open);
            const auto stop = end == std::string::npos ? n : end + close.size();
            out.push_back({Token::literal, s.substr(open + 1, end - open - 1), line});
            line += static_cast<int>(std::count(s.begin() + i, s.begin() + stop, '\n'));
            i = stop;
        } else if (c == '"' || c == '\'') {
            std::string text;
            ++i;
            while (i < n && s[i] != c) {
                if (s[i] == '\\' && i + 1 < n) {
                    ++i;
                    switch (s[i]) {
                        case 'n':
                            text += '\n';
                            break;
                        case 't':
                            text += '\t';
                            break;
                        default:
                            text += s[i];
                    }
                } else {
                    text += s[i];
                }
                ++i;
            }
            ++i;
            if (c == '"') {
                out.push_back({Token::literal, text, line});
            } else {
                out.push_back({Token::punct, "'", line});
            }
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            const auto start = i;
            while (i < n && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' ||
                             s[i] == '\'')) {
                ++i;
            }
            out.push_back({Token::word, s.substr(start, i - start), line});
        } else if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else {
            out.push_back({Token::punct, std::string(1, c), line});
            ++i;
        }
    }
    return out;
}

using Span = std::pair<std::size_t, std::size_t>;  // [first, last) of tokens

bool opens(const std::string& t) { return t == "(" || t == "{" || t == "["; }
bool closes(const std::string& t) { return t == ")" || t == "}" || t == "]"; }

// The index of the token closing the bracket at `open`.
std::size_t closing(const std::vector<Token>& t, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < t.size(); ++i) {
        if (t[i].kind != Token::punct) continue;
        if (opens(t[i].text)) ++depth;
        if (closes(t[i].text) && --depth == 0) return i;
    }
    return t.size();
}

// The parts of [first, last) separated by `sep` outside brackets.
std::vector<Span> split(const std::vector<Token>& t, Span span, const std::string& sep) {
    std::vector<Span> out;
    int depth = 0;
    std::size_t start = span.first;
    for (std::size_t i = span.first; i < span.second; ++i) {
        if (t[i].kind != Token::punct) continue;
        if (opens(t[i].text)) ++depth;
        if (closes(t[i].text)) --depth;
        if (depth == 0 && t[i].text == sep) {
            out.push_back({start, i});
            start = i + 1;
        }
    }
    out.push_back({start, span.second});
    return out;
}

bool is(const std::vector<Token>& t, std::size_t i, const char* text) {
    return i < t.size() && t[i].text == text && t[i].kind != Token::literal;
}

// Every text an expression can make, "{}" for each part not written as a literal. Empty when
// the expression holds no literal (a message in a variable).
std::vector<std::string> texts(const std::vector<Token>& t, Span span) {
    const auto [first, last] = span;
    if (first >= last) return {};
    // c ? a : b, the lowest precedence: both branches.
    auto question = split(t, span, "?");
    if (question.size() > 1) {
        const Span rest{question[1].first, span.second};
        auto branches = split(t, rest, ":");
        std::vector<std::string> out;
        if (branches.size() != 2) return {"{?}"};
        for (const auto& branch : branches) {
            auto more = texts(t, branch);
            if (more.empty()) more = {"{}"};
            out.insert(out.end(), more.begin(), more.end());
        }
        return out;
    }
    std::vector<std::string> out{""};
    bool any_literal = false;
    for (const auto& operand : split(t, span, "+")) {
        auto [a, b] = operand;
        // std::string("...") and std::string_view("...") are their literal.
        if (b - a >= 4 && is(t, a, "std") && is(t, a + 1, ":") && is(t, a + 2, ":") &&
            (t[a + 3].text == "string" || t[a + 3].text == "string_view") && is(t, a + 4, "(") &&
            closing(t, a + 4) == b - 1) {
            a += 5;
            b -= 1;
        }
        std::vector<std::string> pieces;
        if (is(t, a, "(") && closing(t, a) == b - 1) {
            pieces = texts(t, {a + 1, b - 1});
        } else {
            bool all_literal = a < b;
            std::string joined;
            for (auto i = a; i < b; ++i) {
                if (t[i].kind != Token::literal) all_literal = false;
                joined += t[i].text;
            }
            if (all_literal) pieces = {joined};
        }
        if (pieces.empty()) {
            pieces = {"{}"};
        } else {
            any_literal = true;
        }
        std::vector<std::string> joined;
        for (const auto& head : out) {
            for (const auto& piece : pieces) {
                // Two parts side by side are one part: nothing could tell them apart.
                if (piece.starts_with("{}") && head.ends_with("{}")) {
                    joined.push_back(head + piece.substr(2));
                } else {
                    joined.push_back(head + piece);
                }
            }
        }
        out = std::move(joined);
    }
    if (!any_literal) return {};
    return out;
}

struct Found {
    std::string text;
    std::string where;
};

struct Scan {
    std::vector<Found> messages;
    std::set<std::string> literals;
};

void scan_file(const fs::path& path, const std::string& shown, Scan& scan) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto t = lex(buffer.str());
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind == Token::literal) {
            scan.literals.insert(t[i].text);
            continue;
        }
        if (t[i].kind != Token::word) continue;
        const auto call = std::find_if(std::begin(kMessageCalls),
                                       std::end(kMessageCalls),
                                       [&](const MessageCall& m) { return m.name == t[i].text; });
        if (call == std::end(kMessageCalls)) continue;
        std::size_t open = i + 1;
        if (is(t, open, "<")) {  // field_error<T>(...)
            while (open < t.size() && !is(t, open, ">")) ++open;
            ++open;
        }
        const bool brace = call->name == "Error";
        if (!is(t, open, brace ? "{" : "(")) continue;
        // A declaration ("core::Error invalid(std::string message, ...)") is not a call.
        const bool after_keyword =
            i > 0 && (t[i - 1].text == "return" || t[i - 1].text == "co_return" ||
                      t[i - 1].text == "throw" || t[i - 1].text == "else");
        if (i > 0 && (t[i - 1].kind == Token::word || is(t, i - 1, ">")) && !after_keyword) {
            continue;
        }
        const auto close = closing(t, open);
        const auto arguments = split(t, {open + 1, close}, ",");
        if (arguments.size() <= call->message_argument) continue;
        const std::string where = shown + ":" + std::to_string(t[i].line);
        for (auto& text : texts(t, arguments[call->message_argument])) {
            scan.messages.push_back({text, where});
        }
    }
}

bool left_out(const std::string& relative) {
    return relative.starts_with("src/app/") || relative.starts_with("src/store/transfer/");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: catalogue_check <checkout> [--sources-only | --list]\n");
        return 2;
    }
    const fs::path root = argv[1];
    const bool sources_only = argc > 2 && std::string_view(argv[2]) == "--sources-only";
    Scan scan;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root / "src")) {
        const auto name = entry.path().filename().string();
        if (!entry.is_regular_file()) continue;
        if (!(name.ends_with(".cpp") || name.ends_with(".hpp"))) continue;
        if (name.ends_with("_test.cpp") || name.ends_with("_bench.cpp") ||
            name.ends_with("_fixture.hpp") || name == "catalogue.cpp") {
            continue;
        }
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        const auto relative = fs::relative(path, root).generic_string();
        if (left_out(relative)) continue;
        scan_file(path, relative, scan);
    }

    std::set<std::string> keys;
    for (const auto& entry : catalogue()) keys.insert(std::string(entry.indonesian));

    std::vector<std::string> problems;
    std::set<std::string> used;
    for (const auto& m : scan.messages) {
        used.insert(m.text);
        if (m.text.find("{?}") != std::string::npos) {
            problems.push_back(m.where +
                               ": a message this check cannot read; write it as "
                               "literals and parts joined by +");
        } else if (!keys.contains(m.text)) {
            problems.push_back(m.where + ": not in the catalogue: \"" + m.text + "\"");
        }
        for (const auto& why : misspellings(m.text)) {
            problems.push_back(m.where + ": \"" + m.text + "\" " + why);
        }
    }
    if (!sources_only) {
        for (const auto& key : keys) {
            for (const auto& why : misspellings(key)) {
                problems.push_back("src/i18n/catalogue.cpp: key \"" + key + "\" " + why);
            }
            if (!used.contains(key) && !scan.literals.contains(key)) {
                problems.push_back("src/i18n/catalogue.cpp: key \"" + key +
                                   "\" is used nowhere in src/");
            }
        }
    }
    // Each problem once, in order.
    std::sort(problems.begin(), problems.end());
    problems.erase(std::unique(problems.begin(), problems.end()), problems.end());
    if (argc > 2 && std::string_view(argv[2]) == "--list") {
        std::set<std::string> texts;
        for (const auto& m : scan.messages) texts.insert(m.text);
        for (const auto& text : texts) std::printf("%s\n", text.c_str());
        return 0;
    }
    for (const auto& p : problems) std::printf("%s\n", p.c_str());
    if (!problems.empty()) {
        std::printf("%zu catalogue problem(s)\n", problems.size());
        return 1;
    }
    std::printf("catalogue: %zu messages in %zu files, %zu keys, all covered and used\n",
                scan.messages.size(),
                files.size(),
                keys.size());
    return 0;
}

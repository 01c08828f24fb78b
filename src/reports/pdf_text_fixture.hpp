#pragma once
// For tests: what poppler reads from a PDF (pdftotext, pdfinfo; poppler-utils is in the
// Makefile's packages), so that a test checks the document a reader gets, not cairo's bytes.

#include "util/temp_dir.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>

namespace tanggap::reports {

inline std::string run_command(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return out;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    ::pclose(pipe);
    return out;
}

struct PdfProbe {
    std::string text;  // pdftotext -layout; empty when poppler could not read it
    int pages = 0;     // pdfinfo's "Pages:"; 0 when it could not read it
};

inline PdfProbe probe_pdf(const std::string& bytes) {
    util::TempDir dir("tanggap-pdf");
    const auto file = dir.file("letter.pdf");
    std::ofstream(file, std::ios::binary) << bytes;
    PdfProbe probe;
    probe.text = run_command("pdftotext -layout '" + file + "' - 2>/dev/null");
    const auto info = run_command("pdfinfo '" + file + "' 2>/dev/null");
    std::smatch m;
    if (std::regex_search(info, m, std::regex("Pages:\\s+([0-9]+)"))) probe.pages = std::stoi(m[1]);
    return probe;
}

}  // namespace tanggap::reports

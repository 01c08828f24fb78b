#pragma once
// The monthly monev (monitoring dan evaluasi) report of one unit as a one-page A4 PDF: its key
// figures and bar charts, drawn with cairo. Knows nothing of where the figures come from: the
// API fills a MonevSheet from the performance report (service/performance_report.hpp).

#include <string>
#include <utility>
#include <vector>

namespace tanggap::reports {

struct BarChart {
    std::string title;
    std::string value_suffix;                          // e.g. "%" or "" for counts
    double max_value = 0;                              // the axis end; 0: the largest bar
    std::vector<std::pair<std::string, double>> bars;  // label, value; drawn top to bottom
};

struct MonevSheet {
    std::string title;      // e.g. "Laporan Monev Pengaduan"
    std::string unit_name;  // e.g. "Dinas Sosial"
    std::string period;     // e.g. "Mei 2022"
    std::string generated;  // e.g. "Dibuat 30 November 2026 16:00 WIB oleh Tanggap"
    std::vector<std::pair<std::string, std::string>> figures;  // label, formatted value
    std::vector<BarChart> charts;    // at most two fit on the page; bars beyond 12 are cut
    std::vector<std::string> notes;  // definitions, printed small at the foot of the page
};

// The PDF bytes. Throws std::runtime_error when cairo fails (out of memory).
std::string render_monev_pdf(const MonevSheet& sheet);

}  // namespace tanggap::reports

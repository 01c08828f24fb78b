#include "reports/monev_pdf.hpp"

#include "reports/leak_suppressions.hpp"

#include <algorithm>
#include <cairo-pdf.h>
#include <cairo.h>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace tanggap::reports {
namespace {

// A4 in PostScript points.
constexpr double kWidth = 595.0;
constexpr double kHeight = 842.0;
constexpr double kMargin = 48.0;
constexpr std::size_t kMaxBars = 12;
constexpr const char* kFont = "DejaVu Sans";

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void font(cairo_t* cr, double size, bool bold = false) {
    cairo_select_font_face(cr,
                           kFont,
                           CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

void text(cairo_t* cr, double x, double y, const std::string& s) {
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, s.c_str());
}

double text_width(cairo_t* cr, const std::string& s) {
    cairo_text_extents_t extents;
    cairo_text_extents(cr, s.c_str(), &extents);
    return extents.x_advance;
}

// Shortens `s` (UTF-8 safe: cuts at a character boundary) until it fits in `width`.
std::string fit(cairo_t* cr, std::string s, double width) {
    if (text_width(cr, s) <= width) return s;
    while (!s.empty() && text_width(cr, s + "…") > width) {
        s.pop_back();
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
        if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0xC0) s.pop_back();
    }
    return s + "…";
}

std::string format_value(double value, const std::string& suffix) {
    char out[32];
    if (value == static_cast<long long>(value)) {
        std::snprintf(out, sizeof out, "%lld", static_cast<long long>(value));
    } else {
        std::snprintf(out, sizeof out, "%.1f", value);
    }
    return out + suffix;
}

// Draws `chart` in the box starting at y; returns the y below it.
double draw_chart(cairo_t* cr, const BarChart& chart, double y) {
    font(cr, 12, true);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, kMargin, y, chart.title);
    y += 10;
    if (chart.bars.empty()) {
        font(cr, 10);
        text(cr, kMargin, y + 14, "Tidak ada data pada periode ini.");
        return y + 34;
    }
    const std::size_t shown = std::min(chart.bars.size(), kMaxBars);
    double max_value = chart.max_value;
    for (std::size_t i = 0; i < shown; ++i) max_value = std::max(max_value, chart.bars[i].second);
    if (max_value <= 0) max_value = 1;
    const double label_width = 170, bar_left = kMargin + label_width + 8;
    const double bar_span = kWidth - kMargin - bar_left - 50, bar_height = 13, gap = 5;
    font(cr, 9);
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& [label, value] = chart.bars[i];
        const double top = y + static_cast<double>(i) * (bar_height + gap);
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        text(cr, kMargin, top + 10, fit(cr, label, label_width));
        cairo_set_source_rgb(cr, 0.0, 0.40, 0.55);
        cairo_rectangle(cr, bar_left, top, std::max(1.0, bar_span * value / max_value), bar_height);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        text(cr,
             bar_left + bar_span * value / max_value + 4,
             top + 10,
             format_value(value, chart.value_suffix));
    }
    double bottom = y + static_cast<double>(shown) * (bar_height + gap);
    if (chart.bars.size() > shown) {
        font(cr, 8);
        text(cr,
             kMargin,
             bottom + 8,
             "… dan " + std::to_string(chart.bars.size() - shown) + " lainnya");
        bottom += 12;
    }
    return bottom + 18;
}

}  // namespace

std::string render_monev_pdf(const MonevSheet& sheet) {
    keep_leak_suppressions();
    std::string bytes;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create_for_stream(append, &bytes, kWidth, kHeight),
        cairo_surface_destroy);
    cairo_pdf_surface_set_metadata(
        surface.get(),
        CAIRO_PDF_METADATA_TITLE,
        (sheet.title + " " + sheet.unit_name + " " + sheet.period).c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Tanggap");
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> context(cairo_create(surface.get()),
                                                               cairo_destroy);
    cairo_t* cr = context.get();

    double y = kMargin + 10;
    cairo_set_source_rgb(cr, 0.0, 0.30, 0.45);
    font(cr, 18, true);
    text(cr, kMargin, y, sheet.title);
    y += 24;
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    font(cr, 14, true);
    text(cr, kMargin, y, fit(cr, sheet.unit_name, kWidth - 2 * kMargin));
    y += 18;
    font(cr, 11);
    text(cr, kMargin, y, "Periode: " + sheet.period);
    y += 14;
    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    font(cr, 8);
    text(cr, kMargin, y, sheet.generated);
    y += 12;
    cairo_set_source_rgb(cr, 0.0, 0.30, 0.45);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, kMargin, y);
    cairo_line_to(cr, kWidth - kMargin, y);
    cairo_stroke(cr);
    y += 22;

    for (const auto& [label, value] : sheet.figures) {
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        font(cr, 10);
        text(cr, kMargin, y, fit(cr, label, 300));
        font(cr, 10, true);
        cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
        text(cr, kMargin + 310, y, fit(cr, value, kWidth - 2 * kMargin - 310));
        y += 16;
    }
    y += 16;
    for (std::size_t i = 0; i < sheet.charts.size() && i < 2; ++i) {
        y = draw_chart(cr, sheet.charts[i], y);
    }

    double foot = kHeight - kMargin - 11.0 * static_cast<double>(sheet.notes.size());
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    font(cr, 7.5);
    for (const auto& note : sheet.notes) {
        text(cr, kMargin, foot, fit(cr, note, kWidth - 2 * kMargin));
        foot += 11;
    }

    cairo_show_page(cr);
    context.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        throw std::runtime_error(std::string("PDF: ") +
                                 cairo_status_to_string(cairo_surface_status(surface.get())));
    }
    return bytes;
}

}  // namespace tanggap::reports

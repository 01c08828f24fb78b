#include "reports/letter_pdf.hpp"

#include "reports/leak_suppressions.hpp"

#include <algorithm>
#include <cairo-pdf.h>
#include <cairo.h>
#include <memory>
#include <numeric>
#include <pango/pangocairo.h>
#include <stdexcept>

namespace tanggap::reports {
namespace {

// A4 in PostScript points; pango is set to 72 dpi so its points are these too.
constexpr double kWidth = 595.0;
constexpr double kHeight = 842.0;
constexpr double kLeft = 64.0;
constexpr double kRight = 56.0;
constexpr double kTop = 48.0;
constexpr double kBottom = kHeight - 56.0;  // the footer sits below
constexpr double kTextWidth = kWidth - kLeft - kRight;
constexpr double kCellPad = 4.0;
constexpr const char* kFamily = "DejaVu Sans";

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

int pango_units(double points) { return static_cast<int>(points * PANGO_SCALE); }

struct Style {
    double size = 10;
    bool bold = false;
    bool italic = false;
    PangoAlignment align = PANGO_ALIGN_LEFT;
    bool justify = false;
};

using LayoutPtr = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;

// Lays `text` out in `width` points; `max_lines` > 0 cuts it there with "…".
LayoutPtr layout_of(
    cairo_t* cr, const std::string& text, double width, const Style& style, int max_lines = 0) {
    LayoutPtr layout(pango_cairo_create_layout(cr), g_object_unref);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout.get()), 72);
    pango_layout_context_changed(layout.get());
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(
        pango_font_description_new(), pango_font_description_free);
    pango_font_description_set_family(font.get(), kFamily);
    pango_font_description_set_size(font.get(), pango_units(style.size));
    pango_font_description_set_weight(font.get(),
                                      style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(),
                                     style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), pango_units(width));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align);
    pango_layout_set_justify(layout.get(), style.justify);
    if (max_lines > 0) {
        pango_layout_set_height(layout.get(), -max_lines);
        pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    return layout;
}

double height_of(PangoLayout* layout) {
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
}

// One letter's pages: where the next line goes, and a fresh page when it would not fit.
class Pages {
  public:
    Pages(cairo_t* cr, int letter, int letters) : cr_(cr), letter_(letter), letters_(letters) {}

    double y() const { return y_; }
    void advance(double by) { y_ += by; }

    // Makes room for `height` points, on a new page when this one has too little left.
    void need(double height) {
        if (y_ + height > kBottom && y_ > kTop) next_page();
    }

    void next_page() {
        footer();
        cairo_show_page(cr_);
        ++page_;
        y_ = kTop;
    }

    void finish() {
        footer();
        cairo_show_page(cr_);
    }

    // Draws `layout` at x line by line, breaking pages between lines.
    void flow(PangoLayout* layout, double x) {
        PangoLayoutIter* iter = pango_layout_get_iter(layout);
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            const double height = static_cast<double>(logical.height) / PANGO_SCALE;
            const double baseline =
                static_cast<double>(pango_layout_iter_get_baseline(iter) - logical.y) / PANGO_SCALE;
            need(height);
            cairo_move_to(cr_, x + static_cast<double>(logical.x) / PANGO_SCALE, y_ + baseline);
            pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(iter));
            y_ += height;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }

  private:
    void footer() {
        std::string text = "Halaman " + std::to_string(page_);
        if (letters_ > 1) {
            text = "Surat " + std::to_string(letter_) + " dari " + std::to_string(letters_) +
                   " · " + text;
        }
        Style style;
        style.size = 7.5;
        style.align = PANGO_ALIGN_RIGHT;
        auto layout = layout_of(cr_, text, kTextWidth, style);
        cairo_set_source_rgb(cr_, 0.4, 0.4, 0.4);
        cairo_move_to(cr_, kLeft, kHeight - 40);
        pango_cairo_show_layout(cr_, layout.get());
        cairo_set_source_rgb(cr_, 0, 0, 0);
    }

    cairo_t* cr_;
    int letter_;
    int letters_;
    int page_ = 1;
    double y_ = kTop;
};

void draw_letterhead(cairo_t* cr, Pages& pages, const std::vector<std::string>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Style style;
        style.align = PANGO_ALIGN_CENTER;
        style.bold = i < 2;
        style.size = i == 0 ? 13 : (i == 1 ? 12 : 8.5);
        auto layout = layout_of(cr, lines[i], kTextWidth, style);
        pages.flow(layout.get(), kLeft);
    }
    pages.advance(4);
    cairo_set_line_width(cr, 2);
    cairo_move_to(cr, kLeft, pages.y());
    cairo_line_to(cr, kWidth - kRight, pages.y());
    cairo_stroke(cr);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, kLeft, pages.y() + 3);
    cairo_line_to(cr, kWidth - kRight, pages.y() + 3);
    cairo_stroke(cr);
    pages.advance(18);
}

void draw_mark(cairo_t* cr, const std::string& mark) {
    Style style;
    style.size = 9;
    style.bold = true;
    auto layout = layout_of(cr, mark, 160, style);
    int w = 0;
    int h = 0;
    pango_layout_get_pixel_size(layout.get(), &w, &h);
    const double x = kWidth - kRight - w - 8;
    const double y = 18;
    cairo_set_source_rgb(cr, 0.7, 0.0, 0.0);
    cairo_set_line_width(cr, 1.2);
    cairo_rectangle(cr, x - 5, y - 3, w + 10, h + 6);
    cairo_stroke(cr);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout.get());
    cairo_set_source_rgb(cr, 0, 0, 0);
}

void draw_meta(cairo_t* cr,
               Pages& pages,
               const std::vector<std::pair<std::string, std::string>>& meta) {
    constexpr double kLabel = 70;
    Style style;
    for (const auto& [label, value] : meta) {
        auto value_layout = layout_of(cr, value, kTextWidth - kLabel - 10, style);
        auto label_layout = layout_of(cr, label, kLabel, style);
        pages.need(height_of(label_layout.get()));
        cairo_move_to(cr, kLeft, pages.y());
        pango_cairo_show_layout(cr, label_layout.get());
        cairo_move_to(cr, kLeft + kLabel, pages.y());
        auto colon = layout_of(cr, ":", 10, style);
        pango_cairo_show_layout(cr, colon.get());
        pages.flow(value_layout.get(), kLeft + kLabel + 10);
    }
    pages.advance(14);
}

std::vector<double> column_widths(const LetterTable& t, std::size_t columns) {
    std::vector<double> shares = t.widths;
    shares.resize(columns, shares.empty() ? 1.0 : 0.0);
    if (std::all_of(shares.begin(), shares.end(), [](double s) { return s <= 0; })) {
        std::fill(shares.begin(), shares.end(), 1.0);
    }
    const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
    for (auto& s : shares) s = s / total * kTextWidth;
    return shares;
}

void draw_row(cairo_t* cr,
              Pages& pages,
              const std::vector<std::string>& cells,
              const std::vector<double>& widths,
              bool header) {
    Style style;
    style.size = 8.5;
    style.bold = header;
    std::vector<LayoutPtr> layouts;
    double height = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const std::string text = i < cells.size() ? cells[i] : "";
        layouts.push_back(layout_of(cr, text, widths[i] - 2 * kCellPad, style, kMaxCellLines));
        height = std::max(height, height_of(layouts.back().get()));
    }
    height += 2 * kCellPad;
    const double top = pages.y();
    double x = kLeft;
    if (header) {
        cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
        cairo_rectangle(cr, kLeft, top, kTextWidth, height);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
    }
    cairo_set_line_width(cr, 0.5);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        cairo_rectangle(cr, x, top, widths[i], height);
        cairo_stroke(cr);
        cairo_move_to(cr, x + kCellPad, top + kCellPad);
        pango_cairo_show_layout(cr, layouts[i].get());
        x += widths[i];
    }
    pages.advance(height);
}

double row_height(cairo_t* cr,
                  const std::vector<std::string>& cells,
                  const std::vector<double>& widths,
                  bool header) {
    Style style;
    style.size = 8.5;
    style.bold = header;
    double height = 0;
    for (std::size_t i = 0; i < widths.size() && i < cells.size(); ++i) {
        auto layout = layout_of(cr, cells[i], widths[i] - 2 * kCellPad, style, kMaxCellLines);
        height = std::max(height, height_of(layout.get()));
    }
    return height + 2 * kCellPad;
}

void draw_table(cairo_t* cr, Pages& pages, const LetterTable& t) {
    Style style;
    if (t.rows.empty()) {
        auto layout =
            layout_of(cr, t.empty_text.empty() ? "Tidak ada." : t.empty_text, kTextWidth, style);
        pages.flow(layout.get(), kLeft);
        pages.advance(8);
        return;
    }
    std::size_t columns = t.header.size();
    for (const auto& row : t.rows) columns = std::max(columns, row.size());
    const auto widths = column_widths(t, columns);
    const double header_height = t.header.empty() ? 0 : row_height(cr, t.header, widths, true);
    bool header_due = !t.header.empty();
    for (const auto& row : t.rows) {
        const double height = row_height(cr, row, widths, false);
        if (pages.y() + height + (header_due ? header_height : 0) > kBottom) {
            pages.next_page();
            header_due = !t.header.empty();
        }
        if (header_due) {
            draw_row(cr, pages, t.header, widths, true);
            header_due = false;
        }
        draw_row(cr, pages, row, widths, false);
    }
    pages.advance(10);
}

constexpr double kSignatureBlock = 230;
constexpr double kSignatureSpace = 54;  // for the wet signature and the stamp

double signature_height(cairo_t* cr, const Signature& s) {
    Style style;
    Style note_style;
    note_style.size = 8;
    double height = kSignatureSpace + 26;
    for (const auto* text : {&s.place_date, &s.office, &s.name}) {
        height += height_of(layout_of(cr, *text, kSignatureBlock, style).get());
    }
    return height + height_of(layout_of(cr, s.note, kSignatureBlock, note_style).get());
}

void draw_signature(cairo_t* cr, Pages& pages, const Signature& s) {
    constexpr double kBlock = kSignatureBlock;
    const double x = kWidth - kRight - kBlock;
    Style style;
    Style name_style;
    name_style.bold = true;
    Style note_style;
    note_style.size = 8;
    auto place = layout_of(cr, s.place_date, kBlock, style);
    auto office = layout_of(cr, s.office, kBlock, style);
    auto name = layout_of(cr, s.name, kBlock, name_style);
    auto note = layout_of(cr, s.note, kBlock, note_style);
    constexpr double kSpace = kSignatureSpace;
    pages.advance(10);
    pages.need(signature_height(cr, s));
    pages.flow(place.get(), x);
    pages.flow(office.get(), x);
    pages.advance(kSpace);
    pages.flow(name.get(), x);
    if (!s.note.empty()) pages.flow(note.get(), x);
}

void draw_letter(cairo_t* cr, const Letter& letter, int number, int count) {
    Pages pages(cr, number, count);
    if (!letter.mark.empty()) draw_mark(cr, letter.mark);
    draw_letterhead(cr, pages, letter.letterhead);
    draw_meta(cr, pages, letter.meta);
    Style style;
    for (const auto& line : letter.addressee) {
        auto layout = layout_of(cr, line, kTextWidth * 0.7, style);
        pages.flow(layout.get(), kLeft);
    }
    pages.advance(14);
    Style body;
    body.justify = true;
    Style head;
    head.bold = true;
    head.size = 10.5;
    for (std::size_t i = 0; i < letter.body.size(); ++i) {
        const auto& block = letter.body[i];
        switch (block.kind) {
            case BlockKind::paragraph: {
                auto layout = layout_of(cr, block.text, kTextWidth, body);
                // The closing paragraph goes with the signature: a page holding a signature
                // alone could be put before any letter.
                const double height = height_of(layout.get());
                if (i + 1 == letter.body.size() && height < (kBottom - kTop) / 3) {
                    pages.need(height + signature_height(cr, letter.signature));
                }
                pages.flow(layout.get(), kLeft);
                pages.advance(8);
                break;
            }
            case BlockKind::heading: {
                auto layout = layout_of(cr, block.text, kTextWidth, head);
                pages.need(height_of(layout.get()) + 40);  // not alone at a page's foot
                pages.flow(layout.get(), kLeft);
                pages.advance(4);
                break;
            }
            case BlockKind::table:
                draw_table(cr, pages, block.table);
                break;
        }
    }
    draw_signature(cr, pages, letter.signature);
    pages.finish();
}

}  // namespace

LetterBlock paragraph(std::string text) { return {BlockKind::paragraph, std::move(text), {}}; }
LetterBlock heading(std::string text) { return {BlockKind::heading, std::move(text), {}}; }
LetterBlock table(LetterTable t) { return {BlockKind::table, "", std::move(t)}; }

std::string render_letters_pdf(const LetterDocument& document) {
    keep_leak_suppressions();
    std::string bytes;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create_for_stream(append, &bytes, kWidth, kHeight),
        cairo_surface_destroy);
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Tanggap");
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> context(cairo_create(surface.get()),
                                                               cairo_destroy);
    cairo_t* cr = context.get();
    cairo_set_source_rgb(cr, 0, 0, 0);
    const int count = static_cast<int>(document.letters.size());
    for (int i = 0; i < count; ++i) {
        draw_letter(cr, document.letters[static_cast<std::size_t>(i)], i + 1, count);
    }
    if (count == 0) cairo_show_page(cr);
    context.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        throw std::runtime_error(std::string("PDF: ") +
                                 cairo_status_to_string(cairo_surface_status(surface.get())));
    }
    return bytes;
}

}  // namespace tanggap::reports

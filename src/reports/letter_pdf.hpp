#pragma once
// Official letters (surat dinas) as A4 PDF, drawn with cairo and laid out with pango: a
// letterhead, the number/date/subject lines, the addressee, paragraphs, simple tables and a
// signature block, several letters in one document (each from a fresh page). Text wraps at the
// margins and flows onto further pages; a table row never splits (a cell holds at most
// kMaxCellLines lines, the rest cut with "…"), and a table's header repeats on each page.
// Knows nothing of where the words come from: the API fills a LetterDocument.

#include <string>
#include <utility>
#include <vector>

namespace tanggap::reports {

inline constexpr int kMaxCellLines = 12;

struct LetterTable {
    std::vector<std::string> header;
    std::vector<double> widths;  // shares of the text width, one per column; empty: equal
    std::vector<std::vector<std::string>> rows;
    std::string empty_text;  // printed instead of an empty table, e.g. "Tidak ada."
};

enum class BlockKind { paragraph, heading, table };

struct LetterBlock {
    BlockKind kind = BlockKind::paragraph;
    std::string text;   // paragraph or heading
    LetterTable table;  // BlockKind::table
};

struct Signature {
    std::string place_date;  // "Indramayu, 7 Desember 2026"
    std::string office;      // "Pejabat Pelindungan Data Pribadi"
    std::string name;        // the officer
    std::string note;        // small print under the name, e.g. "Akun Tanggap: dewi.pdp"
};

struct Letter {
    std::vector<std::string> letterhead;  // first line largest: the government, then the office
    std::string mark;  // printed boxed at the top right when set, e.g. "KIRIM LEWAT POS"
    std::vector<std::pair<std::string, std::string>> meta;  // Nomor, Lampiran, Perihal, ...
    std::vector<std::string> addressee;                     // "Yth. ...", lines
    std::vector<LetterBlock> body;
    Signature signature;
};

struct LetterDocument {
    std::string title;  // PDF metadata
    std::vector<Letter> letters;
};

// Convenience builders for LetterBlock.
LetterBlock paragraph(std::string text);
LetterBlock heading(std::string text);
LetterBlock table(LetterTable table);

// The PDF bytes; an empty document gives one blank page. Throws std::runtime_error when cairo
// fails (out of memory).
std::string render_letters_pdf(const LetterDocument& document);

}  // namespace tanggap::reports

#include "store/sql/reporter_query.hpp"

#include "store/sql/complaint_rows.hpp"
#include "store/sql/reader.hpp"

#include <algorithm>

namespace tanggap::store::sql {

// "<> ''" is the partial index's condition: without it SQLite may not use the index, since
// it cannot tell that the bound phone is never ''.
const std::string kByReporterPhoneSql =
    "SELECT " + std::string(kComplaintColumns) +
    " FROM complaints c WHERE c.reporter_phone = ?1 AND c.reporter_phone <> ''"
    " ORDER BY c.created_at DESC, c.id DESC LIMIT ?2";

Result<std::vector<domain::Complaint>> read_complaints_by_reporter_phone(Connection& db,
                                                                         std::string_view phone,
                                                                         int limit) {
    if (phone.empty()) return std::vector<domain::Complaint>{};
    auto select = db.prepare(kByReporterPhoneSql);
    if (!select) return select.error();
    (*select)->bind_text(1, phone);
    (*select)->bind_int(2, std::clamp(limit, 1, kInboxMaxLimit));
    auto rows = collect_rows<domain::Complaint>(**select, read_complaint);
    if (!rows) return rows.error();

    // Visibility asks whether a unit has held the complaint; a caller has few complaints, so
    // one indexed look-up each is cheap.
    auto units =
        db.prepare("SELECT unit_code FROM complaint_units WHERE complaint_id = ?1 ORDER BY id");
    if (!units) return units.error();
    for (auto& complaint : *rows) {
        (*units)->reset();
        (*units)->bind_int(1, complaint.id);
        auto codes = collect_rows<std::string>(
            **units,
            [](const Statement& row) -> core::Result<std::string> { return row.column_text(0); });
        if (!codes) return codes.error();
        complaint.handling_units = std::move(*codes);
    }
    return rows;
}

}  // namespace tanggap::store::sql

#pragma once
// What the report endpoints (reports.cpp, monev_report.cpp) share: who may see which unit, and
// the answer that carries a file.

#include "api/api.hpp"
#include "core/error.hpp"
#include "domain/staff.hpp"
#include "http/types.hpp"
#include "reports/letter_pdf.hpp"

#include <boost/asio/awaitable.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace tanggap::api {

// Who sees what: the super admin, leadership and auditors every unit (nothing: no limit); a
// unit's officers and admin only the complaints their unit holds; operators (intake only)
// nothing. Errors: forbidden.
core::Result<std::optional<std::string>> unit_scope(const domain::StaffUser& staff);

// Records the signed-in staff member's download of `filename` in the audit log (an `export`
// entry) before the file leaves: when it cannot be recorded, nothing is sent.
boost::asio::awaitable<core::Result<void>> audit_export(Api& api,
                                                        const http::Context& ctx,
                                                        std::string filename);

// The letters' PDF, drawn on the CPU pool. Errors: internal when cairo fails.
boost::asio::awaitable<core::Result<std::string>> draw_letters(Api& api,
                                                               reports::LetterDocument document);

// A 200 download: the body with its type, `Content-Disposition: attachment` and no caching.
http::Response file_response(const http::Request& req,
                             std::string_view content_type,
                             const std::string& filename,
                             std::string body);

}  // namespace tanggap::api

#pragma once
// What the report endpoints (reports.cpp, monev_report.cpp) share: who may see which unit, and
// the answer that carries a file.

#include "core/error.hpp"
#include "domain/staff.hpp"
#include "http/types.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tanggap::api {

// Who sees what: the super admin, leadership and auditors every unit (nothing: no limit); a
// unit's officers and admin only the complaints their unit holds; operators (intake only)
// nothing. Errors: forbidden.
core::Result<std::optional<std::string>> unit_scope(const domain::StaffUser& staff);

// A 200 download: the body with its type, `Content-Disposition: attachment` and no caching.
http::Response file_response(const http::Request& req,
                             std::string_view content_type,
                             const std::string& filename,
                             std::string body);

}  // namespace tanggap::api

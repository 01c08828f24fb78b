#pragma once
// The signed-in staff member of a request: staff_only() (auth.cpp) puts it in the HTTP
// context's opaque principal slot, and the API's handlers read it here.

#include "domain/staff.hpp"
#include "http/types.hpp"

#include <optional>
#include <string>

namespace tanggap::api {

struct Principal {
    domain::StaffUser staff;
    std::string csrf_token;  // the session's, echoed by GET /api/v1/auth/me
};

// Null when no staff session authenticated the request.
inline const Principal* principal_of(const http::Context& ctx) {
    return std::any_cast<Principal>(&ctx.principal);
}

// Precondition: the handler runs behind staff_only(), which refuses requests without one.
inline const domain::StaffUser& staff_of(const http::Context& ctx) {
    return principal_of(ctx)->staff;
}

// The viewer as visibility_for() takes it: nobody for the public.
inline std::optional<domain::StaffUser> viewer_of(const http::Context& ctx) {
    const auto* principal = principal_of(ctx);
    if (!principal) return std::nullopt;
    return principal->staff;
}

}  // namespace tanggap::api

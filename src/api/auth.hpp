#pragma once
// Staff sessions: login, logout, the session cookie, and the CSRF check.

#include "api/api.hpp"
#include "http/types.hpp"

#include <boost/asio/awaitable.hpp>

#include <optional>
#include <string_view>

namespace tanggap::api {

inline constexpr const char* kSessionCookie = "tanggap_session";

// Wraps a staff handler. Before it runs: a valid, unexpired session (else 401), and on
// state-changing methods an X-CSRF-Token equal to the session's (else 403). Fills
// the request's Principal (principal.hpp).
http::Handler staff_only(Api& api, http::Handler handler);

// For handlers behind staff_only that only Diskominfo's super admin may use: forbidden with
// "Hanya super admin yang <task>" for everyone else.
core::Result<void> require_super_admin(const http::Context& ctx, std::string_view task);

// The staff member behind the request's session cookie, if any (for public routes that
// show more to staff, such as photos of confidential complaints).
boost::asio::awaitable<std::optional<domain::StaffUser>> session_staff(Api& api,
                                                                       const http::Context& ctx);

}  // namespace tanggap::api

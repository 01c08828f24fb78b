#pragma once
// Staff sessions: login, logout, the session cookie, and the CSRF check.

#include "api/api.hpp"
#include "domain/authorization.hpp"
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

// For handlers behind staff_only: forbidden (domain::duty_refusal) unless the signed-in role
// may do `duty` (domain/authorization.hpp).
core::Result<void> require(const http::Context& ctx, domain::Duty duty);

// The staff member behind the request's session cookie, if any (for public routes that
// show more to staff, such as photos of confidential complaints).
boost::asio::awaitable<std::optional<domain::StaffUser>> session_staff(Api& api,
                                                                       const http::Context& ctx);

}  // namespace tanggap::api

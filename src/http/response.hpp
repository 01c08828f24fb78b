#pragma once
// Building responses: JSON bodies and the one mapping of domain errors to HTTP.

#include "domain/error.hpp"
#include "http/types.hpp"

#include <boost/json/value.hpp>

namespace tanggap::http {

// Add a case here whenever domain::ErrorCode grows.
beast_http::status status_for(domain::ErrorCode code);

Response json_response(const Request& request,
                       beast_http::status status,
                       const boost::json::value& body);

// {"error": {"code", "message", "field"}} with the status for error.code.
Response error_response(const Request& request, const domain::Error& error);

}  // namespace tanggap::http

#pragma once
// Building responses: JSON bodies and the one mapping of domain errors to HTTP.

#include "core/error.hpp"
#include "http/types.hpp"

#include <boost/json/value.hpp>

namespace tanggap::http {

// Add a case here whenever core::ErrorCode grows.
beast_http::status status_for(core::ErrorCode code);

Response json_response(const Request& request,
                       beast_http::status status,
                       const boost::json::value& body);

// {"error": {"code", "message", "field"}} with the status for error.code. The message is
// translated into the request's Accept-Language (i18n::translate; Indonesian by default), with
// Vary: Accept-Language and Content-Language; code and field are the same in every language.
Response error_response(const Request& request, const core::Error& error);

}  // namespace tanggap::http

#pragma once
// The one error vocabulary of Tanggap. Every layer returns these as values; only
// src/http/error_response.cpp maps them to HTTP (add a mapping there when adding a code).

#include <boost/assert/source_location.hpp>
#include <boost/system/result.hpp>

#include <string>

namespace tanggap::domain {

enum class ErrorCode {
    malformed,           // the request cannot be parsed at all (400)
    unauthenticated,     // no or expired session (401)
    forbidden,           // authenticated but not allowed (403)
    not_found,           // absent, or present but outside the caller's remit (404)
    method_not_allowed,  // (405)
    illegal_transition,  // the status machine refuses the action (409)
    conflict,            // a uniqueness or concurrency clash (409)
    too_large,           // body or upload over its limit (413)
    unsupported_media,   // wrong content type (415)
    invalid_field,       // well-formed but a field breaks a rule (422)
    rate_limited,        // (429)
    unavailable,         // the store or a dependency is down (503)
    internal,            // a bug; the message stays generic (500)
};

const char* to_string(ErrorCode code);

struct Error {
    ErrorCode code;
    std::string message;  // safe to show to the client
    std::string field;    // JSON path of the offending field, or empty
};

inline Error make_error(ErrorCode code, std::string message, std::string field = {}) {
    return Error{code, std::move(message), std::move(field)};
}

// Lets Result<T>::value() throw on an error (boost::system::result finds this by ADL).
// Code above the domain checks results instead of relying on this.
[[noreturn]] void throw_exception_from_error(const Error& error, const boost::source_location& loc);

template <class T>
using Result = boost::system::result<T, Error>;

}  // namespace tanggap::domain

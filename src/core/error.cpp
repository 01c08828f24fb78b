#include "core/error.hpp"

namespace tanggap::core {

const char* to_string(ErrorCode code) {
    switch (code) {
        case ErrorCode::malformed:
            return "malformed";
        case ErrorCode::unauthenticated:
            return "unauthenticated";
        case ErrorCode::forbidden:
            return "forbidden";
        case ErrorCode::not_found:
            return "not_found";
        case ErrorCode::method_not_allowed:
            return "method_not_allowed";
        case ErrorCode::illegal_transition:
            return "illegal_transition";
        case ErrorCode::conflict:
            return "conflict";
        case ErrorCode::too_large:
            return "too_large";
        case ErrorCode::unsupported_media:
            return "unsupported_media";
        case ErrorCode::invalid_field:
            return "invalid_field";
        case ErrorCode::rate_limited:
            return "rate_limited";
        case ErrorCode::unavailable:
            return "unavailable";
        case ErrorCode::internal:
            return "internal";
        case ErrorCode::not_implemented:
            return "not_implemented";
    }
    return "internal";
}

ResultError::ResultError(const Error& error)
    : std::runtime_error(std::string(to_string(error.code)) + ": " + error.message),
      error_(error) {}

}  // namespace tanggap::core

#include "http/response.hpp"

#include "i18n/translate.hpp"

#include <boost/json/serialize.hpp>

namespace tanggap::http {

beast_http::status status_for(core::ErrorCode code) {
    using beast_http::status;
    using core::ErrorCode;
    switch (code) {
        case ErrorCode::malformed:
            return status::bad_request;
        case ErrorCode::unauthenticated:
            return status::unauthorized;
        case ErrorCode::forbidden:
            return status::forbidden;
        case ErrorCode::not_found:
            return status::not_found;
        case ErrorCode::method_not_allowed:
            return status::method_not_allowed;
        case ErrorCode::illegal_transition:
            return status::conflict;
        case ErrorCode::conflict:
            return status::conflict;
        case ErrorCode::too_large:
            return status::payload_too_large;
        case ErrorCode::unsupported_media:
            return status::unsupported_media_type;
        case ErrorCode::invalid_field:
            return status::unprocessable_entity;
        case ErrorCode::rate_limited:
            return status::too_many_requests;
        case ErrorCode::unavailable:
            return status::service_unavailable;
        case ErrorCode::internal:
            return status::internal_server_error;
        case ErrorCode::not_implemented:
            return status::not_implemented;
    }
    return status::internal_server_error;
}

Response json_response(const Request& request,
                       beast_http::status status,
                       const boost::json::value& body) {
    Response res{status, request.version()};
    res.set(beast_http::field::content_type, "application/json; charset=utf-8");
    res.set(beast_http::field::cache_control, "no-store");
    res.keep_alive(request.keep_alive());
    res.body() = boost::json::serialize(body);
    res.prepare_payload();
    return res;
}

Response error_response(const Request& request, const core::Error& error) {
    const auto language =
        i18n::language_from_accept_language(request[beast_http::field::accept_language]);
    boost::json::object inner{
        {"code", core::to_string(error.code)},
        {"message", i18n::translate(error.message, language)},
        {"field",
         error.field.empty() ? boost::json::value(nullptr) : boost::json::value(error.field)}};
    auto response =
        json_response(request, status_for(error.code), boost::json::object{{"error", inner}});
    // The message follows Accept-Language; code and field do not.
    response.set(beast_http::field::vary, "Accept-Language");
    response.set(beast_http::field::content_language, i18n::to_string(language));
    // Every 503 is "busy or briefly down": a client that waits a little and tries again is
    // served (the submission form's offline queue does exactly that).
    if (error.code == core::ErrorCode::unavailable) {
        response.set(beast_http::field::retry_after, "5");
    }
    return response;
}

}  // namespace tanggap::http

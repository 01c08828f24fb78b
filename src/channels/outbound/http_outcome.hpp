#pragma once
// How an HTTP provider's answer becomes a SendOutcome; shared by the WhatsApp and SMS senders.

#include "channels/outbound/curl_http.hpp"
#include "channels/sender.hpp"

#include <string>
#include <string_view>

namespace tanggap::channels::outbound {

// retry for a transport error, a timeout, 408, 429 and 5xx; permanent for every other status
// (including an unexpected 1xx/3xx, since redirects are not followed). `provider_error` is the
// provider's own message when its body had one; the outcome's error line names the status too.
SendOutcome failure_outcome(const HttpResult& result, std::string_view provider_error);

// The provider's error text from a JSON body: error.message (Meta), else message, else error
// when a string; "" when the body is not JSON or has none of them.
std::string provider_error_message(std::string_view body);

}  // namespace tanggap::channels::outbound

#include "channels/outbound/http_outcome.hpp"

#include <boost/json/parse.hpp>

namespace tanggap::channels::outbound {

SendOutcome failure_outcome(const HttpResult& result, std::string_view provider_error) {
    SendOutcome outcome;
    if (!result.ok() && result.transport != HttpResult::Transport::too_large) {
        outcome.kind = SendOutcome::Kind::retry;
        outcome.error = result.transport_error;
        return outcome;
    }
    const long s = result.status;
    const bool transient = s == 408 || s == 429 || (s >= 500 && s <= 599);
    outcome.kind = transient ? SendOutcome::Kind::retry : SendOutcome::Kind::permanent;
    outcome.error = "HTTP " + std::to_string(s);
    if (!provider_error.empty()) {
        outcome.error += ": ";
        outcome.error += provider_error;
    }
    for (char& c : outcome.error) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return outcome;
}

std::string provider_error_message(std::string_view body) {
    boost::system::error_code ec;
    const boost::json::value doc = boost::json::parse(body, ec);
    if (ec || !doc.is_object()) return {};
    const auto& obj = doc.get_object();
    if (const auto* error = obj.if_contains("error")) {
        if (error->is_string()) return std::string(error->get_string());
        if (error->is_object()) {
            if (const auto* m = error->get_object().if_contains("message"); m && m->is_string())
                return std::string(m->get_string());
        }
    }
    if (const auto* m = obj.if_contains("message"); m && m->is_string())
        return std::string(m->get_string());
    return {};
}

}  // namespace tanggap::channels::outbound

#pragma once
// The privacy officer's answers as JSON (POST/GET /api/v1/privacy/requests), shared with the
// command line (`tanggap privacy export|erase`) so both give the person the same document.

#include "domain/privacy.hpp"
#include "service/privacy_requests.hpp"

#include <boost/json/object.hpp>

namespace tanggap::api {

boost::json::object render_privacy_request(const domain::PrivacyRequest& request,
                                           domain::Timestamp now);

// Everything held about the person: their complaints whole with their histories, the messages
// they wrote and were sent, and who processed their complaints (the audit log's entries).
boost::json::object render_person_data(const service::PersonData& data, domain::Timestamp now);

boost::json::object render_person_erased(const service::PersonErased& erased,
                                         domain::Timestamp now);

}  // namespace tanggap::api

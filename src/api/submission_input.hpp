#pragma once
// Reading a new complaint from a request (JSON, or multipart with photos) and storing it:
// shared by the public form and operator intake.

#include "api/api.hpp"
#include "http/types.hpp"
#include "service/complaint_service.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::api {

struct SubmissionInput {
    domain::Submission submission;         // validated
    std::vector<std::string_view> photos;  // raw bytes, views into the request body
};

// Errors: unsupported_media (neither JSON nor multipart), malformed, too_large (a photo over
// 10 MB), invalid_field (a rule of domain::validate_submission, or more than 5 photos).
core::Result<SubmissionInput> read_submission(const http::Request& request,
                                              bool staff_intake,
                                              const domain::DirectoryIndex& directory);

// A submission from an already parsed JSON object (routes that set some fields themselves,
// such as the channel of a chat or a 112 call). Errors: as read_submission's.
core::Result<domain::Submission> read_submission_json(const boost::json::object& body,
                                                      bool staff_intake,
                                                      const domain::DirectoryIndex& directory);

// The answer when Api::photo_work is full: unavailable (503, Retry-After), field "photo".
core::Error photos_busy();

// Processes the photos (off the I/O threads, holding a place of Api::photo_work: errors
// photos_busy() when there is none), then stores the complaint. Photos already
// written are removed again if anything fails, so a refused submission leaves nothing. With an
// idempotency key already used, the earlier complaint's receipt comes back (replayed) and the
// photos sent again are not kept.
boost::asio::awaitable<core::Result<service::SubmitReceipt>> store_submission(
    Api& api, SubmissionInput input, std::string created_by, std::string idempotency_key = {});

}  // namespace tanggap::api

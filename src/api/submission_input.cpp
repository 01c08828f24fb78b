#include "api/submission_input.hpp"

#include "api/complaint_json.hpp"
#include "api/cpu_work.hpp"
#include "api/json_body.hpp"
#include "media/multipart.hpp"
#include "util/time_format.hpp"

namespace tanggap::api {

using core::ErrorCode;
using core::make_error;

namespace {

bool is_multipart(std::string_view content_type) {
    constexpr std::string_view kMultipart = "multipart/form-data";
    if (content_type.size() < kMultipart.size()) return false;
    for (std::size_t i = 0; i < kMultipart.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(content_type[i])) != kMultipart[i])
            return false;
    }
    return true;
}

core::Result<SubmissionInput> from_multipart(const http::Request& request,
                                             bool staff_intake,
                                             const domain::DirectoryIndex& directory) {
    media::MultipartLimits limits;
    limits.max_parts = 32;  // the photo count itself is checked below, as a 422
    auto parts = media::parse_multipart(
        request[http::beast_http::field::content_type], request.body(), limits);
    if (!parts) return parts.error();
    SubmissionInput input;
    const media::Part* complaint = nullptr;
    for (const auto& part : *parts) {
        if (part.name == "complaint") {
            complaint = &part;
        } else if (part.name == "photo") {
            if (input.photos.size() == domain::kMaxPhotos) {
                return make_error(ErrorCode::invalid_field, "Paling banyak 5 foto", "photo");
            }
            if (!part.data.empty()) input.photos.push_back(part.data);
        }
    }
    if (!complaint) {
        return make_error(
            ErrorCode::invalid_field, "Bagian 'complaint' (JSON) wajib ada", "complaint");
    }
    auto body = parse_json_text(complaint->data);
    if (!body) return body.error();
    auto submission = parse_submission(*body, staff_intake);
    if (!submission) return submission.error();
    auto valid = domain::validate_submission(std::move(*submission), directory);
    if (!valid) return valid.error();
    input.submission = std::move(*valid);
    return input;
}

}  // namespace

core::Result<SubmissionInput> read_submission(const http::Request& request,
                                              bool staff_intake,
                                              const domain::DirectoryIndex& directory) {
    if (is_multipart(request[http::beast_http::field::content_type])) {
        return from_multipart(request, staff_intake, directory);
    }
    auto body = parse_json_object(request);
    if (!body) return body.error();
    auto valid = read_submission_json(*body, staff_intake, directory);
    if (!valid) return valid.error();
    return SubmissionInput{std::move(*valid), {}};
}

core::Result<domain::Submission> read_submission_json(const boost::json::object& body,
                                                      bool staff_intake,
                                                      const domain::DirectoryIndex& directory) {
    auto submission = parse_submission(body, staff_intake);
    if (!submission) return submission.error();
    return domain::validate_submission(std::move(*submission), directory);
}

core::Error photos_busy() {
    return core::make_error(core::ErrorCode::unavailable,
                            "Server sedang sibuk memproses foto; coba kirim lagi sebentar lagi",
                            "photo");
}

boost::asio::awaitable<core::Result<service::SubmitReceipt>> store_submission(
    Api& api, SubmissionInput input, std::string created_by, std::string idempotency_key) {
    service::SubmitRequest request{
        std::move(input.submission), std::move(created_by), {}, {}, std::move(idempotency_key)};
    auto forget_photos = [&] {
        for (const auto& photo : request.photos) api.photos.remove(photo.id);
    };
    auto photo_slot =
        input.photos.empty() ? std::optional<WorkGate::Slot>{} : api.photo_work.enter();
    if (!input.photos.empty() && !photo_slot) co_return photos_busy();
    for (auto bytes : input.photos) {
        auto photo = co_await run_on(api.cpu_pool, [&api, bytes] {
            return api.photos.save(bytes, domain::PhotoStage::report);
        });
        if (!photo) {
            forget_photos();
            co_return photo.error();
        }
        request.photos.push_back(std::move(*photo));
    }
    request.now = util::now();
    auto receipt =
        co_await api.complaints.submit(api.directory.snapshot(), api.deadlines.snapshot(), request);
    if (!receipt || receipt->replayed) forget_photos();
    co_return receipt;
}

}  // namespace tanggap::api

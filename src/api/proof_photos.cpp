// POST /api/v1/staff/complaints/{ticket}/photos: the unit attaches proof photos (multipart,
// parts named "photo"), processed like a citizen's (media::PhotoStore: upright JPEG, no
// metadata) and recorded with a public history event (service/proof_photos.hpp).

#include "service/proof_photos.hpp"

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/complaint_json.hpp"
#include "api/cpu_work.hpp"
#include "api/principal.hpp"
#include "api/submission_input.hpp"
#include "http/response.hpp"
#include "media/multipart.hpp"
#include "util/time_format.hpp"

#include <string_view>
#include <vector>

namespace tanggap::api {

using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

namespace {

// The photo parts' bytes; other parts are ignored. More photos than a complaint may hold are
// let through here and refused by the domain's count, so the message says how many it has.
core::Result<std::vector<std::string_view>> photo_parts(const http::Request& req) {
    media::MultipartLimits limits;
    limits.max_parts = 2 * domain::kMaxProofPhotos;
    auto parts =
        media::parse_multipart(req[http::beast_http::field::content_type], req.body(), limits);
    if (!parts) return parts.error();
    std::vector<std::string_view> photos;
    for (const auto& part : *parts) {
        if (part.name == "photo" && !part.data.empty()) photos.push_back(part.data);
    }
    return photos;
}

awaitable<http::Response> attach(Api& api, http::Context& ctx) {
    const auto& req = ctx.request;
    const std::string ticket(ctx.param("ticket"));
    const domain::StaffUser staff = staff_of(ctx);
    auto photos = photo_parts(req);
    if (!photos) co_return http::error_response(req, photos.error());

    auto allowed = co_await api.complaints.may_attach_proof_photos(ticket, staff, photos->size());
    if (!allowed) co_return http::error_response(req, allowed.error());

    service::ProofPhotos request{ticket, staff, {}, {}};
    auto forget_photos = [&] {
        for (const auto& photo : request.photos) api.photos.remove(photo.id);
    };
    auto photo_slot = api.photo_work.enter();
    if (!photo_slot) co_return http::error_response(req, photos_busy());
    for (auto bytes : *photos) {
        auto save = [&api, bytes] { return api.photos.save(bytes, domain::PhotoStage::proof); };
        auto photo = co_await run_on(api.cpu_pool, std::move(save));
        if (!photo) {
            forget_photos();
            co_return http::error_response(req, photo.error());
        }
        request.photos.push_back(std::move(*photo));
    }
    request.now = util::now();
    auto record = co_await api.complaints.attach_proof_photos(request);
    if (!record) {
        forget_photos();
        co_return http::error_response(req, record.error());
    }
    const auto directory = api.directory.snapshot();
    auto visibility = domain::visibility_for(record->complaint, viewer_of(ctx), false);
    co_return http::json_response(
        req,
        status::created,
        render_staff_view(*record, visibility, *directory, staff_of(ctx), request.now));
}

}  // namespace

void add_proof_photo_routes(http::Router& router, Api& api) {
    router.add(verb::post,
               "/api/v1/staff/complaints/{ticket}/photos",
               staff_only(api, [&api](http::Context& ctx) { return attach(api, ctx); }));
}

}  // namespace tanggap::api

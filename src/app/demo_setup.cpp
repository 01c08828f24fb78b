#include "app/demo_setup.hpp"

#include "demo/demo_loader.hpp"
#include "demo/indramayu.hpp"
#include "demo/recent_complaints.hpp"
#include "service/complaint_service.hpp"
#include "util/crypto.hpp"
#include "util/totp.hpp"

#include <algorithm>
#include <stdexcept>

namespace tanggap::app {
namespace {

// The demo's reporters are invented: nothing is queued to their addresses.
const domain::Outreach kNoOutreach{};

// Files each recent complaint and its steps as they would have happened, days before `now`.
core::Result<void> file_recent_complaints(store::Store& store,
                                          const demo::DemoData& data,
                                          const service::DeadlineClock& deadlines,
                                          domain::Timestamp now) {
    const domain::DirectoryIndex directory(data.units, data.categories);
    auto staff = [&](const std::string& username) -> std::optional<domain::StaffUser> {
        for (const auto& s : data.staff) {
            if (s.user.username == username) return s.user;
        }
        return std::nullopt;
    };
    const auto day = std::chrono::hours(24);
    for (const auto& recent : demo::recent_complaints()) {
        auto written = store::write_sync(store, [&](store::WriteTx& tx) -> core::Result<void> {
            service::SubmitRequest request;
            request.submission = recent.submission;
            request.now = now - day * recent.days_ago;
            auto receipt =
                service::submit_complaint(tx, directory, request, deadlines, kNoOutreach);
            if (!receipt) return receipt.error();
            for (const auto& step : recent.steps) {
                auto actor = staff(step.staff);
                if (!actor) return core::make_error(core::ErrorCode::internal, step.staff);
                auto acted = service::act_on_complaint(tx,
                                                       directory,
                                                       receipt->ticket,
                                                       *actor,
                                                       step.action,
                                                       now - day * step.days_ago,
                                                       deadlines,
                                                       kNoOutreach);
                if (!acted) return acted.error();
            }
            return {};
        });
        if (!written) return written;
    }
    return {};
}

}  // namespace

std::vector<DemoLogin> load_demo_if_empty(store::Store& store,
                                          const std::string& area_data_dir,
                                          const service::DeadlineClock& deadlines,
                                          domain::Timestamp now) {
    auto data = demo::build_indramayu_demo(area_data_dir);
    if (!data) throw std::runtime_error("demo: " + data.error().message);
    if (!demo::store_has_units(store)) {
        auto loaded = demo::load_demo(
            store, *data, [](std::string_view password) { return util::hash_password(password); });
        if (!loaded) throw std::runtime_error("demo: " + loaded.error().message);
        if (auto recent = file_recent_complaints(store, *data, deadlines, now); !recent) {
            throw std::runtime_error("demo: recent complaints: " + recent.error().message);
        }
    }
    std::vector<DemoLogin> logins;
    for (const auto& staff : data->staff) {
        logins.push_back(
            {staff.user.username,
             std::string(domain::to_string(staff.user.role)),
             staff.user.unit_code,
             staff.totp_secret.empty()
                 ? std::string()
                 : util::otpauth_uri("Tanggap", staff.user.username, staff.totp_secret)});
    }
    return logins;
}

}  // namespace tanggap::app

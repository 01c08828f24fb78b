#include "jobs/audit_sealer.hpp"

#include "service/audit_log.hpp"

#include <spdlog/spdlog.h>

namespace tanggap::jobs {

AuditSealer::AuditSealer(store::Store& store,
                         std::string secret_key,
                         std::chrono::milliseconds interval,
                         Now now)
    : store_(store),
      secret_key_(std::move(secret_key)),
      now_(std::move(now)),
      periodic_(interval, [this] {
          seal();
          return false;
      }) {}

void AuditSealer::seal() {
    int sealed = 0;
    auto done = store::write_sync(store_, [&](store::WriteTx& tx) -> core::Result<void> {
        auto r = service::seal_audit_days(tx, secret_key_, now_());
        if (!r) return r.error();
        sealed = *r;
        return {};
    });
    if (!done) {
        spdlog::warn("audit seal failed: {}", done.error().message);  // tried again next round
    } else if (sealed > 0) {
        spdlog::info("audit log: {} day(s) sealed", sealed);
    }
}

}  // namespace tanggap::jobs

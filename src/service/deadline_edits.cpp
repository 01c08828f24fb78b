#include "service/deadline_edits.hpp"

#include "domain/audit.hpp"
#include "service/audit_log.hpp"

#include <utility>

namespace tanggap::service {

using core::ErrorCode;
using core::make_error;

namespace {

// `edit`, then its entry in the audit log.
DeadlineEdit audited(DeadlineEdit edit,
                     std::string_view action,
                     std::string actor,
                     std::string detail,
                     domain::Timestamp now) {
    AuditRecord record{std::move(actor), std::string(action), "", std::move(detail)};
    return [edit = std::move(edit), record = std::move(record), now](
               store::WriteTx& tx) -> Result<void> {
        if (auto r = edit(tx); !r) return r;
        if (auto r = record_audit(tx, record, now); !r) return r.error();
        return {};
    };
}

}  // namespace

DeadlineEdit saving_policy(sla::DeadlinePolicy policy,
                           bool creating,
                           std::string actor,
                           domain::Timestamp now) {
    auto detail = (creating ? "dibuat " : "diubah ") + policy.code;
    return audited([policy = std::move(policy)](
                       store::WriteTx& tx) { return tx.save_deadline_policy(policy); },
                   domain::audit_action::policy_change,
                   std::move(actor),
                   std::move(detail),
                   now);
}

DeadlineEdit deleting_policy(std::string code,
                             std::shared_ptr<const domain::DirectoryIndex> directory,
                             std::string actor,
                             domain::Timestamp now) {
    auto detail = "dihapus " + code;
    return audited(
        [code = std::move(code),
         directory = std::move(directory)](store::WriteTx& tx) -> Result<void> {
            if (auto r = check_policy_deletable(code, *directory); !r) return r;
            auto removed = tx.delete_deadline_policy(code);
            if (!removed) return removed.error();
            if (!*removed) {
                return make_error(ErrorCode::not_found, "Kebijakan tenggat tidak ditemukan");
            }
            return {};
        },
        domain::audit_action::policy_change,
        std::move(actor),
        std::move(detail),
        now);
}

DeadlineEdit saving_unit_policy(sla::UnitPolicy unit_policy,
                                std::string actor,
                                domain::Timestamp now) {
    auto detail = "unit " + unit_policy.unit_code + ", kategori " + unit_policy.category_code +
                  ": " + unit_policy.policy_code;
    return audited([unit_policy = std::move(unit_policy)](
                       store::WriteTx& tx) { return tx.save_unit_policy(unit_policy); },
                   domain::audit_action::policy_change,
                   std::move(actor),
                   std::move(detail),
                   now);
}

DeadlineEdit deleting_unit_policy(std::string unit_code,
                                  std::string category_code,
                                  std::string actor,
                                  domain::Timestamp now) {
    auto detail = "dihapus: unit " + unit_code + ", kategori " + category_code;
    return audited(
        [unit = std::move(unit_code),
         category = std::move(category_code)](store::WriteTx& tx) -> Result<void> {
            auto removed = tx.delete_unit_policy(unit, category);
            if (!removed) return removed.error();
            if (!*removed) {
                return make_error(ErrorCode::not_found,
                                  "Unit ini tidak punya kebijakan khusus itu");
            }
            return {};
        },
        domain::audit_action::policy_change,
        std::move(actor),
        std::move(detail),
        now);
}

DeadlineEdit replacing_holidays(int year,
                                std::vector<sla::Holiday> holidays,
                                std::string actor,
                                domain::Timestamp now) {
    auto detail =
        "tahun " + std::to_string(year) + ": " + std::to_string(holidays.size()) + " hari";
    return audited([year, holidays = std::move(holidays)](
                       store::WriteTx& tx) { return tx.replace_holidays(year, holidays); },
                   domain::audit_action::holidays_change,
                   std::move(actor),
                   std::move(detail),
                   now);
}

}  // namespace tanggap::service

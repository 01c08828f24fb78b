#pragma once
// The server's way to the super admin's settings and the audit log: directory edits
// (directory_edits), deadline-settings edits (deadline_edits, deadline_settings), the audit
// log's entries, and audit entries of what the API itself hands out (exports). Each method
// runs in a transaction on the store's threads (see complaint_desk.hpp). The caller publishes
// a saved directory or clock once the method returns: the write is durable then.

#include "domain/audit.hpp"
#include "service/audit_log.hpp"
#include "service/deadline_edits.hpp"
#include "service/directory_edits.hpp"
#include "service/snapshots.hpp"
#include "service/store_await.hpp"
#include "store/store.hpp"

#include <chrono>
#include <vector>

namespace tanggap::service {

class AdminDesk {
  public:
    AdminDesk(store::Store& store,
              domain::DirectoryHolder& directory,
              DeadlineClockHolder& deadlines)
        : store_(store), directory_(directory), deadlines_(deadlines) {}

    Task<DirectorySave<domain::Unit>> save_unit(DirectorySaveRequest request,
                                                DirectoryEdit<domain::Unit> edit,
                                                domain::Timestamp now);
    Task<DirectorySave<domain::Category>> save_category(DirectorySaveRequest request,
                                                        DirectoryEdit<domain::Category> edit,
                                                        domain::Timestamp now);
    // Runs `edit` as a change of the deadline settings (change_deadline_settings), in the
    // installation's zone `utc_offset`.
    Task<SettingsChange> change_deadlines(DeadlineEdit edit,
                                          std::chrono::minutes utc_offset,
                                          domain::Timestamp now);

    Task<std::vector<domain::AuditEntry>> audit_entries(store::AuditQuery query);
    Task<void> record_audit(AuditRecord record, domain::Timestamp now);

  private:
    store::Store& store_;
    domain::DirectoryHolder& directory_;
    DeadlineClockHolder& deadlines_;
};

}  // namespace tanggap::service

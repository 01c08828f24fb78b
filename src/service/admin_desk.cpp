#include "service/admin_desk.hpp"

#include "service/deadline_settings.hpp"

namespace tanggap::service {

namespace {

// A unit's or a category's save (`save`: service::save_unit or save_category) in a write job.
template <class T, class Save>
Task<DirectorySave<T>> save_directory_item(store::Store& store,
                                           domain::DirectoryHolder& holder,
                                           Clock clock,
                                           DirectorySaveRequest request,
                                           DirectoryEdit<T> edit,
                                           domain::Timestamp now,
                                           Save save) {
    auto use_case = [&holder, save](store::WriteTx& tx,
                                    const Clock& clock,
                                    const DirectorySaveRequest& request,
                                    const DirectoryEdit<T>& edit,
                                    domain::Timestamp now) {
        return save(tx, holder, *clock, request, edit, now);
    };
    return write_use_case(
        store, use_case, std::move(clock), std::move(request), std::move(edit), now);
}

}  // namespace

Task<DirectorySave<domain::Unit>> AdminDesk::save_unit(DirectorySaveRequest request,
                                                       DirectoryEdit<domain::Unit> edit,
                                                       domain::Timestamp now) {
    return save_directory_item<domain::Unit>(store_,
                                             directory_,
                                             deadlines_.snapshot(),
                                             std::move(request),
                                             std::move(edit),
                                             now,
                                             &service::save_unit);
}

Task<DirectorySave<domain::Category>> AdminDesk::save_category(DirectorySaveRequest request,
                                                               DirectoryEdit<domain::Category> edit,
                                                               domain::Timestamp now) {
    return save_directory_item<domain::Category>(store_,
                                                 directory_,
                                                 deadlines_.snapshot(),
                                                 std::move(request),
                                                 std::move(edit),
                                                 now,
                                                 &service::save_category);
}

Task<SettingsChange> AdminDesk::change_deadlines(DeadlineEdit edit,
                                                 std::chrono::minutes utc_offset,
                                                 domain::Timestamp now) {
    auto job = [this, directory = directory_.snapshot(), edit = std::move(edit), utc_offset, now](
                   store::WriteTx& tx) {
        return change_deadline_settings(tx, *directory, deadlines_, utc_offset, now, edit);
    };
    return write_store<SettingsChange>(store_, std::move(job));
}

Task<std::vector<domain::AuditEntry>> AdminDesk::audit_entries(store::AuditQuery query) {
    return read_use_case(store_, &store::ReadTx::audit_entries, std::move(query));
}

Task<void> AdminDesk::record_audit(AuditRecord record, domain::Timestamp now) {
    auto job = [record = std::move(record), now](store::WriteTx& tx) -> core::Result<void> {
        auto r = service::record_audit(tx, record, now);
        if (!r) return r.error();
        return {};
    };
    return write_store<void>(store_, std::move(job));
}

}  // namespace tanggap::service

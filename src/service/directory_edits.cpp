#include "service/directory_edits.hpp"

#include "domain/audit.hpp"
#include "service/audit_log.hpp"
#include "service/deadline_settings.hpp"

#include <algorithm>
#include <memory>
#include <vector>

namespace tanggap::service {

using core::ErrorCode;
using core::make_error;

namespace {

struct Lists {
    std::vector<domain::Unit> units;
    std::vector<domain::Category> categories;
};

core::Result<Lists> read_lists(store::WriteTx& tx) {
    auto units = tx.units();
    if (!units) return units.error();
    auto categories = tx.categories();
    if (!categories) return categories.error();
    return Lists{std::move(*units), std::move(*categories)};
}

template <class T>
void replace_or_add(std::vector<T>& items, const T& item) {
    auto it = std::find_if(
        items.begin(), items.end(), [&](const T& existing) { return existing.code == item.code; });
    if (it == items.end()) {
        items.push_back(item);
    } else {
        *it = item;
    }
}

bool moves_deadlines(const domain::Unit* before, const domain::Unit& after) {
    return before && before->always_open != after.always_open;
}
bool moves_deadlines(const domain::Category* before, const domain::Category& after) {
    return before && (before->deadline_policy != after.deadline_policy ||
                      before->emergency != after.emergency);
}

// One directory list's item: how to find it, the list it is in, how it is stored and named.
template <class T>
struct ItemKind {
    const T* (domain::DirectoryIndex::*find)(std::string_view) const;
    std::vector<T> Lists::*list;
    core::Result<void> (store::WriteTx::*upsert)(const T&);
    const char* taken;      // creating a code that exists
    const char* not_found;  // editing one that does not
    std::string_view audit_action;
};

const ItemKind<domain::Unit> kUnitKind{&domain::DirectoryIndex::find_unit,
                                       &Lists::units,
                                       &store::WriteTx::upsert_unit,
                                       "Kode unit sudah dipakai",
                                       "Unit tidak ditemukan",
                                       domain::audit_action::unit_change};
const ItemKind<domain::Category> kCategoryKind{&domain::DirectoryIndex::find_category,
                                               &Lists::categories,
                                               &store::WriteTx::upsert_category,
                                               "Kode kategori sudah dipakai",
                                               "Kategori tidak ditemukan",
                                               domain::audit_action::category_change};

template <class T>
core::Result<DirectorySave<T>> save_item(store::WriteTx& tx,
                                         domain::DirectoryHolder& holder,
                                         const DeadlineClock& clock,
                                         const ItemKind<T>& kind,
                                         const DirectorySaveRequest& request,
                                         const DirectoryEdit<T>& edit,
                                         domain::Timestamp now) {
    auto lists = read_lists(tx);
    if (!lists) return lists.error();
    const domain::DirectoryIndex before(lists->units, lists->categories);
    const T* existing = (before.*kind.find)(request.code);
    if (request.creating && existing) return make_error(ErrorCode::conflict, kind.taken, "code");
    if (!request.creating && !existing) return make_error(ErrorCode::not_found, kind.not_found);
    T draft = existing ? *existing : T{};
    draft.code = request.code;
    core::Result<T> item = edit(std::move(draft), before);
    if (!item) return item.error();
    if (auto r = (tx.*kind.upsert)(*item); !r) return r.error();
    const AuditRecord audit{request.actor,
                            std::string(kind.audit_action),
                            "",
                            (request.creating ? std::string("dibuat ") : std::string("diubah ")) +
                                request.code + " (" + request.fields + ")"};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    replace_or_add((*lists).*(kind.list), *item);
    auto after = std::make_shared<const domain::DirectoryIndex>(std::move(lists->units),
                                                                std::move(lists->categories));
    std::int64_t recounted = 0;
    if (moves_deadlines(existing, *item)) {
        auto moved = recount_open_deadlines(tx, *after, clock, now);
        if (!moved) return moved.error();
        recounted = *moved;
    }
    return DirectorySave<T>{std::move(*item), std::move(after), holder.next_version(), recounted};
}

}  // namespace

core::Result<DirectorySave<domain::Unit>> save_unit(store::WriteTx& tx,
                                                    domain::DirectoryHolder& holder,
                                                    const DeadlineClock& clock,
                                                    const DirectorySaveRequest& request,
                                                    const DirectoryEdit<domain::Unit>& edit,
                                                    domain::Timestamp now) {
    return save_item(tx, holder, clock, kUnitKind, request, edit, now);
}

core::Result<DirectorySave<domain::Category>> save_category(
    store::WriteTx& tx,
    domain::DirectoryHolder& holder,
    const DeadlineClock& clock,
    const DirectorySaveRequest& request,
    const DirectoryEdit<domain::Category>& edit,
    domain::Timestamp now) {
    return save_item(tx, holder, clock, kCategoryKind, request, edit, now);
}

}  // namespace tanggap::service

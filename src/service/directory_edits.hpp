#pragma once
// The super admin's edits of units and categories. Each save reads the current directory in
// its own transaction (so edits queued together see each other), makes and checks the item
// with the caller's `edit`, stores it with its audit entry, recounts the open deadlines when
// the edit moves them (a unit's 24/7 calendar, a category's policy or emergency flag) and
// builds the directory after it with a version taken on the writer thread, for the caller to
// publish once the write is durable. Codes never change once created, and nothing is deleted
// (complaints keep pointing at their unit and category).

#include "domain/directory.hpp"
#include "domain/directory_holder.hpp"
#include "domain/directory_index.hpp"
#include "service/deadline_clock.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace tanggap::service {

// What a save hands back: the saved item, the directory after it and how many open deadlines
// the edit moved.
template <class T>
struct DirectorySave {
    T item;
    domain::DirectoryHolder::Snapshot directory;
    std::uint64_t version = 0;
    std::int64_t recounted = 0;
};

// Makes the saved item from `draft` (the stored one, or a new one with only its code) as the
// directory stands before the save; errors refuse the save.
template <class T>
using DirectoryEdit = std::function<core::Result<T>(T draft, const domain::DirectoryIndex&)>;

// Who saves what: `fields` names what the request changed, for the audit entry.
struct DirectorySaveRequest {
    std::string code;
    bool creating = false;  // conflict when the code exists; else not_found when it does not
    std::string actor;
    std::string fields;
};

core::Result<DirectorySave<domain::Unit>> save_unit(store::WriteTx& tx,
                                                    domain::DirectoryHolder& holder,
                                                    const DeadlineClock& clock,
                                                    const DirectorySaveRequest& request,
                                                    const DirectoryEdit<domain::Unit>& edit,
                                                    domain::Timestamp now);

core::Result<DirectorySave<domain::Category>> save_category(
    store::WriteTx& tx,
    domain::DirectoryHolder& holder,
    const DeadlineClock& clock,
    const DirectorySaveRequest& request,
    const DirectoryEdit<domain::Category>& edit,
    domain::Timestamp now);

}  // namespace tanggap::service

#pragma once
// The directory the server routes and validates with, swappable while it runs: the super
// admin's edits of units and categories take effect for the next request without a restart
// (util/versioned_holder.hpp says how snapshots and versions keep that safe).

#include "domain/directory_index.hpp"
#include "util/versioned_holder.hpp"

namespace tanggap::domain {

using DirectoryHolder = util::VersionedHolder<DirectoryIndex>;

}  // namespace tanggap::domain

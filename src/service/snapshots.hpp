#pragma once
// What a request takes once and hands to the desks: the directory and the deadline clock as
// they stand, so one request sees one of each throughout, whatever the super admin publishes
// meanwhile. The job that reads them keeps them alive.

#include "domain/directory_holder.hpp"
#include "service/deadline_clock.hpp"

namespace tanggap::service {

using Directory = domain::DirectoryHolder::Snapshot;
using Clock = DeadlineClockHolder::Snapshot;

}  // namespace tanggap::service

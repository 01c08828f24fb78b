#pragma once
// Writes the demo data set into a store (`tanggap serve --demo` on a store without units).

#include "core/error.hpp"
#include "demo/demo_data.hpp"
#include "store/store.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace tanggap::demo {

struct LoadSummary {
    std::size_t units = 0;
    std::size_t categories = 0;
    std::size_t staff_added = 0;       // logins created (existing usernames are kept as they are)
    std::size_t complaints_added = 0;  // complaints written (existing tickets are skipped)
    std::size_t events_added = 0;
};

// Turns a clear-text password into the stored hash (util::hash_password in production).
using PasswordHasher = std::function<std::string(std::string_view)>;

inline constexpr std::size_t kComplaintsPerJob = 500;

// Writes `data` through the store's writer in a few large jobs: units and categories (upserts,
// parents first), staff, then complaints in jobs of kComplaintsPerJob, each complaint inserted
// as submitted, its history appended, then its final state saved. Each historic complaint gets
// the hash of a fresh random tracking token that is then forgotten: nobody holds it.
// Idempotent: run again on a partly loaded store, it completes the load; on a loaded store it
// only re-upserts the directory. Blocks the calling thread (never call it on an I/O thread);
// hashing the 8 demo passwords takes about 0.6 s.
// Errors: the first error a write job returns (unavailable, conflict, ...); the jobs before it
// stay committed.
core::Result<LoadSummary> load_demo(store::Store& store,
                                    const DemoData& data,
                                    const PasswordHasher& hash_password);

// Whether the store holds any unit. A store with only staff users counts as empty (the demo
// loads). A store that cannot be read counts as not empty, so the demo is never written over
// data the caller could not see. Blocks the calling thread.
bool store_has_units(store::Store& store);

}  // namespace tanggap::demo

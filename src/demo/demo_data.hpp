#pragma once
// The demo data set as plain values: what the generator (indramayu.hpp) produces and the
// loader (demo_loader.hpp) writes into a store.

#include "domain/complaint.hpp"
#include "domain/directory.hpp"
#include "domain/staff.hpp"

#include <string>
#include <vector>

namespace tanggap::demo {

// A demo login; `password` is in clear text here and hashed by the loader.
struct DemoStaff {
    domain::StaffUser user;  // id left 0: the store assigns it
    std::string password;
    std::string totp_secret{};  // base32; empty: not enrolled for one-time codes
};

// A historic complaint in its final state with its whole history, oldest event first
// (events[0] is the submission). The complaint's id is 0 and its tracking_token_hash empty:
// the loader fills both (the token is random and known to nobody).
struct DemoComplaint {
    domain::Complaint complaint;
    std::vector<domain::ComplaintEvent> events;
};

struct DemoData {
    std::vector<domain::Unit> units;           // every parent before its children
    std::vector<domain::Category> categories;  // every parent before its children
    std::vector<DemoStaff> staff;
    std::vector<DemoComplaint> complaints;  // oldest first
};

}  // namespace tanggap::demo

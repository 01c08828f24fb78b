#pragma once
// `serve --demo`: loads the Indramayu demo into a store that has no units yet.

#include "service/deadline_clock.hpp"
#include "store/store.hpp"

#include <string>
#include <vector>

namespace tanggap::app {

struct DemoLogin {
    std::string username;
    std::string role;
    std::string unit;
    std::string otpauth_uri;  // empty unless it signs in with one-time codes
};

// Loads the demo when the store has no units (a store with only users counts as empty) and
// returns the demo staff logins; returns them too when the demo is already there. A fresh load
// also files the demo's recent open complaints (demo/recent_complaints.hpp) through the
// service, dated back from `now` on `deadlines`.
// Throws std::runtime_error when the region data or the store fails (a start-up error).
std::vector<DemoLogin> load_demo_if_empty(store::Store& store,
                                          const std::string& area_data_dir,
                                          const service::DeadlineClock& deadlines,
                                          domain::Timestamp now);

}  // namespace tanggap::app

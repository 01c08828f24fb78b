#pragma once
// A handful of complaints still open "now", for a demo that shows deadlines at work: reminders
// due, a unit's reason for being late, escalations to Diskominfo and the Bupati. Unlike the
// seeded 2021-2022 history they are dated relative to the moment the demo is loaded, and go
// through the same service calls as live complaints (app/demo_setup.cpp), so the deadline sweep
// treats them as it would any other.

#include "domain/complaint.hpp"
#include "domain/status_machine.hpp"
#include "domain/submission.hpp"

#include <string>
#include <vector>

namespace tanggap::demo {

struct RecentStep {
    int days_ago = 0;
    std::string staff;  // demo login acting
    domain::ActionRequest action;
};

struct RecentComplaint {
    int days_ago = 0;  // submitted this many days before the demo was loaded
    domain::Submission submission;
    std::vector<RecentStep> steps;  // oldest first
};

std::vector<RecentComplaint> recent_complaints();

}  // namespace tanggap::demo

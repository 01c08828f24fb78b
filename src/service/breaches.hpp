#pragma once
// The breach register (UU 27/2022 Pasal 46), kept by the privacy officer: an incident is
// recorded with the people it reached found from its scope, and each reachable person is sent
// one notice, within 3 x 24 hours of discovery. Both steps are entries of the audit log, in the
// same transaction as what they did.

#include "core/error.hpp"
#include "domain/breach.hpp"
#include "store/store.hpp"

#include <string>

namespace tanggap::service {

// Checks the incident (domain::new_breach), counts the complaints and people in its scope
// (unreachable: people no configured channel reaches) and registers it.
core::Result<domain::Breach> record_breach(store::WriteTx& tx,
                                           domain::BreachInput input,
                                           const domain::Outreach& outreach,
                                           const std::string& actor,
                                           domain::Timestamp now);

// Queues one notice per reachable person (by the first of their complaints that gives an
// address: e-mail, else SMS; an opt-out from status notices does
// not stop it: the notice is the regency's duty) and records when. Errors: not_found for an
// unknown incident, conflict when its notices already went.
core::Result<domain::Breach> notify_breach(store::WriteTx& tx,
                                           std::int64_t id,
                                           const domain::Outreach& outreach,
                                           const std::string& actor,
                                           domain::Timestamp now);

}  // namespace tanggap::service

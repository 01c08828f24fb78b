#pragma once
// The breach register (UU 27/2022 Pasal 46), kept by the privacy officer: an incident is
// recorded with the people it reached found from its scope, and each reachable person is sent
// one notice, within 3 x 24 hours of discovery. Both steps are entries of the audit log, in the
// same transaction as what they did.

#include "core/error.hpp"
#include "domain/breach.hpp"
#include "store/store.hpp"

#include <string>
#include <vector>

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

// One person an incident reached, for their letter (Pasal 46(2)).
struct BreachPerson {
    domain::Reporter reporter;         // of their first complaint in scope
    std::vector<std::string> tickets;  // their complaints in scope, oldest first
    bool reachable = false;            // e-mail or SMS reaches them (domain::breach_address)
};

struct BreachLetters {
    domain::Breach breach;
    std::vector<BreachPerson> people;  // each person once (domain::person_of), by first complaint
};

// What the incident's letters say: the incident and each person it reached; people without a
// phone or e-mail are not counted (as in record_breach) and get no letter. Records a
// privacy.breach_letters audit entry naming the incident, never a person. Errors: not_found for
// an unknown incident.
core::Result<BreachLetters> breach_letters(store::WriteTx& tx,
                                           std::int64_t id,
                                           const domain::Outreach& outreach,
                                           const std::string& actor,
                                           domain::Timestamp now);

}  // namespace tanggap::service

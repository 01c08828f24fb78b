#pragma once
// The server's way to the privacy officer's desk: people's requests about their data
// (privacy_requests) and the breach register (breaches). Each method runs in a transaction on
// the store's threads (see complaint_desk.hpp).

#include "domain/breach.hpp"
#include "domain/outbound.hpp"
#include "domain/privacy.hpp"
#include "service/breaches.hpp"
#include "service/privacy_requests.hpp"
#include "service/store_await.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tanggap::service {

class PrivacyDesk {
  public:
    PrivacyDesk(store::Store& store, const domain::Outreach& outreach)
        : store_(store), outreach_(outreach) {}

    Task<PersonData> export_person(domain::PersonKey key, std::string actor, domain::Timestamp now);
    Task<PersonErased> erase_person(domain::PersonKey key,
                                    std::string reason,
                                    std::string actor,
                                    domain::Timestamp now);
    Task<PersonData> export_letter(std::int64_t request_id,
                                   domain::PersonKey key,
                                   std::string actor,
                                   domain::Timestamp now);
    Task<std::vector<domain::PrivacyRequest>> requests(int limit);

    Task<domain::Breach> record_breach(domain::BreachInput input,
                                       std::string actor,
                                       domain::Timestamp now);
    Task<domain::Breach> notify_breach(std::int64_t id, std::string actor, domain::Timestamp now);
    Task<BreachLetters> breach_letters(std::int64_t id, std::string actor, domain::Timestamp now);
    Task<std::vector<domain::Breach>> breaches(int limit);

  private:
    store::Store& store_;
    const domain::Outreach& outreach_;
};

}  // namespace tanggap::service

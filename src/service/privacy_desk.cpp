#include "service/privacy_desk.hpp"

namespace tanggap::service {

Task<PersonData> PrivacyDesk::export_person(domain::PersonKey key,
                                            std::string actor,
                                            domain::Timestamp now) {
    return write_use_case(store_, &service::export_person, std::move(key), std::move(actor), now);
}

Task<PersonErased> PrivacyDesk::erase_person(domain::PersonKey key,
                                             std::string reason,
                                             std::string actor,
                                             domain::Timestamp now) {
    return write_use_case(
        store_, &service::erase_person, std::move(key), std::move(reason), std::move(actor), now);
}

Task<PersonData> PrivacyDesk::export_letter(std::int64_t request_id,
                                            domain::PersonKey key,
                                            std::string actor,
                                            domain::Timestamp now) {
    return write_use_case(
        store_, &service::export_letter, request_id, std::move(key), std::move(actor), now);
}

Task<std::vector<domain::PrivacyRequest>> PrivacyDesk::requests(int limit) {
    return read_use_case(store_, &store::ReadTx::privacy_requests, limit);
}

// The breach use cases count and notify whom the configured channels reach.

Task<domain::Breach> PrivacyDesk::record_breach(domain::BreachInput input,
                                                std::string actor,
                                                domain::Timestamp now) {
    auto use_case = [&outreach = outreach_](store::WriteTx& tx,
                                            const domain::BreachInput& input,
                                            const std::string& actor,
                                            domain::Timestamp now) {
        return service::record_breach(tx, input, outreach, actor, now);
    };
    return write_use_case(store_, use_case, std::move(input), std::move(actor), now);
}

Task<domain::Breach> PrivacyDesk::notify_breach(std::int64_t id,
                                                std::string actor,
                                                domain::Timestamp now) {
    auto use_case =
        [&outreach = outreach_](
            store::WriteTx& tx, std::int64_t id, const std::string& actor, domain::Timestamp now) {
            return service::notify_breach(tx, id, outreach, actor, now);
        };
    return write_use_case(store_, use_case, id, std::move(actor), now);
}

Task<BreachLetters> PrivacyDesk::breach_letters(std::int64_t id,
                                                std::string actor,
                                                domain::Timestamp now) {
    auto use_case =
        [&outreach = outreach_](
            store::WriteTx& tx, std::int64_t id, const std::string& actor, domain::Timestamp now) {
            return service::breach_letters(tx, id, outreach, actor, now);
        };
    return write_use_case(store_, use_case, id, std::move(actor), now);
}

Task<std::vector<domain::Breach>> PrivacyDesk::breaches(int limit) {
    return read_use_case(store_, &store::ReadTx::breaches, limit);
}

}  // namespace tanggap::service

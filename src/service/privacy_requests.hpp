#pragma once
// People's requests about their data (UU 27/2022 Pasal 5-15, 32-33, 44), answered by the
// privacy officer or from the command line: everything held about a person, and its erasure.
// Each request goes into the register with its 3 x 24-hour clock and into the audit log, in
// the same transaction as what it did.

#include "core/error.hpp"
#include "domain/audit.hpp"
#include "domain/privacy.hpp"
#include "store/store.hpp"

#include <string>
#include <vector>

namespace tanggap::service {

using core::Result;

struct ComplaintHistory {
    domain::Complaint complaint;
    std::vector<domain::ComplaintEvent> events;
};

// Everything held about one person.
struct PersonData {
    domain::PrivacyRequest request;  // as registered (answered at once)
    std::vector<ComplaintHistory> complaints;
    std::vector<store::InboundRecord> messages;  // what they wrote on WhatsApp
    std::vector<domain::Outbound> outbound;      // what was sent to them
    // Who processed their complaints: the audit log's entries about them.
    std::vector<domain::AuditEntry> processing;
};

// Gathers everything held about `key` and registers the request. `actor` is the officer's
// username (or "cli:<login>").
Result<PersonData> export_person(store::WriteTx& tx,
                                 const domain::PersonKey& key,
                                 const std::string& actor,
                                 domain::Timestamp now);

struct PersonErased {
    domain::PrivacyRequest request;  // as registered, with its outcome in words
    std::vector<std::string> tickets;
    store::PersonTraces traces;  // traces.photo_ids: the caller deletes these files once durable
};

// The letter of export request `request_id` (GET /api/v1/privacy/requests/{id}/letter.pdf):
// the request as registered and everything held about `key` now. The register keeps the person
// masked only, so the officer gives the key again, and it must be the request's: its mask is the
// register's subject. Records a privacy.export audit entry naming the request (never the
// person). Errors: not_found when there is no export request of that id; invalid_field naming
// the key's field ("phone", "email" or "nik") when the key is not the request's.
Result<PersonData> export_letter(store::WriteTx& tx,
                                 std::int64_t request_id,
                                 const domain::PersonKey& key,
                                 const std::string& actor,
                                 domain::Timestamp now);

// Erases `key` from every complaint it reported (domain::without_person: the figures stay),
// their histories' texts, their report photos, chats, messages sent to them, partner deliveries
// and chat state; then registers the request. `reason` is required (invalid_field "reason").
Result<PersonErased> erase_person(store::WriteTx& tx,
                                  const domain::PersonKey& key,
                                  const std::string& reason,
                                  const std::string& actor,
                                  domain::Timestamp now);

}  // namespace tanggap::service

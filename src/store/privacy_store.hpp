#pragma once
// What is held about one person, and its erasure (domain/privacy.hpp); the register of
// people's requests. One narrow part of the store (store.hpp composes the transactions of all
// of them); both back ends implement it and tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/breach.hpp"
#include "domain/complaint.hpp"
#include "domain/privacy.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::store {

using core::Result;

// What erase_person_traces() removed, for the register and the audit log.
struct PersonTraces {
    std::int64_t events = 0;      // history entries whose texts became tombstones
    std::int64_t messages = 0;    // chat messages deleted
    std::int64_t outbound = 0;    // messages to the person, their text and address tombstoned
    std::int64_t webhooks = 0;    // partner deliveries deleted
    std::int64_t chat_state = 0;  // the bot's conversations, contacts and opt-outs deleted
    std::vector<std::string> photo_ids;  // report photos whose rows went; the caller deletes
                                         // their files once the transaction is durable
};

// A reporter an incident reached (breach_reporters()).
struct BreachReporter {
    std::int64_t complaint_id = 0;
    std::string ticket;
    domain::Reporter reporter;
};

// What prune_channel_data() deleted.
struct PrunedChannelData {
    std::int64_t webhooks = 0;       // processed partner deliveries
    std::int64_t messages = 0;       // chat messages
    std::int64_t conversations = 0;  // the bot's conversation states
};

class PrivacyReads {
  public:
    virtual ~PrivacyReads() = default;

    // The complaints whose reporter has the key's phone or e-mail, or whose title or
    // description holds its NIK; oldest first, whole (photos, feedback, handling units).
    // A NIK is found by reading every complaint's text: fine for an officer's rare request.
    virtual Result<std::vector<domain::Complaint>> person_complaints(
        const domain::PersonKey& key) = 0;

    // The register, newest first; one request (nullopt when there is none of that id).
    virtual Result<std::vector<domain::PrivacyRequest>> privacy_requests(int limit) = 0;
    virtual Result<std::optional<domain::PrivacyRequest>> privacy_request(std::int64_t id) = 0;

    // Up to `limit` complaints of `category_code` ("": those without a category) that are
    // closed (not domain::is_open), last changed before `changed_before` and not yet erased;
    // oldest change first, whole.
    virtual Result<std::vector<domain::Complaint>> complaints_past_retention(
        const std::string& category_code, domain::Timestamp changed_before, int limit) = 0;

    // The breach register, newest first; one incident.
    virtual Result<std::vector<domain::Breach>> breaches(int limit) = 0;
    virtual Result<std::optional<domain::Breach>> breach(std::int64_t id) = 0;

    // The reporters of the complaints in `scope` not yet erased, by complaint id after
    // `after_id`, at most `limit`: a page of the people an incident reached.
    virtual Result<std::vector<BreachReporter>> breach_reporters(const domain::BreachScope& scope,
                                                                 std::int64_t after_id,
                                                                 int limit) = 0;
};

class PrivacyWrites {
  public:
    virtual ~PrivacyWrites() = default;

    // Stores `erased` (domain::without_person of a stored complaint): its reporter, texts,
    // address, feedback comment, masked phrases and source link; nothing counted changes.
    // Records `at` as the erasure's time, which retention reads.
    virtual Result<void> save_erased_complaint(const domain::Complaint& erased,
                                               domain::Timestamp at) = 0;

    // Everything else held about the person: the texts of the histories of `complaint_ids`
    // (tombstones; the rows stay, so the history keeps its steps and times), their report
    // photos' rows, chat messages from the key's phone or tied to those complaints, the texts
    // and addresses of messages sent to the person, partner deliveries (webhook bodies) that
    // mention the phone, and the bot's state, contact and opt-outs of that phone.
    virtual Result<PersonTraces> erase_person_traces(
        const domain::PersonKey& key, const std::vector<std::int64_t>& complaint_ids) = 0;

    // Returns the new request's id.
    virtual Result<std::int64_t> insert_privacy_request(const domain::PrivacyRequest& request) = 0;

    // Deletes processed partner deliveries received before `webhooks_before`, chat messages
    // received before `chats_before` unless tied to an open complaint, and the bot's
    // conversation states last changed before `chats_before`.
    virtual Result<PrunedChannelData> prune_channel_data(domain::Timestamp webhooks_before,
                                                         domain::Timestamp chats_before) = 0;

    // Returns the new incident's id.
    virtual Result<std::int64_t> insert_breach(const domain::Breach& breach) = 0;
    // Records that `notices` notices were queued at `at`. not_found for an unknown id.
    virtual Result<void> mark_breach_notified(std::int64_t id,
                                              domain::Timestamp at,
                                              std::int64_t notices) = 0;
};

}  // namespace tanggap::store

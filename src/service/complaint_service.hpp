#pragma once
// Use cases on complaints: each runs inside one store transaction (a write job), asks the
// domain to decide, and saves the outcome. No HTTP here; the API layer calls these.
// What the reporter is told (a receipt, each change of status) goes to the outbox in the same
// transaction, through the channels `outreach` names (citizen_notices.hpp).
//
// Each write sets complaints.due_at, the due time of the current step, through `clock` (see
// deadline_clock.hpp): recomputed whenever the status or the handling unit changes, kept when
// an action changes neither (a note, a public response), so a note never moves a deadline.
// `clock` defaults to standard_deadline_clock() for callers not yet passing the server's.

#include "domain/directory_index.hpp"
#include "domain/outbound.hpp"
#include "domain/publication.hpp"
#include "domain/status_machine.hpp"
#include "domain/submission.hpp"
#include "service/deadline_clock.hpp"
#include "store/store.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::service {

using core::Result;

struct SubmitRequest {
    domain::Submission submission;  // already validated (domain::validate_submission)
    std::string created_by;         // operator username for intake on a caller's behalf
    std::vector<domain::Photo> photos;
    domain::Timestamp now;
    // The client's Idempotency-Key ("" for none): the same key files one complaint only.
    std::string idempotency_key{};
};

struct SubmitReceipt {
    std::string ticket;
    std::string tracking_token;  // shown once to the reporter; only its hash is stored
    domain::Status status = domain::Status::diterima;
    std::string unit_code;
    domain::Timestamp created_at;
    bool replayed = false;  // the key's earlier complaint, not a new one
};

// Routes, numbers and stores a new complaint with its first history event. With an
// idempotency key already used, returns that complaint's receipt (replayed) instead.
// Errors: invalid_field (unknown category), unavailable (store, or no free ticket number).
Result<SubmitReceipt> submit_complaint(store::WriteTx& tx,
                                       const domain::DirectoryIndex& directory,
                                       const SubmitRequest& request,
                                       const DeadlineClock& clock,
                                       const domain::Outreach& outreach);

// The receipt of the complaint filed under `idempotency_key`, its tracking token unsealed with
// the key; nullopt when the key is new (or ""). Errors: those of the store.
Result<std::optional<SubmitReceipt>> replay_submission(store::ReadTx& tx,
                                                       std::string_view idempotency_key);

struct ComplaintRecord {
    domain::Complaint complaint;
    std::vector<domain::ComplaintEvent> events;
};

// Loads a complaint and its history; nullopt when there is no such ticket.
Result<std::optional<ComplaintRecord>> load_complaint(store::ReadTx& tx, std::string_view ticket);

// A staff action through the status machine. Errors: not_found (absent or outside the
// staff member's sight), forbidden, illegal_transition, invalid_field (e.g. unknown unit).
Result<ComplaintRecord> act_on_complaint(store::WriteTx& tx,
                                         const domain::DirectoryIndex& directory,
                                         std::string_view ticket,
                                         const domain::StaffUser& staff,
                                         const domain::ActionRequest& action,
                                         domain::Timestamp now,
                                         const DeadlineClock& clock,
                                         const domain::Outreach& outreach);

// The reporter's confirmation or reopening (a reopened complaint's follow_up clock starts at
// feedback.at, on the category's policy and the unit's calendar). Errors: not_found
// (absent, or a complaint the public cannot see with a wrong token), forbidden (wrong token,
// field "token"), illegal_transition, invalid_field.
Result<ComplaintRecord> give_feedback(store::WriteTx& tx,
                                      const domain::DirectoryIndex& directory,
                                      std::string_view ticket,
                                      std::string_view token,
                                      domain::Feedback feedback,
                                      const DeadlineClock& clock);

// The officer's decision on the public copy (domain::apply_publication), recorded in the
// history as an internal "publish" event. Errors: not_found (absent or outside the staff
// member's sight), forbidden, invalid_field.
Result<ComplaintRecord> publish_complaint(store::WriteTx& tx,
                                          std::string_view ticket,
                                          const domain::StaffUser& staff,
                                          const domain::PublicationRequest& request,
                                          domain::Timestamp now);

// Whether `token` is the complaint's tracking token (constant time).
bool token_matches(const domain::Complaint& complaint, std::string_view token);

// The reporter's own requests (feedback, notices) carry the token. Errors: not_found when it
// does not match a complaint the public cannot see (as if there were none), forbidden (field
// "token") when it does not match a published one.
Result<void> check_reporter_token(const domain::Complaint& complaint, std::string_view token);

}  // namespace tanggap::service

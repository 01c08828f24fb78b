#pragma once
// Complaints: the record, its history and photos, the inbox, and the reports
// filed under an Idempotency-Key. One narrow part of the store
// (store.hpp composes the transactions of all of them); both back ends implement it and
// tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/visibility.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store {

using core::Result;

// GET /api/v1/inbox: the complaints a staff member may see, most urgent first
// (due time, complaints without one last, then oldest first).
struct InboxQuery {
    domain::InboxScope scope;
    std::optional<domain::Status> status;
    // Only complaints still being worked on: not selesai, ditutup, ditolak or diarsipkan.
    bool open_only = false;
    std::optional<std::string> unit;  // current unit (narrows the scope, never widens it)
    std::optional<std::string> category;
    std::optional<domain::Channel> channel;
    std::optional<domain::Timestamp> from;  // created_at >= from
    std::optional<domain::Timestamp> to;    // created_at < to
    int min_escalation_level = 0;           // > 0: only complaints escalated at least this far
    int limit = 50;
    std::string cursor;  // opaque, from a previous InboxPage; empty for the first page
};

struct InboxPage {
    // Summary rows: photos, feedback and handling units are left empty.
    std::vector<domain::Complaint> items;
    std::optional<std::string> next_cursor;
};

// A report already filed under a client's Idempotency-Key (migration 0009).
struct SubmissionKey {
    std::string ticket;
    std::string sealed_token;  // util::seal(key, tracking token)
};

class ComplaintReads {
  public:
    virtual ~ComplaintReads() = default;

    // The complaint with photos, feedback and handling units filled in.
    virtual Result<std::optional<domain::Complaint>> complaint_by_ticket(
        std::string_view ticket) = 0;

    // The complaint a photo belongs to (photos are served only as the complaint allows).
    virtual Result<std::optional<domain::Complaint>> complaint_by_photo(
        std::string_view photo_id) = 0;

    // The history, oldest first.
    virtual Result<std::vector<domain::ComplaintEvent>> events(std::int64_t complaint_id) = 0;

    // Errors: invalid_field (field "cursor") for a cursor this store did not issue.
    virtual Result<InboxPage> inbox(const InboxQuery& query) = 0;

    // Every status is present (0 when none).
    virtual Result<std::map<domain::Status, std::int64_t>> count_by_status() = 0;

    // A caller's earlier complaints: those whose reporter phone is exactly `phone` (normalized,
    // "+62..."; domain::normalize_phone), newest first (created_at, then id, descending), at
    // most `limit` (clamped to 1..200). Every complaint matches, confidential ones too: the
    // caller applies visibility. Summary rows with their handling units filled in; photos are
    // left empty. Read from an index on the phone, never a scan. An empty phone matches nothing.
    virtual Result<std::vector<domain::Complaint>> complaints_by_reporter_phone(
        std::string_view phone, int limit) = 0;

    // The report filed under the Idempotency-Key whose SHA-256 is `key_hash`.
    virtual Result<std::optional<SubmissionKey>> submission_key(std::string_view key_hash) = 0;
};

class ComplaintWrites {
  public:
    virtual ~ComplaintWrites() = default;

    // Stores a complaint with its photos and first event; sets complaint.id and the event's seq.
    // Errors: conflict (field "ticket") if the ticket is taken.
    virtual Result<void> insert_complaint(domain::Complaint& complaint,
                                          domain::ComplaintEvent& first_event) = 0;

    // Errors: conflict (field "Idempotency-Key") if the key is taken.
    virtual Result<void> insert_submission_key(std::string_view key_hash,
                                               const SubmissionKey& key,
                                               domain::Timestamp at) = 0;

    // Saves status, unit, handling units, feedback, due and updated times.
    // Errors: not_found if the id is unknown.
    virtual Result<void> update_complaint(const domain::Complaint& complaint) = 0;

    // Appends to the history; sets event.seq to the next number. Events are never changed.
    virtual Result<void> append_event(std::int64_t complaint_id, domain::ComplaintEvent& event) = 0;

    virtual Result<void> add_photo(std::int64_t complaint_id, const domain::Photo& photo) = 0;
};

}  // namespace tanggap::store

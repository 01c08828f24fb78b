#pragma once
// The store: the one door to persistence. Back ends (sqlite/, later postgres/) implement these
// interfaces and translate their own error codes into domain::ErrorCode; nothing above this
// folder sees SQL, sqlite3_* or SQLSTATE.

#include "domain/complaint.hpp"
#include "domain/directory.hpp"
#include "domain/error.hpp"
#include "domain/notification.hpp"
#include "domain/outbound.hpp"
#include "domain/staff.hpp"
#include "domain/visibility.hpp"
#include "sla/deadline_policy.hpp"
#include "sla/holidays.hpp"
#include "util/local_zone.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store {

using domain::Result;

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

// GET /api/v1/stats/*: aggregate figures of complaints created in [from, to). Confidential
// complaints are counted (the figures carry no personal data).
struct StatsQuery {
    std::optional<domain::Timestamp> from;   // created_at >= from
    std::optional<domain::Timestamp> to;     // created_at < to
    std::optional<domain::Channel> channel;  // only complaints received on it (the 112 figures)
    // Years and months are those of this offset's wall clock: the installation's zone.
    std::chrono::minutes utc_offset = util::local_zone().offset;
};

// One row of a breakdown. "Resolved" means status selesai or ditutup.
struct StatsRow {
    std::string key;   // year "2021", month "2022-01", unit kind, unit/category code, channel
    std::string name;  // unit or category name from the directory; "" elsewhere or unknown
    std::string kind;  // by_unit: the unit's kind ("" when the unit is unknown)
    std::int64_t received = 0;
    std::int64_t resolved = 0;
};

struct ComplaintStats {
    std::int64_t total = 0;
    std::int64_t resolved = 0;              // selesai, ditutup
    std::int64_t in_process = 0;            // any other status but ditolak and diarsipkan
    std::int64_t rejected_or_archived = 0;  // ditolak, diarsipkan
    // Median over resolved complaints of (first event to selesai - created_at), in hours,
    // unrounded; nullopt when no resolved complaint has such an event.
    std::optional<double> median_resolution_hours;
    // Years and months of created_at on the query's local calendar, ascending.
    std::vector<StatsRow> by_year;
    std::vector<StatsRow> by_month;
    // Of the unit holding the complaint now; ascending by kind.
    std::vector<StatsRow> by_unit_kind;
    // received descending, then key ascending. by_category uses the complaint's category code
    // as stored (a top-level or a child category); complaints without one have key "".
    std::vector<StatsRow> by_unit;
    std::vector<StatsRow> by_category;
    std::vector<StatsRow> by_channel;
};

// GET /api/v1/public/complaints: non-confidential complaints, newest first.
struct PublicComplaintQuery {
    std::optional<std::string> category;   // the category or one of its children
    std::optional<std::string> kecamatan;  // location.kecamatan_code
    std::optional<domain::Status> status;
    int limit = 20;      // clamped to 1..100
    std::string cursor;  // opaque, from a previous PublicComplaintPage; empty for the first
};

// What the public list may show of a complaint: no reporter, no description, no address.
struct PublicComplaintSummary {
    std::string ticket;
    std::string title;
    domain::Status status = domain::Status::diterima;
    domain::ComplaintKind kind = domain::ComplaintKind::pengaduan;
    std::string category_code;  // "" when none
    std::string unit_code;
    domain::Timestamp created_at;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string kecamatan_code;  // "" when none
    std::string desa_code;       // "" when none
};

struct PublicComplaintPage {
    std::vector<PublicComplaintSummary> items;
    std::optional<std::string> next_cursor;
};

// GET /api/v1/leadership/heatmap: complaints with a point, counted per grid cell of
// 1/cells_per_degree degrees, the cell named by its rounded centre (round(lat * cells_per_degree)).
// Confidential complaints are counted; rejected ones (spam, abusive, duplicate) are not.
struct HeatmapQuery {
    std::optional<domain::Timestamp> from;  // created_at >= from
    std::optional<domain::Timestamp> to;    // created_at < to
    std::optional<std::string> category;    // the category or one of its children
    int cells_per_degree = 100;             // 100: cells of 0.01 degree, about 1.1 km
    // Cells holding fewer complaints are not listed (they would point at a person); their
    // complaints are counted in Heatmap::suppressed instead.
    int min_count = 3;
};

struct HeatmapCell {
    std::int64_t row = 0;     // round(lat * cells_per_degree)
    std::int64_t column = 0;  // round(lon * cells_per_degree)
    std::int64_t count = 0;
};

struct Heatmap {
    std::vector<HeatmapCell> cells;  // count descending, then row and column ascending
    std::int64_t located = 0;        // complaints with a point (in cells or suppressed)
    std::int64_t suppressed = 0;     // of those, in cells below min_count
};

// GET /api/v1/notifications: newest first, for one unit's staff or one role.
struct NotificationQuery {
    std::string unit_code;                  // the unit's notifications, or
    std::optional<domain::Role> role;       // the role's
    std::optional<std::int64_t> before_id;  // paging: ids below this one
    int limit = 50;
};

// GET /api/v1/reports/performance: one row of facts per complaint created in [from, to), for
// the performance report (service/performance_report.hpp aggregates them). Confidential
// complaints count (the facts carry no personal data).
struct PerformanceQuery {
    std::optional<domain::Timestamp> from;  // created_at >= from
    std::optional<domain::Timestamp> to;    // created_at < to
    std::optional<std::string> unit;        // only complaints the unit holds now
};

// The first follow-up (tindak lanjut) is the first event whose action is start, respond or
// resolve (the glossary's follow-up actions; only staff may take them). Verify, dispose, note
// and defer are not a follow-up: they pass the complaint on or wait, nothing is done for the
// reporter yet.
struct PerformanceFact {
    std::int64_t complaint_id = 0;
    domain::Timestamp created_at;
    std::string unit_code;       // the unit holding the complaint now
    std::string category_code;   // "" when none
    std::string kecamatan_code;  // location.kecamatan_code; "" when none
    domain::Status status = domain::Status::diterima;
    std::optional<domain::Timestamp> due_at;  // of the current step
    // The last verify or dispose event before the first follow-up (or the last one at all when
    // there is no follow-up yet): where the follow_up step's clock started. Notes keep the
    // status, so "the last event into didisposisikan" would be wrong.
    std::optional<domain::Timestamp> follow_up_step_at;
    std::optional<domain::Timestamp> first_follow_up_at;
    std::string officer;       // the first follow-up's actor (a staff username); "" when none
    std::string officer_name;  // that staff member's display name; "" when unknown
    std::optional<domain::Timestamp> resolved_at;  // the first event into selesai
    bool reopened = false;                         // any event into dibuka_kembali
    std::optional<int> rating;                     // the reporter's feedback rating, 1..5
};

// GET /api/v1/admin/outbox and the console: outbound messages, newest first.
struct OutboxQuery {
    std::optional<domain::OutboundState> state;
    std::optional<std::int64_t> complaint_id;
    std::optional<domain::OutboundChannel> channel;  // with recipient: one conversation
    std::string recipient;
    std::optional<std::int64_t> before_id;  // paging: ids below this one
    int limit = 50;
};

// One message received on a chat channel (the transcript and the de-duplication key).
struct InboundRecord {
    std::int64_t id = 0;
    std::string source;  // whatsapp, page, instagram
    std::string message_id;
    std::string sender;  // WhatsApp: digits 628...; Messenger/Instagram: the page-scoped id
    std::string profile_name;
    std::string type;  // text, location, image, interactive_reply, unsupported
    std::string text;
    domain::Timestamp received_at;
    std::optional<std::int64_t> complaint_id;
};

// One chat (a sender on a channel) as the operator console lists it.
struct ChatThread {
    std::string source;
    std::string sender;
    std::string profile_name;  // the latest the channel gave
    std::string last_text;
    domain::Timestamp last_at;  // the sender's last message: WhatsApp's 24-hour window
    std::int64_t messages = 0;
    std::string complaint_ticket;  // the latest complaint filed from this chat; "" when none
    bool has_unfiled = false;      // some message is not tied to a complaint yet
};

// The chat bot's state (JSON, owned by the conversation module) and when it was saved.
struct SavedConversation {
    std::string state;
    domain::Timestamp updated_at;
};

// A webhook body waiting to be processed.
struct QueuedWebhook {
    std::int64_t id = 0;
    std::string source;
    std::string body;
    domain::Timestamp received_at;
    int attempts = 0;  // including the claim that returned it
};

// A report already filed under a client's Idempotency-Key (migration 0009).
struct SubmissionKey {
    std::string ticket;
    std::string sealed_token;  // util::seal(key, tracking token)
};

struct StaffCredentials {
    domain::StaffUser user;
    std::string password_hash;  // argon2id string from libsodium
};

// Staff accounts by unit and role, ordered by username.
struct StaffQuery {
    std::optional<std::string> unit_code;  // nullopt: any unit
    std::vector<domain::Role> roles;       // empty: any role
    bool active_only = true;
};

struct StaffSession {
    std::string id_hash;  // SHA-256 of the cookie value; the value itself is never stored
    std::int64_t user_id = 0;
    std::string csrf_token;
    domain::Timestamp created_at;
    domain::Timestamp expires_at;
};

// Reads run in a consistent snapshot. Every method returns `unavailable` when the back end
// fails; "not there" is an empty optional, not an error.
class ReadTx {
  public:
    virtual ~ReadTx() = default;

    virtual Result<std::vector<domain::Unit>> units() = 0;
    virtual Result<std::vector<domain::Category>> categories() = 0;

    // The deadline settings the super admin edits: policies by code (steps in sla::kAllSteps
    // order), unit policies by unit then category, holidays by date then name.
    virtual Result<std::vector<sla::DeadlinePolicy>> deadline_policies() = 0;
    virtual Result<std::vector<sla::UnitPolicy>> unit_policies() = 0;
    virtual Result<std::vector<sla::Holiday>> holidays() = 0;

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
    // Aggregate figures for the public dashboard, computed by the back end (not by loading
    // every complaint).
    virtual Result<ComplaintStats> complaint_stats(const StatsQuery& query) = 0;
    // Errors: invalid_field (field "cursor") for a cursor this store did not issue.
    virtual Result<PublicComplaintPage> public_complaints(const PublicComplaintQuery& query) = 0;
    // The leadership heat map, aggregated by the back end (one grouped statement).
    virtual Result<Heatmap> complaint_heatmap(const HeatmapQuery& query) = 0;

    // A caller's earlier complaints: those whose reporter phone is exactly `phone` (normalized,
    // "+62..."; domain::normalize_phone), newest first (created_at, then id, descending), at
    // most `limit` (clamped to 1..200). Every complaint matches, confidential ones too: the
    // caller applies visibility. Summary rows with their handling units filled in; photos are
    // left empty. Read from an index on the phone, never a scan. An empty phone matches nothing.
    virtual Result<std::vector<domain::Complaint>> complaints_by_reporter_phone(
        std::string_view phone, int limit) = 0;

    // The report filed under the Idempotency-Key whose SHA-256 is `key_hash`.
    virtual Result<std::optional<SubmissionKey>> submission_key(std::string_view key_hash) = 0;

    // Per-complaint facts for the performance report, ordered by complaint id. Computed with
    // per-complaint lookups of the few events that matter, never whole histories.
    virtual Result<std::vector<PerformanceFact>> performance_facts(
        const PerformanceQuery& query) = 0;

    virtual Result<std::optional<StaffCredentials>> staff_by_username(
        std::string_view username) = 0;
    virtual Result<std::optional<domain::StaffUser>> staff_by_id(std::int64_t id) = 0;
    virtual Result<std::vector<domain::StaffUser>> staff(const StaffQuery& query) = 0;
    virtual Result<std::optional<StaffSession>> session(std::string_view id_hash) = 0;

    // Notifications for one audience (unit or role; neither matches nothing), newest first.
    virtual Result<std::vector<domain::Notification>> notifications(
        const NotificationQuery& query) = 0;

    // --- Channels (outbox, chat) ---
    virtual Result<std::vector<domain::Outbound>> outbox(const OutboxQuery& query) = 0;
    virtual Result<bool> opted_out(domain::OutboundChannel channel, std::string_view address) = 0;
    // When a WhatsApp user last wrote to us; nullopt if never.
    virtual Result<std::optional<domain::Timestamp>> whatsapp_last_inbound(
        std::string_view phone) = 0;
    // The bot's saved state for a chat user.
    virtual Result<std::optional<SavedConversation>> conversation(std::string_view channel,
                                                                  std::string_view address) = 0;
    // Chats with their latest message first. Reads every sender's newest row through
    // inbound_messages_sender (a covering index); fine for a kabupaten's volume.
    virtual Result<std::vector<ChatThread>> chat_threads(int limit) = 0;
    virtual Result<std::optional<ChatThread>> chat_thread(std::string_view source,
                                                          std::string_view sender) = 0;
    // One sender's messages, oldest first, the newest `limit` of them.
    virtual Result<std::vector<InboundRecord>> inbound_messages(std::string_view source,
                                                                std::string_view sender,
                                                                int limit) = 0;
};

// Writes see their own changes. A write job that returns an error is rolled back alone
// (a savepoint); the others in its batch still commit.
class WriteTx : public ReadTx {
  public:
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

    // The deadline sweep's work: up to `limit` complaints whose next_check_at <= now, earliest
    // first, read from an index on next_check_at (never a scan). Summary rows: photos, feedback
    // and handling units left empty. The rows are the caller's until its transaction ends: a
    // back end shared by several processes locks them (PostgreSQL: FOR UPDATE SKIP LOCKED);
    // SQLite's single writer already serialises sweeps.
    virtual Result<std::vector<domain::Complaint>> complaints_due_for_check(domain::Timestamp now,
                                                                            int limit) = 0;
    // Up to `limit` complaints with a running step (due_at set) and id > after_id, by id, from
    // a partial index: what a change of the deadline settings recounts. Summary rows as above.
    virtual Result<std::vector<domain::Complaint>> complaints_with_deadline(std::int64_t after_id,
                                                                            int limit) = 0;
    // Stores a notification; sets notification.id.
    virtual Result<void> insert_notification(domain::Notification& notification) = 0;

    // --- Channels ---
    // Stores a message for the outbox worker; sets message.id. False (and nothing stored) when
    // a message with the same idempotency key exists. Errors: not_found for an unknown
    // complaint_id.
    virtual Result<bool> insert_outbound(domain::Outbound& message) = 0;
    // The worker's claim: first returns to pending every `sending` message whose lease ended
    // before `now` (its worker died), then takes up to `limit` pending messages due at `now`
    // that have no earlier message to the same recipient still pending or sending, marks them
    // sending until `lease_until` and counts the attempt. WhatsApp messages come with
    // last_inbound_at. Oldest first.
    virtual Result<std::vector<domain::Outbound>> claim_outbound(domain::Timestamp now,
                                                                 domain::Timestamp lease_until,
                                                                 int limit) = 0;
    // Saves what came of an attempt: state, next_attempt_at, lease_until, last_error,
    // provider_message_id, sent_as_template, sent_at. Errors: not_found.
    virtual Result<void> update_outbound(const domain::Outbound& message) = 0;
    // A dead message back to pending with its attempts reset. False when it is not dead.
    virtual Result<bool> requeue_outbound(std::int64_t id, domain::Timestamp now) = 0;
    // A provider's delivery status for the message it knows as `provider_message_id`. A status
    // never goes back (read stays read when a late "delivered" arrives); failed always counts.
    // False when no message has that id.
    virtual Result<bool> record_delivery(std::string_view provider_message_id,
                                         domain::DeliveryStatus status,
                                         std::string_view error) = 0;
    virtual Result<void> set_opt_out(domain::OutboundChannel channel,
                                     std::string_view address,
                                     bool opted_out,
                                     domain::Timestamp now) = 0;
    virtual Result<void> touch_whatsapp_contact(std::string_view phone,
                                                std::string_view profile_name,
                                                domain::Timestamp at) = 0;
    virtual Result<void> save_conversation(std::string_view channel,
                                           std::string_view address,
                                           std::string_view state,
                                           domain::Timestamp at) = 0;
    virtual Result<void> delete_conversation(std::string_view channel,
                                             std::string_view address) = 0;
    // Sets record.id; false (nothing stored) when (source, message_id) was seen before.
    virtual Result<bool> insert_inbound_message(InboundRecord& record) = 0;
    virtual Result<void> link_inbound_to_complaint(std::int64_t inbound_id,
                                                   std::int64_t complaint_id) = 0;
    // The webhook queue: a body whose signature was checked, processed later.
    virtual Result<std::int64_t> enqueue_webhook(std::string_view source,
                                                 std::string_view body,
                                                 domain::Timestamp now) = 0;
    // Up to `limit` pending bodies due at `now`, oldest first, hidden from other claims until
    // `lease_until` (a worker that dies leaves them to be claimed again then).
    virtual Result<std::vector<QueuedWebhook>> claim_webhooks(domain::Timestamp now,
                                                              domain::Timestamp lease_until,
                                                              int limit) = 0;
    // done; or, with retry_at, pending again from then; or, without, failed for good.
    virtual Result<void> finish_webhook(std::int64_t id,
                                        bool done,
                                        std::optional<domain::Timestamp> retry_at,
                                        std::string_view error) = 0;

    virtual Result<void> upsert_unit(const domain::Unit& unit) = 0;
    virtual Result<void> upsert_category(const domain::Category& category) = 0;

    // Creates the policy or replaces all its steps.
    virtual Result<void> save_deadline_policy(const sla::DeadlinePolicy& policy) = 0;
    // False if there was none. Errors: conflict when a unit policy still names it.
    virtual Result<bool> delete_deadline_policy(std::string_view code) = 0;
    // Creates or replaces the unit's policy for the category. Errors: invalid_field when the
    // unit, category or policy does not exist (field "unit", "category", "policy").
    virtual Result<void> save_unit_policy(const sla::UnitPolicy& unit_policy) = 0;
    // False if there was none.
    virtual Result<bool> delete_unit_policy(std::string_view unit_code,
                                            std::string_view category_code) = 0;
    // Replaces every holiday of `year` with `holidays` (all dated in that year).
    virtual Result<void> replace_holidays(int year, const std::vector<sla::Holiday>& holidays) = 0;
    // Adds those not there yet (same date and name); an import never removes one.
    virtual Result<void> add_holidays(const std::vector<sla::Holiday>& holidays) = 0;

    // Errors: conflict (field "username") if taken. Returns the new id.
    virtual Result<std::int64_t> insert_staff(const domain::StaffUser& user,
                                              const std::string& password_hash) = 0;
    // Saves display name, role, unit, e-mail, phone and active of the account `user.id` (the
    // username never changes). Errors: not_found (field "id") for an unknown account.
    virtual Result<void> update_staff(const domain::StaffUser& user) = 0;
    // Errors: not_found (field "id") for an unknown account.
    virtual Result<void> set_staff_password(std::int64_t user_id,
                                            const std::string& password_hash) = 0;
    virtual Result<void> insert_session(const StaffSession& session) = 0;
    virtual Result<void> delete_session(std::string_view id_hash) = 0;
    // Ends every session of an account (switched off, or its password reset).
    virtual Result<void> delete_staff_sessions(std::int64_t user_id) = 0;
};

// The store's entry points. Jobs run on the store's own threads, never on the caller's:
// the HTTP I/O threads hand work over and are called back.
//
// Thread-safety: all methods may be called from any thread. `done` callbacks run on a store
// thread and must only hand the result on (post to an executor), never block.
class Store {
  public:
    using ReadJob = std::function<void(ReadTx&)>;
    using WriteJob = std::function<Result<void>(WriteTx&)>;
    using WriteDone = std::function<void(Result<void>)>;

    virtual ~Store() = default;

    // Runs `job` on a reader with a snapshot of committed data.
    virtual void read(ReadJob job) = 0;

    // Queues `job` for the single writer. Jobs queued together share one transaction and one
    // fsync (group commit). `done` gets the job's own result once the batch is durable, or
    // `unavailable` if the commit failed (then nothing of the job was stored).
    virtual void write(WriteJob job, WriteDone done) = 0;

    // Whether the back end answers (GET /readyz).
    virtual bool ping() = 0;

    // A consistent copy of the whole store at `path`, safe while the server writes.
    virtual Result<void> backup_to(const std::string& path) = 0;

    // Finishes queued writes, then stops the threads. Further calls fail with `unavailable`.
    virtual void close() = 0;
};

// Blocking helpers for the command line and tests (never call these on an I/O thread).
Result<void> write_sync(Store& store, const Store::WriteJob& job);
// A write job with a value, returned once the job's batch is durable.
template <class T>
Result<T> write_sync_value(Store& store, std::function<Result<T>(WriteTx&)> job);
template <class T>
Result<T> read_sync(Store& store, std::function<Result<T>(ReadTx&)> job);

}  // namespace tanggap::store

#include "store/store_sync.ipp"

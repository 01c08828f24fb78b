#pragma once
// How complaints and their events map to rows of the `complaints` and `complaint_events`
// tables (migrations/0001_init.sql). Internal to the SQLite back end.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "store/sql/statement.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store::sql {

// The columns read_complaint() expects, in its order, qualified by the alias `c`.
inline constexpr std::string_view kComplaintColumns =
    "c.id, c.ticket, c.kind, c.channel, c.title, c.description, c.category_code, c.lat, c.lon,"
    " c.address, c.kecamatan_code, c.desa_code, c.reporter_name, c.reporter_phone,"
    " c.reporter_email, c.anonymous, c.confidential, c.unit_code, c.status,"
    " c.tracking_token_hash, c.created_by, c.created_at, c.updated_at, c.due_at,"
    " c.feedback_solved, c.feedback_rating, c.feedback_comment, c.feedback_at,"
    " c.step_started_at, c.reminders_sent, c.escalation_level, c.next_check_at, c.late_reason,"
    " c.source_url, c.verified_at, c.hidden_phrases";
inline constexpr int kComplaintColumnCount = 36;

// The complaint in the current row (columns kComplaintColumns from 0); photos and handling
// units stay empty. Errors: internal when a stored enumeration does not parse.
core::Result<domain::Complaint> read_complaint(const Statement& row);

// INSERT of every column but id; bind_complaint_insert() fills its parameters.
inline constexpr std::string_view kInsertComplaint =
    "INSERT INTO complaints (ticket, kind, channel, title, description, category_code, lat, lon,"
    " address, kecamatan_code, desa_code, reporter_name, reporter_phone, reporter_email,"
    " anonymous, confidential, unit_code, status, tracking_token_hash, created_by, created_at,"
    " updated_at, due_at, feedback_solved, feedback_rating, feedback_comment, feedback_at,"
    " step_started_at, reminders_sent, escalation_level, next_check_at, late_reason,"
    " source_url, verified_at, hidden_phrases, published)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36)";
void bind_complaint_insert(Statement& insert, const domain::Complaint& complaint);

// Binds the five escalation ladder columns (step_started_at .. late_reason) from `first_index`.
void bind_ladder(Statement& statement, int first_index, const domain::Complaint& complaint);

// Binds verified_at, hidden_phrases and published (domain::is_published) from `first_index`
// (0013_publication.sql).
void bind_publication(Statement& statement, int first_index, const domain::Complaint& c);

// The officer's hidden phrases as stored, and back.
std::string join_phrases(const std::vector<std::string>& phrases);
std::vector<std::string> split_phrases(std::string_view stored);

// Binds the four feedback columns from `first_index` (NULLs when there is none).
void bind_feedback(Statement& statement,
                   int first_index,
                   const std::optional<domain::Feedback>& feedback);

// The columns read_event() expects, in its order.
inline constexpr std::string_view kEventColumns =
    "seq, at, actor, action, from_status, to_status, unit_from, unit_to, public_text,"
    " internal_note";
core::Result<domain::ComplaintEvent> read_event(const Statement& row);

std::string_view to_string(domain::PhotoStage stage);
std::optional<domain::PhotoStage> parse_photo_stage(std::string_view text);

inline std::int64_t to_millis(domain::Timestamp at) { return at.time_since_epoch().count(); }
inline domain::Timestamp from_millis(std::int64_t ms) {
    return domain::Timestamp(std::chrono::milliseconds(ms));
}

}  // namespace tanggap::store::sql

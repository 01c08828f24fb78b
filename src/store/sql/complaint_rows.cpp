#include "store/sql/complaint_rows.hpp"

#include "domain/publication.hpp"
#include "store/sql/store_errors.hpp"

#include <string>

namespace tanggap::store::sql {
namespace {

// A stored enumeration that no longer parses means the data and the code disagree.
template <class T>
core::Result<T> parsed(std::optional<T> value, std::string_view column, std::string_view text) {
    if (value) return *value;
    return internal_error("unknown value '" + std::string(text) + "' in column " +
                          std::string(column));
}

}  // namespace

std::string_view to_string(domain::PhotoStage stage) {
    return stage == domain::PhotoStage::proof ? "proof" : "report";
}

std::optional<domain::PhotoStage> parse_photo_stage(std::string_view text) {
    if (text == "report") return domain::PhotoStage::report;
    if (text == "proof") return domain::PhotoStage::proof;
    return std::nullopt;
}

core::Result<domain::Complaint> read_complaint(const Statement& row) {
    domain::Complaint c;
    c.id = row.column_int(0);
    c.ticket = row.column_text(1);
    const auto kind = row.column_text(2);
    auto parsed_kind = parsed(domain::parse_complaint_kind(kind), "complaints.kind", kind);
    if (!parsed_kind) return parsed_kind.error();
    c.kind = *parsed_kind;
    const auto channel = row.column_text(3);
    auto parsed_channel = parsed(domain::parse_channel(channel), "complaints.channel", channel);
    if (!parsed_channel) return parsed_channel.error();
    c.channel = *parsed_channel;
    c.title = row.column_text(4);
    c.description = row.column_text(5);
    c.category_code = row.column_text(6);
    c.location.lat = row.column_real_or_null(7);
    c.location.lon = row.column_real_or_null(8);
    c.location.address = row.column_text(9);
    c.location.kecamatan_code = row.column_text(10);
    c.location.desa_code = row.column_text(11);
    c.reporter.name = row.column_text(12);
    c.reporter.phone = row.column_text(13);
    c.reporter.email = row.column_text(14);
    c.anonymous = row.column_int(15) != 0;
    c.confidential = row.column_int(16) != 0;
    c.unit_code = row.column_text(17);
    const auto status = row.column_text(18);
    auto parsed_status = parsed(domain::parse_status(status), "complaints.status", status);
    if (!parsed_status) return parsed_status.error();
    c.status = *parsed_status;
    c.tracking_token_hash = row.column_text(19);
    c.created_by = row.column_text(20);
    c.created_at = from_millis(row.column_int(21));
    c.updated_at = from_millis(row.column_int(22));
    if (auto due = row.column_int_or_null(23)) c.due_at = from_millis(*due);
    if (auto at = row.column_int_or_null(27)) {
        c.feedback = domain::Feedback{
            row.column_int(24) != 0,
            static_cast<int>(row.column_int(25)),
            row.column_text(26),
            from_millis(*at),
        };
    }
    if (auto at = row.column_int_or_null(28)) c.step_started_at = from_millis(*at);
    c.reminders_sent = static_cast<int>(row.column_int(29));
    c.escalation_level = static_cast<int>(row.column_int(30));
    if (auto at = row.column_int_or_null(31)) c.next_check_at = from_millis(*at);
    c.late_reason = row.column_text(32);
    c.source_url = row.column_text(33);
    if (auto at = row.column_int_or_null(34)) c.verified_at = from_millis(*at);
    c.hidden_phrases = split_phrases(row.column_text(35));
    return c;
}

namespace {

void bind_time_or_null(Statement& statement, int index, std::optional<domain::Timestamp> at) {
    if (at) {
        statement.bind_int(index, to_millis(*at));
    } else {
        statement.bind_null(index);
    }
}

}  // namespace

void bind_publication(Statement& statement, int first_index, const domain::Complaint& c) {
    bind_time_or_null(statement, first_index, c.verified_at);
    statement.bind_text(first_index + 1, join_phrases(c.hidden_phrases));
    statement.bind_bool(first_index + 2, domain::is_published(c));
}

namespace {
constexpr char kPhraseSeparator = '\x1f';
}  // namespace

std::string join_phrases(const std::vector<std::string>& phrases) {
    std::string out;
    for (const auto& phrase : phrases) {
        if (!out.empty()) out.push_back(kPhraseSeparator);
        out += phrase;
    }
    return out;
}

std::vector<std::string> split_phrases(std::string_view stored) {
    std::vector<std::string> out;
    while (!stored.empty()) {
        const auto end = stored.find(kPhraseSeparator);
        out.emplace_back(stored.substr(0, end));
        if (end == std::string_view::npos) break;
        stored.remove_prefix(end + 1);
    }
    return out;
}

void bind_ladder(Statement& statement, int first_index, const domain::Complaint& c) {
    bind_time_or_null(statement, first_index, c.step_started_at);
    statement.bind_int(first_index + 1, c.reminders_sent);
    statement.bind_int(first_index + 2, c.escalation_level);
    bind_time_or_null(statement, first_index + 3, c.next_check_at);
    statement.bind_text(first_index + 4, c.late_reason);
}

void bind_feedback(Statement& statement,
                   int first_index,
                   const std::optional<domain::Feedback>& feedback) {
    if (feedback) {
        statement.bind_bool(first_index, feedback->solved);
        statement.bind_int(first_index + 1, feedback->rating);
        statement.bind_text(first_index + 2, feedback->comment);
        statement.bind_int(first_index + 3, to_millis(feedback->at));
    } else {
        for (int i = 0; i < 4; ++i) statement.bind_null(first_index + i);
    }
}

void bind_complaint_insert(Statement& insert, const domain::Complaint& c) {
    insert.bind_text(1, c.ticket);
    insert.bind_text(2, domain::to_string(c.kind));
    insert.bind_text(3, domain::to_string(c.channel));
    insert.bind_text(4, c.title);
    insert.bind_text(5, c.description);
    insert.bind_text_or_null(6, c.category_code);
    insert.bind_real_or_null(7, c.location.lat);
    insert.bind_real_or_null(8, c.location.lon);
    insert.bind_text(9, c.location.address);
    insert.bind_text_or_null(10, c.location.kecamatan_code);
    insert.bind_text_or_null(11, c.location.desa_code);
    insert.bind_text(12, c.reporter.name);
    insert.bind_text(13, c.reporter.phone);
    insert.bind_text(14, c.reporter.email);
    insert.bind_bool(15, c.anonymous);
    insert.bind_bool(16, c.confidential);
    insert.bind_text(17, c.unit_code);
    insert.bind_text(18, domain::to_string(c.status));
    insert.bind_text(19, c.tracking_token_hash);
    insert.bind_text(20, c.created_by);
    insert.bind_int(21, to_millis(c.created_at));
    insert.bind_int(22, to_millis(c.updated_at));
    bind_time_or_null(insert, 23, c.due_at);
    bind_feedback(insert, 24, c.feedback);
    bind_ladder(insert, 28, c);
    insert.bind_text(33, c.source_url);
    bind_publication(insert, 34, c);
}

core::Result<domain::ComplaintEvent> read_event(const Statement& row) {
    domain::ComplaintEvent e;
    e.seq = row.column_int(0);
    e.at = from_millis(row.column_int(1));
    e.actor = domain::EventActor::parse(row.column_text(2));
    e.action = row.column_text(3);
    const auto from = row.column_text(4);
    auto parsed_from = parsed(domain::parse_status(from), "complaint_events.from_status", from);
    if (!parsed_from) return parsed_from.error();
    e.from = *parsed_from;
    const auto to = row.column_text(5);
    auto parsed_to = parsed(domain::parse_status(to), "complaint_events.to_status", to);
    if (!parsed_to) return parsed_to.error();
    e.to = *parsed_to;
    e.unit_from = row.column_text(6);
    e.unit_to = row.column_text(7);
    e.public_text = row.column_text(8);
    e.internal_note = row.column_text(9);
    return e;
}

}  // namespace tanggap::store::sql

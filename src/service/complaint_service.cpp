#include "service/complaint_service.hpp"

#include "domain/routing.hpp"
#include "domain/ticket.hpp"
#include "domain/visibility.hpp"
#include "service/audit_log.hpp"
#include "service/citizen_notices.hpp"
#include "service/deadline_settings.hpp"
#include "service/ladder_notices.hpp"
#include "service/staff_notices.hpp"
#include "util/crypto.hpp"
#include "util/local_zone.hpp"

#include <algorithm>

namespace tanggap::service {

using core::ErrorCode;
using core::make_error;

namespace {

constexpr int kTicketAttempts = 8;

Result<std::string> free_ticket(store::WriteTx& tx, domain::Timestamp now) {
    for (int attempt = 0; attempt < kTicketAttempts; ++attempt) {
        auto ticket = domain::format_ticket(
            now, util::random_bytes<domain::kTicketRandomChars>(), util::local_zone().offset);
        auto existing = tx.complaint_by_ticket(ticket);
        if (!existing) return existing.error();
        if (!*existing) return ticket;
    }
    return make_error(ErrorCode::unavailable, "Nomor tiket tidak tersedia, coba lagi");
}

Result<ComplaintRecord> reload(store::WriteTx& tx, std::string_view ticket) {
    auto record = load_complaint(tx, ticket);
    if (!record) return record.error();
    if (!*record)
        return make_error(ErrorCode::internal, "complaint vanished inside its transaction");
    return std::move(**record);
}

// Keeps the due time while the step and the unit stay; a new step or a new unit restarts it
// at the foot of the escalation ladder. A complaint from before deadlines existed gets one
// counted from now. A step counted from created_at is due later by the time the complaint
// waited for its reporter (read from the history: `now` is the transition being saved).
Result<void> refresh_due_at(store::WriteTx& tx,
                            domain::Complaint& c,
                            domain::Status status_before,
                            const std::string& unit_before,
                            const Duty& duty,
                            domain::Timestamp now,
                            const DeadlineClock& clock) {
    if (c.status == status_before && c.unit_code == unit_before && c.due_at) return {};
    auto rule = step_rule(c.status);
    std::vector<sla::Pause> waits;
    if (rule && rule->start == ClockStart::created && c.status != domain::Status::diterima) {
        auto events = tx.events(c.id);
        if (!events) return events.error();
        waits = reporter_waits(*events, now);
    }
    clock.start_step(c, duty, now, waits);
    return {};
}

// What escalate and explain_delay change besides the history.
void apply_ladder_change(domain::Complaint& c,
                         const domain::Transition& t,
                         const DeadlineClock& clock) {
    if (t.late_reason) c.late_reason = *t.late_reason;
    if (t.escalation_level) {
        c.escalation_level = *t.escalation_level;
        if (auto state = clock.ladder_state(c)) {
            c.next_check_at = sla::next_ladder_point(*state, clock.reminders());
        }
    }
}

void apply_transition(domain::Complaint& c, const domain::Transition& t, domain::Timestamp now) {
    c.status = t.to;
    if (t.unit_to != c.unit_code) {
        c.unit_code = t.unit_to;
        if (std::find(c.handling_units.begin(), c.handling_units.end(), t.unit_to) ==
            c.handling_units.end()) {
            c.handling_units.push_back(t.unit_to);
        }
    }
    c.updated_at = now;
    domain::note_verification(c, now);
}

// The audit entry of a staff action: "complaint.<action>", with what it moved.
AuditRecord audit_of(const domain::ComplaintEvent& event,
                     const domain::StaffUser& staff,
                     const std::string& ticket) {
    std::string detail = "status " + std::string(domain::to_string(event.from)) + " -> " +
                         std::string(domain::to_string(event.to));
    if (event.unit_from != event.unit_to) {
        detail += ", unit " + event.unit_from + " -> " + event.unit_to;
    }
    return AuditRecord{staff.username,
                       std::string(domain::audit_action::complaint_prefix) + event.action,
                       ticket,
                       std::move(detail)};
}

}  // namespace

bool token_matches(const domain::Complaint& complaint, std::string_view token) {
    return !token.empty() &&
           util::secure_equal(util::sha256_hex(token), complaint.tracking_token_hash);
}

Result<void> check_reporter_token(const domain::Complaint& complaint, std::string_view token) {
    if (token_matches(complaint, token)) return {};
    // Without the token a complaint the public cannot see does not exist.
    if (!domain::is_published(complaint)) {
        return make_error(ErrorCode::not_found, "Aduan tidak ditemukan");
    }
    return make_error(ErrorCode::forbidden, "Token pelacakan tidak cocok", "token");
}

// Keys are stored hashed: the table alone neither shows them nor opens the sealed tokens.
std::string submission_key_hash(std::string_view idempotency_key) {
    return util::sha256_hex(idempotency_key);
}

Result<std::optional<SubmitReceipt>> replay_submission(store::ReadTx& tx,
                                                       std::string_view idempotency_key) {
    if (idempotency_key.empty()) return std::optional<SubmitReceipt>{};
    auto key = tx.submission_key(submission_key_hash(idempotency_key));
    if (!key) return key.error();
    if (!*key) return std::optional<SubmitReceipt>{};
    auto token = util::unseal(idempotency_key, (*key)->sealed_token);
    auto complaint = tx.complaint_by_ticket((*key)->ticket);
    if (!complaint) return complaint.error();
    if (!token || !*complaint) {
        return make_error(ErrorCode::internal, "submission key without its complaint");
    }
    const auto& c = **complaint;
    return std::optional<SubmitReceipt>(
        SubmitReceipt{c.ticket, *token, c.status, c.unit_code, c.created_at, true});
}

Result<SubmitReceipt> submit_complaint(store::WriteTx& tx,
                                       const domain::DirectoryIndex& directory,
                                       const SubmitRequest& request,
                                       const DeadlineClock& clock,
                                       const domain::Outreach& outreach) {
    auto earlier = replay_submission(tx, request.idempotency_key);
    if (!earlier) return earlier.error();
    if (*earlier) return std::move(**earlier);
    const auto& s = request.submission;
    auto unit = domain::route_complaint(directory, s.category_code, s.location);
    if (!unit) return unit.error();
    auto ticket = free_ticket(tx, request.now);
    if (!ticket) return ticket.error();

    SubmitReceipt receipt{
        *ticket, util::random_token(), domain::Status::diterima, *unit, request.now};
    domain::Complaint c;
    c.ticket = *ticket;
    c.kind = s.kind;
    c.channel = s.channel;
    c.title = s.title;
    c.description = s.description;
    c.category_code = s.category_code;
    c.location = s.location;
    c.reporter = s.reporter;
    c.source_url = s.source_url;
    c.anonymous = s.anonymous;
    c.confidential = s.confidential;
    c.unit_code = *unit;
    c.status = domain::Status::diterima;
    c.tracking_token_hash = util::sha256_hex(receipt.tracking_token);
    c.created_by = request.created_by;
    c.created_at = c.updated_at = request.now;
    c.photos = request.photos;
    c.handling_units = {*unit};
    clock.start_step(
        c, Duty{directory.find_category(c.category_code), directory.find_unit(*unit)}, request.now);

    domain::ComplaintEvent first;
    first.at = request.now;
    first.actor = request.created_by.empty() ? domain::EventActor::reporter()
                                             : domain::EventActor::staff(request.created_by);
    first.action = "submit";
    first.from = first.to = domain::Status::diterima;
    first.unit_to = *unit;
    first.public_text = "Aduan diterima dan diteruskan ke unit yang berwenang";
    if (auto inserted = tx.insert_complaint(c, first); !inserted) return inserted.error();
    if (!request.created_by.empty()) {
        AuditRecord audit{request.created_by,
                          std::string(domain::audit_action::intake),
                          c.ticket,
                          "kanal " + std::string(domain::to_string(c.channel))};
        if (auto r = record_audit(tx, audit, request.now); !r) return r.error();
    }
    if (!request.idempotency_key.empty()) {
        store::SubmissionKey key{c.ticket,
                                 util::seal(request.idempotency_key, receipt.tracking_token)};
        auto kept = tx.insert_submission_key(
            submission_key_hash(request.idempotency_key), key, request.now);
        if (!kept) return kept.error();
    }
    if (auto r = send_receipt(tx, c, outreach); !r) return r.error();
    return receipt;
}

Result<std::optional<ComplaintRecord>> load_complaint(store::ReadTx& tx, std::string_view ticket) {
    auto complaint = tx.complaint_by_ticket(ticket);
    if (!complaint) return complaint.error();
    if (!*complaint) return std::optional<ComplaintRecord>{};
    auto events = tx.events((*complaint)->id);
    if (!events) return events.error();
    return std::optional<ComplaintRecord>{
        ComplaintRecord{std::move(**complaint), std::move(*events)}};
}

Result<ComplaintRecord> act_on_complaint(store::WriteTx& tx,
                                         const domain::DirectoryIndex& directory,
                                         std::string_view ticket,
                                         const domain::StaffUser& staff,
                                         const domain::ActionRequest& action,
                                         domain::Timestamp now,
                                         const DeadlineClock& clock,
                                         const domain::Outreach& outreach) {
    auto found = tx.complaint_by_ticket(ticket);
    if (!found) return found.error();
    if (!*found || !domain::visibility_for(**found, staff, false).visible) {
        return make_error(ErrorCode::not_found, "Aduan tidak ditemukan");
    }
    domain::Complaint c = std::move(**found);
    if (action.action == domain::Action::dispose && !action.unit.empty() &&
        !directory.find_unit(action.unit)) {
        return make_error(ErrorCode::invalid_field, "Unit tujuan tidak dikenal", "unit");
    }
    if (action.action == domain::Action::recategorize && !action.category.empty() &&
        !directory.find_category(action.category)) {
        return make_error(ErrorCode::invalid_field, "Kategori tidak dikenal", "category");
    }
    auto transition = domain::apply_action(c, domain::Actor{staff}, action);
    if (!transition) return transition.error();
    const auto status_before = c.status;
    const auto unit_before = c.unit_code;
    apply_transition(c, *transition, now);
    if (auto r = refresh_due_at(
            tx,
            c,
            status_before,
            unit_before,
            Duty{directory.find_category(c.category_code), directory.find_unit(c.unit_code)},
            now,
            clock);
        !r) {
        return r.error();
    }
    if (transition->category_to) {
        c.category_code = *transition->category_to;
        const Duty duty{directory.find_category(c.category_code), directory.find_unit(c.unit_code)};
        if (auto r = recount_step(tx, c, duty, now, clock); !r) return r.error();
    }
    apply_ladder_change(c, *transition, clock);
    if (auto saved = tx.update_complaint(c); !saved) return saved.error();
    transition->event.at = now;
    if (auto appended = tx.append_event(c.id, transition->event); !appended) {
        return appended.error();
    }
    if (auto r = record_audit(tx, audit_of(transition->event, staff, c.ticket), now); !r) {
        return r.error();
    }
    if (auto r = notify_reporter(tx, c, transition->event, outreach); !r) return r.error();
    if (transition->escalation_level) {
        auto unit_name = unit_name_of(tx, c.unit_code);
        if (!unit_name) return unit_name.error();
        auto notice = escalation_notices(c, *transition->escalation_level, *unit_name, now);
        for (auto& n : notice) {
            if (auto stored = notify_staff(tx, n, outreach); !stored) return stored.error();
        }
    }
    return reload(tx, ticket);
}

Result<ComplaintRecord> give_feedback(store::WriteTx& tx,
                                      const domain::DirectoryIndex& directory,
                                      std::string_view ticket,
                                      std::string_view token,
                                      domain::Feedback feedback,
                                      const DeadlineClock& clock) {
    auto found = tx.complaint_by_ticket(ticket);
    if (!found) return found.error();
    if (!*found) return make_error(ErrorCode::not_found, "Aduan tidak ditemukan");
    domain::Complaint c = std::move(**found);
    if (auto r = check_reporter_token(c, token); !r) return r.error();
    auto transition = domain::apply_feedback(c, feedback);
    if (!transition) return transition.error();
    const auto status_before = c.status;
    const auto unit_before = c.unit_code;
    apply_transition(c, *transition, feedback.at);
    const Duty duty{directory.find_category(c.category_code), directory.find_unit(c.unit_code)};
    if (auto r = refresh_due_at(tx, c, status_before, unit_before, duty, feedback.at, clock); !r) {
        return r.error();
    }
    c.feedback = feedback;
    if (auto saved = tx.update_complaint(c); !saved) return saved.error();
    transition->event.at = feedback.at;
    if (auto appended = tx.append_event(c.id, transition->event); !appended) {
        return appended.error();
    }
    return reload(tx, ticket);
}

Result<ComplaintRecord> publish_complaint(store::WriteTx& tx,
                                          std::string_view ticket,
                                          const domain::StaffUser& staff,
                                          const domain::PublicationRequest& request,
                                          domain::Timestamp now) {
    auto found = tx.complaint_by_ticket(ticket);
    if (!found) return found.error();
    if (!*found || !domain::visibility_for(**found, staff, false).visible) {
        return make_error(ErrorCode::not_found, "Aduan tidak ditemukan");
    }
    domain::Complaint c = std::move(**found);
    if (auto r = domain::apply_publication(c, staff, request); !r) return r.error();
    c.updated_at = now;
    if (auto saved = tx.update_complaint(c); !saved) return saved.error();
    // In the history for staff: who decided what the public reads, and when.
    domain::ComplaintEvent event;
    event.at = now;
    event.actor = domain::EventActor::staff(staff.username);
    event.action = "publish";
    event.from = c.status;
    event.to = c.status;
    event.unit_from = c.unit_code;
    event.unit_to = c.unit_code;
    const auto shown = std::count_if(c.photos.begin(), c.photos.end(), [](const domain::Photo& p) {
        return p.stage == domain::PhotoStage::report && p.published;
    });
    std::size_t blurred = 0;
    for (const auto& p : c.photos) blurred += p.blur_regions ? p.blur_regions->size() : 0;
    event.internal_note = "Salinan publik: " + std::to_string(c.hidden_phrases.size()) +
                          " frasa disamarkan, " + std::to_string(shown) + " foto laporan tampil, " +
                          std::to_string(blurred) + " area foto dikaburkan";
    if (auto appended = tx.append_event(c.id, event); !appended) return appended.error();
    AuditRecord audit{
        staff.username, std::string(domain::audit_action::publish), c.ticket, event.internal_note};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    return reload(tx, ticket);
}

}  // namespace tanggap::service

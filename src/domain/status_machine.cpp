#include "domain/status_machine.hpp"

#include "domain/authorization.hpp"
#include "domain/names.hpp"

#include <algorithm>
#include <initializer_list>

namespace tanggap::domain {
namespace {

constexpr NameTable<Action, 15> kActionNames{{
    {Action::verify, "verify"},
    {Action::dispose, "dispose"},
    {Action::start, "start"},
    {Action::respond, "respond"},
    {Action::note, "note"},
    {Action::resolve, "resolve"},
    {Action::close, "close"},
    {Action::reopen, "reopen"},
    {Action::defer, "defer"},
    {Action::not_authority, "not_authority"},
    {Action::reject, "reject"},
    {Action::archive, "archive"},
    {Action::explain_delay, "explain_delay"},
    {Action::escalate, "escalate"},
    {Action::recategorize, "recategorize"},
}};

constexpr NameTable<RejectReason, 3> kRejectReasonNames{{
    {RejectReason::spam, "spam"},
    {RejectReason::abusive, "abusive"},
    {RejectReason::duplicate, "duplicate"},
}};

bool in(Status s, std::initializer_list<Status> set) {
    return std::find(set.begin(), set.end(), s) != set.end();
}

using S = Status;

// The states that still belong to a unit's work queue.
constexpr std::initializer_list<Status> kOpenWork = {
    S::diterima, S::diverifikasi, S::didisposisikan, S::ditindaklanjuti, S::dibuka_kembali};

}  // namespace

std::optional<core::Error> check_permission(const Complaint& c,
                                            const StaffUser& staff,
                                            Action action) {
    if (auto denied = check_rights(c, staff, action)) return denied;
    // Once a unit has said "not our authority", re-routing is the super admin's call.
    if (staff.role != Role::super_admin && c.status == S::bukan_wewenang &&
        action != Action::note) {
        return core::make_error(
            core::ErrorCode::forbidden,
            "Aduan berstatus bukan_wewenang menunggu pengalihan oleh super admin");
    }
    return std::nullopt;
}

namespace {

// The checks of apply_action() that come before the request's fields.
std::optional<core::Error> check_action(const Complaint& c, const StaffUser& staff, Action action) {
    if (auto denied = check_permission(c, staff, action)) return denied;
    if (!next_status(c.status, action)) {
        return core::make_error(core::ErrorCode::illegal_transition,
                                "Tindakan " + std::string(to_string(action)) +
                                    " tidak berlaku untuk aduan berstatus " +
                                    std::string(to_string(c.status)),
                                "action");
    }
    if (action == Action::escalate && c.escalation_level >= kTopEscalationLevel) {
        return core::make_error(
            core::ErrorCode::illegal_transition, "Aduan sudah dieskalasi ke Bupati", "action");
    }
    return std::nullopt;
}

std::optional<core::Error> check_fields(const Complaint& c, const ActionRequest& r) {
    auto require_message = [&]() -> std::optional<core::Error> {
        if (r.message.empty()) {
            return core::make_error(core::ErrorCode::invalid_field, "Pesan wajib diisi", "message");
        }
        return std::nullopt;
    };
    switch (r.action) {
        case Action::dispose:
            if (r.unit.empty()) {
                return core::make_error(
                    core::ErrorCode::invalid_field, "Unit tujuan wajib diisi", "unit");
            }
            if (r.unit == c.unit_code) {
                return core::make_error(
                    core::ErrorCode::invalid_field, "Aduan sudah berada di unit ini", "unit");
            }
            return std::nullopt;
        case Action::note:
            if (r.note.empty() && r.message.empty()) {
                return core::make_error(
                    core::ErrorCode::invalid_field, "Catatan wajib diisi", "note");
            }
            return std::nullopt;
        case Action::explain_delay:
        case Action::escalate:
            if (r.note.empty()) {
                return core::make_error(
                    core::ErrorCode::invalid_field, "Alasan wajib diisi", "note");
            }
            return std::nullopt;
        case Action::recategorize:
            if (r.category.empty()) {
                return core::make_error(
                    core::ErrorCode::invalid_field, "Kategori baru wajib diisi", "category");
            }
            if (r.category == c.category_code) {
                return core::make_error(
                    core::ErrorCode::invalid_field, "Aduan sudah berkategori ini", "category");
            }
            return std::nullopt;
        case Action::respond:
        case Action::resolve:
        case Action::reopen:
        case Action::defer:
        case Action::not_authority:
            return require_message();
        case Action::reject:
            if (!r.reason) {
                return core::make_error(core::ErrorCode::invalid_field,
                                        "Alasan penolakan wajib: spam, abusive atau duplicate",
                                        "reason");
            }
            return std::nullopt;
        case Action::verify:
        case Action::start:
        case Action::close:
        case Action::archive:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Action action) { return name_of(kActionNames, action); }
std::optional<Action> parse_action(std::string_view text) { return parse_name(kActionNames, text); }
std::string_view to_string(RejectReason reason) { return name_of(kRejectReasonNames, reason); }
std::optional<RejectReason> parse_reject_reason(std::string_view text) {
    return parse_name(kRejectReasonNames, text);
}

std::optional<Status> next_status(Status from, Action action) {
    switch (action) {
        case Action::verify:
            if (in(from, {S::diterima, S::ditunda})) return S::diverifikasi;
            break;
        case Action::dispose:
            if (in(from, kOpenWork) || in(from, {S::ditunda, S::bukan_wewenang})) {
                return S::didisposisikan;
            }
            break;
        case Action::start:
            if (in(from, {S::diverifikasi, S::didisposisikan, S::ditunda, S::dibuka_kembali})) {
                return S::ditindaklanjuti;
            }
            break;
        case Action::respond:
        case Action::explain_delay:
        case Action::escalate:
        case Action::recategorize:
            if (!is_terminal(from)) return from;
            break;
        case Action::note:
            return from;
        case Action::resolve:
            if (in(from,
                   {S::diverifikasi, S::didisposisikan, S::ditindaklanjuti, S::dibuka_kembali})) {
                return S::selesai;
            }
            break;
        case Action::close:
            if (from == S::selesai) return S::ditutup;
            break;
        case Action::reopen:
            if (from == S::selesai) return S::dibuka_kembali;
            break;
        case Action::defer:
        case Action::not_authority:
            if (in(from, kOpenWork)) {
                return action == Action::defer ? S::ditunda : S::bukan_wewenang;
            }
            break;
        case Action::reject:
        case Action::archive:
            if (in(from, {S::diterima, S::diverifikasi, S::ditunda, S::bukan_wewenang})) {
                return action == Action::reject ? S::ditolak : S::diarsipkan;
            }
            break;
    }
    return std::nullopt;
}

core::Result<Transition> apply_action(const Complaint& complaint,
                                      const Actor& actor,
                                      const ActionRequest& request) {
    if (!actor.staff) {
        return core::make_error(core::ErrorCode::forbidden,
                                "Hanya petugas yang dapat melakukan tindakan ini");
    }
    if (auto refused = check_action(complaint, *actor.staff, request.action)) return *refused;
    if (auto invalid = check_fields(complaint, request)) return *invalid;
    const auto to = next_status(complaint.status, request.action);

    Transition t;
    t.to = *to;
    t.unit_to = request.action == Action::dispose ? request.unit : complaint.unit_code;
    t.event.actor = actor.event_actor();
    t.event.action = std::string(to_string(request.action));
    t.event.from = complaint.status;
    t.event.to = *to;
    t.event.unit_from = complaint.unit_code;
    t.event.unit_to = t.unit_to;
    t.event.public_text = request.message;
    t.event.internal_note = request.note;
    if (request.action == Action::note) {  // a note is never public, whichever field carries it
        if (t.event.internal_note.empty()) {
            t.event.internal_note = request.message;
        } else if (!request.message.empty()) {
            t.event.internal_note += "\n" + request.message;
        }
        t.event.public_text.clear();
    }
    if (request.action == Action::explain_delay) t.late_reason = request.note;
    if (request.action == Action::recategorize) {
        t.category_to = request.category;
        const std::string change =
            "kategori: " + complaint.category_code + " -> " + request.category;
        t.event.internal_note =
            t.event.internal_note.empty() ? change : change + "; " + t.event.internal_note;
    }
    if (request.action == Action::escalate) t.escalation_level = complaint.escalation_level + 1;
    if (request.action == Action::reject && request.reason) {
        std::string reason(to_string(*request.reason));
        t.event.internal_note = t.event.internal_note.empty()
                                    ? "alasan: " + reason
                                    : "alasan: " + reason + "; " + t.event.internal_note;
    }
    return t;
}

std::string_view to_string(Need need) {
    switch (need) {
        case Need::none:
            return "none";
        case Need::optional:
            return "optional";
        case Need::required:
            return "required";
    }
    return "none";
}

ActionFields fields_of(Action action) {
    constexpr auto none = Need::none;
    constexpr auto optional = Need::optional;
    constexpr auto required = Need::required;
    switch (action) {
        case Action::dispose:
            return {optional, optional, required, none, none};
        case Action::recategorize:
            return {none, optional, none, none, required};
        case Action::note:
        case Action::explain_delay:
        case Action::escalate:
            return {none, required, none, none, none};
        case Action::respond:
        case Action::resolve:
        case Action::reopen:
        case Action::defer:
        case Action::not_authority:
            return {required, optional, none, none, none};
        case Action::reject:
            return {none, optional, none, required, none};
        case Action::verify:
        case Action::start:
        case Action::close:
        case Action::archive:
            return {optional, optional, none, none, none};
    }
    return {};
}

std::optional<Timestamp> overdue_after(const Complaint& complaint) {
    if (!is_open(complaint.status)) return std::nullopt;
    return complaint.due_at;
}

bool is_overdue(const Complaint& complaint, Timestamp now) {
    const auto after = overdue_after(complaint);
    return after && now > *after;
}

std::vector<Action> allowed_actions(const Complaint& complaint, const Actor& actor, Timestamp now) {
    std::vector<Action> allowed;
    if (!actor.staff) return allowed;
    const bool late = complaint.escalation_level > 0 || is_overdue(complaint, now);
    for (const auto action : kAllActions) {
        if (action == Action::explain_delay && !late) continue;
        if (!check_action(complaint, *actor.staff, action)) allowed.push_back(action);
    }
    return allowed;
}

core::Result<Transition> apply_feedback(const Complaint& complaint, const Feedback& feedback) {
    if (complaint.status != S::selesai) {
        return core::make_error(
            core::ErrorCode::illegal_transition,
            "Umpan balik hanya untuk aduan berstatus selesai; status sekarang " +
                std::string(to_string(complaint.status)));
    }
    if (feedback.rating < 1 || feedback.rating > 5) {
        return core::make_error(core::ErrorCode::invalid_field, "Nilai harus 1 sampai 5", "rating");
    }
    if (!feedback.solved && feedback.comment.empty()) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Sebutkan alasan membuka kembali aduan", "comment");
    }
    Transition t;
    t.to = feedback.solved ? S::ditutup : S::dibuka_kembali;
    t.unit_to = complaint.unit_code;
    t.event.actor = EventActor::reporter();
    t.event.action = feedback.solved ? "confirm" : "reopen";
    t.event.from = complaint.status;
    t.event.to = t.to;
    t.event.unit_from = complaint.unit_code;
    t.event.unit_to = complaint.unit_code;
    t.event.public_text = feedback.comment;
    return t;
}

}  // namespace tanggap::domain

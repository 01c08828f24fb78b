#pragma once
// The complaint status machine: which action is legal from which state, for which role, and
// what it changes. Pure: the caller loads the complaint, applies, and stores the outcome.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/staff.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

enum class Action {
    verify,         // diterima/ditunda -> diverifikasi
    dispose,        // hand to another unit (needs `unit`) -> didisposisikan
    start,          // the unit starts work -> ditindaklanjuti
    respond,        // a public message to the reporter; status unchanged
    note,           // an internal note; status unchanged
    resolve,        // the answer (needs `message`) -> selesai
    close,          // selesai -> ditutup
    reopen,         // selesai -> dibuka_kembali (needs `message`: the reason)
    defer,          // ask the reporter for more (needs `message`) -> ditunda
    not_authority,  // not this unit's duty (needs `message`) -> bukan_wewenang
    reject,         // spam/abusive/duplicate (needs `reason`) -> ditolak
    archive,        // -> diarsipkan
    explain_delay,  // the unit says why it is late (needs `note`); shown up the ladder
    escalate,       // the super admin takes it a level up (needs `note`); status unchanged
    recategorize,   // a corrected category (needs `category`); status and unit unchanged, the
                    // open step's due time recounted under the new category's policy
};

// In the order an officer most likely takes them next, which is the order the console offers
// them in (its first is preselected): the step that moves a complaint on, then talking about
// it; closing an answered complaint waits for the reporter's word; handing it away or ending it
// without an answer last.
inline constexpr Action kAllActions[] = {
    Action::verify,
    Action::start,
    Action::resolve,
    Action::respond,
    Action::explain_delay,
    Action::note,
    Action::close,
    Action::reopen,
    Action::defer,
    Action::recategorize,
    Action::dispose,
    Action::not_authority,
    Action::escalate,
    Action::reject,
    Action::archive,
};

std::string_view to_string(Action action);
std::optional<Action> parse_action(std::string_view text);

enum class RejectReason { spam, abusive, duplicate };
std::string_view to_string(RejectReason reason);
std::optional<RejectReason> parse_reject_reason(std::string_view text);

// The most Unicode code points in an action's public message or internal note.
inline constexpr std::size_t kActionTextMax = 5000;

struct ActionRequest {
    Action action = Action::note;
    std::string unit;     // dispose: the receiving unit's code (validated by the caller)
    std::string message;  // public text
    std::string note;     // internal note
    std::optional<RejectReason> reason;
    std::string category{};  // recategorize: the new category's code (validated by the caller)
};

// Who acts: a staff member, or the reporter (holding the tracking token).
struct Actor {
    std::optional<StaffUser> staff;  // empty: the reporter

    static Actor reporter() { return Actor{}; }
    // As the history records who acted.
    EventActor event_actor() const {
        return staff ? EventActor::staff(staff->username) : EventActor::reporter();
    }
};

struct Transition {
    Status to;
    std::string unit_to;                     // equals the current unit unless disposed
    ComplaintEvent event;                    // seq and at are left for the caller to fill
    std::optional<int> escalation_level;     // escalate: the level reached
    std::optional<std::string> late_reason;  // explain_delay: the unit's reason
    std::optional<std::string> category_to;  // recategorize: the new category
};

// Whether the staff member's role and unit allow `action` on the complaint, whatever its status:
// the super admin anywhere, unit-bound roles on their unit's complaints (forbidden otherwise).
std::optional<core::Error> check_permission(const Complaint& complaint,
                                            const StaffUser& staff,
                                            Action action);

// Decides an action on a complaint. Errors:
//  forbidden          the actor's role or unit may not take this action on this complaint
//  illegal_transition the action is not legal from the current status (message names it)
//  invalid_field      a required field (`message`, `unit`, `reason`, `category`) is missing,
//                     or the category is the complaint's own
core::Result<Transition> apply_action(const Complaint& complaint,
                                      const Actor& actor,
                                      const ActionRequest& request);

// The reporter's feedback: solved closes a resolved complaint, not solved reopens it.
// Errors: illegal_transition unless the complaint is selesai; invalid_field for rating
// outside 1..5 or a reopen without a comment.
core::Result<Transition> apply_feedback(const Complaint& complaint, const Feedback& feedback);

// Whether `from` --action--> is legal at all, ignoring roles (the table, for tests and docs).
std::optional<Status> next_status(Status from, Action action);

// What a field of an action's request must be: the console's form asks for it accordingly.
enum class Need { none, optional, required };
std::string_view to_string(Need need);

// The fields of each action's request (ActionRequest), as apply_action() checks them: a
// `required` field left empty is refused as invalid_field at that field.
struct ActionFields {
    Need message = Need::none;   // public text
    Need note = Need::none;      // internal note
    Need unit = Need::none;      // dispose: the receiving unit
    Need reason = Need::none;    // reject: spam, abusive or duplicate
    Need category = Need::none;  // recategorize: the new category
};
ActionFields fields_of(Action action);

// The instant after which the complaint is overdue: its due time while it is open
// (domain::is_open); none once answered or finished, or while no deadline runs. Clients compare it
// with their clock, so a page left open turns a row overdue without asking again.
std::optional<Timestamp> overdue_after(const Complaint& complaint);

// Whether the complaint is past overdue_after() at `now`.
bool is_overdue(const Complaint& complaint, Timestamp now);

// The actions the console offers `actor` on `complaint` at `now`, the likeliest next first
// (verify, start, resolve before talking, handing over or ending without an answer): every
// action apply_action() would accept with its fields filled, except that a delay is offered
// for explaining only once the complaint is late (overdue or escalated; the API still takes a
// reason given ahead of the deadline). Empty for the reporter.
std::vector<Action> allowed_actions(const Complaint& complaint, const Actor& actor, Timestamp now);

}  // namespace tanggap::domain

#pragma once
// Who may do what: Tanggap's one authorization table. Handlers ask it through
// visibility_for() and check_permission() (one complaint) and may() (everything else);
// docs/PRIVACY.md shows it as authorization_table_markdown() renders it, and
// tests/integration/authorization_test.cpp calls every staff endpoint as every role and holds
// each answer to it.

#include "domain/complaint.hpp"
#include "domain/staff.hpp"
#include "domain/status_machine.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::domain {

// How a staff member's unit stands to a complaint.
enum class UnitRelation {
    holds,     // the unit holds it now
    held,      // the unit held it earlier; it was disposed onwards
    oversees,  // the unit is above the one holding it now: a Camat over its desa, Dinas
               // Kesehatan over its puskesmas (as I-Ceta's hierarchy works)
    other,     // any other unit, and every role without a unit
};
std::string_view to_string(UnitRelation relation);

enum class Secrecy {
    plain,
    confidential,            // rahasia: the units that handle it and the super admin
    confidential_escalated,  // rahasia and escalated to the Bupati: leadership too
};
std::string_view to_string(Secrecy secrecy);

UnitRelation relation_of(const Complaint& complaint, const StaffUser& staff);
Secrecy secrecy_of(const Complaint& complaint);

// How much of a complaint a viewer reaches.
enum class Reach {
    none,            // nothing: it answers 404, as a ticket that does not exist
    published_copy,  // the redacted public copy, and only once published
    copy,            // the redacted public copy, published or not
    whole,           // the reporter's own words, photos and address
};
std::string_view to_string(Reach reach);

enum class NameRight { never, unless_anonymous, always };

class ActionSet {
  public:
    constexpr ActionSet() = default;
    constexpr ActionSet(std::initializer_list<Action> actions) {
        for (auto a : actions) bits_ |= bit(a);
    }
    constexpr bool has(Action a) const { return (bits_ & bit(a)) != 0; }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr ActionSet without(Action a) const {
        ActionSet out = *this;
        out.bits_ &= ~bit(a);
        return out;
    }

  private:
    static constexpr std::uint32_t bit(Action a) { return 1U << static_cast<unsigned>(a); }
    std::uint32_t bits_ = 0;
};

// What a role may see and do of a complaint, given how its unit stands to it and its secrecy,
// before the complaint's own state (published or not, anonymous, its status) has its say.
struct ComplaintRights {
    Reach reach = Reach::none;
    NameRight reporter_name = NameRight::never;
    bool contact = false;         // the reporter's phone and e-mail
    bool internal_notes = false;  // staff-only history text
    ActionSet actions{};          // status actions, each still subject to the status machine
};
ComplaintRights complaint_rights(Role role, UnitRelation relation, Secrecy secrecy);

// Whether the table lets `staff` take `action` on the complaint, whatever its status (the
// status machine's check_permission adds the rules of status): forbidden, saying whether the
// role never may or its unit may not on this complaint.
std::optional<core::Error> check_rights(const Complaint& complaint,
                                        const StaffUser& staff,
                                        Action action);

// Staff work that is not about one complaint.
enum class Duty {
    work_inbox,             // GET /inbox (its scope: inbox_scope_for)
    follow_escalations,     // the escalation list: the levels escalations reach (Diskominfo,
                            // the Bupati) see it first
    read_notifications,     // the bell: a unit's reminders, a level's escalations
    file_intake,            // a complaint taken by phone or at the desk
    answer_chats,           // WhatsApp, Messenger and Instagram chats (their scope: chat_scope_for)
    look_up_callers,        // complaints found by a reporter's phone
    take_emergency_calls,   // the 112 line's call log
    read_emergency_report,  // the 112 line's report
    read_reports,           // performance and monev (unit-bound roles: their own unit's)
    read_heatmap,           // the leadership heat map
    read_audit,             // the audit log
    manage_users,
    manage_directory,         // units and categories
    manage_deadlines,         // deadline policies and holidays
    manage_outbox,            // messages waiting to leave, and re-sending them
    handle_privacy_requests,  // export or erase what is held about a person (UU PDP)
};
std::string_view to_string(Duty duty);
inline constexpr Duty kAllDuties[] = {
    Duty::work_inbox,
    Duty::follow_escalations,
    Duty::read_notifications,
    Duty::file_intake,
    Duty::answer_chats,
    Duty::look_up_callers,
    Duty::take_emergency_calls,
    Duty::read_emergency_report,
    Duty::read_reports,
    Duty::read_heatmap,
    Duty::read_audit,
    Duty::manage_users,
    Duty::manage_directory,
    Duty::manage_deadlines,
    Duty::manage_outbox,
    Duty::handle_privacy_requests,
};

inline constexpr Role kAllRoles[] = {Role::operator_,
                                     Role::officer,
                                     Role::unit_admin,
                                     Role::super_admin,
                                     Role::leadership,
                                     Role::auditor,
                                     Role::privacy_officer};

bool may(Role role, Duty duty);

// The refusal of a duty the role may not do: forbidden, naming the work in Bahasa Indonesia
// ("Akun Anda tidak dapat membaca log audit").
core::Error duty_refusal(Role role, Duty duty);

// Both tables as Markdown, for docs/PRIVACY.md (a test keeps the page equal to this).
std::string authorization_table_markdown();

}  // namespace tanggap::domain

#include "domain/authorization.hpp"

#include "domain/names.hpp"
#include "domain/visibility.hpp"

#include <algorithm>
#include <array>

namespace tanggap::domain {
namespace {

using A = Action;

constexpr NameTable<UnitRelation, 4> kRelationNames{{
    {UnitRelation::holds, "holds"},
    {UnitRelation::held, "held"},
    {UnitRelation::oversees, "oversees"},
    {UnitRelation::other, "other"},
}};

constexpr NameTable<Secrecy, 3> kSecrecyNames{{
    {Secrecy::plain, "plain"},
    {Secrecy::confidential, "confidential"},
    {Secrecy::confidential_escalated, "confidential_escalated"},
}};

constexpr NameTable<Reach, 4> kReachNames{{
    {Reach::none, "none"},
    {Reach::published_copy, "published_copy"},
    {Reach::copy, "copy"},
    {Reach::whole, "whole"},
}};

// Every action: the super admin's.
constexpr ActionSet kEveryAction{A::verify,
                                 A::dispose,
                                 A::start,
                                 A::respond,
                                 A::note,
                                 A::resolve,
                                 A::close,
                                 A::reopen,
                                 A::defer,
                                 A::not_authority,
                                 A::reject,
                                 A::archive,
                                 A::explain_delay,
                                 A::escalate,
                                 A::recategorize};
// A unit's officers and admins work their complaints through; escalating is Diskominfo's.
constexpr ActionSet kUnitActions = kEveryAction.without(A::escalate);
// Operators take a complaint in and talk to the reporter; the unit's officers answer it.
constexpr ActionSet kOperatorActions{A::verify, A::note, A::defer, A::respond};
// A unit above the holder chases (a note the holder reads) and may take it over (dispose).
constexpr ActionSet kOversightActions{A::note, A::dispose};
constexpr ActionSet kOperatorOversight{A::note};

// Staff of a unit, by how their unit stands to the complaint.
ComplaintRights unit_staff_rights(Role role, UnitRelation relation, Secrecy secrecy) {
    const bool operator_ = role == Role::operator_;
    const ComplaintRights handling{Reach::whole, NameRight::always, true, true, {}};
    switch (relation) {
        case UnitRelation::holds: {
            auto rights = handling;
            rights.actions = operator_ ? kOperatorActions : kUnitActions;
            return rights;
        }
        case UnitRelation::held:
            return handling;
        case UnitRelation::oversees:
            // A confidential complaint stays with the units that handle it.
            if (secrecy == Secrecy::plain) {
                auto rights = handling;
                rights.actions = operator_ ? kOperatorOversight : kOversightActions;
                return rights;
            }
            break;
        case UnitRelation::other:
            break;
    }
    if (secrecy != Secrecy::plain) return {};
    return ComplaintRights{Reach::published_copy, NameRight::unless_anonymous, false, false, {}};
}

struct DutyRow {
    Duty duty;
    std::string_view name;
    std::string_view work;  // as the refusal names it: "Peran X tidak dapat <work>"
    std::array<Role, 7> roles;
    std::size_t role_count;
};

template <std::size_t N>
constexpr DutyRow row(Duty duty,
                      std::string_view name,
                      std::string_view work,
                      const Role (&roles)[N]) {
    DutyRow r{duty, name, work, {}, N};
    for (std::size_t i = 0; i < N; ++i) r.roles[i] = roles[i];
    return r;
}

using R = Role;
constexpr Role kUnitRoles[] = {R::operator_, R::officer, R::unit_admin, R::super_admin};
constexpr Role kSuperAdmin[] = {R::super_admin};

constexpr DutyRow kDuties[] = {
    row(Duty::work_inbox,
        "work_inbox",
        "membuka kotak masuk",
        {R::operator_, R::officer, R::unit_admin, R::super_admin, R::leadership, R::auditor}),
    row(Duty::follow_escalations,
        "follow_escalations",
        "mengikuti eskalasi",
        {R::super_admin, R::leadership}),
    // The auditor is told nothing: the Inspektorat reads the trail, it is not on the ladder.
    row(Duty::read_notifications,
        "read_notifications",
        "membaca pemberitahuan",
        {R::operator_, R::officer, R::unit_admin, R::super_admin, R::leadership}),
    row(Duty::file_intake, "file_intake", "mencatat aduan", kUnitRoles),
    row(Duty::answer_chats, "answer_chats", "membuka percakapan", kUnitRoles),
    row(Duty::look_up_callers, "look_up_callers", "mencari riwayat penelepon", kUnitRoles),
    row(Duty::take_emergency_calls,
        "take_emergency_calls",
        "mencatat panggilan darurat",
        {R::operator_, R::super_admin}),
    row(Duty::read_emergency_report,
        "read_emergency_report",
        "melihat laporan layanan darurat",
        {R::operator_, R::super_admin, R::leadership, R::auditor}),
    row(Duty::read_reports,
        "read_reports",
        "melihat laporan kinerja",
        {R::officer, R::unit_admin, R::super_admin, R::leadership, R::auditor}),
    row(Duty::read_heatmap,
        "read_heatmap",
        "melihat peta sebaran",
        {R::super_admin, R::leadership, R::auditor}),
    row(Duty::read_audit, "read_audit", "membaca log audit", {R::super_admin, R::auditor}),
    row(Duty::manage_users, "manage_users", "mengelola pengguna", kSuperAdmin),
    row(Duty::manage_directory, "manage_directory", "mengelola unit dan kategori", kSuperAdmin),
    row(Duty::manage_deadlines,
        "manage_deadlines",
        "mengelola tenggat dan hari libur",
        kSuperAdmin),
    row(Duty::manage_outbox, "manage_outbox", "mengelola pesan keluar", kSuperAdmin),
    // Pasal 53: a named officer, not the administrator, answers people's requests.
    row(Duty::handle_privacy_requests,
        "handle_privacy_requests",
        "menangani permintaan data pribadi",
        {R::privacy_officer}),
};

const DutyRow& row_of(Duty duty) {
    for (const auto& r : kDuties) {
        if (r.duty == duty) return r;
    }
    return kDuties[0];  // unreachable: every Duty has a row (authorization_test checks)
}

std::string yes_no(bool b) { return b ? "ya" : "-"; }

std::string name_right(NameRight n) {
    switch (n) {
        case NameRight::never:
            return "-";
        case NameRight::unless_anonymous:
            return "kecuali anonim";
        case NameRight::always:
            return "ya";
    }
    return "-";
}

std::string reach_text(Reach r) {
    switch (r) {
        case Reach::none:
            return "tidak (404)";
        case Reach::published_copy:
            return "salinan publik, setelah terbit";
        case Reach::copy:
            return "salinan publik";
        case Reach::whole:
            return "utuh";
    }
    return "-";
}

std::string actions_text(const ActionSet& set) {
    if (set.empty()) return "-";
    std::string out;
    for (auto a : kAllActions) {
        if (!set.has(a)) continue;
        if (!out.empty()) out += ", ";
        out += to_string(a);
    }
    return out;
}

}  // namespace

std::string_view to_string(UnitRelation relation) { return name_of(kRelationNames, relation); }
std::string_view to_string(Secrecy secrecy) { return name_of(kSecrecyNames, secrecy); }
std::string_view to_string(Reach reach) { return name_of(kReachNames, reach); }

UnitRelation relation_of(const Complaint& c, const StaffUser& staff) {
    if (!role_needs_unit(staff.role) || staff.unit_code.empty()) return UnitRelation::other;
    if (c.unit_code == staff.unit_code) return UnitRelation::holds;
    if (handled_by_unit(c, staff.unit_code)) return UnitRelation::held;
    const auto& below = staff.units_below;
    if (std::find(below.begin(), below.end(), c.unit_code) != below.end()) {
        return UnitRelation::oversees;
    }
    return UnitRelation::other;
}

Secrecy secrecy_of(const Complaint& c) {
    if (!c.confidential) return Secrecy::plain;
    return c.escalation_level >= kTopEscalationLevel ? Secrecy::confidential_escalated
                                                     : Secrecy::confidential;
}

ComplaintRights complaint_rights(Role role, UnitRelation relation, Secrecy secrecy) {
    switch (role) {
        case Role::super_admin:
            return ComplaintRights{Reach::whole, NameRight::always, true, true, kEveryAction};
        case Role::leadership:
            // The Bupati reads every complaint but its reporter's contact, and a confidential
            // one once it was escalated to them.
            if (secrecy == Secrecy::confidential) return {};
            return ComplaintRights{Reach::whole, NameRight::unless_anonymous, false, true, {}};
        case Role::auditor:
            // The Inspektorat follows the trail, not the people in it.
            if (secrecy != Secrecy::plain) return {};
            return ComplaintRights{Reach::copy, NameRight::never, false, true, {}};
        case Role::operator_:
        case Role::officer:
        case Role::unit_admin:
            return unit_staff_rights(role, relation, secrecy);
        case Role::privacy_officer:
            // Works on a person's data through the privacy requests, never in the console.
            return {};
    }
    return {};
}

std::optional<core::Error> check_rights(const Complaint& c, const StaffUser& staff, Action action) {
    if (complaint_rights(staff.role, relation_of(c, staff), secrecy_of(c)).actions.has(action)) {
        return std::nullopt;
    }
    // Whether the role never may, or may only on complaints its unit holds.
    if (!complaint_rights(staff.role, UnitRelation::holds, Secrecy::plain).actions.has(action)) {
        return core::make_error(core::ErrorCode::forbidden,
                                "Peran " + std::string(to_string(staff.role)) +
                                    " tidak boleh melakukan " + std::string(to_string(action)));
    }
    return core::make_error(core::ErrorCode::forbidden, "Aduan ini bukan tanggung jawab unit Anda");
}

std::string_view to_string(Duty duty) { return row_of(duty).name; }

bool may(Role role, Duty duty) {
    const auto& r = row_of(duty);
    return std::find(r.roles.begin(), r.roles.begin() + static_cast<long>(r.role_count), role) !=
           r.roles.begin() + static_cast<long>(r.role_count);
}

core::Error duty_refusal(Role /*role*/, Duty duty) {
    // Names the work, never the role's code: staff read it.
    return core::make_error(core::ErrorCode::forbidden,
                            "Akun Anda tidak dapat " + std::string(row_of(duty).work));
}

std::string authorization_table_markdown() {
    std::string out =
        "| Peran | Unit terhadap aduan | Kerahasiaan | Aduan | Nama pelapor | Kontak | Catatan "
        "internal | Tindakan |\n|---|---|---|---|---|---|---|---|\n";
    for (auto role : kAllRoles) {
        for (auto relation : {UnitRelation::holds,
                              UnitRelation::held,
                              UnitRelation::oversees,
                              UnitRelation::other}) {
            // Roles without a unit stand in no relation but "other".
            if (!role_needs_unit(role) && relation != UnitRelation::other) continue;
            for (auto secrecy :
                 {Secrecy::plain, Secrecy::confidential, Secrecy::confidential_escalated}) {
                const auto r = complaint_rights(role, relation, secrecy);
                out += "| " + std::string(to_string(role)) + " | " +
                       std::string(to_string(relation)) + " | " + std::string(to_string(secrecy)) +
                       " | " + reach_text(r.reach) + " | " + name_right(r.reporter_name) + " | " +
                       yes_no(r.contact) + " | " + yes_no(r.internal_notes) + " | " +
                       actions_text(r.actions) + " |\n";
            }
        }
    }
    out += "\n| Pekerjaan |";
    for (auto role : kAllRoles) out += " " + std::string(to_string(role)) + " |";
    out += "\n|---|---|---|---|---|---|---|---|\n";
    for (const auto& r : kDuties) {
        out += "| " + std::string(r.name) + " |";
        for (auto role : kAllRoles) out += " " + yes_no(may(role, r.duty)) + " |";
        out += "\n";
    }
    return out;
}

}  // namespace tanggap::domain

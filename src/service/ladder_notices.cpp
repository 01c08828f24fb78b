#include "service/ladder_notices.hpp"

#include "util/time_format.hpp"

namespace tanggap::service {
namespace {

std::string_view level_name(int level) {
    return level >= domain::kTopEscalationLevel ? "Bupati" : "Diskominfo";
}

// "aduan 2603-ABCDEF "Jalan rusak"", without the title for a confidential complaint: notices
// reach roles (leadership) that may not see it.
std::string named(const domain::Complaint& c) {
    if (c.confidential) return "aduan rahasia " + c.ticket;
    return "aduan " + c.ticket + " \"" + c.title + "\"";
}

std::string due_text(const domain::Complaint& c) {
    if (!c.due_at) return "";
    return util::format_local_minute(*c.due_at);
}

domain::Notification notice_for(const domain::Complaint& c,
                                domain::NotificationKind kind,
                                int level,
                                std::string text,
                                domain::Timestamp now) {
    domain::Notification n;
    n.unit_code = c.unit_code;
    n.complaint_id = c.id;
    n.ticket = c.ticket;
    n.kind = kind;
    n.level = level;
    n.text = std::move(text);
    n.created_at = now;
    return n;
}

}  // namespace

std::string describe_overdue(std::chrono::milliseconds overdue) {
    using namespace std::chrono;
    const auto total = duration_cast<minutes>(overdue);
    const auto d = total.count() / (24 * 60);
    const auto h = (total.count() / 60) % 24;
    const auto m = total.count() % 60;
    std::string out;
    auto add = [&](long long amount, const char* unit) {
        if (amount == 0) return;
        if (!out.empty()) out += " ";
        out += std::to_string(amount) + " " + unit;
    };
    add(d, "hari");
    add(h, "jam");
    if (d == 0) add(m, "menit");
    return out.empty() ? "kurang dari 1 menit" : out;
}

domain::Notification reminder_notice(const domain::Complaint& c,
                                     int number,
                                     domain::Timestamp now) {
    return notice_for(c,
                      domain::NotificationKind::reminder,
                      number,
                      "Pengingat: tenggat " + named(c) + " " + due_text(c) + ".",
                      now);
}

std::vector<domain::Notification> escalation_notices(const domain::Complaint& c,
                                                     int level,
                                                     std::string_view unit_name,
                                                     domain::Timestamp now) {
    std::string text = "Eskalasi: " + named(c) + " dieskalasi ke " +
                       std::string(level_name(level)) + " (di " + std::string(unit_name) +
                       ", tenggat " + due_text(c) + ").";
    if (!c.late_reason.empty()) text += " Alasan unit: " + c.late_reason;
    auto upward = notice_for(c, domain::NotificationKind::escalation, level, text, now);
    upward.unit_code.clear();
    upward.role =
        level >= domain::kTopEscalationLevel ? domain::Role::leadership : domain::Role::super_admin;
    return {upward, notice_for(c, domain::NotificationKind::escalation, level, text, now)};
}

std::string escalation_note(const domain::Complaint& c,
                            int level,
                            std::chrono::milliseconds overdue) {
    std::string note = "Tenggat terlewat " + describe_overdue(overdue) + " (tenggat " +
                       due_text(c) + "); dieskalasi ke " + std::string(level_name(level)) + ".";
    if (!c.late_reason.empty()) note += " Alasan unit: " + c.late_reason;
    return note;
}

Result<std::string> unit_name_of(store::ReadTx& tx, const std::string& code) {
    auto units = tx.units();
    if (!units) return units.error();
    for (const auto& u : *units) {
        if (u.code == code) return u.name;
    }
    return code;
}

domain::Notification archive_notice(const domain::Complaint& c, domain::Timestamp now) {
    return notice_for(c,
                      domain::NotificationKind::archive,
                      0,
                      "Aduan " + c.ticket +
                          " diarsipkan otomatis: pelapor tidak melengkapi informasi sampai " +
                          due_text(c) + ".",
                      now);
}

}  // namespace tanggap::service

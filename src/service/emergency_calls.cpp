#include "service/emergency_calls.hpp"

#include "service/staff_notices.hpp"

namespace tanggap::service {
namespace {

std::string advice_for_non_emergency(const std::string& ticket,
                                     const EmergencyLineSettings& settings) {
    std::string advice = "Laporan Anda kami catat dengan nomor tiket " + ticket +
                         ". Nomor 112 khusus keadaan darurat. Untuk pengaduan seperti ini, lain "
                         "kali silakan lapor";
    if (!settings.whatsapp_number.empty()) {
        advice += " lewat WhatsApp " + settings.whatsapp_number + " atau";
    }
    advice += " di " + settings.public_url + ".";
    return advice;
}

}  // namespace

core::Result<EmergencyReceipt> take_emergency_call(store::WriteTx& tx,
                                                   const domain::DirectoryIndex& directory,
                                                   EmergencyCall call,
                                                   const EmergencyLineSettings& settings,
                                                   const DeadlineClock& clock,
                                                   const domain::Outreach& outreach) {
    auto& s = call.submission;
    s.channel = domain::Channel::emergency_112;
    if (call.kind) {
        auto it = settings.line.categories.find(*call.kind);
        const auto* category =
            it == settings.line.categories.end() ? nullptr : directory.find_category(it->second);
        if (category == nullptr || !category->emergency) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Jenis darurat ini belum dipetakan ke kategori darurat",
                                    "kind");
        }
        s.category_code = category->code;
        if (s.title.empty()) {
            s.title = std::string(domain::emergency_label(*call.kind)) + ": " +
                      s.description.substr(0, 80);
        }
    }
    SubmitRequest request{s, call.operator_username, {}, call.now};
    auto receipt = submit_complaint(tx, directory, request, clock, outreach);
    if (!receipt) return receipt.error();
    auto filed = tx.complaint_by_ticket(receipt->ticket);
    if (!filed) return filed.error();
    if (!*filed) return core::make_error(core::ErrorCode::internal, "filed call vanished");
    const auto& c = **filed;

    EmergencyReceipt out;
    out.receipt = std::move(*receipt);
    out.emergency = call.kind.has_value();
    out.due_at = c.due_at;
    if (!call.kind) {
        out.advice = advice_for_non_emergency(c.ticket, settings);
        return out;
    }
    domain::Notification alert;
    alert.unit_code = c.unit_code;
    alert.complaint_id = c.id;
    alert.ticket = c.ticket;
    alert.kind = domain::NotificationKind::dispatch;
    alert.text = "DARURAT 112 - " + std::string(domain::emergency_label(*call.kind)) + ": " +
                 s.description.substr(0, 200) +
                 (s.location.address.empty() ? "" : " (" + s.location.address + ")");
    alert.created_at = call.now;
    if (auto r = notify_staff(tx, alert, outreach); !r) return r.error();
    out.advice =
        "Petugas " +
        (directory.find_unit(c.unit_code) ? directory.find_unit(c.unit_code)->name : c.unit_code) +
        " sudah kami hubungi. Nomor tiket Anda " + c.ticket + ".";
    return out;
}

}  // namespace tanggap::service

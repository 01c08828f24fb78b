#include "service/citizen_notices.hpp"

#include "domain/submission.hpp"
#include "service/complaint_service.hpp"

namespace tanggap::service {
namespace {

core::Result<void> queue(store::WriteTx& tx, domain::Outbound& message) {
    auto opted_out = tx.opted_out(message.channel, message.recipient);
    if (!opted_out) return opted_out.error();
    if (*opted_out) return {};
    auto stored = tx.insert_outbound(message);
    if (!stored) return stored.error();
    return {};
}

}  // namespace

core::Result<void> notify_reporter(store::WriteTx& tx,
                                   const domain::Complaint& complaint,
                                   const domain::ComplaintEvent& event,
                                   const domain::Outreach& outreach) {
    auto notice = domain::citizen_notice(complaint, event, outreach);
    if (!notice) return {};
    return queue(tx, *notice);
}

core::Result<void> send_receipt(store::WriteTx& tx,
                                const domain::Complaint& c,
                                const domain::Outreach& outreach) {
    if (c.channel == domain::Channel::whatsapp) return {};
    auto address = domain::reporter_address(c, outreach);
    if (!address) return {};
    domain::Outbound m;
    m.idempotency_key = "receipt:" + c.ticket;
    m.channel = address->channel;
    m.recipient = address->recipient;
    m.complaint_id = c.id;
    m.ticket = c.ticket;
    m.purpose = domain::OutboundPurpose::receipt;
    m.subject = "Pengaduan " + c.ticket + " diterima";
    m.body = "Terima kasih. Pengaduan Anda kami terima dengan nomor " + c.ticket +
             ". Simpan nomor ini untuk memantau tindak lanjutnya.";
    if (!outreach.tracking_base_url.empty()) {
        m.body += "\nLacak: " + outreach.tracking_base_url + c.ticket;
    }
    m.next_attempt_at = c.created_at;
    m.created_at = c.created_at;
    return queue(tx, m);
}

core::Result<int> set_reporter_notices(store::WriteTx& tx,
                                       std::string_view ticket,
                                       std::string_view token,
                                       bool enabled,
                                       domain::Timestamp now) {
    auto found = tx.complaint_by_ticket(ticket);
    if (!found) return found.error();
    if (!*found) return core::make_error(core::ErrorCode::not_found, "Aduan tidak ditemukan");
    const auto& c = **found;
    if (auto r = check_reporter_token(c, token); !r) return r.error();
    std::vector<std::pair<domain::OutboundChannel, std::string>> addresses;
    if (auto phone = domain::normalize_phone(c.reporter.phone)) {
        addresses.emplace_back(domain::OutboundChannel::whatsapp, phone->substr(1));
        addresses.emplace_back(domain::OutboundChannel::sms, phone->substr(1));
    }
    if (!c.reporter.email.empty()) {
        addresses.emplace_back(domain::OutboundChannel::email, c.reporter.email);
    }
    for (const auto& [channel, address] : addresses) {
        if (auto r = tx.set_opt_out(channel, address, !enabled, now); !r) return r.error();
    }
    return static_cast<int>(addresses.size());
}

}  // namespace tanggap::service

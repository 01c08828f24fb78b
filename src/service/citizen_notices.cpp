#include "service/citizen_notices.hpp"

namespace tanggap::service {
namespace {

domain::Result<void> queue(store::WriteTx& tx, domain::Outbound& message) {
    auto opted_out = tx.opted_out(message.channel, message.recipient);
    if (!opted_out) return opted_out.error();
    if (*opted_out) return {};
    auto stored = tx.insert_outbound(message);
    if (!stored) return stored.error();
    return {};
}

}  // namespace

domain::Result<void> notify_reporter(store::WriteTx& tx,
                                     const domain::Complaint& complaint,
                                     const domain::ComplaintEvent& event,
                                     const domain::Outreach& outreach) {
    auto notice = domain::citizen_notice(complaint, event, outreach);
    if (!notice) return {};
    return queue(tx, *notice);
}

domain::Result<void> send_receipt(store::WriteTx& tx,
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

}  // namespace tanggap::service

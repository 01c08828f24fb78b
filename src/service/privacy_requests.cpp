#include "service/privacy_requests.hpp"

#include "service/audit_log.hpp"

#include <algorithm>

namespace tanggap::service {
namespace {

// Messages sent to the person: by phone on WhatsApp ("62...") and SMS ("+62..."), and by
// e-mail.
Result<std::vector<domain::Outbound>> outbound_to(store::ReadTx& tx, const domain::PersonKey& key) {
    std::vector<domain::Outbound> out;
    auto add = [&](domain::OutboundChannel channel, const std::string& recipient) -> Result<void> {
        if (recipient.empty()) return {};
        store::OutboxQuery q;
        q.channel = channel;
        q.recipient = recipient;
        q.limit = 500;
        auto rows = tx.outbox(q);
        if (!rows) return rows.error();
        out.insert(out.end(), rows->begin(), rows->end());
        return {};
    };
    const std::string digits = key.phone.empty() ? "" : key.phone.substr(1);
    if (auto r = add(domain::OutboundChannel::whatsapp, digits); !r) return r.error();
    if (auto r = add(domain::OutboundChannel::sms, key.phone); !r) return r.error();
    if (auto r = add(domain::OutboundChannel::email, key.email); !r) return r.error();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

Result<void> register_request(store::WriteTx& tx,
                              domain::PrivacyRequest& request,
                              std::string_view audit_action,
                              domain::Timestamp now) {
    request.done_at = now;
    auto id = tx.insert_privacy_request(request);
    if (!id) return id.error();
    request.id = *id;
    // The log names the request, never the person: the register holds the masked key.
    const AuditRecord audit{request.actor,
                            std::string(audit_action),
                            "",
                            "permintaan #" + std::to_string(request.id) + ": " + request.outcome};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    return {};
}

// Everything held about `key` but the request.
Result<void> gather_person(store::ReadTx& tx, const domain::PersonKey& key, PersonData& data) {
    auto complaints = tx.person_complaints(key);
    if (!complaints) return complaints.error();
    for (auto& c : *complaints) {
        auto events = tx.events(c.id);
        if (!events) return events.error();
        store::AuditQuery q;
        q.ticket = c.ticket;
        q.limit = 200;
        auto entries = tx.audit_entries(q);
        if (!entries) return entries.error();
        data.processing.insert(data.processing.end(), entries->begin(), entries->end());
        data.complaints.push_back({std::move(c), std::move(*events)});
    }
    if (!key.phone.empty()) {
        auto messages = tx.inbound_messages("whatsapp", key.phone.substr(1), 1000);
        if (!messages) return messages.error();
        data.messages = std::move(*messages);
    }
    auto outbound = outbound_to(tx, key);
    if (!outbound) return outbound.error();
    data.outbound = std::move(*outbound);
    return {};
}

const char* key_field(const domain::PersonKey& key) {
    if (!key.phone.empty()) return "phone";
    return key.email.empty() ? "nik" : "email";
}

}  // namespace

Result<PersonData> export_person(store::WriteTx& tx,
                                 const domain::PersonKey& key,
                                 const std::string& actor,
                                 domain::Timestamp now) {
    PersonData data;
    if (auto r = gather_person(tx, key, data); !r) return r.error();
    data.request =
        domain::new_privacy_request(domain::PrivacyRequestKind::export_data, key, "", actor, now);
    data.request.outcome = std::to_string(data.complaints.size()) + " aduan, " +
                           std::to_string(data.messages.size()) + " pesan masuk, " +
                           std::to_string(data.outbound.size()) + " pesan keluar";
    if (auto r = register_request(tx, data.request, domain::audit_action::privacy_export, now);
        !r) {
        return r.error();
    }
    return data;
}

Result<PersonData> export_letter(store::WriteTx& tx,
                                 std::int64_t request_id,
                                 const domain::PersonKey& key,
                                 const std::string& actor,
                                 domain::Timestamp now) {
    auto found = tx.privacy_request(request_id);
    if (!found) return found.error();
    if (!*found || (*found)->kind != domain::PrivacyRequestKind::export_data) {
        return core::make_error(core::ErrorCode::not_found, "Permintaan ekspor tidak ditemukan");
    }
    if (domain::masked(key) != (*found)->subject) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Data diri ini bukan milik pemohon permintaan #" +
                                    std::to_string(request_id) + " (" + (*found)->subject + ")",
                                key_field(key));
    }
    PersonData data;
    data.request = std::move(**found);
    if (auto r = gather_person(tx, key, data); !r) return r.error();
    const AuditRecord audit{actor,
                            std::string(domain::audit_action::privacy_export),
                            "",
                            "surat PDF permintaan #" + std::to_string(request_id)};
    if (auto r = record_audit(tx, audit, now); !r) return r.error();
    return data;
}

Result<PersonErased> erase_person(store::WriteTx& tx,
                                  const domain::PersonKey& key,
                                  const std::string& reason,
                                  const std::string& actor,
                                  domain::Timestamp now) {
    if (reason.empty()) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Tuliskan dasar penghapusan (permintaan pemilik data, masa "
                                "retensi berakhir, ...)",
                                "reason");
    }
    PersonErased erased;
    auto complaints = tx.person_complaints(key);
    if (!complaints) return complaints.error();
    std::vector<std::int64_t> ids;
    for (const auto& c : *complaints) {
        if (auto r = tx.save_erased_complaint(domain::without_person(c), now); !r) return r.error();
        ids.push_back(c.id);
        erased.tickets.push_back(c.ticket);
    }
    auto traces = tx.erase_person_traces(key, ids);
    if (!traces) return traces.error();
    erased.traces = std::move(*traces);

    erased.request =
        domain::new_privacy_request(domain::PrivacyRequestKind::erase, key, reason, actor, now);
    const auto& t = erased.traces;
    erased.request.outcome = std::to_string(ids.size()) + " aduan, " + std::to_string(t.events) +
                             " catatan riwayat, " + std::to_string(t.photo_ids.size()) + " foto, " +
                             std::to_string(t.messages) + " pesan masuk, " +
                             std::to_string(t.outbound) + " pesan keluar, " +
                             std::to_string(t.webhooks) + " kiriman mitra dihapus";
    if (auto r = register_request(tx, erased.request, domain::audit_action::privacy_erase, now);
        !r) {
        return r.error();
    }
    return erased;
}

}  // namespace tanggap::service

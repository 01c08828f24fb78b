#pragma once
// What the reporter is told, queued in the outbox in the same transaction as the event that
// causes it (the outbox worker delivers it later): a receipt for a new complaint, a notice for
// each change of status or public answer. Nothing is queued for an address that opted out or
// through a channel this installation cannot deliver (domain::Outreach).

#include "domain/outbound.hpp"
#include "store/store.hpp"

namespace tanggap::service {

// Errors: those of the store.
core::Result<void> notify_reporter(store::WriteTx& tx,
                                   const domain::Complaint& complaint,
                                   const domain::ComplaintEvent& event,
                                   const domain::Outreach& outreach);

// The ticket by e-mail or SMS for a complaint filed on the web, by phone or in person.
// WhatsApp complaints get theirs from the conversation, so none is queued for them.
core::Result<void> send_receipt(store::WriteTx& tx,
                                const domain::Complaint& complaint,
                                const domain::Outreach& outreach);

// The reporter turns notices about their complaints off (or on again) with the tracking token:
// every address they left (WhatsApp, SMS, e-mail) is opted out, for all complaints. Replies to
// their own WhatsApp messages still come. Returns how many addresses changed.
// Errors: not_found (no such ticket, or confidential with a wrong token), forbidden (field
// "token") for a wrong token.
core::Result<int> set_reporter_notices(store::WriteTx& tx,
                                       std::string_view ticket,
                                       std::string_view token,
                                       bool enabled,
                                       domain::Timestamp now);

}  // namespace tanggap::service

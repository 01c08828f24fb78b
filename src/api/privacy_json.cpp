#include "api/privacy_json.hpp"

#include "util/time_format.hpp"

#include <boost/json.hpp>

namespace tanggap::api {
namespace {

namespace json = boost::json;

json::value time_or_null(const std::optional<domain::Timestamp>& at) {
    return at ? json::value(util::format_iso8601(*at)) : json::value(nullptr);
}

json::object render_complaint_of(const service::ComplaintHistory& h) {
    const auto& c = h.complaint;
    json::array events;
    for (const auto& e : h.events) {
        events.push_back(json::object{{"at", util::format_iso8601(e.at)},
                                      {"actor", domain::to_string(e.actor)},
                                      {"action", e.action},
                                      {"from", domain::to_string(e.from)},
                                      {"to", domain::to_string(e.to)},
                                      {"public_text", e.public_text},
                                      {"internal_note", e.internal_note}});
    }
    json::array photos;
    for (const auto& p : c.photos) photos.emplace_back(p.id);
    json::value feedback = nullptr;
    if (c.feedback) {
        feedback = json::object{{"solved", c.feedback->solved},
                                {"rating", c.feedback->rating},
                                {"comment", c.feedback->comment},
                                {"at", util::format_iso8601(c.feedback->at)}};
    }
    return json::object{
        {"ticket", c.ticket},
        {"created_at", util::format_iso8601(c.created_at)},
        {"channel", domain::to_string(c.channel)},
        {"category", c.category_code},
        {"unit", c.unit_code},
        {"status", domain::to_string(c.status)},
        {"title", c.title},
        {"description", c.description},
        {"address", c.location.address},
        {"kecamatan_code", c.location.kecamatan_code},
        {"desa_code", c.location.desa_code},
        {"reporter",
         json::object{
             {"name", c.reporter.name}, {"phone", c.reporter.phone}, {"email", c.reporter.email}}},
        {"anonymous", c.anonymous},
        {"confidential", c.confidential},
        {"photos", std::move(photos)},
        {"feedback", std::move(feedback)},
        {"history", std::move(events)},
    };
}

}  // namespace

json::object render_privacy_request(const domain::PrivacyRequest& r, domain::Timestamp now) {
    return json::object{
        {"id", r.id},
        {"kind", domain::to_string(r.kind)},
        {"subject", r.subject},
        {"reason", r.reason},
        {"actor", r.actor},
        {"received_at", util::format_iso8601(r.received_at)},
        {"due_at", util::format_iso8601(r.due_at)},
        {"done_at", time_or_null(r.done_at)},
        // Late: answered after its clock ran out, or still open after it.
        {"late", r.done_at ? *r.done_at > r.due_at : now > r.due_at},
        {"outcome", r.outcome},
    };
}

json::object render_person_data(const service::PersonData& data, domain::Timestamp now) {
    json::array complaints;
    for (const auto& h : data.complaints) complaints.push_back(render_complaint_of(h));
    json::array messages;
    for (const auto& m : data.messages) {
        messages.push_back(json::object{{"at", util::format_iso8601(m.received_at)},
                                        {"source", m.source},
                                        {"type", m.type},
                                        {"text", m.text}});
    }
    json::array outbound;
    for (const auto& m : data.outbound) {
        outbound.push_back(json::object{{"at", util::format_iso8601(m.created_at)},
                                        {"channel", domain::to_string(m.channel)},
                                        {"recipient", m.recipient},
                                        {"text", m.body},
                                        {"state", domain::to_string(m.state)}});
    }
    json::array processing;
    for (const auto& e : data.processing) {
        processing.push_back(json::object{{"at", util::format_iso8601(e.at)},
                                          {"actor", e.actor},
                                          {"action", e.action},
                                          {"ticket", e.ticket},
                                          {"detail", e.detail}});
    }
    return json::object{{"request", render_privacy_request(data.request, now)},
                        {"complaints", std::move(complaints)},
                        {"messages", std::move(messages)},
                        {"outbound", std::move(outbound)},
                        {"processing", std::move(processing)}};
}

json::object render_person_erased(const service::PersonErased& erased, domain::Timestamp now) {
    json::array tickets;
    for (const auto& t : erased.tickets) tickets.emplace_back(t);
    const auto& t = erased.traces;
    return json::object{
        {"request", render_privacy_request(erased.request, now)},
        {"tickets", std::move(tickets)},
        {"erased",
         json::object{{"complaints", erased.tickets.size()},
                      {"history_texts", t.events},
                      {"photos", t.photo_ids.size()},
                      {"messages", t.messages},
                      {"outbound", t.outbound},
                      {"webhooks", t.webhooks},
                      {"chat_state", t.chat_state}}},
    };
}

}  // namespace tanggap::api

#include "domain/outbound.hpp"

#include "domain/names.hpp"
#include "domain/submission.hpp"

#include <algorithm>

namespace tanggap::domain {
namespace {

constexpr NameTable<OutboundChannel, 3> kChannelNames{{
    {OutboundChannel::whatsapp, "whatsapp"},
    {OutboundChannel::email, "email"},
    {OutboundChannel::sms, "sms"},
}};
constexpr NameTable<OutboundState, 4> kStateNames{{
    {OutboundState::pending, "pending"},
    {OutboundState::sending, "sending"},
    {OutboundState::sent, "sent"},
    {OutboundState::dead, "dead"},
}};
constexpr NameTable<DeliveryStatus, 5> kDeliveryNames{{
    {DeliveryStatus::none, "none"},
    {DeliveryStatus::sent, "sent"},
    {DeliveryStatus::delivered, "delivered"},
    {DeliveryStatus::read, "read"},
    {DeliveryStatus::failed, "failed"},
}};
constexpr NameTable<OutboundPurpose, 6> kPurposeNames{{
    {OutboundPurpose::status_notice, "status_notice"},
    {OutboundPurpose::receipt, "receipt"},
    {OutboundPurpose::conversation, "conversation"},
    {OutboundPurpose::operator_reply, "operator_reply"},
    {OutboundPurpose::staff_notice, "staff_notice"},
    {OutboundPurpose::breach_notice, "breach_notice"},
}};

// Providers take the digits of +62...; "" when it is not a phone.
std::string phone_digits(std::string_view phone) {
    auto normalized = normalize_phone(phone);
    return normalized ? normalized->substr(1) : std::string{};
}

}  // namespace

std::string_view to_string(OutboundChannel v) { return name_of(kChannelNames, v); }
std::optional<OutboundChannel> parse_outbound_channel(std::string_view t) {
    return parse_name(kChannelNames, t);
}
std::string_view to_string(OutboundState v) { return name_of(kStateNames, v); }
std::optional<OutboundState> parse_outbound_state(std::string_view t) {
    return parse_name(kStateNames, t);
}
std::string_view to_string(DeliveryStatus v) { return name_of(kDeliveryNames, v); }
std::optional<DeliveryStatus> parse_delivery_status(std::string_view t) {
    return parse_name(kDeliveryNames, t);
}
std::string_view to_string(OutboundPurpose v) { return name_of(kPurposeNames, v); }
std::optional<OutboundPurpose> parse_outbound_purpose(std::string_view t) {
    return parse_name(kPurposeNames, t);
}

bool whatsapp_window_open(std::optional<Timestamp> last_inbound_at, Timestamp now) {
    return last_inbound_at && now - *last_inbound_at < kWhatsAppWindow;
}

std::optional<Address> reporter_address(const Complaint& c, const Outreach& outreach) {
    const auto& r = c.reporter;
    const auto digits = phone_digits(r.phone);
    if (c.channel == Channel::whatsapp && outreach.whatsapp && !digits.empty()) {
        return Address{OutboundChannel::whatsapp, digits};
    }
    if (outreach.email && !r.email.empty()) return Address{OutboundChannel::email, r.email};
    if (outreach.sms && !digits.empty()) return Address{OutboundChannel::sms, digits};
    return std::nullopt;
}

std::optional<Outbound> citizen_notice(const Complaint& c,
                                       const ComplaintEvent& event,
                                       const Outreach& outreach) {
    const bool status_changed = event.from != event.to;
    if (event.action == "feedback" || event.action == "submit") return std::nullopt;
    if (!status_changed && event.public_text.empty()) return std::nullopt;
    auto address = reporter_address(c, outreach);
    if (!address) return std::nullopt;

    Outbound m;
    m.idempotency_key = "notice:" + c.ticket + ":" + std::to_string(event.seq);
    m.channel = address->channel;
    m.recipient = address->recipient;
    m.complaint_id = c.id;
    m.ticket = c.ticket;
    m.purpose = OutboundPurpose::status_notice;
    const std::string label{status_label(event.to)};
    m.subject = "Pengaduan " + c.ticket + ": " + label;
    m.body = "Pengaduan Anda " + c.ticket + "\nStatus: " + label;
    if (!event.public_text.empty()) m.body += "\n\n" + event.public_text;
    if (!outreach.tracking_base_url.empty()) {
        m.body += "\n\nLacak: " + outreach.tracking_base_url + c.ticket;
    }
    if (m.channel == OutboundChannel::whatsapp) {
        m.template_name = outreach.status_template;
        m.template_parameters = {
            c.ticket, label, event.public_text.empty() ? std::string{"-"} : event.public_text};
    }
    m.next_attempt_at = event.at;
    m.created_at = event.at;
    return m;
}

std::chrono::milliseconds outbound_backoff(int attempts_made, std::chrono::milliseconds base) {
    using namespace std::chrono;
    const int doublings = std::clamp(attempts_made - 1, 0, 16);
    return std::min<milliseconds>(base * (1 << doublings), hours{1});
}

}  // namespace tanggap::domain

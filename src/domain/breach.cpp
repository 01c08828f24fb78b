#include "domain/breach.hpp"

#include "domain/submission.hpp"

#include <algorithm>
#include <cctype>

namespace tanggap::domain {
namespace {

bool blank(std::string_view text) {
    return std::all_of(
        text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

core::Result<void> check_text(const std::string& text, const char* field, const char* what) {
    if (blank(text)) {
        return core::make_error(
            core::ErrorCode::invalid_field, std::string("Tuliskan ") + what, field);
    }
    const auto length = utf8_length(text);
    if (!length || *length > kBreachTextMax) {
        return core::make_error(core::ErrorCode::invalid_field,
                                std::string("Terlalu panjang: paling banyak ") +
                                    std::to_string(kBreachTextMax) + " karakter",
                                field);
    }
    return {};
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return text;
}

}  // namespace

core::Result<Breach> new_breach(BreachInput input, std::string recorded_by, Timestamp now) {
    if (auto r = check_text(input.data_exposed, "data_exposed", "data pribadi yang terungkap");
        !r) {
        return r.error();
    }
    if (auto r = check_text(input.how, "how", "kapan dan bagaimana data terungkap"); !r) {
        return r.error();
    }
    if (auto r = check_text(input.measures, "measures", "upaya penanganan dan pemulihan"); !r) {
        return r.error();
    }
    if (input.discovered_at > now) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Waktu diketahui tidak boleh di masa depan",
                                "discovered_at");
    }
    if (input.scope.received_until <= input.scope.received_from) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Akhir rentang harus sesudah awalnya",
                                "received_until");
    }
    Breach breach;
    breach.notify_by = input.discovered_at + kBreachNoticeTime;
    breach.incident = std::move(input);
    breach.recorded_by = std::move(recorded_by);
    breach.recorded_at = now;
    return breach;
}

bool is_late(const Breach& breach, Timestamp now) {
    return breach.notified_at ? *breach.notified_at > breach.notify_by : now > breach.notify_by;
}

std::string person_of(const Reporter& reporter) {
    if (auto phone = normalize_phone(reporter.phone)) return *phone;
    return lower(reporter.email);
}

std::optional<Address> breach_address(const Reporter& reporter, const Outreach& outreach) {
    if (outreach.email && !reporter.email.empty()) {
        return Address{OutboundChannel::email, reporter.email};
    }
    if (auto phone = normalize_phone(reporter.phone); phone && outreach.sms) {
        return Address{OutboundChannel::sms, phone->substr(1)};
    }
    return std::nullopt;
}

Outbound breach_notice(const Breach& breach,
                       const Address& address,
                       std::string_view ticket,
                       Timestamp now) {
    Outbound m;
    // One notice per incident and address, however many of their complaints it reached.
    m.idempotency_key = "breach:" + std::to_string(breach.id) + ":" +
                        std::string(to_string(address.channel)) + ":" + address.recipient;
    m.channel = address.channel;
    m.recipient = address.recipient;
    m.purpose = OutboundPurpose::breach_notice;
    m.subject = "Pemberitahuan kegagalan pelindungan data pribadi";
    m.body = "Kami memberitahukan bahwa data pribadi Anda yang terkait dengan aduan " +
             std::string(ticket) +
             " terdampak kegagalan pelindungan data pribadi (UU 27/2022 Pasal 46).\n\n"
             "Data pribadi yang terungkap: " +
             breach.incident.data_exposed + "\n\nKapan dan bagaimana: " + breach.incident.how +
             "\n\nUpaya penanganan dan pemulihan: " + breach.incident.measures;
    m.next_attempt_at = now;
    m.created_at = now;
    return m;
}

}  // namespace tanggap::domain

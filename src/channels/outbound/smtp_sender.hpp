#pragma once
// E-mail over SMTP with libcurl: smtp://host:port (optionally upgraded with STARTTLS) or
// smtps://host:port, optional login. One RFC 5322 text/plain UTF-8 message per send, with the
// Message-ID <idempotency_key@domain> so a duplicate after a crash can be recognised downstream.
//
// Outcomes: 250 after DATA -> sent (provider_message_id is the Message-ID); a 4xx reply at any
// step, a timeout or a transport error -> retry; a 5xx reply -> permanent.
//
// Thread-safety: const after construction; send() may run on several threads at once.

#include "channels/outbound/curl_http.hpp"
#include "channels/sender.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace tanggap::channels::outbound {

struct SmtpConfig {
    std::string url;                // "smtp://mail.example.go.id:587" or "smtps://...:465"
    bool starttls = false;          // smtp:// only: require STARTTLS before MAIL FROM
    std::string username;           // no AUTH when empty
    std::string password;           // secret: never logged
    std::string from_address;       // "noreply@indramayukab.go.id"
    std::string from_name;          // "Tanggap Indramayu"; may be non-ASCII
    std::string message_id_domain;  // "" -> the domain of from_address
    Timeouts timeouts;
};

class SmtpSender final : public Sender {
  public:
    using Config = SmtpConfig;

    explicit SmtpSender(Config config);

    // message.recipient is the address; subject and body are UTF-8.
    SendOutcome send(const OutboundMessage& message) override;

    // The message exactly as uploaded (CRLF line endings, not dot-stuffed: curl does that).
    static std::string build_message(const Config& config,
                                     const OutboundMessage& message,
                                     std::chrono::system_clock::time_point now);

    // `text` as is when printable ASCII, else RFC 2047 B encoded-words (=?UTF-8?B?...?=) of at
    // most 75 characters each, folded with CRLF SP, never splitting a UTF-8 character.
    static std::string encode_header_text(std::string_view text);

  private:
    Config config_;
};

}  // namespace tanggap::channels::outbound

#pragma once
// A fake SMTP server on 127.0.0.1 (plain TCP, no TLS or AUTH), enough for libcurl: 220
// greeting, EHLO/HELO, MAIL FROM, RCPT TO, DATA (until CRLF.CRLF, dot-stuffing undone), RSET,
// NOOP, QUIT. Each accepted message is recorded with its headers unfolded and the Subject's
// RFC 2047 encoded-words decoded. Use url() as SmtpConfig::url.
//
// Thread-safety: every public member may be called from any thread while the sink runs.

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace tanggap::fakes {

class SmtpSink {
  public:
    enum class Stage {
        mail_from,  // the reply to MAIL FROM
        rcpt,       // the reply to RCPT TO
        data,       // the reply after the message's final "."
    };

    struct Message {
        std::string mail_from;          // the envelope address, without <>
        std::vector<std::string> rcpt;  // envelope addresses, without <>
        std::string raw;                // as received after undoing dot-stuffing, CRLF kept
        std::map<std::string, std::string> headers;  // lower-case names, unfolded values
        std::string subject;                         // decoded (RFC 2047 B and Q words) to UTF-8
        std::string body;  // after the blank line, base64 undone, line endings "\n"
    };

    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    unsigned short port() const;
    std::string url() const;  // "smtp://127.0.0.1:<port>"
    void stop();

    std::vector<Message> messages() const;
    std::size_t count() const;
    bool wait_for(std::size_t n, std::chrono::milliseconds timeout) const;

    // The next n transactions to reach `stage` get `code` there (e.g. 451, then 550); calls
    // queue up in order.
    void fail_next(int n, int code, Stage stage = Stage::rcpt);

    // Exposed for tests of the decoder itself.
    static std::string decode_rfc2047(const std::string& value);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tanggap::fakes

#include "channels/outbound/smtp_sender.hpp"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <curl/curl.h>
#include <memory>

namespace tanggap::channels::outbound {
namespace {

// Bytes per encoded-word: base64 of 45 bytes is 60 characters, 72 with "=?UTF-8?B?" and "?=".
constexpr std::size_t kWordBytes = 45;
constexpr std::size_t kMaxLine = 998;

std::string base64(std::string_view in) {
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const auto n = (std::uint32_t(std::uint8_t(in[i])) << 16) |
                       (std::uint32_t(std::uint8_t(in[i + 1])) << 8) | std::uint8_t(in[i + 2]);
        for (int shift : {18, 12, 6, 0}) out += kAlphabet[(n >> shift) & 63];
    }
    if (i < in.size()) {
        std::uint32_t n = std::uint32_t(std::uint8_t(in[i])) << 16;
        if (i + 1 < in.size()) n |= std::uint32_t(std::uint8_t(in[i + 1])) << 8;
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        out += i + 1 < in.size() ? kAlphabet[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

bool printable_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

// Header values never carry a line break of their own (header injection).
std::string one_line(std::string_view s) {
    std::string out(s);
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
    return out;
}

std::string quoted_display_name(std::string_view name) {
    if (!printable_ascii(name)) return SmtpSender::encode_header_text(name);
    std::string out = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string message_id_left(std::string_view key) {
    static constexpr std::string_view kAtext = "!#$%&'*+-/=?^_`{|}~.";
    std::string out(key);
    for (char& c : out) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && kAtext.find(c) == std::string_view::npos) c = '-';
    }
    return out;
}

std::string rfc5322_date(std::chrono::system_clock::time_point now) {
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
    return buf;
}

// Lines in CRLF; a line longer than SMTP allows forces base64.
std::string crlf_lines(std::string_view body, bool& too_long) {
    std::string out;
    std::size_t line = 0;
    too_long = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n') continue;
        if (c == '\n' || c == '\r') {
            out += "\r\n";
            line = 0;
            continue;
        }
        out += c;
        if (++line > kMaxLine) too_long = true;
    }
    if (!out.ends_with("\r\n")) out += "\r\n";
    return out;
}

struct Upload {
    std::string_view data;
    std::size_t offset = 0;
};

std::size_t on_read(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* up = static_cast<Upload*>(user);
    const std::size_t n = std::min(size * count, up->data.size() - up->offset);
    std::memcpy(buffer, up->data.data() + up->offset, n);
    up->offset += n;
    return n;
}

std::string domain_of(std::string_view address) {
    const auto at = address.rfind('@');
    return at == std::string_view::npos ? std::string("localhost")
                                        : std::string(address.substr(at + 1));
}

std::string message_id(const SmtpConfig& config, std::string_view key) {
    const std::string domain = config.message_id_domain.empty() ? domain_of(config.from_address)
                                                                : config.message_id_domain;
    return "<" + message_id_left(key) + "@" + domain + ">";
}

}  // namespace

SmtpSender::SmtpSender(Config config) : config_(std::move(config)) {}

std::string SmtpSender::encode_header_text(std::string_view text) {
    const std::string clean = one_line(text);
    if (printable_ascii(clean)) return clean;
    std::string out;
    std::size_t i = 0;
    while (i < clean.size()) {
        std::size_t end = std::min(clean.size(), i + kWordBytes);
        // Back off to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end < clean.size() && end > i + 1 && (std::uint8_t(clean[end]) & 0xC0) == 0x80)
            --end;
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + base64(std::string_view(clean).substr(i, end - i)) + "?=";
        i = end;
    }
    return out;
}

std::string SmtpSender::build_message(const Config& config,
                                      const OutboundMessage& message,
                                      std::chrono::system_clock::time_point now) {
    std::string from = "<" + one_line(config.from_address) + ">";
    if (!config.from_name.empty()) from = quoted_display_name(config.from_name) + " " + from;

    bool too_long = false;
    const std::string lines = crlf_lines(message.body, too_long);

    std::string m;
    m += "Date: " + rfc5322_date(now) + "\r\n";
    m += "From: " + from + "\r\n";
    m += "To: <" + one_line(message.recipient) + ">\r\n";
    m += "Subject: " + encode_header_text(message.subject) + "\r\n";
    m += "Message-ID: " + message_id(config, message.idempotency_key) + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    if (!too_long) {
        m += "Content-Transfer-Encoding: 8bit\r\n\r\n";
        m += lines;
        return m;
    }
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    const std::string encoded = base64(message.body);
    for (std::size_t i = 0; i < encoded.size(); i += 76) m += encoded.substr(i, 76) + "\r\n";
    return m;
}

SendOutcome SmtpSender::send(const OutboundMessage& message) {
    ensure_curl_global_init();
    const std::string data = build_message(config_, message, std::chrono::system_clock::now());
    Upload upload{data};

    SendOutcome outcome;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        outcome.kind = SendOutcome::Kind::retry;
        outcome.error = "curl_easy_init failed";
        return outcome;
    }
    CURL* h = curl.get();
    const std::string mail_from = "<" + one_line(config_.from_address) + ">";
    const std::string rcpt = "<" + one_line(message.recipient) + ">";
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, rcpt.c_str()), &curl_slist_free_all);
    char error_buffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(h, CURLOPT_URL, config_.url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(
        h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config_.timeouts.connect.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(config_.timeouts.total.count()));
    if (config_.starttls) curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!config_.username.empty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, config_.username.c_str());
        curl_easy_setopt(h, CURLOPT_PASSWORD, config_.password.c_str());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &on_read);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);

    const CURLcode code = curl_easy_perform(h);
    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
    if (code == CURLE_OK) {
        outcome.provider_message_id = message_id(config_, message.idempotency_key);
        return outcome;
    }
    outcome.kind =
        reply >= 500 && reply <= 599 ? SendOutcome::Kind::permanent : SendOutcome::Kind::retry;
    outcome.error = "SMTP ";
    if (reply != 0) outcome.error += std::to_string(reply) + ": ";
    outcome.error += error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
    return outcome;
}

}  // namespace tanggap::channels::outbound

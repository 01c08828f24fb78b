#pragma once
// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1, 30-second steps,
// six digits): what authenticator apps compute, and the otpauth:// URI that enrols them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::util {

// RFC 4648 base32 (A-Z, 2-7) without padding, as otpauth URIs carry secrets.
std::string base32_encode(std::string_view bytes);
// Accepts lower case, spaces and '=' padding, as people copy secrets; nullopt for any other
// character or a length no encoding produces.
std::optional<std::string> base32_decode(std::string_view text);

inline constexpr std::int64_t kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;  // served to the sign-in form (settings.limits)

// The step (RFC 6238's T) of a Unix time in seconds.
constexpr std::int64_t totp_step(std::int64_t unix_seconds) {
    return unix_seconds / kTotpStepSeconds;
}

// The six-digit code of `secret` (raw bytes) at `step`, zero-padded.
std::string totp_code(std::string_view secret, std::int64_t step);

// The step in [step - 1, step + 1] whose code is `code` (one step either side forgives a phone
// clock half a minute off), compared in constant time; nullopt when none matches.
std::optional<std::int64_t> match_totp(std::string_view secret,
                                       std::string_view code,
                                       std::int64_t step);

// A new random secret of 20 bytes (RFC 4226's recommended length), base32.
std::string new_totp_secret();

// otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER (Google Authenticator's key URI
// format), percent-encoding issuer and account.
std::string otpauth_uri(std::string_view issuer,
                        std::string_view account,
                        std::string_view base32_secret);

}  // namespace tanggap::util

#pragma once
// Signing in: the limit on guesses, kept in the store so that it holds across restarts and
// across servers sharing one database, and the second factor (TOTP) checked against the
// account's enrolment.
//
// Two limits, each counted BEFORE the password is hashed and in one statement with its check
// (store::StaffWrites::count_sign_in_attempt), so parallel guesses cannot all slip past a
// check made before any of them was counted:
// - per account AND address (`per_account`, 10 per 15 minutes): a guesser gets few tries at one
//   account, yet cannot lock its owner out, who signs in from another address. A limit per
//   account alone would let anyone lock any staff member out;
// - per address (`per_address`, five times that): one address cannot try many accounts either.
// Guessing spread over many addresses is left to the proxy in front (deploy/nginx) and to
// argon2id's cost. A sign-in that succeeds, or that failed for a reason other than a wrong
// secret, is not counted as a guess. Keys are SHA-256 hashes: no address is stored in clear.

#include "core/error.hpp"
#include "domain/staff.hpp"
#include "domain/time.hpp"
#include "store/store.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::service {

using core::Result;

struct SignInLimits {
    int per_account = 10;  // 0 switches both limits off
    int per_address = 50;
    std::chrono::milliseconds window{std::chrono::minutes(15)};
};

// Who is trying, from where: the two keys an attempt is counted under.
struct SignInAttempt {
    std::string username;  // lower case, as typed
    std::string address;   // the client's address
};

// Counts the attempt under both keys, or neither: refused (with the end of the window that
// refused it) when either is at its limit. Also deletes the windows that have ended.
Result<store::AttemptCount> count_sign_in(store::WriteTx& tx,
                                          const SignInLimits& limits,
                                          const SignInAttempt& attempt,
                                          domain::Timestamp now);

// Gives the attempt back under both keys: it was not a guess (the store failed, or the
// password was right and only the one-time code was missing).
Result<void> uncount_sign_in(store::WriteTx& tx,
                             const SignInLimits& limits,
                             const SignInAttempt& attempt);

// After a successful sign-in: the account's guesses from that address are forgiven, and the
// attempt does not count against the address.
Result<void> forgive_sign_in(store::WriteTx& tx,
                             const SignInLimits& limits,
                             const SignInAttempt& attempt);

// The one-time code `code` of the enrolled account `user_id` at `now`: true when it matches
// (one step of 30 s either side) and its step was never used before by this account, which
// it then records. False for a wrong, reused or malformed code, or an unreadable secret.
Result<bool> accept_one_time_code(store::WriteTx& tx,
                                  std::int64_t user_id,
                                  const std::string& base32_secret,
                                  const std::string& code,
                                  domain::Timestamp now);

// A signed-in account and its session, as a request's cookie finds them.
struct OpenSession {
    domain::StaffUser user;
    store::StaffSession session;
};

// The session whose cookie hashes to `id_hash`, if it has not run out at `now` and its
// account is switched on (a switched-off account's sessions end at once, whatever their expiry).
Result<std::optional<OpenSession>> find_session(store::ReadTx& tx,
                                                std::string_view id_hash,
                                                domain::Timestamp now);

// Opens `session` for `user`, whose password was right: claims `code` when the account is
// enrolled (`totp_secret` not empty), forgives the attempt, clears the sessions that have run
// out and saves the session with its audit entry ("dari <address>"). A wrong or used code
// writes nothing and is unauthenticated with the field "otp".
Result<void> open_session(store::WriteTx& tx,
                          const SignInLimits& limits,
                          const SignInAttempt& attempt,
                          const store::StaffSession& session,
                          const domain::StaffUser& user,
                          const std::string& totp_secret,
                          const std::string& code);

// Ends the session whose cookie hashes to `id_hash`, with its audit entry.
Result<void> end_session(store::WriteTx& tx,
                         std::string_view id_hash,
                         const std::string& username,
                         const std::string& address,
                         domain::Timestamp now);

// A refused sign-in in the audit log: the name tried (its first 64 bytes) and why, in words.
Result<void> record_refused_sign_in(store::WriteTx& tx,
                                    std::string_view name_tried,
                                    std::string detail,
                                    domain::Timestamp now);

core::Error wrong_one_time_code();

}  // namespace tanggap::service
